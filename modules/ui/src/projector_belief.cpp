// The belief check on the projector: one column per belief, each with its distribution, median
// and mean, so "a good goal, but it won't happen" shows as three differently shaped charts.
#include "views.hpp"

#include "balcony/core/belief_aggregate.hpp"

#include <algorithm>
#include <cstdio>

namespace balcony::ui {
namespace {

void centredText(ImVec2 centre, const char* text) {
  const ImVec2 size = ImGui::CalcTextSize(text);
  ImGui::SetCursorScreenPos(ImVec2(centre.x - size.x * 0.5f, centre.y));
  ImGui::TextUnformatted(text);
}

void drawColumn(const core::BeliefSummary& summary, bool revealed, int maxCount, const ProjectorContext& ctx,
                ImVec2 pos, ImVec2 size) {
  const auto& pal = palette(ctx.theme);
  auto* list = ImGui::GetWindowDrawList();
  const auto& d = summary.overall;

  ImGui::PushFont(ctx.fonts.bold);
  ImGui::SetCursorScreenPos(pos);
  ImGui::PushTextWrapPos(pos.x + size.x);
  // Three lines are reserved for the statement so the charts line up across columns.
  const float statementH = ImGui::GetTextLineHeight() * 3.2f;
  ImGui::PushClipRect(pos, ImVec2(pos.x + size.x, pos.y + statementH), true);
  ImGui::TextUnformatted(summary.statement.c_str());
  ImGui::PopClipRect();
  ImGui::PopTextWrapPos();
  ImGui::PopFont();

  ImGui::PushFont(ctx.fonts.body);
  const float line = ImGui::GetTextLineHeightWithSpacing();
  const float chartTop = pos.y + statementH + line * 1.2f;  // room for count labels
  const float chartBottom = pos.y + size.y - line * 3.4f;
  const int points = d.scaleMax - d.scaleMin + 1;
  const float slot = size.x / static_cast<float>(points);
  const float barW = slot * 0.72f;
  list->AddLine(ImVec2(pos.x, chartBottom), ImVec2(pos.x + size.x, chartBottom), pal.grid, 2.0f);

  char buf[64];
  for (int i = 0; i < points; ++i) {
    const float cx = pos.x + slot * (static_cast<float>(i) + 0.5f);
    std::snprintf(buf, sizeof buf, "%d", d.scaleMin + i);
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    centredText(ImVec2(cx, chartBottom + ctx.fonts.bodyPx * 0.75f), buf);
    ImGui::PopStyleColor();
    if (!revealed) {
      continue;
    }
    const int count = d.counts[static_cast<std::size_t>(i)];
    const float h = maxCount > 0 ? (chartBottom - chartTop) * static_cast<float>(count) / static_cast<float>(maxCount) : 0;
    if (count > 0) {
      list->AddRectFilled(ImVec2(cx - barW * 0.5f, chartBottom - h), ImVec2(cx + barW * 0.5f, chartBottom),
                          scaleColour(d.scaleMin + i, d.scaleMin, d.scaleMax), ctx.fonts.bodyPx * 0.15f,
                          ImDrawFlags_RoundCornersTop);
    }
    std::snprintf(buf, sizeof buf, "%d", count);
    centredText(ImVec2(cx, chartBottom - h - line), buf);
  }

  if (revealed && d.answered > 0) {
    // The median as a marker on the axis, where the middle person stands; it never hides a count.
    const float mx = pos.x + slot * (static_cast<float>(d.median - d.scaleMin) + 0.5f);
    const float t = ctx.fonts.bodyPx * 0.45f;
    list->AddTriangleFilled(ImVec2(mx, chartBottom + 2.0f), ImVec2(mx - t, chartBottom + 2.0f + t * 1.2f),
                            ImVec2(mx + t, chartBottom + 2.0f + t * 1.2f), pal.text);
  }

  ImGui::SetCursorScreenPos(ImVec2(pos.x, chartBottom + line * 1.6f));
  ImGui::PushTextWrapPos(pos.x + size.x);
  if (!revealed) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    ImGui::Text("Hidden until revealed");
    ImGui::SetCursorScreenPos(ImVec2(pos.x, ImGui::GetCursorScreenPos().y));
    ImGui::Text("%d answered", d.answered);
    ImGui::PopStyleColor();
  } else if (d.answered == 0) {
    ImGui::TextUnformatted("No answers yet");
  } else {
    ImGui::Text("Median %.1f \xC2\xB7 Mean %.1f", d.median, d.mean);
    ImGui::SetCursorScreenPos(ImVec2(pos.x, ImGui::GetCursorScreenPos().y));
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    ImGui::Text("%d answered", d.answered);
    ImGui::PopStyleColor();
  }
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

} // namespace

void drawBeliefBoard(const core::Snapshot& snapshot, const ProjectorContext& ctx, ImVec2 origin, ImVec2 size) {
  const auto& state = snapshot.state;
  const auto& pal = palette(ctx.theme);
  ImGui::PushFont(ctx.fonts.heading);
  ImGui::SetCursorScreenPos(origin);
  ImGui::TextUnformatted("Belief check");
  ImGui::PopFont();

  const auto* round = state.currentRound();
  ImGui::PushFont(ctx.fonts.body);
  ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
  if (round == nullptr) {
    ImGui::TextUnformatted("Waiting for the facilitator to open the first belief check.");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    return;
  }
  const int answered = static_cast<int>(round->answers.size());
  ImGui::Text("Round %d \xC2\xB7 %s \xC2\xB7 %d answered \xC2\xB7 %d connected now \xC2\xB7 %d = disagree, %d = agree",
              round->number, round->open ? "open" : "closed", answered, snapshot.present, round->scaleMin,
              round->scaleMax);
  ImGui::PopStyleColor();
  ImGui::PopFont();

  const auto summaries = core::summarizeRound(state, *round);
  int maxCount = 1;
  for (const auto& s : summaries) {
    for (int c : s.overall.counts) {
      maxCount = std::max(maxCount, c);
    }
  }
  const float top = ImGui::GetCursorScreenPos().y + ctx.fonts.bodyPx * 0.8f;
  const float gap = ctx.fonts.bodyPx * 1.6f;
  const float colW = (size.x - gap * 2.0f) / 3.0f;
  const float colH = origin.y + size.y - top;
  for (std::size_t b = 0; b < summaries.size(); ++b) {
    const ImVec2 pos(origin.x + static_cast<float>(b) * (colW + gap), top);
    drawColumn(summaries[b], round->revealed, maxCount, ctx, pos, ImVec2(colW, colH));
  }
}

} // namespace balcony::ui
