// The rooms board on the projector: every room side by side. On the left, each room's belief means
// as bars on one scale (a room whose figures are not current says so in its row), then each group
// across the rooms; on the right, the prompts that divide most across rooms, each room's alerts,
// and one list of what the rooms made clear for now. What does not fit is counted.
#include "rooms/rooms_projector.hpp"
#include "balcony/core/figures.hpp"

#include "balcony/federation/summary_codec.hpp"
#include "balcony/platform/local_time.hpp"
#include "balcony/ui/chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>

namespace balcony::ui {

std::string clockOf(core::Millis at) {
  const auto tm = platform::localTime(static_cast<std::time_t>(at / 1000));
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", tm.tm_hour, tm.tm_min);
  return buf;
}

std::vector<core::EventRoom> roomsToShow(const core::Snapshot& snapshot) {
  if (snapshot.event && snapshot.event->role == core::EventRole::Plenary) return snapshot.event->rooms;
  return federation::keptRooms(snapshot.state);
}

namespace {

std::string oneDecimal(double v) {
  return core::meanFigure(v);
}

// A row of belief means: the label, then one bar per belief on the scale.
void meansRow(const std::string& label, const std::string& note, const std::array<std::optional<double>, 3>& means,
              int scaleMin, int scaleMax, float x, float y, float labelW, float cellW, float rowH,
              const ProjectorContext& ctx) {
  const auto& pal = palette(ctx.theme);
  auto* list = ImGui::GetWindowDrawList();
  const float tl = ImGui::GetTextLineHeight();
  if (note.empty()) {
    textLine(ImVec2(x, y + (rowH - tl) / 2), labelW - tl * 0.3f, label);
  } else {
    textLine(ImVec2(x, y), labelW - tl * 0.3f, label);
    ImGui::PushStyleColor(ImGuiCol_Text, pal.warning);
    textLine(ImVec2(x, y + tl), labelW - tl * 0.3f, note);
    ImGui::PopStyleColor();
  }
  for (std::size_t b = 0; b < means.size(); ++b) {
    const float cx = x + labelW + cellW * static_cast<float>(b);
    const float barW = cellW - tl * 2.3f;
    const float barY = y + rowH * 0.25f;
    const float barH = rowH * 0.5f;
    list->AddRectFilled(ImVec2(cx, barY), ImVec2(cx + barW, barY + barH), pal.panel, tl * 0.1f);
    if (!means[b]) {
      ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
      textAt(ImVec2(cx + barW + tl * 0.3f, y + (rowH - tl) / 2), "–");
      ImGui::PopStyleColor();
      continue;
    }
    const double share = scaleMax > scaleMin ? (*means[b] - scaleMin) / (scaleMax - scaleMin) : 0.0;
    const float w = std::max(tl * 0.15f, barW * static_cast<float>(std::clamp(share, 0.0, 1.0)));
    const int point = static_cast<int>(std::lround(*means[b]));
    list->AddRectFilled(ImVec2(cx, barY), ImVec2(cx + w, barY + barH), scaleColour(point, scaleMin, scaleMax),
                        tl * 0.1f);
    if (!note.empty()) { // figures that are not current are drawn faded
      list->AddRectFilled(ImVec2(cx, barY), ImVec2(cx + w, barY + barH), (pal.panel & 0x00FFFFFF) | 0xA0000000,
                          tl * 0.1f);
    }
    textAt(ImVec2(cx + barW + tl * 0.3f, y + (rowH - tl) / 2), oneDecimal(*means[b]).c_str());
  }
}

// A titled list of lines in the box; returns the height used. Lines that do not fit are counted.
float listSection(const char* title, const std::vector<std::string>& lines, const char* none, float x, float y, float w,
                  float h, const ProjectorContext& ctx) {
  const auto& pal = palette(ctx.theme);
  ImGui::PushFont(ctx.fonts.bold);
  const float bl = ImGui::GetTextLineHeight();
  textLine(ImVec2(x, y), w, title);
  ImGui::PopFont();
  const float tl = ImGui::GetTextLineHeight();
  float yy = y + bl * 1.1f;
  if (lines.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    textLine(ImVec2(x, yy), w, none);
    ImGui::PopStyleColor();
    return yy + tl - y;
  }
  const int fits = std::max(1, static_cast<int>((y + h - yy) / tl));
  const int shown = static_cast<int>(lines.size()) <= fits ? static_cast<int>(lines.size()) : fits - 1;
  for (int i = 0; i < shown; ++i) {
    textLine(ImVec2(x, yy), w, lines[static_cast<std::size_t>(i)]);
    yy += tl;
  }
  if (shown < static_cast<int>(lines.size())) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    const auto more = "and " + std::to_string(lines.size() - static_cast<std::size_t>(shown)) + " more on the console";
    textLine(ImVec2(x, yy), w, more);
    ImGui::PopStyleColor();
    yy += tl;
  }
  return yy - y;
}

} // namespace

