// Spreadsheets execute cells that start with a formula character; participant text must never
// become a formula on the facilitator's laptop (OWASP "CSV injection").
#include "balcony/report/csv_export.hpp"

#include "balcony/core/moderation.hpp"
#include "balcony/core/privacy.hpp"
#include "balcony/report/report_parts.hpp"

#include <map>
#include <set>
#include <sstream>
#include <vector>

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

std::vector<std::vector<std::string>> csvCells(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string cell;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(cell));
      cell.clear();
    } else if (c == '\n') {
      row.push_back(std::move(cell));
      cell.clear();
      rows.push_back(std::move(row));
      row.clear();
    } else if (c != '\r') {
      cell += c;
    }
  }
  return rows;
}

namespace {

// Each board labels its rows as that item may show them, but one participant's rows sit side by
// side: a person under "Police" in one item and "other groups" in the next would unmask the second.
// So a group is named only where it is named in every row of every participant in it; otherwise
// its rows say "other groups" throughout (each item's folded remainder only grows).
void oneLabelPerGroup(std::vector<std::vector<std::string>>& rows) {
  constexpr std::size_t kParticipant = 3;
  constexpr std::size_t kGroup = 4;
  std::map<std::string, std::set<std::string>> labelsOf; // participant -> labels of their rows
  for (const auto& row : rows) {
    if (row.size() > kGroup && !row[kParticipant].empty()) labelsOf[row[kParticipant]].insert(row[kGroup]);
  }
  std::set<std::string> unmasking;
  for (const auto& [participant, labels] : labelsOf) {
    if (labels.size() < 2) continue;
    for (const auto& label : labels) {
      if (!label.empty() && label != core::kOtherGroups) unmasking.insert(label);
    }
  }
  for (auto& row : rows) {
    if (row.size() > kGroup && unmasking.count(row[kGroup]) > 0) row[kGroup] = core::kOtherGroups;
  }
}

} // namespace

std::string csvResponses(const core::SessionState& state) {
  std::ostringstream out;
  csvRow(out, {"board", "item", "question", "participant", "group", "answer"});
  std::ostringstream boards;
  for (const auto& part : boardReports()) {
    if (part.csv) part.csv(state, boards);
  }
  auto rows = csvCells(boards.str());
  oneLabelPerGroup(rows);
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i)
      out << (i ? "," : "") << csvCell(row[i]);
    out << "\r\n";
  }
  if (const int hidden = core::hiddenTexts(state).leftOut; hidden > 0) {
    csvRow(out, {"# hidden by the facilitator and left out", std::to_string(hidden), "", "", "", ""});
  }
  return out.str();
}

} // namespace balcony::report
