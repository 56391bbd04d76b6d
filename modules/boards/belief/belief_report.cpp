// The belief check in the exports: each round's figures, its charts, and every answer as a row.
#include "belief/belief_report.hpp"

#include "balcony/report/html_report.hpp"
#include "balcony/report/markdown_summary.hpp"
#include "belief/belief_aggregate.hpp"

namespace balcony::report {

BoardReport reportPart(std::type_identity<core::BeliefBoard>) {
  BoardReport r;
  r.markdownPlace = 30;
  r.markdown = [](const core::SessionState& state, std::ostream& md) {
    if (state.rounds.empty()) {
      md << "No belief check was run.\n\n";
    }
    for (const auto& round : state.rounds) {
      md << "## Belief check, round " << round.number << " (scale " << round.scaleMin << "–" << round.scaleMax
         << ")\n\n";
      md << "| Belief | Answered | Median | Mean | Distribution |\n|---|---|---|---|---|\n";
      for (const auto& summary : core::summarizeRound(state, round)) {
        const auto& d = summary.overall;
        md << "| " << escapeMarkdown(summary.statement) << " | " << d.answered + d.withheld << " | ";
        if (d.answered > 0) {
          md << fixed(d.median, 1) << " | " << fixed(d.mean, 1) << " | ";
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
      md << "\n";
    }
  };
  r.htmlPlace = 20;
  r.html = [](const core::SessionState& state, std::ostream& h) {
    for (const auto& round : state.rounds) {
      h << "<h2>Belief check, round " << round.number << "</h2><div class=\"charts\">";
      for (const auto& s : core::summarizeRound(state, round)) {
        h << "<div class=\"chart\"><p><strong>" << escapeHtml(s.statement) << "</strong></p>"
          << svgDistribution(s.overall, s.statement) << "<p class=\"muted\">";
        if (s.overall.answered > 0) {
          h << "Median " << fixed(s.overall.median, 1) << " · mean " << fixed(s.overall.mean, 1) << " · ";
        }
        h << s.overall.answered << " answered";
        if (s.overall.withheld > 0) h << " (" << s.overall.withheld << " answers: too few to show)";
        h << "</p>";
        for (const auto& g : s.byGroup) {
          h << "<p class=\"muted\">" << escapeHtml(g.group) << ": mean " << fixed(g.distribution.mean, 1) << " ("
            << g.distribution.answered << ")</p>";
        }
        h << "</div>";
      }
      h << "</div>";
    }
  };
  r.csv = [](const core::SessionState& state, std::ostream& out) {
    for (const auto& round : state.rounds) {
      for (const auto& [pid, answers] : round.answers) {
        for (std::size_t b = 0; b < answers.size(); ++b) {
          if (answers[b] == core::kNoAnswer) continue;
          csvRow(out, {"belief", "round " + std::to_string(round.number), round.statements[b], std::to_string(pid),
                       round.groupOf(pid, b), std::to_string(answers[b])});
        }
      }
    }
  };
  return r;
}

} // namespace balcony::report
