// The topics board: the agenda as a timeline (time spent against budget, revisits, decisions),
// flags over the last half hour with the words the facilitator approved, and a calm but visible
// alert when a signal fires (in the projector's alert strip, if the facilitator chose so).
#include "topics/topics_projector.hpp"

#include "balcony/ui/chart.hpp"

#include "topics/avoidance_signals.hpp"

#include <algorithm>
#include <cstdio>

namespace balcony::ui {

using core::Millis;

void drawProjectorBoard(std::type_identity<core::TopicsBoard>, const core::Snapshot& snapshot,
                        const ProjectorContext& ctx, ImVec2 origin, ImVec2 size) {
  const auto& state = snapshot.state;
  const auto& pal = palette(ctx.theme);
  auto* list = ImGui::GetWindowDrawList();
  ImGui::PushFont(ctx.fonts.heading);
  textLine(origin, size.x, "Topics and flags");
  float y = origin.y + ImGui::GetTextLineHeightWithSpacing() * 1.1f;
  ImGui::PopFont();

  ImGui::PushFont(ctx.fonts.body);
  const float line = ImGui::GetTextLineHeightWithSpacing();
  char buf[400];
  const float tl = ImGui::GetTextLineHeight(); // rows are packed tighter than body text
  const float chartH = std::min(size.y * 0.2f, tl * 3.5f);
  const float bottom = origin.y + size.y;
  const float topicsBottom = bottom - chartH - tl * 2.2f;
  if (state.topics.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    textLine(ImVec2(origin.x, y), size.x, "No topics on the agenda yet.");
    ImGui::PopStyleColor();
    y += line * 1.5f;
  }
  // One row per topic: title, a bar of time spent against the budget, revisits and decisions.
  // Two lines a topic: the title and its facts on the left, the time bar on the right.
  const float titleW = size.x * 0.48f;
  const float barX = origin.x + titleW;
  const float barW = size.x - titleW;
  Millis longest = 1;
  for (const auto& topic : state.topics) {
    longest = std::max({longest, state.topicTime(topic, ctx.now), Millis{topic.budgetMinutes} * 60'000});
  }
  std::size_t drawn = 0;
  for (const auto& topic : state.topics) {
    // A decided topic shows its latest decision in its own words, on a line of its own.
    const bool decided = !topic.decisions.empty();
    const float rowH = tl * (decided ? 3.3f : 2.3f);
    if (y + rowH - tl * 0.3f > topicsBottom - (drawn + 1 < state.topics.size() ? tl : 0.0f)) break;
    ++drawn;
    const bool current = topic.number == state.currentTopic;
    const Millis spent = state.topicTime(topic, ctx.now);
    const Millis budget = Millis{topic.budgetMinutes} * 60'000;
    ImGui::PushFont(current ? ctx.fonts.bold : ctx.fonts.body);
    std::snprintf(buf, sizeof buf, "%s%s", current ? "\xE2\x86\x92 " : "", topic.title.c_str());
    textLine(ImVec2(origin.x, y), titleW - line * 0.5f, buf);
    ImGui::PopFont();
    const float scale = barW / static_cast<float>(longest);
    const float used = static_cast<float>(spent) * scale;
    const float within = static_cast<float>(std::min(spent, budget)) * scale;
    const float by = y + tl * 0.6f;
    list->AddRectFilled(ImVec2(barX, by), ImVec2(barX + barW, by + line * 0.7f), pal.panel, line * 0.1f);
    list->AddRectFilled(ImVec2(barX, by), ImVec2(barX + within, by + line * 0.7f), pal.accent, line * 0.1f);
    if (spent > budget) {
      list->AddRectFilled(ImVec2(barX + within, by), ImVec2(barX + used, by + line * 0.7f), pal.warning, line * 0.1f);
    }
    const float budgetX = barX + static_cast<float>(budget) * scale;
    list->AddLine(ImVec2(budgetX, by - line * 0.2f), ImVec2(budgetX, by + line * 0.9f), pal.text, 2.0f);
    std::string facts = core::clockTime(spent) + " of " + std::to_string(topic.budgetMinutes) + " min";
    if (topic.revisits > 0) facts += " \xC2\xB7 back " + std::to_string(topic.revisits) + "\xC3\x97";
    if (!decided) facts += " \xC2\xB7 no decision";
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    textLine(ImVec2(origin.x, y + tl * 1.0f), titleW - line * 0.5f, facts);
    ImGui::PopStyleColor();
    if (decided) {
      const auto& latest = topic.decisions.back();
      std::snprintf(buf, sizeof buf, "\xE2\x9C\x93 Decided%s: %s",
                    topic.decisions.size() > 1 ? (" (" + std::to_string(topic.decisions.size()) + ")").c_str() : "",
                    latest.text.c_str());
      textLine(ImVec2(origin.x, y + tl * 2.0f), size.x, buf);
    }
    y += rowH;
  }
  if (drawn < state.topics.size()) {
    std::snprintf(buf, sizeof buf, "and %zu more topics on the console", state.topics.size() - drawn);
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    textLine(ImVec2(origin.x, y), size.x, buf);
    ImGui::PopStyleColor();
  }

  // Flags over the last 30 minutes, one bar a minute, and the approved words.
  const float chartTop = bottom - chartH - tl * 1.6f;
  ImGui::PushFont(ctx.fonts.bold);
  const auto live = core::liveFlags(state, ctx.now);
  std::snprintf(buf, sizeof buf, "Flags in the last 30 minutes \xC2\xB7 %zu counting now", live.size());
  textLine(ImVec2(origin.x, chartTop), size.x, buf);
  ImGui::PopFont();
  const auto perMinute = core::flagsPerMinute(state, ctx.now, 30);
  const int maxFlags = std::max(1, *std::max_element(perMinute.begin(), perMinute.end()));
  const float chartW = size.x * 0.55f;
  const float slot = chartW / static_cast<float>(perMinute.size());
  const float baseY = bottom - line * 0.3f;
  const float top = chartTop + tl * 1.4f;
  list->AddLine(ImVec2(origin.x, baseY), ImVec2(origin.x + chartW, baseY), pal.grid, 2.0f);
  for (std::size_t i = 0; i < perMinute.size(); ++i) {
    if (perMinute[i] == 0) continue;
    const float h = (baseY - top) * static_cast<float>(perMinute[i]) / static_cast<float>(maxFlags);
    const float x = origin.x + slot * static_cast<float>(i);
    list->AddRectFilled(ImVec2(x + 1, baseY - h), ImVec2(x + slot - 1, baseY), pal.warning);
  }
  float wy = chartTop + tl * 1.4f;
  const float wx = origin.x + chartW + line;
  const float ww = origin.x + size.x - wx;
  // The approved words, newest first, each wrapped in up to two lines.
  for (auto it = state.flags.rbegin(); it != state.flags.rend(); ++it) {
    if (!it->wordsApproved || it->words.empty()) continue;
    if (wy + tl > bottom) break;
    std::snprintf(buf, sizeof buf, "\xE2\x80\x9C%s\xE2\x80\x9D", it->words.c_str());
    const float room = std::min(tl * 2.0f, bottom - wy);
    wy += textBlock(ImVec2(wx, wy), ww, room, buf) + tl * 0.25f;
  }
  ImGui::PopFont();
}

} // namespace balcony::ui
