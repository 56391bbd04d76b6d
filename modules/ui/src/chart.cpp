// Charts and text are drawn with ImGui's draw list in font units, so they scale with the projector.
#include "balcony/ui/chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace balcony::ui {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

TextAudit* g_audit = nullptr;
ImVec2 g_regionMin;
ImVec2 g_regionMax;

bool continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0u) == 0x80u;
}

float widthOf(std::string_view s) {
  return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x;
}

// The line cut back until it and an ellipsis fit: at the last space if there is one, else at a
// character (one long word).
std::string withEllipsis(std::string_view line, float width) {
  const float ellipsisW = widthOf(kEllipsis);
  std::size_t n = line.size();
  auto trimmed = [&](std::size_t k) {
    while (k > 0 && (line[k - 1] == ' ' || line[k - 1] == ',' || line[k - 1] == ';' || line[k - 1] == ':'))
      --k;
    return k;
  };
  // Whole words first: the longest run of them that leaves room for the ellipsis.
  for (std::size_t k = n; k > 0;) {
    const std::size_t end = trimmed(k);
    if (end > 0 && widthOf(line.substr(0, end)) + ellipsisW <= width) {
      return std::string(line.substr(0, end)) + std::string(kEllipsis);
    }
    const auto space = line.rfind(' ', k - 1);
    if (space == std::string_view::npos || space == 0) break;
    k = space;
  }
  // One word wider than the box: whole characters.
  while (n > 0 && widthOf(line.substr(0, n)) + ellipsisW > width) {
    do {
      --n;
    } while (n > 0 && continuation(line[n]));
  }
  return std::string(line.substr(0, n)) + std::string(kEllipsis);
}

void record(ImVec2 boxMin, ImVec2 boxMax, ImVec2 drawnMin, ImVec2 drawnMax, std::string shown, std::string_view full,
            bool shortened) {
  if (g_audit == nullptr) return;
  g_audit->texts.push_back(
      {std::move(shown), std::string(full), boxMin, boxMax, drawnMin, drawnMax, g_regionMin, g_regionMax, shortened});
}

void drawLines(ImVec2 pos, const TextLayout& layout) {
  auto* list = ImGui::GetWindowDrawList();
  const float lineH = ImGui::GetTextLineHeight();
  const ImU32 colour = ImGui::GetColorU32(ImGuiCol_Text);
  for (std::size_t i = 0; i < layout.lines.size(); ++i) {
    const auto& line = layout.lines[i];
    list->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x, pos.y + lineH * static_cast<float>(i)), colour,
                  line.data(), line.data() + line.size());
  }
}

std::string joined(const TextLayout& layout) {
  std::string out;
  for (const auto& line : layout.lines) {
    if (!out.empty()) out += ' ';
    out += line;
  }
  return out;
}

} // namespace

TextLayout layoutText(std::string_view text, float width, int maxLines) {
  TextLayout layout;
  const float lineH = ImGui::GetTextLineHeight();
  ImFont* font = ImGui::GetFont();
  const float scale = ImGui::GetFontSize() / font->FontSize;
  const char* s = text.data();
  const char* const end = text.data() + text.size();
  maxLines = std::max(1, maxLines);
  while (s < end) {
    if (static_cast<int>(layout.lines.size()) == maxLines) {
      layout.shortened = true;
      break;
    }
    // ImGui measures a line rounded up to the next pixel, the wrap without rounding: a pixel less
    // keeps every wrapped line inside the width as measured.
    const char* eol = font->CalcWordWrapPositionA(scale, s, end, std::max(1.0f, width - 1.0f));
    if (eol == s) {
      ++eol; // a character wider than the box still moves on
      while (eol < end && continuation(*eol))
        ++eol;
    }
    if (const void* nl = std::memchr(s, '\n', static_cast<std::size_t>(eol - s))) {
      eol = static_cast<const char*>(nl);
    }
    const char* lineEnd = eol;
    while (lineEnd > s && (lineEnd[-1] == ' ' || lineEnd[-1] == '\r'))
      --lineEnd;
    layout.lines.emplace_back(s, lineEnd);
    s = eol;
    if (s < end && *s == '\n') {
      ++s;
    } else {
      while (s < end && *s == ' ')
        ++s;
    }
  }
  if (layout.shortened) {
    // The last line ends with an ellipsis at a word; room is made for it if need be.
    auto& last = layout.lines.back();
    const std::string rest = last + " " + std::string(s, end);
    last = withEllipsis(rest, width);
  }
  if (layout.lines.empty()) layout.lines.emplace_back();
  for (const auto& line : layout.lines) {
    layout.width = std::max(layout.width, widthOf(line));
  }
  layout.height = lineH * static_cast<float>(layout.lines.size());
  return layout;
}

int linesIn(float height) {
  return std::max(1, static_cast<int>((height + 0.5f) / ImGui::GetTextLineHeight()));
}

float textHeight(std::string_view text, float width, int maxLines) {
  return layoutText(text, width, maxLines).height;
}

float textBlock(ImVec2 pos, float width, float maxHeight, std::string_view text) {
  const auto layout = layoutText(text, width, linesIn(maxHeight));
  drawLines(pos, layout);
  record(pos, ImVec2(pos.x + width, pos.y + maxHeight), pos, ImVec2(pos.x + layout.width, pos.y + layout.height),
         joined(layout), text, layout.shortened);
  return layout.height;
}

