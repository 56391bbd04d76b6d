// Clarity for now on the projector: the long-term endeavour on top; below it what is agreed for
// now, each with owner, resources and review date, readable from the back of the room, the ones
// due for review highlighted; and the proposals ranked by the energy participants put in them.
#include "clarity/clarity_projector.hpp"

#include "chart.hpp"

#include "clarity/clarity_lists.hpp"

#include <algorithm>
#include <cstdio>

namespace balcony::ui {

void drawProjectorBoard(std::type_identity<core::ClarityBoard>, const core::Snapshot& snapshot, const ProjectorContext& ctx,
                        ImVec2 origin, ImVec2 size) {
  const auto& state = snapshot.state;
  const auto& pal = palette(ctx.theme);
  auto* list = ImGui::GetWindowDrawList();
  const float bottom = origin.y + size.y;
  float y = origin.y;

  ImGui::PushFont(ctx.fonts.body);
  const float tl = ImGui::GetTextLineHeight();
  ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
  textAt(ImVec2(origin.x, y), "What we are signing up to work on, for the long term");
  ImGui::PopStyleColor();
  ImGui::PopFont();
  y += tl * 1.2f;
  ImGui::PushFont(ctx.fonts.heading);
  const std::string endeavour = state.endeavour.empty() ? "(not written yet)" : state.endeavour;
  const float endeavourH =
      std::min(ImGui::CalcTextSize(endeavour.c_str(), nullptr, false, size.x).y, ImGui::GetTextLineHeight() * 3.0f);
  wrappedText(ImVec2(origin.x, y), size.x, endeavourH + 1.0f, endeavour);
  ImGui::PopFont();
  y += endeavourH + tl * 0.8f;
  list->AddLine(ImVec2(origin.x, y), ImVec2(origin.x + size.x, y), pal.grid, 2.0f);
  y += tl * 0.5f;

  const auto today = core::isoDate(ctx.now);
  const auto agreed = core::agreedItems(state);
  const auto proposals = core::proposalsByEnergy(state);
  const float agreedW = proposals.empty() ? size.x : size.x * 0.62f;
  ImGui::PushFont(ctx.fonts.bold);
  textAt(ImVec2(origin.x, y), "Clear for now (provisional)");
  ImGui::PopFont();
  float ay = y + tl * 1.4f;
  ImGui::PushFont(ctx.fonts.body);
  if (agreed.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    textAt(ImVec2(origin.x, ay), "Nothing agreed yet.");
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
    const float whatH = std::min(ImGui::CalcTextSize(buf, nullptr, false, textW).y, tl * 2.1f);
    ImGui::PopFont();
    std::string who = "Owner: " + (item->fields.owner.empty() ? std::string("not yet named") : item->fields.owner);
    who += item->fields.reviewDate.empty()
               ? " \xC2\xB7 no review date"
               : (due ? " \xC2\xB7 review due " : " \xC2\xB7 review ") + item->fields.reviewDate;
    const std::string resources = item->fields.resources.empty() ? "" : "Resources: " + item->fields.resources;
    const float whoH = std::min(ImGui::CalcTextSize(who.c_str(), nullptr, false, textW).y, tl * 2.1f);
    const float resH =
        resources.empty() ? 0.0f : std::min(ImGui::CalcTextSize(resources.c_str(), nullptr, false, textW).y, tl * 2.1f);
    const float rowH = whatH + whoH + resH + tl * 0.2f;
    if (ay + rowH > bottom) {
      ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
      textAt(ImVec2(origin.x, std::min(ay, bottom - tl)), "\xE2\x80\xA6 and more in the export");
      ImGui::PopStyleColor();
      break;
    }
    if (due) {
      list->AddRectFilled(ImVec2(origin.x - tl * 0.3f, ay - tl * 0.1f),
                          ImVec2(origin.x + agreedW - tl * 0.6f, ay + rowH), (pal.warning & 0x00FFFFFFu) | 0x33000000u,
                          tl * 0.2f);
    }
    ImGui::PushFont(ctx.fonts.bold);
    wrappedText(ImVec2(origin.x, ay), textW, whatH + 1.0f, buf);
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, due ? pal.text : pal.mutedText);
    wrappedText(ImVec2(origin.x, ay + whatH), textW, whoH + 1.0f, who);
    if (!resources.empty()) {
      wrappedText(ImVec2(origin.x, ay + whatH + whoH), textW, resH + 1.0f, resources);
    }
    ImGui::PopStyleColor();
    ay += rowH + tl * 0.5f;
  }

  if (!proposals.empty()) {
    const float px = origin.x + agreedW + tl * 0.4f;
    const float pw = origin.x + size.x - px;
    ImGui::PushFont(ctx.fonts.bold);
    textAt(ImVec2(px, y), "Where we would put energy");
    ImGui::PopFont();
    float py = y + tl * 1.4f;
    std::size_t maxEnergy = 1;
    for (const auto* p : proposals)
      maxEnergy = std::max(maxEnergy, p->energy.size());
    for (const auto* p : proposals) {
      if (py + tl * 2.0f > bottom) break;
      const float textH = std::min(ImGui::CalcTextSize(p->fields.what.c_str(), nullptr, false, pw).y, tl * 2.0f);
      wrappedText(ImVec2(px, py), pw, textH + 1.0f, p->fields.what);
      py += textH + tl * 0.15f;
      std::snprintf(buf, sizeof buf, "%zu", p->energy.size());
      const float numW = ImGui::CalcTextSize("000").x;
      const float barMax = pw - numW - tl * 0.3f;
      const float w = barMax * static_cast<float>(p->energy.size()) / static_cast<float>(maxEnergy);
      list->AddRectFilled(ImVec2(px, py), ImVec2(px + barMax, py + tl * 0.45f), pal.panel);
      list->AddRectFilled(ImVec2(px, py), ImVec2(px + w, py + tl * 0.45f), seriesColour(2));
      textAt(ImVec2(px + barMax + tl * 0.3f, py - tl * 0.3f), buf);
      py += tl * 0.9f;
    }
  }
  ImGui::PopFont();
}

} // namespace balcony::ui
