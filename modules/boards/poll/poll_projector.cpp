// A quick poll on the projector: the question, then one bar per option (or a distribution for a
// scale), hidden until revealed unless the facilitator chose to show it live.
#include "poll/poll_projector.hpp"
#include "balcony/core/figures.hpp"
#include "poll/poll_summary.hpp"

#include "balcony/ui/chart.hpp"

#include <algorithm>
#include <cstdio>

namespace balcony::ui {

void drawProjectorBoard(std::type_identity<core::PollBoard>, const core::Snapshot& snapshot,
                        const ProjectorContext& ctx, ImVec2 origin, ImVec2 size) {
  const auto& pal = palette(ctx.theme);
  auto* list = ImGui::GetWindowDrawList();
  const auto* poll = snapshot.state.currentPoll();
  ImGui::PushFont(ctx.fonts.heading);
  textLine(origin, size.x, "Quick poll");
  float y = origin.y + ImGui::GetTextLineHeightWithSpacing();
  ImGui::PopFont();
  if (poll == nullptr) {
    return;
  }
  // The question takes up to three lines, fewer when the options need the room: every option keeps
  // a row of its own (a shortened question can be shown in full; a missing option could not).
  ImGui::PushFont(ctx.fonts.body);
  const float bodyLine = ImGui::GetTextLineHeightWithSpacing();
  ImGui::PopFont();
  const float rowsLeast = bodyLine * (poll->kind == core::PollKind::Scale
                                          ? 6.0f
                                          : static_cast<float>(poll->options.size()) + (poll->revealed ? 0.0f : 1.0f));
  ImGui::PushFont(ctx.fonts.heading);
  const float questionRoom = origin.y + size.y - y - ctx.fonts.bodyPx * 0.3f - bodyLine * 1.5f - rowsLeast;
  y += textBlock(ImVec2(origin.x, y), size.x,
                 ImGui::GetTextLineHeight() * static_cast<float>(std::min(3, linesIn(questionRoom))), poll->question);
  ImGui::PopFont();
  y += ctx.fonts.bodyPx * 0.3f;

  ImGui::PushFont(ctx.fonts.body);
  const float line = ImGui::GetTextLineHeightWithSpacing();
  const auto summary = core::summarizePoll(*poll, snapshot.state.privacyThreshold);
  char buf[200];
  const char* kind = poll->kind == core::PollKind::Scale ? "scale" : poll->multiple ? "choose any" : "choose one";
  std::snprintf(buf, sizeof buf, "%s \xC2\xB7 %s \xC2\xB7 %d answered \xC2\xB7 %d connected",
                poll->open ? "Open" : "Closed", kind, summary.answered + summary.withheld, snapshot.present);
  ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
  textLine(ImVec2(origin.x, y), size.x, buf);
  ImGui::PopStyleColor();
  y += line * 1.5f;
  const float bottom = origin.y + size.y;

  if (poll->revealed && summary.withheld > 0) {
    // Fewer answers than the privacy threshold: the room's result would be someone's own answer.
    textLine(ImVec2(origin.x, y), size.x, "Too few answers to show yet.");
    ImGui::PopFont();
    return;
  }
  if (poll->kind == core::PollKind::Scale) {
    if (poll->revealed) {
      histogram(summary.scale, largestShare(summary.scale, 0.05), ImVec2(origin.x, y),
                ImVec2(size.x * 0.7f, bottom - y - line * 1.5f), ctx);
      std::snprintf(buf, sizeof buf, "Median %s \xC2\xB7 Mean %s", core::meanFigure(summary.scale.median).c_str(),
                    core::meanFigure(summary.scale.mean).c_str());
      textLine(ImVec2(origin.x, bottom - line * 1.2f), size.x, buf);
    } else {
      ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
      textLine(ImVec2(origin.x, y), size.x, "Results are hidden until revealed.");
      ImGui::PopStyleColor();
    }
    ImGui::PopFont();
    return;
  }

  // Options: one row each, the label on the left and the bar on the right.
  // Each bar's track is everyone who answered: a bar is the share that chose the option, 0 to 100%.
  const float labelW = size.x * 0.38f;
  const float tl = ImGui::GetTextLineHeight();
  const float hiddenNote = poll->revealed ? 0.0f : line;
  const float rowH = std::min(line * 2.4f, (bottom - y - hiddenNote) / static_cast<float>(poll->options.size()));
  for (std::size_t i = 0; i < poll->options.size(); ++i) {
    const float ry = y + static_cast<float>(i) * rowH;
    ImGui::PushFont(ctx.fonts.bold);
    textBlock(ImVec2(origin.x, ry), labelW - line * 0.5f, std::max(tl, rowH - line * 0.2f), poll->options[i]);
    ImGui::PopFont();
    const float barX = origin.x + labelW;
    const float barMax = size.x - labelW - ImGui::CalcTextSize("000 (100%)").x - line * 0.4f;
    list->AddRectFilled(ImVec2(barX, ry + line * 0.1f), ImVec2(barX + barMax, ry + line * 0.9f), pal.panel,
                        line * 0.15f);
    if (poll->revealed) {
      const int count = summary.counts[i];
      const float w =
          summary.answered > 0 ? barMax * static_cast<float>(count) / static_cast<float>(summary.answered) : 0.0f;
      list->AddRectFilled(ImVec2(barX, ry + line * 0.1f), ImVec2(barX + w, ry + line * 0.9f), seriesColour(i),
                          line * 0.15f);
      const double share = summary.answered > 0 ? static_cast<double>(count) / summary.answered : 0.0;
      std::snprintf(buf, sizeof buf, "%d (%s)", count, core::percentFigure(share).c_str());
      textLine(ImVec2(barX + barMax + line * 0.4f, ry), origin.x + size.x - (barX + barMax + line * 0.4f), buf);
    }
  }
  if (!poll->revealed) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    textLine(ImVec2(origin.x + labelW, y + static_cast<float>(poll->options.size()) * rowH), size.x - labelW,
             "Results are hidden until revealed.");
    ImGui::PopStyleColor();
  }
  ImGui::PopFont();
}

} // namespace balcony::ui
