// The belief check on the projector. The overall view gives one column per belief with its
// distribution, median and mean, and names the widest gap between beliefs ("a good goal, but it
// won't happen"); the by-group and trend views live in their own files.
#include "belief/belief_projector.hpp"
#include "balcony/core/figures.hpp"

#include "balcony/ui/chart.hpp"

#include <algorithm>
#include <cstdio>

namespace balcony::ui {
namespace {

// Plain words for the widest gap, from the paper's three beliefs.
const char* gapMeaning(std::size_t higher, std::size_t lower) {
  if (higher == 0 && lower == 2) return "good goals, but little belief it will actually happen";
  if (higher == 0 && lower == 1) return "good goals, but doubt that change is possible now";
  if (higher == 1 && lower == 2) return "possible now, but little belief it will actually happen";
  if (lower == 0) return "more doubt about the goals themselves than about the change";
  return "the room believes these differently";
}

void drawColumn(const core::BeliefSummary& summary, std::size_t index, bool revealed, double maxShare,
                const ProjectorContext& ctx, ImVec2 pos, ImVec2 size) {
  const auto& pal = palette(ctx.theme);
  const auto& d = summary.overall;
  ImGui::PushFont(ctx.fonts.bold);
  char number[24];
  std::snprintf(number, sizeof number, "%zu", index + 1);
  const float badge = ImGui::GetTextLineHeight();
  auto* list = ImGui::GetWindowDrawList();
  list->AddCircleFilled(ImVec2(pos.x + badge * 0.5f, pos.y + badge * 0.5f), badge * 0.5f, pal.accent);
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
  centredText(ImVec2(pos.x + badge * 0.5f, pos.y), number);
  ImGui::PopStyleColor();
  // The statement takes what it needs up to two fifths of the column; the chart keeps the rest, and
  // never less than its counts, a line and a half of bars, its axis and the two lines under it.
  const float statementW = size.x - badge * 1.3f;
  const float chartLeast = badge * 7.0f;
  const int statementLines = std::min(std::clamp(linesIn(size.y * 0.4f), 2, 6), linesIn(size.y - chartLeast));
  const float statementH = ImGui::GetTextLineHeight() * static_cast<float>(statementLines);
  const float usedH =
      std::max(badge, textBlock(ImVec2(pos.x + badge * 1.3f, pos.y), statementW, statementH, summary.statement));
  ImGui::PopFont();

  ImGui::PushFont(ctx.fonts.body);
  const float line = ImGui::GetTextLineHeightWithSpacing();
  const float chartTop = pos.y + usedH + line * 0.3f;
  const float chartH = size.y - (chartTop - pos.y) - line * 2.2f;
  if (revealed) {
    histogram(d, maxShare, ImVec2(pos.x, chartTop), ImVec2(size.x, chartH), ctx);
  } else {
    core::Distribution empty = d;
    std::fill(empty.counts.begin(), empty.counts.end(), 0);
    empty.answered = 0;
    histogram(empty, 1, ImVec2(pos.x, chartTop), ImVec2(size.x, chartH), ctx, {false, true, false});
  }
  const float y = chartTop + chartH + line * 0.2f;
  if (!revealed) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    textLine(ImVec2(pos.x, y), size.x, "Hidden until revealed");
    char buf[64];
    std::snprintf(buf, sizeof buf, "%d answered", d.answered);
    textLine(ImVec2(pos.x, y + line), size.x, buf);
    ImGui::PopStyleColor();
  } else if (d.withheld > 0) {
    // Fewer answers than the privacy threshold: the room's result would be someone's own answer.
    textBlock(ImVec2(pos.x, y), size.x, line * 2.0f, "Too few answers to show yet");
  } else if (d.answered == 0) {
    textLine(ImVec2(pos.x, y), size.x, "No answers yet");
  } else {
    char buf[96];
    std::snprintf(buf, sizeof buf, "Median %s \xC2\xB7 Mean %s", core::meanFigure(d.median).c_str(),
                  core::meanFigure(d.mean).c_str());
    if (ImGui::CalcTextSize(buf).x > size.x) {
      std::snprintf(buf, sizeof buf, "Med. %s \xC2\xB7 mean %s", core::meanFigure(d.median).c_str(),
                    core::meanFigure(d.mean).c_str()); // a narrow column
    }
    textLine(ImVec2(pos.x, y), size.x, buf);
    std::snprintf(buf, sizeof buf, "%d answered", d.answered);
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    textLine(ImVec2(pos.x, y + line), size.x, buf);
    ImGui::PopStyleColor();
  }
  ImGui::PopFont();
}

void drawDistribution(const core::Snapshot& snapshot, const core::BeliefRound& round, const ProjectorContext& ctx,
                      ImVec2 origin, ImVec2 size) {
  const auto& pal = palette(ctx.theme);
  const auto summaries = core::summarizeRound(snapshot.state, round);
  float top = origin.y;
  if (round.revealed) {
    if (const auto gap = core::largestBeliefGap(summaries)) {
      // The finding, in words, where the room will read it first.
      ImGui::PushFont(ctx.fonts.bold);
      char buf[256];
      std::snprintf(buf, sizeof buf, "Widest gap: belief %zu (mean %s) and belief %zu (mean %s) \xE2\x80\x94 %s",
                    gap->higher + 1, core::meanFigure(summaries[gap->higher].overall.mean).c_str(), gap->lower + 1,
                    core::meanFigure(summaries[gap->lower].overall.mean).c_str(), gapMeaning(gap->higher, gap->lower));
      const float pad = ImGui::GetTextLineHeight() * 0.35f;
      const float textH = textHeight(buf, size.x - pad * 2.0f, 3);
      const float h = textH + pad * 2.0f;
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(origin.x, top), ImVec2(origin.x + size.x, top + h),
                                                (pal.warning & 0x00FFFFFFu) | 0x30000000u, pad);
      ImGui::PushStyleColor(ImGuiCol_Text, pal.text);
      textBlock(ImVec2(origin.x + pad, top + pad), size.x - pad * 2.0f, textH, buf);
      ImGui::PopStyleColor();
      ImGui::PopFont();
      top += h + pad * 1.5f;
    }
  }
  // One scale for the three charts: the share of answers, against the largest share among them.
  double maxShare = 0.05;
  for (const auto& s : summaries) {
    maxShare = largestShare(s.overall, maxShare);
  }
  const float gapX = ctx.fonts.bodyPx * 1.6f;
  const float colW = (size.x - gapX * 2.0f) / 3.0f;
  const float colH = origin.y + size.y - top;
  for (std::size_t b = 0; b < summaries.size(); ++b) {
    drawColumn(summaries[b], b, round.revealed, maxShare, ctx,
               ImVec2(origin.x + static_cast<float>(b) * (colW + gapX), top), ImVec2(colW, colH));
  }
}

} // namespace

