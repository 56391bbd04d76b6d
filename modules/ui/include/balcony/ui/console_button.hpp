// The console's buttons. Each one drawn is noted with its place (while a test is watching), so a
// test can press a button by its label through the window's real mouse path, and check what lies
// under the cursor afterwards: a button that follows another must never take its spot, or a
// double click would do two things.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace balcony::ui {

// ImGui's buttons, noted as below; the same button pressed twice within the double-click time acts
// once (the second press of a double click is not a second command).
bool button(const char* label, const ImVec2& size = ImVec2(0, 0));
bool smallButton(const char* label);

// One button of the console's last frame, in window pixels.
struct DrawnButton {
  std::string label; // as shown (the part before "##")
  ImGuiID id = 0;
  float rect[4] = {}; // x0, y0, x1, y1
  bool enabled = true;
  bool contains(float x, float y) const { return x >= rect[0] && x < rect[2] && y >= rect[1] && y < rect[3]; }
};

// The buttons drawn since the last call of startNotingButtons(); nothing is noted until then.
void startNotingButtons();
const std::vector<DrawnButton>& notedButtons();

} // namespace balcony::ui
