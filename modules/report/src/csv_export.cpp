// Spreadsheets execute cells that start with a formula character; participant text must never
// become a formula on the facilitator's laptop (OWASP "CSV injection").
#include "balcony/report/csv_export.hpp"

#include "balcony/core/moderation.hpp"
#include "report_parts.hpp"

#include <sstream>

namespace balcony::report {
std::string csvCell(const std::string& text) {
  std::string cell = text;
  if (!cell.empty() &&
      (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' || cell[0] == '\t' || cell[0] == '\r')) {
    cell.insert(cell.begin(), '\'');
  }
  if (cell.find_first_of(",\"\r\n") == std::string::npos) {
    return cell;
  }
  std::string quoted = "\"";
  for (char c : cell) {
    quoted += c;
    if (c == '"') quoted += '"';
  }
  return quoted + "\"";
}

std::string csvResponses(const core::SessionState& state) {
  std::ostringstream out;
  csvRow(out, {"board", "item", "question", "participant", "group", "answer"});
  for (const auto& part : boardReports()) {
    if (part.csv) part.csv(state, out);
  }
  if (const int hidden = core::hiddenTexts(state).leftOut; hidden > 0) {
    csvRow(out, {"# hidden by the facilitator and left out", std::to_string(hidden), "", "", "", ""});
  }
  return out.str();
}

} // namespace balcony::report
