// Clarity for now on the projector: the long-term endeavour on top; below it what is agreed for
// now, each with owner, resources and review date, readable from the back of the room, the ones
// due for review highlighted; and the proposals ranked by the energy participants put in them.
#include "clarity/clarity_projector.hpp"

#include "balcony/ui/chart.hpp"

#include "clarity/clarity_lists.hpp"

#include <algorithm>
#include <cstdio>

namespace balcony::ui {

void drawProjectorBoard(std::type_identity<core::ClarityBoard>, const core::Snapshot& snapshot,
                        const ProjectorContext& ctx, ImVec2 origin, ImVec2 size) {
  const auto& state = snapshot.state;
  const auto& pal = palette(ctx.theme);
  auto* list = ImGui::GetWindowDrawList();
  const float bottom = origin.y + size.y;
  float y = origin.y;

  ImGui::PushFont(ctx.fonts.body);
  const float tl = ImGui::GetTextLineHeight();
  ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
  textLine(ImVec2(origin.x, y), size.x, "What we are signing up to work on, for the long term");
  ImGui::PopStyleColor();
  ImGui::PopFont();
  y += tl * 1.2f;
  ImGui::PushFont(ctx.fonts.heading);
  const std::string endeavour = state.endeavour.empty() ? "(not written yet)" : state.endeavour;
  const float endeavourH = textBlock(ImVec2(origin.x, y), size.x, ImGui::GetTextLineHeight() * 3.0f, endeavour);
  ImGui::PopFont();
  y += endeavourH + tl * 0.8f;
  list->AddLine(ImVec2(origin.x, y), ImVec2(origin.x + size.x, y), pal.grid, 2.0f);
  y += tl * 0.5f;

  const auto today = core::isoDate(ctx.now);
  const auto agreed = core::agreedItems(state);
  const auto proposals = core::proposalsByEnergy(state);
  const float agreedW = proposals.empty() ? size.x : size.x * 0.62f;
  ImGui::PushFont(ctx.fonts.bold);
  textLine(ImVec2(origin.x, y), agreedW - tl, "Clear for now (provisional)");
  ImGui::PopFont();
  float ay = y + tl * 1.4f;
  ImGui::PushFont(ctx.fonts.body);
  if (agreed.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    textLine(ImVec2(origin.x, ay), agreedW - tl, "Nothing agreed yet.");
    ImGui::PopStyleColor();
  }
  char buf[320];
  for (const auto* item : agreed) {
    // Wrapped, not cut: the owner, the resources and the review date are what people take away.
    const bool due = core::dueForReview(*item, today);
    const float textW = agreedW - tl;
    std::snprintf(buf, sizeof buf, "%s%s", item->status == core::ClarityStatus::Reopened ? "Reopened: " : "",
                  item->fields.what.c_str());
    ImGui::PushFont(ctx.fonts.bold);
    const float whatH = textHeight(buf, textW, 2);
    ImGui::PopFont();
    std::string who = "Owner: " + (item->fields.owner.empty() ? std::string("not yet named") : item->fields.owner);
    who += item->fields.reviewDate.empty()
               ? " \xC2\xB7 no review date"
               : (due ? " \xC2\xB7 review due " : " \xC2\xB7 review ") + item->fields.reviewDate;
    const std::string resources = item->fields.resources.empty() ? "" : "Resources: " + item->fields.resources;
    const float whoH = textHeight(who, textW, 2);
    const float resH = resources.empty() ? 0.0f : textHeight(resources, textW, 2);
    const float rowH = whatH + whoH + resH + tl * 0.2f;
    if (ay + rowH + tl > bottom) {
      ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
      textLine(ImVec2(origin.x, std::min(ay, bottom - tl)), textW, "\xE2\x80\xA6 and more in the export");
      ImGui::PopStyleColor();
      break;
    }
    if (due) {
      list->AddRectFilled(ImVec2(origin.x - tl * 0.3f, ay - tl * 0.1f),
                          ImVec2(origin.x + agreedW - tl * 0.6f, ay + rowH), (pal.warning & 0x00FFFFFFu) | 0x33000000u,
                          tl * 0.2f);
    }
    ImGui::PushFont(ctx.fonts.bold);
    textBlock(ImVec2(origin.x, ay), textW, whatH, buf);
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, due ? pal.text : pal.mutedText);
    textBlock(ImVec2(origin.x, ay + whatH), textW, whoH, who);
    if (!resources.empty()) {
      textBlock(ImVec2(origin.x, ay + whatH + whoH), textW, resH, resources);
    }
    ImGui::PopStyleColor();
    ay += rowH + tl * 0.5f;
  }

  if (!proposals.empty()) {
    const float px = origin.x + agreedW + tl * 0.4f;
    const float pw = origin.x + size.x - px;
    ImGui::PushFont(ctx.fonts.bold);
    textLine(ImVec2(px, y), pw, "Where we would put energy");
    ImGui::PopFont();
    float py = y + tl * 1.4f;
    // One scale: each bar is the proposal's share of all the energy given, 0 to 100%.
    std::size_t totalEnergy = 0;
    for (const auto* p : proposals)
      totalEnergy += p->energy.size();
    for (const auto* p : proposals) {
      const float textH = textHeight(p->fields.what, pw, 3);
      if (py + textH + tl * 1.2f > bottom) break;
      textBlock(ImVec2(px, py), pw, textH, p->fields.what);
      py += textH + tl * 0.3f;
      std::snprintf(buf, sizeof buf, "%zu", p->energy.size());
      const float numW = ImGui::CalcTextSize("000").x;
      const float barMax = pw - numW - tl * 0.3f;
      const float w =
          totalEnergy == 0 ? 0.0f : barMax * static_cast<float>(p->energy.size()) / static_cast<float>(totalEnergy);
      list->AddRectFilled(ImVec2(px, py), ImVec2(px + barMax, py + tl * 0.45f), pal.panel);
      list->AddRectFilled(ImVec2(px, py), ImVec2(px + w, py + tl * 0.45f), seriesColour(2));
      textAt(ImVec2(px + barMax + tl * 0.3f, py - tl * 0.25f), buf);
      py += tl * 0.9f;
    }
  }
  ImGui::PopFont();
}

} // namespace balcony::ui
