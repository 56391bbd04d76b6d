// Colours. The projector uses a light theme by default (projectors wash out dark ones); the scale
// colours are from the Okabe-Ito palette, safe for the common kinds of colour blindness.
#pragma once

#include <imgui.h>

namespace balcony::ui {

enum class Theme { Light, Dark, HighContrast };

struct Palette {
  ImU32 text;
  ImU32 mutedText;
  ImU32 panel;
  ImU32 grid;
  ImU32 accent;
  ImU32 warning;
};

void applyTheme(Theme theme, float emPx);
// Text colours for the console's warnings and errors, readable on its light and dark themes.
ImU32 warningText();
ImU32 errorText();
ImU32 accentText();
const Palette& palette(Theme theme);

// Colour for a point on a rating scale: low end vermillion, middle grey, high end blue.
ImU32 scaleColour(int value, int scaleMin, int scaleMax);

} // namespace balcony::ui
