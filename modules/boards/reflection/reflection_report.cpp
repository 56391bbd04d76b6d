// Reflection in the exports: each round's stage and questions, the reflections the room shared
// (approved ones only), by dimension, and the dimensions no one's reflection touched. Drafts were
// never sent, so nothing of them can be here; hidden reflections are left out.
#include "reflection/reflection_report.hpp"

#include "balcony/report/html_report.hpp"
#include "balcony/report/markdown_summary.hpp"

#include <string>

namespace balcony::report {
namespace {

std::string dimensionList(const std::vector<core::Dimension>& dims) {
  std::string out;
  for (std::size_t i = 0; i < dims.size(); ++i)
    out += (i ? ", " : "") + std::string(core::dimensionName(dims[i]));
  return out;
}

std::string tagOf(const core::SharedReflection& r) {
  return r.dimension == core::Dimension::None ? "" : std::string(core::dimensionName(r.dimension));
}

} // namespace

BoardReport reportPart(std::type_identity<core::ReflectionBoard>) {
  BoardReport r;
  r.markdownPlace = 60;
  r.markdown = [](const core::SessionState& state, std::ostream& md) {
    if (state.reflectionRounds.empty()) return;
    md << "## Reflection\n\n";
    for (const auto& round : state.reflectionRounds) {
      const auto shared = state.approvedReflections(round.number);
      md << "**" << core::reflectionStageTitle(round.stage) << "**"
         << (round.lens == core::Lens::None ? "" : " (" + std::string(core::lensName(round.lens)) + ")") << ": "
         << shared.size() << (shared.size() == 1 ? " reflection" : " reflections") << " shared.\n\n";
      for (const auto* s : shared) {
        md << "- " << escapeMarkdown(s->text) << (tagOf(*s).empty() ? "" : " _(" + tagOf(*s) + ")_") << "\n";
      }
      if (!shared.empty()) md << "\n";
    }
    const auto untouched = core::untouchedDimensions(state);
    md << (untouched.empty() ? std::string("Every dimension was touched.")
                             : "Not touched by the room's reflection: " + dimensionList(untouched) + ".")
       << "\n\n";
  };
  r.htmlPlace = 60;
  r.html = [](const core::SessionState& state, std::ostream& h) {
    if (state.reflectionRounds.empty()) return;
    h << "<h2>Reflection</h2>";
    for (const auto& round : state.reflectionRounds) {
      const auto shared = state.approvedReflections(round.number);
      h << "<h3>" << escapeHtml(std::string(core::reflectionStageTitle(round.stage)))
        << (round.lens == core::Lens::None ? "" : " (" + std::string(core::lensName(round.lens)) + ")") << "</h3>";
      h << "<p class=\"muted\">";
      for (std::size_t i = 0; i < round.questions.size(); ++i)
        h << (i ? " · " : "") << escapeHtml(round.questions[i]);
      h << "</p>";
      if (shared.empty()) {
        h << "<p class=\"muted\">No reflection was shared.</p>";
        continue;
      }
      h << "<table><tr><th>Shared reflection</th><th>Dimension</th></tr>";
      for (const auto* s : shared) {
        h << "<tr><td>" << escapeHtml(s->text) << "</td><td>" << escapeHtml(tagOf(*s)) << "</td></tr>";
      }
      h << "</table>";
    }
    const auto untouched = core::untouchedDimensions(state);
    h << "<p>"
      << (untouched.empty()
              ? std::string("Every dimension was touched.")
              : "<strong>Not touched by the room's reflection:</strong> " + escapeHtml(dimensionList(untouched)) + ".")
      << "</p>";
  };
  r.csv = [](const core::SessionState& state, std::ostream& out) {
    for (const auto* s : state.approvedReflections()) {
      // Anonymous: neither who shared it nor their group.
      csvRow(out,
             {"reflection", "reflection " + std::to_string(s->id), std::string(core::reflectionStageTitle(s->stage)),
              "", "", s->text + (tagOf(*s).empty() ? "" : " [" + tagOf(*s) + "]")});
    }
  };
  return r;
}

} // namespace balcony::report
