// Renders each belief round as a small table: the figures a facilitator circulates afterwards.
#include "balcony/report/markdown_summary.hpp"

#include "topics/avoidance_signals.hpp"
#include "belief/belief_aggregate.hpp"
#include "clarity/clarity_lists.hpp"
#include "difference/difference_summary.hpp"
#include "balcony/core/moderation.hpp"

#include <cstdio>
#include <sstream>

namespace balcony::report {
namespace {

std::string fixed2(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

std::string fixed1(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

} // namespace

std::string escapeMarkdown(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
    case '\\':
    case '`':
    case '*':
    case '_':
    case '[':
    case ']':
    case '<':
    case '>':
    case '|':
    case '#':
      out += '\\';
      out += c;
      break;
    case '\n':
    case '\r': out += ' '; break;
    default: out += c;
    }
  }
  return out;
}

std::string markdownSummary(const core::SessionState& state) {
  std::ostringstream md;
  md << "# " << escapeMarkdown(state.title) << "\n\n";
  md << "Participants: " << state.participants.size() << "\n\n";
  if (!state.endeavour.empty()) {
    md << "**The shared endeavour:** " << escapeMarkdown(state.endeavour) << "\n\n";
  }

  // What people take away first: what is clear for now.
  const auto agreed = core::agreedItems(state);
  if (!agreed.empty()) {
    md << "## Clear for now (provisional)\n\n| What | Owner | Resources | Review |\n|---|---|---|---|\n";
    for (const auto* item : agreed) {
      md << "| " << escapeMarkdown(item->fields.what)
         << (item->status == core::ClarityStatus::Reopened ? " (reopened)" : "") << " | "
         << escapeMarkdown(item->fields.owner) << " | " << escapeMarkdown(item->fields.resources) << " | "
         << (item->fields.reviewDate.empty() ? "–" : item->fields.reviewDate) << " |\n";
    }
    md << "\n";
  }
  const auto proposals = core::proposalsByEnergy(state);
  if (!proposals.empty()) {
    md << "Proposals by energy: ";
    for (std::size_t i = 0; i < proposals.size(); ++i) {
      md << (i ? "; " : "") << escapeMarkdown(proposals[i]->fields.what) << " (" << proposals[i]->energy.size() << ")";
    }
    md << "\n\n";
  }

  if (!state.topics.empty()) {
    md << "## Topics\n\n| Topic | Minutes (budget) | Revisits | Decisions |\n|---|---|---|---|\n";
    for (const auto& topic : state.topics) {
      md << "| " << escapeMarkdown(topic.title) << " | " << topic.spentMs / 60'000 << " (" << topic.budgetMinutes
         << ") | " << topic.revisits << " | ";
      for (std::size_t i = 0; i < topic.decisions.size(); ++i) {
        md << (i ? "; " : "") << escapeMarkdown(topic.decisions[i].text);
      }
      md << " |\n";
    }
    md << "\nFlags raised: " << state.flags.size() << "\n\n";
  }

  if (state.rounds.empty()) {
    md << "No belief check was run.\n\n";
  }
  for (const auto& round : state.rounds) {
    md << "## Belief check, round " << round.number << " (scale " << round.scaleMin << "–" << round.scaleMax << ")\n\n";
    md << "| Belief | Answered | Median | Mean | Distribution |\n|---|---|---|---|---|\n";
    for (const auto& summary : core::summarizeRound(state, round)) {
      const auto& d = summary.overall;
      md << "| " << escapeMarkdown(summary.statement) << " | " << d.answered << " | ";
      if (d.answered > 0) {
        md << fixed1(d.median) << " | " << fixed1(d.mean) << " | ";
      } else {
        md << "– | – | ";
      }
      for (std::size_t i = 0; i < d.counts.size(); ++i) {
        md << (i ? " · " : "") << (d.scaleMin + static_cast<int>(i)) << ": " << d.counts[i];
      }
      md << " |\n";
    }
    md << "\n";
  }

  for (const auto& poll : state.polls) {
    const auto s = core::summarizePoll(poll);
    md << "## Quick poll: " << escapeMarkdown(poll.question) << "\n\n" << s.answered << " answered. ";
    for (std::size_t i = 0; i < s.counts.size(); ++i) {
      const std::string label = poll.kind == core::PollKind::Scale ? std::to_string(poll.scaleMin + static_cast<int>(i))
                                                                   : escapeMarkdown(poll.options[i]);
      md << (i ? " · " : "") << label << ": " << s.counts[i];
    }
    md << "\n\n";
  }

  const auto ranked = core::rankPrompts(state);
  if (!ranked.empty()) {
    md << "## Where the groups differ (most divided first)\n\n| Prompt | Answered | Divergence |\n|---|---|---|\n";
    for (const auto& p : ranked) {
      md << "| " << escapeMarkdown(p.text) << " | " << p.overall.answered << " | "
         << (p.divergence ? fixed2(*p.divergence) + (p.commonGround() ? " (common ground)" : "") : std::string("–"))
         << " |\n";
    }
    md << "\n";
  }
  const auto statements = core::summarizeStatements(state);
  if (!statements.empty()) {
    md << "## Participants' statements\n\n";
    for (const auto& st : statements) {
      md << "- " << escapeMarkdown(st.text) << ": " << st.overall.agree << " agree, " << st.overall.disagree
         << " disagree, " << st.overall.pass << " pass\n";
    }
    md << "\n";
  }
  if (const int hidden = core::hiddenTexts(state).leftOut; hidden > 0) {
    md << "Hidden by the facilitator and left out: " << hidden << ".\n";
  }
  return md.str();
}
} // namespace balcony::report
