// Inter reads well on a washed-out projector; its punctuation range covers dashes and quotes.
#include "fonts.hpp"

#include <filesystem>

namespace balcony::ui {
namespace {

constexpr const char* kRegular = "/usr/share/fonts/opentype/inter/Inter-Regular.otf";
constexpr const char* kBold = "/usr/share/fonts/opentype/inter/Inter-SemiBold.otf";

const ImWchar* glyphRanges() {
  static const ImWchar ranges[] = {
      0x0020, 0x00FF, // Basic Latin, Latin-1
      0x0100, 0x017F, // Latin Extended-A: names from across Europe
      0x2010, 0x205E, // dashes, quotes, bullets, ellipsis
      0x2190, 0x2193, // arrows
      0x2713, 0x2713, // check mark
      0,
  };
  return ranges;
}

ImFont* load(const char* path, float px) {
  auto& io = ImGui::GetIO();
  if (std::filesystem::exists(path)) {
    ImFontConfig config;
    config.OversampleH = 2;
    if (auto* font = io.Fonts->AddFontFromFileTTF(path, px, &config, glyphRanges())) {
      return font;
    }
  }
  ImFontConfig config;
  config.SizePixels = px;
  return io.Fonts->AddFontDefault(&config);
}

} // namespace

FontSet buildFonts(float bodyPx) {
  auto& io = ImGui::GetIO();
  io.Fonts->Clear();
  FontSet set;
  set.bodyPx = bodyPx;
  set.body = load(kRegular, bodyPx);
  set.bold = load(kBold, bodyPx);
  set.heading = load(kBold, bodyPx * 1.45f);
  set.display = load(kBold, bodyPx * 2.6f);
  io.FontDefault = set.body;
  io.Fonts->Build();
  return set;
}

} // namespace balcony::ui
