// One line of participant text in a console list (console_list.hpp).
#include "console_list.hpp"

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

} // namespace balcony::ui
