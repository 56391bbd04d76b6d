// The console's buttons, noted as drawn (console_button.hpp).
#include "balcony/ui/console_button.hpp"

#include <imgui_internal.h>

namespace balcony::ui {
namespace {

bool noting = false;
std::vector<DrawnButton> noted;

// The last press a button acted on. The same button pressed again within the double-click time (or
// within three frames, when frames are slow) is the second half of a double click, and does
// nothing: a toggle (Start/Pause, Blank) stays as the first press left it, and "Make a topic"
// makes one topic.
ImGuiID lastPressed = 0;
double lastPressedAt = -1e9;
int lastPressedFrame = -100;

bool once(bool pressed) {
  if (!pressed) return false;
  const ImGuiID id = ImGui::GetItemID();
  const double now = ImGui::GetTime();
  const int frame = ImGui::GetFrameCount();
  if (id == lastPressed && (now - lastPressedAt < static_cast<double>(ImGui::GetIO().MouseDoubleClickTime) ||
                            frame - lastPressedFrame <= 3)) {
    return false;
  }
  lastPressed = id;
  lastPressedAt = now;
  lastPressedFrame = frame;
  return true;
}

bool note(const char* label, bool pressed) {
  if (!noting || !ImGui::IsItemVisible()) return pressed;
  DrawnButton b;
  const char* end = ImGui::FindRenderedTextEnd(label);
  b.label.assign(label, end);
  b.id = ImGui::GetItemID();
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  // Only what is in view can be clicked: a row scrolled half out of its list counts as its visible part.
  const ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
  b.rect[0] = std::max(min.x, clip.Min.x);
  b.rect[1] = std::max(min.y, clip.Min.y);
  b.rect[2] = std::min(max.x, clip.Max.x);
  b.rect[3] = std::min(max.y, clip.Max.y);
  b.enabled = (GImGui->LastItemData.InFlags & ImGuiItemFlags_Disabled) == 0;
  noted.push_back(std::move(b));
  return pressed;
}

} // namespace

bool button(const char* label, const ImVec2& size) {
  return note(label, once(ImGui::Button(label, size)));
}

bool smallButton(const char* label) {
  return note(label, once(ImGui::SmallButton(label)));
}

void startNotingButtons() {
  noting = true;
  noted.clear();
}

const std::vector<DrawnButton>& notedButtons() {
  return noted;
}

} // namespace balcony::ui
