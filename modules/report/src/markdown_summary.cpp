// Renders each belief round as a small table: the figures a facilitator circulates afterwards.
#include "balcony/report/markdown_summary.hpp"

#include "balcony/core/belief_aggregate.hpp"

#include <cstdio>
#include <sstream>

namespace balcony::report {
namespace {

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
    case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '|': case '#':
      out += '\\';
      out += c;
      break;
    case '\n': case '\r':
      out += ' ';
      break;
    default:
      out += c;
    }
  }
  return out;
}

std::string markdownSummary(const core::SessionState& state) {
  std::ostringstream md;
  md << "# " << escapeMarkdown(state.title) << "\n\n";
  md << "Participants: " << state.participants.size() << "\n\n";
  if (state.rounds.empty()) {
    md << "No belief check was run.\n";
    return md.str();
  }
  for (const auto& round : state.rounds) {
    md << "## Belief check, round " << round.number << " (scale " << round.scaleMin << "–" << round.scaleMax
       << ")\n\n";
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
  return md.str();
}

} // namespace balcony::report
