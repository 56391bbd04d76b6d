// The view from the balcony in the exports: the patterns across the session's boards, in plain
// sentences, near the top of the summary and the report. (The exports read the session alone, so
// the movement since the last session of a series is on the projector and the console only.)
#include "balcony/balcony_report.hpp"

#include "balcony/report/html_report.hpp"
#include "balcony/report/markdown_summary.hpp"

namespace balcony::report {

BoardReport reportPart(std::type_identity<core::BalconyBoard>) {
  BoardReport r;
  r.markdownPlace = 15;
  r.markdown = [](const core::SessionState& state, std::ostream& md) {
    const auto patterns = core::balconyPatterns(state, nullptr, state.asOf != 0 ? state.asOf : state.createdAt);
    md << "## The view from the balcony\n\n";
    if (patterns.empty()) {
      md << "Nothing stood out across the boards.\n\n";
      return;
    }
    for (const auto& p : patterns) {
      md << "- **" << core::patternHeading(p.kind) << ":** " << escapeMarkdown(p.sentence) << "\n";
    }
    md << "\n";
  };
  r.htmlPlace = 15;
  r.html = [](const core::SessionState& state, std::ostream& h) {
    const auto patterns = core::balconyPatterns(state, nullptr, state.asOf != 0 ? state.asOf : state.createdAt);
    h << "<h2>The view from the balcony</h2>";
    if (patterns.empty()) {
      h << "<p class=\"muted\">Nothing stood out across the boards.</p>";
      return;
    }
    h << "<ul class=\"patterns\">";
    for (const auto& p : patterns) {
      h << "<li><strong>" << escapeHtml(std::string(core::patternHeading(p.kind))) << ":</strong> "
        << escapeHtml(p.sentence) << "</li>";
    }
    h << "</ul>";
  };
  return r;
}

} // namespace balcony::report
