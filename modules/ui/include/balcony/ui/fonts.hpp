// Fonts in four roles, sized from one body size so every board scales with its window.
#pragma once

#include <imgui.h>

namespace balcony::ui {

struct FontSet {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* heading = nullptr;
  ImFont* display = nullptr; // the room code and other things read from the back row
  float bodyPx = 0;
};

// Rebuilds the current context's font atlas with Inter, compiled in from Debian's fonts-inter
// (ImGui's built-in font only if that could not be read). The caller re-uploads the texture.
FontSet buildFonts(float bodyPx);

// One "em" of the current font: every size in the views is a multiple of this.
inline float em() {
  return ImGui::GetFontSize();
}

} // namespace balcony::ui
