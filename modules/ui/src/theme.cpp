// Style sizes are set in font units (em) so the same code reads at 1024x768 and at 4K.
#include "balcony/ui/theme.hpp"

#include <algorithm>

namespace balcony::ui {
namespace {

ImVec4 rgb(int r, int g, int b, float a = 1.0f) {
  return ImVec4(static_cast<float>(r) / 255.0f, static_cast<float>(g) / 255.0f, static_cast<float>(b) / 255.0f, a);
}

ImVec4 mix(const ImVec4& a, const ImVec4& b, float t) {
  return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, 1.0f);
}

} // namespace

void applyTheme(Theme theme, float emPx) {
  auto& style = ImGui::GetStyle();
  style = ImGuiStyle();
  if (theme == Theme::Light) {
    ImGui::StyleColorsLight(&style);
    style.Colors[ImGuiCol_WindowBg] = rgb(250, 250, 247);
    style.Colors[ImGuiCol_Text] = rgb(20, 24, 31);
    style.Colors[ImGuiCol_Button] = rgb(0, 114, 178, 0.18f);
    style.Colors[ImGuiCol_ButtonHovered] = rgb(0, 114, 178, 0.35f);
    style.Colors[ImGuiCol_ButtonActive] = rgb(0, 114, 178, 0.55f);
  } else if (theme == Theme::Dark) {
    ImGui::StyleColorsDark(&style);
    style.Colors[ImGuiCol_WindowBg] = rgb(24, 27, 33);
    style.Colors[ImGuiCol_Text] = rgb(236, 238, 241);
  } else {
    // Pure black on white: for washed-out projectors and sunlit rooms.
    ImGui::StyleColorsLight(&style);
    style.Colors[ImGuiCol_WindowBg] = rgb(255, 255, 255);
    style.Colors[ImGuiCol_Text] = rgb(0, 0, 0);
    style.Colors[ImGuiCol_TextDisabled] = rgb(40, 40, 40);
  }
  style.WindowPadding = ImVec2(emPx * 0.8f, emPx * 0.8f);
  style.FramePadding = ImVec2(emPx * 0.5f, emPx * 0.3f);
  style.ItemSpacing = ImVec2(emPx * 0.5f, emPx * 0.4f);
  style.ItemInnerSpacing = ImVec2(emPx * 0.3f, emPx * 0.3f);
  style.FrameRounding = emPx * 0.2f;
  style.GrabRounding = emPx * 0.2f;
  style.ScrollbarSize = emPx * 0.8f;
  style.WindowBorderSize = 0;
  style.FrameBorderSize = 1.0f; // empty checkboxes and radio buttons stay visible on a light background
}

const Palette& palette(Theme theme) {
  static const Palette light{IM_COL32(20, 24, 31, 255),    IM_COL32(80, 86, 96, 255),  IM_COL32(236, 237, 232, 255),
                             IM_COL32(200, 202, 196, 255), IM_COL32(0, 114, 178, 255), IM_COL32(213, 94, 0, 255)};
  static const Palette dark{IM_COL32(236, 238, 241, 255), IM_COL32(170, 176, 186, 255), IM_COL32(36, 40, 48, 255),
                            IM_COL32(70, 76, 88, 255),    IM_COL32(86, 180, 233, 255),  IM_COL32(230, 159, 0, 255)};
  static const Palette contrast{IM_COL32(0, 0, 0, 255), IM_COL32(25, 25, 25, 255), IM_COL32(230, 230, 230, 255),
                                IM_COL32(0, 0, 0, 255), IM_COL32(0, 70, 140, 255), IM_COL32(170, 60, 0, 255)};
  return theme == Theme::Light ? light : theme == Theme::Dark ? dark : contrast;
}

namespace {
bool darkBackground() {
  const ImVec4& bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  return bg.x + bg.y + bg.z < 1.5f;
}
} // namespace

ImU32 warningText() {
  return darkBackground() ? IM_COL32(240, 170, 60, 255) : IM_COL32(170, 80, 0, 255);
}

ImU32 errorText() {
  return darkBackground() ? IM_COL32(255, 120, 100, 255) : IM_COL32(190, 30, 10, 255);
}

ImU32 accentText() {
  return darkBackground() ? IM_COL32(86, 180, 233, 255) : IM_COL32(0, 114, 178, 255);
}

ImU32 scaleColour(int value, int scaleMin, int scaleMax) {
  const ImVec4 low = rgb(213, 94, 0);
  const ImVec4 mid = rgb(160, 160, 160);
  const ImVec4 high = rgb(0, 114, 178);
  const float span = static_cast<float>(std::max(1, scaleMax - scaleMin));
  const float t = static_cast<float>(value - scaleMin) / span;
  const ImVec4 c = t < 0.5f ? mix(low, mid, t * 2.0f) : mix(mid, high, (t - 0.5f) * 2.0f);
  return ImGui::ColorConvertFloat4ToU32(c);
}

} // namespace balcony::ui
