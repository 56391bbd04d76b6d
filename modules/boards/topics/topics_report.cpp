// Topics in the exports: time against budget, revisits and decisions, and how many flags were raised
// (never by whom). No rows of raw responses: flags are anonymous.
#include "topics/topics_report.hpp"

#include "balcony/report/html_report.hpp"
#include "balcony/report/markdown_summary.hpp"

namespace balcony::report {

BoardReport reportPart(std::type_identity<core::TopicsBoard>) {
  BoardReport r;
  r.markdownPlace = 20;
  r.markdown = [](const core::SessionState& state, std::ostream& md) {
    if (!state.topics.empty()) {
      md << "## Topics\n\n| Topic | Minutes (budget) | Revisits | Decisions |\n|---|---|---|---|\n";
      for (const auto& topic : state.topics) {
        md << "| " << escapeMarkdown(topic.title) << " | " << state.topicTime(topic, state.asOf) / 60'000 << " ("
           << topic.budgetMinutes << ") | " << topic.revisits << " | ";
        for (std::size_t i = 0; i < topic.decisions.size(); ++i) {
          md << (i ? "; " : "") << escapeMarkdown(topic.decisions[i].text);
        }
        md << " |\n";
      }
      md << "\nFlags raised: " << state.flags.size() << "\n\n";
    }
  };
  r.htmlPlace = 50;
  r.html = [](const core::SessionState& state, std::ostream& h) {
    if (!state.topics.empty()) {
      h << "<h2>Topics</h2><table><tr><th>Topic</th><th>Minutes (budget)</th><th>Revisits</th><th>Decisions</th></tr>";
      for (const auto& t : state.topics) {
        h << "<tr><td>" << escapeHtml(t.title) << "</td><td>" << state.topicTime(t, state.asOf) / 60'000 << " ("
          << t.budgetMinutes << ")</td><td>" << t.revisits << "</td><td>";
        for (const auto& d : t.decisions)
          h << escapeHtml(d.text) << "<br>";
        h << "</td></tr>";
      }
      h << "</table><p class=\"muted\">Anonymous flags raised: " << state.flags.size() << ".</p>";
    }
  };
  return r;
}

} // namespace balcony::report
