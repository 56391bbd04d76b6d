// The projector frame: the board on the left, how to join on the right, and the alerts in a strip
// of their own under the board. Nothing private here. Every text goes through chart.hpp's layout, so
// what does not fit is shortened at a word and can be shown in full (F, or the console).
#include "balcony/ui/views.hpp"

#include "balcony/ui/chart.hpp"
#include "balcony_ui_board_parts.hpp"
#include "topics/avoidance_signals.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

namespace balcony::ui {
namespace {

// The alerts that show: unresolved ones, when the facilitator chose to show alerts on the projector.
std::vector<std::string> alertTexts(const core::Snapshot& snapshot, const ProjectorContext& ctx) {
  std::vector<std::string> out;
  if (!snapshot.state.signalSettings.alertsOnProjector) return out;
  for (const auto& signal : core::signalsAt(snapshot.state, ctx.now, snapshot.present)) {
    if (!signal.resolved) out.push_back(signal.message);
  }
  return out;
}

constexpr std::size_t kAlertsShown = 3; // more than three at once is noise; the console lists them all

// How the alerts fit the strip they are given: as many as fit (up to three), two lines each when
// there is room for that, one otherwise; what is left out is counted, and the console lists it.
struct AlertLayout {
  std::size_t shown = 0;
  int lines = 2;
  float height = 0;
};

AlertLayout layoutAlerts(const std::vector<std::string>& alerts, float width, float budget) {
  AlertLayout out;
  if (alerts.empty()) return out;
  const float line = ImGui::GetTextLineHeight();
  const float pad = line * 0.35f;
  const float textW = width - pad * 3.0f;
  auto heightOf = [&](std::size_t shown, int lines) {
    float h = 0;
    for (std::size_t i = 0; i < shown; ++i)
      h += textHeight(alerts[i], textW, lines) + pad * 3.0f;
    if (alerts.size() > shown) h += line * 1.2f;
    return h;
  };
  for (std::size_t shown = std::min(alerts.size(), kAlertsShown); shown >= 1; --shown) {
    for (int lines : {2, 1}) {
      const float h = heightOf(shown, lines);
      if (h <= budget || (shown == 1 && lines == 1)) return {shown, lines, h};
    }
  }
  return out;
}

void drawAlertStrip(const std::vector<std::string>& alerts, const AlertLayout& layout, const ProjectorContext& ctx,
                    ImVec2 origin, float width) {
  const auto& pal = palette(ctx.theme);
  auto* list = ImGui::GetWindowDrawList();
  const float line = ImGui::GetTextLineHeight();
  const float pad = line * 0.35f;
  float y = origin.y;
  for (std::size_t i = 0; i < layout.shown; ++i) {
    const float textW = width - pad * 3.0f;
    const float h = textHeight(alerts[i], textW, layout.lines) + pad * 2.0f;
    list->AddRectFilled(ImVec2(origin.x, y), ImVec2(origin.x + width, y + h), (pal.warning & 0x00FFFFFFu) | 0x33000000u,
                        pad);
    list->AddRectFilled(ImVec2(origin.x, y), ImVec2(origin.x + pad * 0.8f, y + h), pal.warning, pad);
    textBlock(ImVec2(origin.x + pad * 2.0f, y + pad), textW, h - pad * 2.0f, alerts[i]);
    y += h + pad;
  }
  if (alerts.size() > layout.shown) {
    char buf[96];
    const std::size_t more = alerts.size() - layout.shown;
    std::snprintf(buf, sizeof buf, "and %zu more %s on the console", more, more == 1 ? "alert" : "alerts");
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    textLine(ImVec2(origin.x, y), width, buf);
    ImGui::PopStyleColor();
  }
}

// The largest of the fonts that fits the text on one line in the width.
ImFont* fitting(std::initializer_list<ImFont*> fonts, const std::string& text, float width) {
  ImFont* last = nullptr;
  for (ImFont* f : fonts) {
    last = f;
    if (f->CalcTextSizeA(f->FontSize, FLT_MAX, 0.0f, text.c_str()).x <= width) return f;
  }
  return last;
}

void drawJoinColumn(const core::Snapshot& snapshot, const ProjectorContext& ctx, ImVec2 pos, ImVec2 size) {
  float y = pos.y;
  const float pad = ctx.fonts.bodyPx * 0.6f;
  ImGui::PushFont(ctx.fonts.heading);
  textLine(ImVec2(pos.x, y), size.x, "Join in");
  y += ImGui::GetTextLineHeight() * 1.25f;
  ImGui::PopFont();
  const float qrSide = std::min(size.x, size.y * 0.42f);
  ctx.qr.draw(ImGui::GetWindowDrawList(), ImVec2(pos.x, y), qrSide);
  y += qrSide + pad;

  // The QR code carries the whole address; people who type it need only the host part, since
  // the page asks for the room code shown below.
  const auto query = ctx.joinUrl.find("/?");
  const std::string typed = query == std::string::npos ? ctx.joinUrl : ctx.joinUrl.substr(0, query);
  ImGui::PushFont(ctx.fonts.body);
  const float line = ImGui::GetTextLineHeight();
  textLine(ImVec2(pos.x, y), size.x, "or go to");
  y += line;
  ImGui::PopFont();
  ImGui::PushFont(fitting({ctx.fonts.bold}, typed, size.x));
  y += textBlock(ImVec2(pos.x, y), size.x, line * 3.0f, typed) + pad;
  ImGui::PopFont();
  ImGui::PushFont(ctx.fonts.body);
  textLine(ImVec2(pos.x, y), size.x, "Room code");
  y += line;
  ImGui::PopFont();
  // The code is what people type: never shortened, a size smaller when the column is narrow.
  ImGui::PushFont(fitting({ctx.fonts.display, ctx.fonts.heading, ctx.fonts.bold}, snapshot.state.roomCode, size.x));
  textLine(ImVec2(pos.x, y), size.x, snapshot.state.roomCode);
  y += ImGui::GetTextLineHeight() + pad * 0.5f;
  ImGui::PopFont();
  ImGui::PushFont(ctx.fonts.heading);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%d present", snapshot.present);
  textLine(ImVec2(pos.x, y), size.x, buf);
  ImGui::PopFont();
}

// The join panel as one line at the foot of the projector: the address, the code and who is here.
void drawJoinStrip(const core::Snapshot& snapshot, const ProjectorContext& ctx, ImVec2 pos, float width) {
  const auto query = ctx.joinUrl.find("/?");
  const std::string typed = query == std::string::npos ? ctx.joinUrl : ctx.joinUrl.substr(0, query);
  char present[48];
  std::snprintf(present, sizeof present, "%d present", snapshot.present);
  const std::string text = "Join: " + typed + "   \xC2\xB7   Room code " + snapshot.state.roomCode;
  ImGui::PushFont(ctx.fonts.bold);
  const float presentW = ImGui::CalcTextSize(present).x;
  textLine(pos, width - presentW - ctx.fonts.bodyPx, text);
  textLineRight(ImVec2(pos.x + width, pos.y), presentW, present);
  ImGui::PopFont();
}

// A break in the plan: what it is and when the room is back, over the board.
void drawBreak(const core::PlanStep& step, core::Millis since, const ProjectorContext& ctx, ImVec2 origin,
               ImVec2 size) {
  ImGui::PushFont(ctx.fonts.display);
  textLine(origin, size.x, "Break");
  float y = origin.y + ImGui::GetTextLineHeightWithSpacing();
  ImGui::PopFont();
  ImGui::PushFont(ctx.fonts.heading);
  if (!step.text.empty()) {
    y += textBlock(ImVec2(origin.x, y), size.x, ImGui::GetTextLineHeight() * 3.0f, step.text);
    y += ImGui::GetTextLineHeight() * 0.5f;
  }
  const auto left = std::max<core::Millis>(0, since + core::Millis{step.minutes} * 60'000 - ctx.now);
  const long long minutes = (left + 59'999) / 60'000;
  char buf[96];
  if (left == 0) {
    std::snprintf(buf, sizeof buf, "We start again now");
  } else {
    std::snprintf(buf, sizeof buf, "Back in %lld %s", minutes, minutes == 1 ? "minute" : "minutes");
  }
  textLine(ImVec2(origin.x, y), size.x, buf);
  ImGui::PopFont();
}

// One text the facilitator asked to see in full, large, over the board.
void drawInFull(const ProjectorContext& ctx, ImVec2 origin, ImVec2 size) {
  const auto& pal = palette(ctx.theme);
  auto* list = ImGui::GetWindowDrawList();
  const float pad = ctx.fonts.bodyPx * 1.2f;
  list->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + size.y), pal.panel, pad * 0.4f);
  list->AddRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), pal.accent, pad * 0.4f, 0, 3.0f);
  ImGui::PushFont(ctx.fonts.body);
  ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
  textLine(ImVec2(origin.x + pad, origin.y + pad * 0.6f), size.x - pad * 2.0f, "In full  \xC2\xB7  F: next, Esc: back");
  ImGui::PopStyleColor();
  const float top = origin.y + pad * 0.6f + ImGui::GetTextLineHeight() * 1.6f;
  ImGui::PopFont();
  // The heading size holds the longest text Balcony accepts (a prompt of 500 characters) on the
  // smallest projector; on a larger one the display size reads better still.
  const float w = size.x - pad * 2.0f;
  const float h = origin.y + size.y - pad - top;
  ImFont* font = ctx.fonts.heading;
  ImGui::PushFont(ctx.fonts.display);
  if (textHeight(ctx.settings.fullText, w) <= h) font = ctx.fonts.display;
  ImGui::PopFont();
  ImGui::PushFont(font);
  textBlock(ImVec2(origin.x + pad, top), w, h, ctx.settings.fullText);
  ImGui::PopFont();
}

} // namespace