void textLine(ImVec2 pos, float width, std::string_view text) {
  const float lineH = ImGui::GetTextLineHeight();
  // One line whatever the text holds: a line break reads as a space.
  std::string flat(text);
  std::replace(flat.begin(), flat.end(), '\n', ' ');
  TextLayout layout;
  layout.lines.push_back(flat);
  if (widthOf(flat) > width) {
    layout.lines[0] = withEllipsis(flat, width);
    layout.shortened = true;
  }
  layout.width = widthOf(layout.lines[0]);
  layout.height = lineH;
  drawLines(pos, layout);
  record(pos, ImVec2(pos.x + width, pos.y + lineH), pos, ImVec2(pos.x + layout.width, pos.y + lineH), layout.lines[0],
         text, layout.shortened);
}

void textLineRight(ImVec2 topRight, float width, std::string_view text) {
  const float w = std::min(width, widthOf(text));
  textLine(ImVec2(topRight.x - w, topRight.y), w + 0.5f, text);
}

void textAt(ImVec2 pos, const char* text) {
  const ImVec2 size = ImGui::CalcTextSize(text);
  ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos, ImGui::GetColorU32(ImGuiCol_Text),
                                      text);
  record(g_regionMin, g_regionMax, pos, ImVec2(pos.x + size.x, pos.y + size.y), text, text, false);
}

void centredText(ImVec2 centre, const char* text) {
  const ImVec2 size = ImGui::CalcTextSize(text);
  textAt(ImVec2(centre.x - size.x * 0.5f, centre.y), text);
}

void auditText(TextAudit* audit) {
  g_audit = audit;
}

void setTextRegion(ImVec2 min, ImVec2 max) {
  g_regionMin = min;
  g_regionMax = max;
}

double largestShare(const core::Distribution& d, double atLeast) {
  double most = atLeast;
  if (d.answered > 0) {
    for (int c : d.counts) {
      most = std::max(most, static_cast<double>(c) / static_cast<double>(d.answered));
    }
  }
  return most;
}

void histogram(const core::Distribution& d, double maxShare, ImVec2 pos, ImVec2 size, const ProjectorContext& ctx,
               const HistogramStyle& style) {
  const auto& pal = palette(ctx.theme);
  auto* list = ImGui::GetWindowDrawList();
  const float line = ImGui::GetTextLineHeight();
  const int points = d.scaleMax - d.scaleMin + 1;
  const float slot = size.x / static_cast<float>(points);
  // Counts go over the bars only where each fits its slot and the bars keep a line of height;
  // otherwise the bars alone say it (the exports and the console have the numbers).
  char buf[32];
  int most = 0;
  for (int c : d.counts)
    most = std::max(most, c);
  std::snprintf(buf, sizeof buf, "%d", most);
  const bool counts = style.counts && ImGui::CalcTextSize(buf).x <= slot * 0.95f &&
                      size.y - line * 1.1f - (style.axisLabels ? line * 1.6f : line * 0.4f) >= line;
  const float top = pos.y + (counts ? line * 1.1f : 0.0f);
  const float bottom = std::max(top, pos.y + size.y - (style.axisLabels ? line * 1.6f : line * 0.4f));
  const float barW = slot * 0.72f;
  list->AddLine(ImVec2(pos.x, bottom), ImVec2(pos.x + size.x, bottom), pal.grid, 2.0f);
  // Labels step over points when the slots are narrower than "10": 0–10 in a narrow column.
  const float labelW = ImGui::CalcTextSize("10").x * 1.3f;
  const int every = std::max(1, static_cast<int>(std::ceil(labelW / std::max(1.0f, slot))));
  // A label centred under its bar, kept inside the chart's box at the two ends.
  auto label = [&](float cx, float y, const char* text) {
    const float w = ImGui::CalcTextSize(text).x;
    textAt(ImVec2(std::clamp(cx - w * 0.5f, pos.x, std::max(pos.x, pos.x + size.x - w)), y), text);
  };
  for (int i = 0; i < points; ++i) {
    const float cx = pos.x + slot * (static_cast<float>(i) + 0.5f);
    if (style.axisLabels && i % every == 0) {
      std::snprintf(buf, sizeof buf, "%d", d.scaleMin + i);
      ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
      label(cx, bottom + line * 0.35f, buf);
      ImGui::PopStyleColor();
    }
    const int count = d.counts[static_cast<std::size_t>(i)];
    const double share = d.answered > 0 ? static_cast<double>(count) / static_cast<double>(d.answered) : 0.0;
    const float h = maxShare > 0 ? (bottom - top) * static_cast<float>(std::min(1.0, share / maxShare)) : 0.0f;
    if (count > 0) {
      list->AddRectFilled(ImVec2(cx - barW * 0.5f, bottom - h), ImVec2(cx + barW * 0.5f, bottom),
                          scaleColour(d.scaleMin + i, d.scaleMin, d.scaleMax), ctx.fonts.bodyPx * 0.12f,
                          ImDrawFlags_RoundCornersTop);
    }
    if (counts && (every == 1 || count > 0)) {
      std::snprintf(buf, sizeof buf, "%d", count);
      label(cx, bottom - h - line * 1.05f, buf);
    }
  }
  if (style.median && d.answered > 0) {
    const float mx = pos.x + slot * (static_cast<float>(d.median - d.scaleMin) + 0.5f);
    const float t = line * 0.3f;
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
