// Difference surfacing in the exports: prompts most divided first, each group's view and notes,
// the participants' statements, and every rating, note and vote as a row. Hidden text is left out.
#include "difference/difference_report.hpp"

#include "balcony/core/figures.hpp"
#include "balcony/core/privacy.hpp"
#include "balcony/report/html_report.hpp"
#include "balcony/report/markdown_summary.hpp"
#include "difference/difference_summary.hpp"

namespace balcony::report {

BoardReport reportPart(std::type_identity<core::DifferenceBoard>) {
  BoardReport r;
  r.markdownPlace = 50;
  r.markdown = [](const core::SessionState& state, std::ostream& md) {
    const auto ranked = core::rankPrompts(state);
    if (!ranked.empty()) {
      md << "## Where the groups differ (most divided first)\n\n| Prompt | Answered | Divergence |\n|---|---|---|\n";
      for (const auto& p : ranked) {
        md << "| " << escapeMarkdown(p.text) << " | " << p.overall.answered << " | "
           << (p.divergence ? core::divergenceFigure(*p.divergence) + (p.commonGround() ? " (common ground)" : "")
                            : std::string("–"))
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
  };
  r.htmlPlace = 40;
  r.html = [](const core::SessionState& state, std::ostream& h) {
    const auto ranked = core::rankPrompts(state);
    if (!ranked.empty()) {
      h << "<h2>Where the groups differ</h2><p class=\"muted\">Most divided first. Divergence runs from 0 (every "
           "group alike) to 1 (split exactly along group lines).</p>";
      for (const auto& p : ranked) {
        h << "<h3>" << escapeHtml(p.text) << "</h3><p class=\"muted\">" << escapeHtml(p.kind) << " · "
          << p.overall.answered << " answered · divergence "
          << (p.divergence ? core::divergenceFigure(*p.divergence) + (p.commonGround() ? " (common ground)" : "")
                           : std::string("–"))
          << "</p><div class=\"charts\">";
        for (const auto& g : p.byGroup) {
          h << "<div class=\"chart\"><p><strong>" << escapeHtml(g.group) << "</strong></p>"
            << svgDistribution(g.distribution, g.group) << "</div>";
        }
        h << "</div>";
        for (const auto& n : p.notes) {
          h << "<p><strong>" << escapeHtml(n.group) << ":</strong></p><ul>";
          for (const auto& text : n.notes)
            h << "<li>" << escapeHtml(text) << "</li>";
          h << "</ul>";
        }
      }
    }
    const auto statements = core::summarizeStatements(state);
    if (!statements.empty()) {
      h << "<h2>Participants' "
           "statements</h2><table><tr><th>Statement</th><th>Agree</th><th>Disagree</th><th>Pass</th></tr>";
      for (const auto& st : statements) {
        h << "<tr><td>" << escapeHtml(st.text) << "</td><td>" << st.overall.agree << "</td><td>" << st.overall.disagree
          << "</td><td>" << st.overall.pass << "</td></tr>";
      }
      h << "</table>";
    }
  };
  r.csv = [](const core::SessionState& state, std::ostream& out) {
    // Each row's group as it may be shown beside the whole: a small group's rows say "other groups".
    for (const auto& prompt : state.prompts) {
      std::vector<std::string> groups;
      for (const auto& [pid, rating] : prompt.ratings)
        groups.push_back(prompt.groupOf(pid));
      const auto shown = core::groupsShown(state.groups, groups, state.privacyThreshold);
      for (const auto& [pid, rating] : prompt.ratings) {
        csvRow(out, {"difference", "prompt " + std::to_string(prompt.number), prompt.text, std::to_string(pid),
                     shown.labelOf(prompt.groupOf(pid)), std::to_string(rating)});
      }
      for (const auto& note : prompt.notesGiven) {
        if (note.hidden) continue;
        csvRow(out, {"difference note", "prompt " + std::to_string(prompt.number), prompt.text,
                     std::to_string(note.participant), shown.labelOf(note.group), note.text});
      }
    }
    for (const auto& st : state.statements) {
      if (st.status != core::StatementStatus::Approved) continue;
      std::vector<std::string> groups;
      for (const auto& [pid, vote] : st.votes)
        groups.push_back(st.groupOf(pid));
      const auto shown = core::groupsShown(state.groups, groups, state.privacyThreshold);
      for (const auto& [pid, vote] : st.votes) {
        csvRow(out, {"statement", "statement " + std::to_string(st.id), st.text, std::to_string(pid),
                     shown.labelOf(st.groupOf(pid)), std::string(core::voteName(vote))});
      }
    }
  };
  return r;
}

} // namespace balcony::report
