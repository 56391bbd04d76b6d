// The belief check in the exports: each round's figures, its charts, and every answer as a row.
#include "belief/belief_report.hpp"

#include "balcony/core/figures.hpp"
#include "balcony/core/privacy.hpp"
#include "balcony/report/html_report.hpp"
#include "balcony/report/markdown_summary.hpp"
#include "belief/belief_aggregate.hpp"

namespace balcony::report {
namespace {

// Every round of the session, counted side by side (core::summarizeRoundsTogether).
std::vector<core::RoundFigures> roundsSideBySide(const core::SessionState& state) {
  std::vector<const core::BeliefRound*> rounds;
  for (const auto& round : state.rounds)
    rounds.push_back(&round);
  return core::summarizeRoundsTogether(state, rounds);
}

// Why a belief's figures leave some answers out, or "" when they do not.
std::string commonNote(const core::RoundFigures& figures, std::size_t b) {
  const int left = figures.leftOut[b];
  if (figures.commonPeople[b] == 0 && left == 0) return "";
  return "Belief " + std::to_string(b + 1) + ": counted over the " + std::to_string(figures.commonPeople[b]) +
         " people who answered it in every round, so that the few who joined, left or changed group in between "
         "are not the difference between rounds" +
         (left > 0 ? " (" + std::to_string(left) + (left == 1 ? " answer" : " answers") +
                         " of this round left out of the figures; every answer is in the raw responses)"
                   : "") +
         ".\n";
}

} // namespace

BoardReport reportPart(std::type_identity<core::BeliefBoard>) {
  BoardReport r;
  r.markdownPlace = 30;
  r.markdown = [](const core::SessionState& state, std::ostream& md) {
    if (state.rounds.empty()) {
      md << "No belief check was run.\n\n";
    }
    for (const auto& figures : roundsSideBySide(state)) {
      const auto& round = *figures.round;
      md << "## Belief check, round " << round.number << " (scale " << round.scaleMin << "–" << round.scaleMax
         << ")\n\n";
      md << "| Belief | Answered | Median | Mean | Distribution |\n|---|---|---|---|---|\n";
      std::string notes;
      for (std::size_t b = 0; b < figures.summaries.size(); ++b) {
        const auto& summary = figures.summaries[b];
        const auto& d = summary.overall;
        notes += commonNote(figures, b);
        md << "| " << escapeMarkdown(summary.statement) << " | " << d.answered + d.withheld << " | ";
        if (d.answered > 0) {
          md << core::meanFigure(d.median) << " | " << core::meanFigure(d.mean) << " | ";
        } else {
          md << "– | – | ";
        }
        if (d.withheld > 0) {
          md << "too few answers to show (the privacy threshold is " << state.privacyThreshold << ") |\n";
          continue;
        }
        for (std::size_t i = 0; i < d.counts.size(); ++i) {
          md << (i ? " · " : "") << (d.scaleMin + static_cast<int>(i)) << ": " << d.counts[i];
        }
        md << " |\n";
      }
      md << "\n" << (notes.empty() ? "" : notes + "\n");
    }
  };
  r.htmlPlace = 20;
  r.html = [](const core::SessionState& state, std::ostream& h) {
    for (const auto& figures : roundsSideBySide(state)) {
      const auto& round = *figures.round;
      h << "<h2>Belief check, round " << round.number << "</h2><div class=\"charts\">";
      for (std::size_t b = 0; b < figures.summaries.size(); ++b) {
        const auto& s = figures.summaries[b];
        h << "<div class=\"chart\"><p><strong>" << escapeHtml(s.statement) << "</strong></p>"
          << svgDistribution(s.overall, s.statement) << "<p class=\"muted\">";
        if (s.overall.answered > 0) {
          h << "Median " << core::meanFigure(s.overall.median) << " · mean " << core::meanFigure(s.overall.mean)
            << " · ";
        }
        h << s.overall.answered << " answered";
        if (s.overall.withheld > 0) h << " (" << s.overall.withheld << " answers: too few to show)";
        h << "</p>";
        for (const auto& g : s.byGroup) {
          h << "<p class=\"muted\">" << escapeHtml(g.group) << ": mean " << core::meanFigure(g.distribution.mean)
            << " (" << g.distribution.answered << ")</p>";
        }
        if (const auto note = commonNote(figures, b); !note.empty())
          h << "<p class=\"muted\">" << escapeHtml(note) << "</p>";
        h << "</div>";
      }
      h << "</div>";
    }
  };
  r.csv = [](const core::SessionState& state, std::ostream& out) {
    for (const auto& round : state.rounds) {
      // Each answer's group as it may be shown beside the whole: a small group's rows say "other groups".
      std::array<core::GroupsShown, core::kBeliefCount> shown;
      for (std::size_t b = 0; b < core::kBeliefCount; ++b) {
        std::vector<std::string> groups;
        for (const auto& [pid, answers] : round.answers) {
          if (answers[b] != core::kNoAnswer) groups.push_back(round.groupOf(pid, b));
        }
        shown[b] = core::groupsShown(state.groups, groups, state.privacyThreshold);
      }
      for (const auto& [pid, answers] : round.answers) {
        for (std::size_t b = 0; b < answers.size(); ++b) {
          if (answers[b] == core::kNoAnswer) continue;
          csvRow(out, {"belief", "round " + std::to_string(round.number), round.statements[b], std::to_string(pid),
                       shown[b].labelOf(round.groupOf(pid, b)), std::to_string(answers[b])});
        }
      }
    }
  };
  return r;
}

} // namespace balcony::report
