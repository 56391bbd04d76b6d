// Lists in the console that grow with the room (moderation queues, notes, flags' words, proposals):
// only the rows in view are drawn (ImGuiListClipper), each row is one line of the same height, and
// each row's IDs are scoped by its kind and number, so note 3 and statement 3 never share a button.
#pragma once

#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

namespace balcony::ui {

// The ID scope of one row: its kind, then its number.
class RowId {
public:
  RowId(const char* kind, int number) {
    ImGui::PushID(kind);
    ImGui::PushID(number);
  }
  ~RowId() {
    ImGui::PopID();
    ImGui::PopID();
  }
  RowId(const RowId&) = delete;
  RowId& operator=(const RowId&) = delete;
};

// Rows a button has just taken out of a list (approved, hidden) keep their place for a moment,
// greyed, so the next row's button does not slide under the cursor: a double click acts once.
// A row goes once the mouse has left its list (a second after the press at least), or after five
// seconds. Call expire() before drawing the list and listHovered() from inside its region.
class HeldRows {
public:
  void hold(int id) { m_rows.push_back({id, ImGui::GetTime()}); }
  bool holds(int id) const {
    return std::any_of(m_rows.begin(), m_rows.end(), [&](const Row& r) { return r.id == id; });
  }
  void expire() {
    const double now = ImGui::GetTime();
    const bool hovered = m_hovered;
    std::erase_if(m_rows, [&](const Row& r) { return now - r.since > 5.0 || (now - r.since > 1.0 && !hovered); });
    m_hovered = false;
  }
  void listHovered() {
    if (ImGui::IsWindowHovered()) m_hovered = true;
  }

private:
  struct Row {
    int id = 0;
    double since = 0;
  };
  std::vector<Row> m_rows;
  bool m_hovered = false;
};

// A row's button that stays in its place, greyed once the row has left its list (`gone`).
bool rowButton(const char* label, bool gone);

// One row of a moderation queue: Approve and Hide (greyed once the row has left the queue), then
// the text; what was pressed.
enum class RowChoice { None, Approve, Hide };
RowChoice moderationRow(bool gone, const std::string& text);

// Participant text on one line after a row's buttons: cut at the list's edge, whole in a tooltip.
void rowText(const std::string& text, bool disabled = false);

// Rows [0, count) in a region of at most `visibleRows` lines that scrolls the rest; drawRow(i)
// runs only for the rows in view, and must draw one line.
template <class DrawRow> void clippedRows(const char* id, int count, int visibleRows, DrawRow&& drawRow) {
  const float line = ImGui::GetTextLineHeightWithSpacing(); // a row of small buttons and text
  const float height = line * static_cast<float>(std::clamp(count, 1, visibleRows)) + ImGui::GetStyle().ItemSpacing.y;
  if (ImGui::BeginChild(id, ImVec2(0, height), false)) {
    ImGuiListClipper clipper;
    clipper.Begin(count);
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        drawRow(i);
      }
    }
  }
  ImGui::EndChild();
}

} // namespace balcony::ui