void keepProjectorText(const TextAudit& audit, ProjectorSettings& settings, std::vector<ProjectorText>& out) {
  if (settings.fullText.empty()) {
    settings.shortened.clear();
    for (const auto& t : audit.texts) {
      if (t.shortened &&
          std::find(settings.shortened.begin(), settings.shortened.end(), t.full) == settings.shortened.end()) {
        settings.shortened.push_back(t.full);
      }
    }
  }
  out.clear();
  for (const auto& t : audit.texts) {
    out.push_back({t.shown,
                   t.full,
                   {t.boxMin.x, t.boxMin.y, t.boxMax.x, t.boxMax.y},
                   {t.drawnMin.x, t.drawnMin.y, t.drawnMax.x, t.drawnMax.y},
                   {t.regionMin.x, t.regionMin.y, t.regionMax.x, t.regionMax.y},
                   t.shortened});
  }
}

bool joinAsStrip(const core::SessionState& state, const ProjectorSettings& settings) {
  switch (settings.joinPanel) {
  case ProjectorSettings::JoinPanel::Full: return false;
  case ProjectorSettings::JoinPanel::Strip: return true;
  case ProjectorSettings::JoinPanel::Automatic: break;
  }
  // Once a question is open, those who came have joined: the board gets the room.
  const auto* round = state.currentRound();
  const auto* poll = state.currentPoll();
  const auto* reflection = state.reflectionRound();
  // Every room of an event side by side needs the width; the plenary's own room rarely joins then.
  return state.board == core::Board::Rooms || (state.board == core::Board::Belief && round != nullptr && round->open) ||
         (state.board == core::Board::Poll && poll != nullptr && poll->open) ||
         (state.board == core::Board::Reflection && reflection != nullptr && reflection->open);
}

