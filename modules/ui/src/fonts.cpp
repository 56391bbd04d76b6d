// Inter reads well on a washed-out projector; its punctuation range covers dashes and quotes.
#include "balcony/ui/fonts.hpp"

#include "font_assets.hpp"

namespace balcony::ui {
namespace {

constexpr std::string_view kRegular = "Inter-Regular.otf";
constexpr std::string_view kBold = "Inter-SemiBold.otf";

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

ImFont* load(std::string_view name, float px) {
  auto& io = ImGui::GetIO();
  for (std::size_t i = 0; i < fonts::kFileCount; ++i) {
    const auto& file = fonts::kFiles[i];
    if (file.name != name) continue;
    ImFontConfig config;
    config.OversampleH = 2;
    config.FontDataOwnedByAtlas = false; // the bytes live in the binary, not on ImGui's heap
    // ImGui takes a non-const pointer but only reads the font data it does not own.
    if (auto* font = io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(file.data.data()),
                                                    static_cast<int>(file.data.size()), px, &config, glyphRanges())) {
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
