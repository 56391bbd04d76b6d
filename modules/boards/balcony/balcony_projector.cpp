// The view from the balcony on the projector: the few patterns across every board, each a plain
// sentence under its heading, in the order the domain gives them; what does not fit is counted
// ("and 2 more on the console"); a meeting where nothing stands out is told so.
#include "balcony/balcony_projector.hpp"

#include "balcony/ui/chart.hpp"

#include <algorithm>
#include <string>

namespace balcony::ui {

void drawProjectorBoard(std::type_identity<core::BalconyBoard>, const core::Snapshot& snapshot,
                        const ProjectorContext& ctx, ImVec2 origin, ImVec2 size) {
  const auto& pal = palette(ctx.theme);
  auto* list = ImGui::GetWindowDrawList();
  const float bottom = origin.y + size.y;
  float y = origin.y;
  const auto patterns = core::balconyPatterns(snapshot.state, snapshot.history.get(), ctx.now);

  ImGui::PushFont(ctx.fonts.heading);
  const float hl = ImGui::GetTextLineHeight();
  textLine(ImVec2(origin.x, y), size.x, "The view from the balcony");
  ImGui::PopFont();
  y += hl * 1.3f;

  ImGui::PushFont(ctx.fonts.body);
  const float tl = ImGui::GetTextLineHeight();
  if (patterns.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    textBlock(ImVec2(origin.x, y), size.x, std::max(tl, bottom - y),
              "Nothing stands out yet: no wide gap between groups, no divided prompt, no topic going round in "
              "circles, no quiet group. The patterns appear here as the room answers.");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    return;
  }
  const float pad = tl * 0.4f;
  const float inner = size.x - pad * 2 - tl * 0.3f;
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    const auto& p = patterns[i];
    const std::size_t rest = patterns.size() - i;
    const float reserve = rest > 1 ? tl * 1.2f : 0.0f; // room for "and N more" below
    ImGui::PushFont(ctx.fonts.bold);
    const float headH = ImGui::GetTextLineHeight();
    ImGui::PopFont();
    const float left = bottom - y - reserve - headH - pad * 2;
    if (left < tl) {
      ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
      const std::string more =
          "and " + std::to_string(rest) + (rest == 1 ? " more pattern" : " more patterns") + " on the console";
      textLine(ImVec2(origin.x, std::min(y, bottom - tl)), size.x, more);
      ImGui::PopStyleColor();
      break;
    }
    const int lines = std::min(3, linesIn(left));
    const float textH = textHeight(p.sentence, inner, lines);
    const float cardH = headH + textH + pad * 2;
    list->AddRectFilled(ImVec2(origin.x, y), ImVec2(origin.x + size.x, y + cardH), pal.panel, tl * 0.2f);
    list->AddRectFilled(ImVec2(origin.x, y), ImVec2(origin.x + tl * 0.3f, y + cardH), pal.accent, tl * 0.2f);
    const float x = origin.x + pad + tl * 0.3f;
    ImGui::PushFont(ctx.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    textLine(ImVec2(x, y + pad), inner, std::string(core::patternHeading(p.kind)));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    textBlock(ImVec2(x, y + pad + headH), inner, textH, p.sentence);
    y += cardH + tl * 0.4f;
  }
  ImGui::PopFont();
}

} // namespace balcony::ui
