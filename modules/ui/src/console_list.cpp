// One line of participant text in a console list (console_list.hpp).
#include "balcony/ui/console_list.hpp"

#include "balcony/ui/console_button.hpp"

#include <algorithm>

namespace balcony::ui {

void rowText(const std::string& text, bool disabled) {
  // A line break would make the row taller than its neighbours, and the clipper counts on one line.
  std::string line = text;
  std::replace(line.begin(), line.end(), '\n', ' ');
  const bool cut = ImGui::CalcTextSize(line.c_str(), line.c_str() + line.size()).x > ImGui::GetContentRegionAvail().x;
  if (disabled) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  ImGui::TextUnformatted(line.c_str(), line.c_str() + line.size());
  if (disabled) ImGui::PopStyleColor();
  if (cut && ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32);
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

bool rowButton(const char* label, bool gone) {
  ImGui::BeginDisabled(gone);
  const bool pressed = smallButton(label);
  ImGui::EndDisabled();
  ImGui::SameLine();
  return pressed;
}

RowChoice moderationRow(bool gone, const std::string& text) {
  RowChoice choice = RowChoice::None;
  if (rowButton("Approve", gone)) choice = RowChoice::Approve;
  if (rowButton("Hide", gone)) choice = RowChoice::Hide;
  rowText(text, gone);
  return choice;
}

} // namespace balcony::ui
