// Charts are drawn with ImGui's draw list in font units, so they scale with the projector.
#include "chart.hpp"

#include <cstdio>

namespace balcony::ui {

void textAt(ImVec2 pos, const char* text) {
  ImGui::SetCursorScreenPos(pos);
  ImGui::TextUnformatted(text);
}

void centredText(ImVec2 centre, const char* text) {
  const ImVec2 size = ImGui::CalcTextSize(text);
  textAt(ImVec2(centre.x - size.x * 0.5f, centre.y), text);
}

void wrappedText(ImVec2 pos, float width, float maxHeight, const std::string& text) {
  ImGui::PushClipRect(pos, ImVec2(pos.x + width, pos.y + maxHeight), true);
  ImGui::SetCursorScreenPos(pos);
  ImGui::PushTextWrapPos(pos.x + width);
  ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::PopClipRect();
}

void clippedText(ImVec2 pos, float width, const std::string& text) {
  if (ImGui::CalcTextSize(text.c_str()).x <= width) {
    textAt(pos, text.c_str());
    return;
  }
  static constexpr char kEllipsis[] = "\xE2\x80\xA6";
  const float ellipsisW = ImGui::CalcTextSize(kEllipsis).x;
  std::size_t n = text.size();
  while (n > 0 && ImGui::CalcTextSize(text.c_str(), text.c_str() + n).x + ellipsisW > width) {
    do {
      --n;
    } while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0u) == 0x80u); // whole UTF-8 characters only
  }
  textAt(pos, (text.substr(0, n) + kEllipsis).c_str());
}

void histogram(const core::Distribution& d, int maxCount, ImVec2 pos, ImVec2 size, const ProjectorContext& ctx,
               const HistogramStyle& style) {
  const auto& pal = palette(ctx.theme);
  auto* list = ImGui::GetWindowDrawList();
  const float line = ImGui::GetTextLineHeight();
  const float top = pos.y + (style.counts ? line * 1.1f : 0.0f);
  const float bottom = pos.y + size.y - (style.axisLabels ? line * 1.6f : line * 0.4f);
  const int points = d.scaleMax - d.scaleMin + 1;
  const float slot = size.x / static_cast<float>(points);
  const float barW = slot * 0.72f;
  list->AddLine(ImVec2(pos.x, bottom), ImVec2(pos.x + size.x, bottom), pal.grid, 2.0f);
  char buf[32];
  for (int i = 0; i < points; ++i) {
    const float cx = pos.x + slot * (static_cast<float>(i) + 0.5f);
    if (style.axisLabels) {
      std::snprintf(buf, sizeof buf, "%d", d.scaleMin + i);
      ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
      centredText(ImVec2(cx, bottom + line * 0.55f), buf);
      ImGui::PopStyleColor();
    }
    const int count = d.counts[static_cast<std::size_t>(i)];
    const float h = maxCount > 0 ? (bottom - top) * static_cast<float>(count) / static_cast<float>(maxCount) : 0.0f;
    if (count > 0) {
      list->AddRectFilled(ImVec2(cx - barW * 0.5f, bottom - h), ImVec2(cx + barW * 0.5f, bottom),
                          scaleColour(d.scaleMin + i, d.scaleMin, d.scaleMax), ctx.fonts.bodyPx * 0.12f,
                          ImDrawFlags_RoundCornersTop);
    }
    if (style.counts) {
      std::snprintf(buf, sizeof buf, "%d", count);
      centredText(ImVec2(cx, bottom - h - line * 1.05f), buf);
    }
  }
  if (style.median && d.answered > 0) {
    const float mx = pos.x + slot * (static_cast<float>(d.median - d.scaleMin) + 0.5f);
    const float t = line * 0.4f;
    list->AddTriangleFilled(ImVec2(mx, bottom + 2.0f), ImVec2(mx - t, bottom + 2.0f + t * 1.2f),
                            ImVec2(mx + t, bottom + 2.0f + t * 1.2f), pal.text);
  }
}

ImU32 seriesColour(std::size_t index) {
  static const ImU32 colours[] = {
      IM_COL32(0, 114, 178, 255),   IM_COL32(230, 159, 0, 255),  IM_COL32(0, 158, 115, 255),
      IM_COL32(204, 121, 167, 255), IM_COL32(86, 180, 233, 255), IM_COL32(213, 94, 0, 255),
      IM_COL32(120, 120, 120, 255), IM_COL32(240, 228, 66, 255),
  };
  return colours[index % (sizeof colours / sizeof colours[0])];
}

} // namespace balcony::ui
