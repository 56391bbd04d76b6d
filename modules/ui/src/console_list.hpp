// Lists in the console that grow with the room (moderation queues, notes, flags' words, proposals):
// only the rows in view are drawn (ImGuiListClipper), each row is one line of the same height, and
// each row's IDs are scoped by its kind and number, so note 3 and statement 3 never share a button.
#pragma once

#include <imgui.h>

#include <algorithm>
#include <string>

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

// Participant text on one line after a row's buttons: cut at the list's edge, whole in a tooltip.
void rowText(const std::string& text, bool disabled = false);

// Rows [0, count) in a region of at most `visibleRows` lines that scrolls the rest; drawRow(i)
// runs only for the rows in view, and must draw one line.
template <class DrawRow>
void clippedRows(const char* id, int count, int visibleRows, DrawRow&& drawRow) {
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
