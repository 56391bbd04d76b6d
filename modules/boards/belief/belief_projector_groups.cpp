// The belief check by group: each group's distribution side by side, belief by belief, with the
// widest gap between groups called out. Groups below the privacy threshold arrive already folded
// into "other groups" from core; nothing here can show a group smaller than that.
#include "balcony/core/figures.hpp"
#include "belief/belief_projector.hpp"

#include "balcony/ui/chart.hpp"

#include <algorithm>
#include <cstdio>

namespace balcony::ui {

void drawBeliefByGroup(const core::Snapshot& snapshot, const core::BeliefRound& round, const ProjectorContext& ctx,
                       ImVec2 origin, ImVec2 size) {
  const auto& pal = palette(ctx.theme);
  auto* list = ImGui::GetWindowDrawList();
  ImGui::PushFont(ctx.fonts.body);
  const float line = ImGui::GetTextLineHeightWithSpacing();
  if (!round.revealed) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    textBlock(origin, size.x, line * 2.0f, "Results are hidden until the facilitator reveals them.");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    return;
  }
  const auto summaries = core::summarizeRound(snapshot.state, round);
  const int threshold = snapshot.state.privacyThreshold;

  // The single widest gap between two groups, over all three beliefs.
  std::size_t widestBelief = summaries.size();
  std::optional<core::GroupGap> widest;
  for (std::size_t b = 0; b < summaries.size(); ++b) {
    const auto gap = core::largestGroupGap(summaries[b]);
    if (gap && (!widest || gap->difference > widest->difference)) {
      widest = gap;
      widestBelief = b;
    }
  }
  float top = origin.y;
  ImGui::PushFont(ctx.fonts.bold);
  char buf[320];
  bool compared = false;
  for (const auto& summary : summaries)
    compared = compared || summary.byGroup.size() >= 2;
  if (round.answers.empty()) {
    std::snprintf(buf, sizeof buf, "No answers yet");
  } else if (widest) {
    std::snprintf(buf, sizeof buf, "Widest gap between groups: %s (%s) and %s (%s) on belief %zu, %s points apart",
                  widest->higher.c_str(), core::meanFigure(widest->higherMean).c_str(), widest->lower.c_str(),
                  core::meanFigure(widest->lowerMean).c_str(), widestBelief + 1,
                  core::meanFigure(widest->difference).c_str());
  } else if (!compared) {
    std::snprintf(buf, sizeof buf, "Not enough answers in two groups to compare them yet");
  } else {
    std::snprintf(buf, sizeof buf, "No two groups are a point or more apart on any belief");
  }
  // The three rows keep what they need (a group's name and mean, and bars a line and a half high);
  // the headline and the note on means take up to two lines each of what is left.
  const float labelW = size.x * 0.26f;
  std::size_t most = 1;
  for (const auto& summary : summaries)
    most = std::max(most, summary.byGroup.size());
  const float cellLeast = (size.x - labelW) / static_cast<float>(most);
  // In a narrow cell the name and the mean go one above the other, when the rows have the height
  // for that and for bars two lines high; otherwise the name is shortened beside the mean.
  const float roomForRows = origin.y + size.y - top - line * 2.5f;
  const bool stacked = cellLeast < ctx.fonts.bodyPx * 7.0f && roomForRows >= 3.0f * (line * 4.1f) + line;
  const float headerH = line * (stacked ? 2.1f : 1.1f);
  const float rowsLeast = 3.0f * (headerH + line * 1.4f) + line * 1.5f;
  const float tl = ImGui::GetTextLineHeight();
  const int headlineLines = std::min(2, linesIn(origin.y + size.y - top - rowsLeast));
  top += textBlock(ImVec2(origin.x, top), size.x, tl * static_cast<float>(headlineLines), buf);
  ImGui::PopFont();
  top += line * 0.2f;
  const float noteRoom = origin.y + size.y - top - rowsLeast;
  if (noteRoom >= tl) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    std::snprintf(buf, sizeof buf,
                  "Means on %d to %d. Groups of fewer than %d are shown together as \"other groups\", with the next "
                  "smallest until it holds %d: no group can be worked out from the room's figures.",
                  round.scaleMin, round.scaleMax, threshold, threshold);
    top += textBlock(ImVec2(origin.x, top), size.x, tl * static_cast<float>(std::min(2, linesIn(noteRoom))), buf);
    ImGui::PopStyleColor();
  }
  top += line * 0.5f;

  const float rowGap = line * 0.5f;
  const float rowH = (origin.y + size.y - top - rowGap * 2.0f) / 3.0f;
  for (std::size_t b = 0; b < summaries.size(); ++b) {
    const auto& summary = summaries[b];
    const float y = top + static_cast<float>(b) * (rowH + rowGap);
    if (b > 0) {
      list->AddLine(ImVec2(origin.x, y - rowGap * 0.5f), ImVec2(origin.x + size.x, y - rowGap * 0.5f), pal.grid);
    }
    ImGui::PushFont(ctx.fonts.bold);
    std::snprintf(buf, sizeof buf, "%zu. ", b + 1);
    const std::string label = buf + summary.statement;
    textBlock(ImVec2(origin.x, y), labelW - line * 0.5f, rowH, label);
    ImGui::PopFont();

    const auto& groups = summary.byGroup;
    if (groups.empty()) {
      ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
      textBlock(ImVec2(origin.x + labelW, y), size.x - labelW, rowH, "Not enough answers per group to show yet.");
      ImGui::PopStyleColor();
      continue;
    }
    const auto gap = core::largestGroupGap(summary);
    // Groups of different sizes compare as shares of their own answers, on one scale per row.
    double maxShare = 0.05;
    for (const auto& g : groups) {
      maxShare = largestShare(g.distribution, maxShare);
    }
    const float cellW = (size.x - labelW) / static_cast<float>(groups.size());
    for (std::size_t g = 0; g < groups.size(); ++g) {
      const auto& group = groups[g];
      const ImVec2 cell(origin.x + labelW + static_cast<float>(g) * cellW, y);
      const bool marked = gap && (group.group == gap->higher || group.group == gap->lower);
      if (marked) {
        list->AddRect(ImVec2(cell.x + 2, cell.y - 2), ImVec2(cell.x + cellW - 6, cell.y + rowH), pal.warning,
                      line * 0.2f, 0, line * 0.12f);
      }
      // The group and its mean, bold, on one line where the cell is wide enough, else one above the
      // other, so the bars get the height.
      ImGui::PushFont(ctx.fonts.bold);
      std::snprintf(buf, sizeof buf, "%s", core::meanFigure(group.distribution.mean).c_str());
      const float meanW = ImGui::CalcTextSize(buf).x;
      const float right = cell.x + cellW - line * 0.6f;
      if (stacked) {
        textLine(ImVec2(cell.x + line * 0.3f, cell.y), right - cell.x - line * 0.3f, group.group);
        textAt(ImVec2(cell.x + line * 0.3f, cell.y + line), buf);
      } else {
        textAt(ImVec2(right - meanW, cell.y), buf);
        textLine(ImVec2(cell.x + line * 0.3f, cell.y), right - meanW - cell.x - line * 0.6f, group.group);
      }
      ImGui::PopFont();
      histogram(group.distribution, maxShare, ImVec2(cell.x + line * 0.3f, cell.y + headerH),
                ImVec2(cellW - line * 0.9f, rowH - headerH - line * 0.1f), ctx, {false, false, true});
    }
  }
  ImGui::PopFont();
}

} // namespace balcony::ui