void drawProjectorBoard(std::type_identity<core::BeliefBoard>, const core::Snapshot& snapshot,
                        const ProjectorContext& ctx, ImVec2 origin, ImVec2 size) {
  const auto& state = snapshot.state;
  const auto& pal = palette(ctx.theme);
  const char* title = ctx.settings.beliefView == BeliefView::ByGroup ? "Belief check by group"
                      : ctx.settings.beliefView == BeliefView::Trend ? "How belief is moving"
                                                                     : "Belief check";
  ImGui::PushFont(ctx.fonts.heading);
  textLine(origin, size.x, title);
  const float headingH = ImGui::GetTextLineHeightWithSpacing();
  ImGui::PopFont();

  const auto* round = state.currentRound();
  ImGui::PushFont(ctx.fonts.body);
  ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
  const float lineH = ImGui::GetTextLineHeightWithSpacing();
  const ImVec2 statusPos(origin.x, origin.y + headingH);
  if (round == nullptr && ctx.settings.beliefView != BeliefView::Trend) {
    textBlock(statusPos, size.x, lineH * 2.0f, "Waiting for the facilitator to open the first belief check.");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    return;
  }
  if (round != nullptr) {
    char buf[200];
    std::snprintf(buf, sizeof buf,
                  "Round %d \xC2\xB7 %s \xC2\xB7 %zu answered \xC2\xB7 %d connected \xC2\xB7 %d = disagree, %d = agree",
                  round->number, round->open ? "open" : "closed", round->answers.size(), snapshot.present,
                  round->scaleMin, round->scaleMax);
    // The status is built from figures and words of our own: on a narrow board it drops the scale.
    if (ImGui::CalcTextSize(buf).x > size.x) {
      std::snprintf(buf, sizeof buf, "Round %d \xC2\xB7 %s \xC2\xB7 %zu answered \xC2\xB7 %d connected", round->number,
                    round->open ? "open" : "closed", round->answers.size(), snapshot.present);
    }
    textLine(statusPos, size.x, buf);
  }
  ImGui::PopStyleColor();
  ImGui::PopFont();

  const float top = statusPos.y + lineH * 1.4f;
  const ImVec2 area(size.x, origin.y + size.y - top);
  switch (ctx.settings.beliefView) {
  case BeliefView::Distribution: drawDistribution(snapshot, *round, ctx, ImVec2(origin.x, top), area); break;
  case BeliefView::ByGroup: drawBeliefByGroup(snapshot, *round, ctx, ImVec2(origin.x, top), area); break;
  case BeliefView::Trend: drawBeliefTrend(snapshot, ctx, ImVec2(origin.x, top), area); break;
  }
}

} // namespace balcony::ui