void stepInFull(ProjectorSettings& settings) {
  const auto& list = settings.shortened;
  if (list.empty()) {
    settings.fullText.clear();
    return;
  }
  if (settings.fullText.empty()) {
    settings.fullText = list.front();
    return;
  }
  const auto at = std::find(list.begin(), list.end(), settings.fullText);
  settings.fullText = at == list.end() || at + 1 == list.end() ? std::string() : *(at + 1);
}

void drawProjector(const core::Snapshot& snapshot, const ProjectorContext& ctx) {
  const auto* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  // No window padding or border: the frame draws to the edges itself, with no strip left over.
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  ImGui::Begin("projector", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar);
  ImGui::PopStyleVar(2);
  const auto& pal = palette(ctx.theme);
  auto* list = ImGui::GetWindowDrawList();
  const float pad = ctx.fonts.bodyPx * 1.2f;
  const ImVec2 winMin = viewport->Pos;
  const ImVec2 winMax(viewport->Pos.x + viewport->Size.x, viewport->Pos.y + viewport->Size.y);
  const ImVec2 origin(winMin.x + pad, winMin.y + pad);
  const ImVec2 full(viewport->Size.x - 2 * pad, viewport->Size.y - 2 * pad);

  if (ctx.settings.blank) {
    // A clicker's blank key: nothing on the wall at all.
    list->AddRectFilled(winMin, winMax, IM_COL32(0, 0, 0, 255));
    ImGui::End();
    return;
  }

  // Right column: join panel, about a fifth of the width; or, once everyone is in, a strip at the
  // foot with the address and the code, so the board gets the whole width.
  const bool strip = joinAsStrip(snapshot.state, ctx.settings);
  float leftW = 0;
  float boardH = full.y;
  if (strip) {
    ImGui::PushFont(ctx.fonts.bold);
    const float stripH = ImGui::GetTextLineHeight() + pad * 0.6f;
    ImGui::PopFont();
    boardH = full.y - stripH - pad * 0.2f;
    const ImVec2 stripMin(winMin.x, origin.y + full.y - stripH + pad * 0.5f);
    list->AddRectFilled(ImVec2(winMin.x, stripMin.y - pad * 0.3f), winMax, pal.panel);
    setTextRegion(ImVec2(origin.x, stripMin.y - pad * 0.3f), ImVec2(origin.x + full.x, winMax.y));
    drawJoinStrip(snapshot, ctx, ImVec2(origin.x, stripMin.y), full.x);
    leftW = full.x;
  } else {
    const float sideW = std::max(full.x * 0.22f, ctx.fonts.bodyPx * 9.0f);
    const float sideX = origin.x + full.x - sideW;
    list->AddRectFilled(ImVec2(sideX - pad * 0.5f, winMin.y), winMax, pal.panel);
    setTextRegion(ImVec2(sideX, origin.y), ImVec2(sideX + sideW, origin.y + full.y));
    drawJoinColumn(snapshot, ctx, ImVec2(sideX, origin.y), ImVec2(sideW, full.y));
    leftW = sideX - pad * 1.5f - origin.x;
  }

  // Left: the session title over the live board, and the alerts under it in a strip of their own.
  setTextRegion(origin, ImVec2(origin.x + leftW, origin.y + boardH));
  ImGui::PushFont(ctx.fonts.bold);
  const auto alerts = alertTexts(snapshot, ctx);
  // The alerts' strip takes at most a fifth of the height: the board stays the main thing on the wall.
  const auto alertLayout = layoutAlerts(alerts, leftW, full.y * 0.2f);
  const float alertsH = alertLayout.height;
  ImGui::PopFont();
  // The session's title takes two lines, one when alerts or the join strip take room from the board.
  ImGui::PushFont(ctx.fonts.bold);
  ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
  const float titleLines = alertsH > 0 || strip ? 1.0f : 2.0f;
  float top = origin.y + textBlock(origin, leftW, ImGui::GetTextLineHeight() * titleLines, snapshot.state.title);
  ImGui::PopStyleColor();
  ImGui::PopFont();
  top += pad * 0.3f;
  ImGui::PushFont(ctx.fonts.bold);
  const float bottom = origin.y + boardH - (alertsH > 0 ? alertsH + pad * 0.5f : 0.0f);
  if (alertsH > 0) {
    const ImVec2 stripMin(origin.x, bottom + pad * 0.5f);
    setTextRegion(stripMin, ImVec2(origin.x + leftW, origin.y + boardH));
    drawAlertStrip(alerts, alertLayout, ctx, stripMin, leftW);
  }
  ImGui::PopFont();

  const ImVec2 boardOrigin(origin.x, top);
  const ImVec2 boardSize(leftW, bottom - top);
  setTextRegion(boardOrigin, ImVec2(boardOrigin.x + boardSize.x, boardOrigin.y + boardSize.y));
  const auto& plan = snapshot.state.plan;
  const auto position = snapshot.state.planPosition;
  if (!ctx.settings.fullText.empty()) {
    drawInFull(ctx, boardOrigin, boardSize);
  } else if (position >= 1 && position <= static_cast<int>(plan.size()) &&
             plan[static_cast<std::size_t>(position - 1)].kind == core::StepKind::Break) {
    drawBreak(plan[static_cast<std::size_t>(position - 1)], snapshot.state.stepReachedAt, ctx, boardOrigin, boardSize);
  } else {
    // The board on show, drawn by its own folder's projector part.
    core::anyType(core::Boards{}, [&](auto board) {
      if (decltype(board)::type::kBoard != snapshot.state.board) return false;
      drawProjectorBoard(board, snapshot, ctx, boardOrigin, boardSize);
      return true;
    });
  }
  ImGui::End();
}

} // namespace balcony::ui