void drawProjectorBoard(std::type_identity<core::RoomsBoard>, const core::Snapshot& snapshot,
                        const ProjectorContext& ctx, ImVec2 origin, ImVec2 size) {
  const auto& pal = palette(ctx.theme);
  const auto rooms = roomsToShow(snapshot);
  const auto figures = core::mergeRooms(rooms);
  const float bottom = origin.y + size.y;
  float y = origin.y;

  ImGui::PushFont(ctx.fonts.heading);
  const float hl = ImGui::GetTextLineHeight();
  const std::string event = snapshot.event ? snapshot.event->event : std::string();
  textLine(ImVec2(origin.x, y), size.x * 0.62f, event.empty() ? "Every room" : "Every room of " + event);
  ImGui::PopFont();
  ImGui::PushFont(ctx.fonts.body);
  const float tl = ImGui::GetTextLineHeight();
  const auto count = std::to_string(rooms.size()) + (rooms.size() == 1 ? " room, " : " rooms, ") +
                     std::to_string(figures.participants) + " people";
  ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
  textLineRight(ImVec2(origin.x + size.x, y + (hl - tl) / 2), size.x * 0.36f, count);
  ImGui::PopStyleColor();
  y += hl * 1.3f;

  if (rooms.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    textBlock(ImVec2(origin.x, y), size.x, std::max(tl, bottom - y),
              snapshot.event && snapshot.event->role == core::EventRole::Plenary
                  ? "No room has sent its figures yet. Each room's Balcony joins with the event's name, its room's "
                    "name and the broker's address; the console shows what each types."
                  : "This Balcony is not the plenary of an event. Start it with --plenary to see every room here.");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    return;
  }

  const float gap = tl * 1.2f;
  const float leftW = size.x * 0.58f;
  const float rightX = origin.x + leftW + gap;
  const float rightW = size.x - leftW - gap;

  // Left: belief by room, then by group across rooms.
  int scaleMin = 1;
  int scaleMax = 5;
  if (!figures.beliefByGroup.empty()) {
    scaleMin = figures.beliefByGroup.front().overall.scaleMin;
    scaleMax = figures.beliefByGroup.front().overall.scaleMax;
  }
  const float labelW = leftW * 0.4f;
  const float cellW = (leftW - labelW) / 3.0f;
  ImGui::PushFont(ctx.fonts.bold);
  textLine(ImVec2(origin.x, y), leftW,
           "Belief by room (mean, " + std::to_string(scaleMin) + " to " + std::to_string(scaleMax) + ")");
  ImGui::PopFont();
  y += tl * 1.2f;
  // Each belief's wording over its column, in up to three lines.
  ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
  float headH = tl;
  std::array<std::string, 3> heads;
  for (std::size_t b = 0; b < 3; ++b) {
    heads[b] = figures.statements[b].empty() ? "Belief " + std::to_string(b + 1) : figures.statements[b];
    headH = std::max(headH, textHeight(heads[b], cellW - tl * 0.5f, 3));
  }
  for (std::size_t b = 0; b < 3; ++b) {
    textBlock(ImVec2(origin.x + labelW + cellW * static_cast<float>(b), y), cellW - tl * 0.5f, headH, heads[b]);
  }
  ImGui::PopStyleColor();
  y += headH + tl * 0.3f;
  // A live room takes one line; a room whose figures are not current, two (it says since when).
  const float rowH = tl * 1.45f;
  const float noteRowH = tl * 2.15f;
  // Rooms first, then as many group rows as fit below them (each with its heading).
  const float groupsH = figures.beliefByGroup.empty() ? 0.0f : tl * 1.6f + rowH * 2;
  const float roomsBottom = bottom - groupsH;
  std::size_t shownRooms = 0;
  for (const auto& row : figures.beliefByRoom) {
    const auto it = std::find_if(rooms.begin(), rooms.end(), [&](const auto& r) { return r.summary.room == row.room; });
    std::string note;
    if (it != rooms.end() && it->link != core::RoomLink::Live) note = core::roomLinkWords(it->link, clockOf(it->since));
    const float h = note.empty() ? rowH : noteRowH;
    const bool last = shownRooms + 1 == figures.beliefByRoom.size();
    // Room for this row, and for the "and N more" line unless it is the last.
    if (y + h + (last ? 0.0f : tl) > roomsBottom) break;
    meansRow(row.room, note, row.means, scaleMin, scaleMax, origin.x, y, labelW, cellW, h, ctx);
    y += h;
    ++shownRooms;
  }
  if (shownRooms < figures.beliefByRoom.size()) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    textLine(ImVec2(origin.x, y), leftW,
             "and " + std::to_string(figures.beliefByRoom.size() - shownRooms) + " more rooms on the console");
    ImGui::PopStyleColor();
    y += tl;
  }
  if (!figures.beliefByGroup.empty() && bottom - y >= tl * 1.4f + rowH) {
    y += tl * 0.4f;
    ImGui::PushFont(ctx.fonts.bold);
    textLine(ImVec2(origin.x, y), leftW, "Each group across the rooms");
    ImGui::PopFont();
    y += tl * 1.2f;
    std::map<std::string, std::array<std::optional<double>, 3>> groups;
    for (std::size_t b = 0; b < figures.beliefByGroup.size() && b < 3; ++b) {
      for (const auto& g : figures.beliefByGroup[b].byGroup) {
        if (g.distribution.answered > 0) groups[g.group][b] = g.distribution.mean;
      }
    }
    for (const auto& [group, means] : groups) {
      if (y + rowH > bottom) break;
      meansRow(group, "", means, scaleMin, scaleMax, origin.x, y, labelW, cellW, rowH, ctx);
      y += rowH;
    }
  }

  // Right: prompts dividing most, alerts, clear for now.
  std::vector<std::string> prompts;
  for (const auto& p : figures.dividedPrompts) {
    if (!p.prompt.divergence) continue;
    prompts.push_back(core::divergenceFigure(*p.prompt.divergence) + "  " + p.room + ": " + p.prompt.text);
  }
  std::vector<std::string> alerts;
  for (const auto& [room, alert] : figures.alerts)
    alerts.push_back(room + ": " + alert);
  std::vector<std::string> clear;
  for (const auto& [room, item] : figures.clarity) {
    clear.push_back(item.what + (item.owner.empty() ? "" : " (" + item.owner + ")") + " · " + room);
  }
  float ry = origin.y + hl * 1.3f;
  const float third = (bottom - ry) / 3.0f;
  ry += listSection("Prompts that divide most", prompts, "No prompt rated yet.", rightX, ry, rightW, third - tl * 0.4f,
                    ctx) +
        tl * 0.4f;
  ry = std::max(ry, origin.y + hl * 1.3f + third);
  ry += listSection("Alerts", alerts, "No alert in any room.", rightX, ry, rightW, third - tl * 0.4f, ctx) + tl * 0.4f;
  ry = std::max(ry, origin.y + hl * 1.3f + third * 2);
  listSection("Clear for now, across rooms", clear, "Nothing agreed yet.", rightX, ry, rightW, bottom - ry, ctx);
  ImGui::PopFont();
}

} // namespace balcony::ui
