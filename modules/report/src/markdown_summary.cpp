// The Markdown summary: the figures a facilitator circulates afterwards. Its sections come from the
// boards (<board>_report.cpp), in the summary's order: what is clear for now first.
#include "balcony/report/markdown_summary.hpp"

#include "balcony/core/moderation.hpp"
#include "balcony/report/report_parts.hpp"

#include <sstream>

namespace balcony::report {
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
  md << "Participants: " << state.participants.size() << "\n\n" << sessionLength(state) << "\n\n";
  for (const auto* section : sectionsInOrder(&BoardReport::markdownPlace, &BoardReport::markdown)) {
    (*section)(state, md);
  }
  if (const int hidden = core::hiddenTexts(state).leftOut; hidden > 0) {
    md << "Hidden by the facilitator and left out: " << hidden << ".\n";
  }
  return md.str();
}
} // namespace balcony::report
