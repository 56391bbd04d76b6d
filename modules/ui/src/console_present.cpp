// The Present tab: the presenter's view, read at a glance from a metre and a half while standing.
// On the left, what the wall shows now (a live miniature of the projector, banners included); on
// the right, the one large button for the next press (the same as Page Down on a clicker), the
// step's private note, the time on this step and in the session, how the room is answering, the
// results before they are revealed, and what waits for the facilitator.
#include "console_tabs.hpp"

#include "plan_actions.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace balcony::ui {
namespace {

std::string clock(core::Millis ms) {
  const long long s = std::max<core::Millis>(0, ms) / 1000;
  char buf[32];
  if (s >= 3600) {
    std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", s / 3600, (s / 60) % 60, s % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%lld:%02lld", s / 60, s % 60);
  }
  return buf;
}

class PresentTab final : public ConsoleTab {
public:
  const char* title() const override { return "Present"; }

  void drawContent(const core::Snapshot& snapshot, ConsoleContext& ctx) override {
    ctx.settings.miniatureWanted = true;
    const auto& state = snapshot.state;
    const auto& fonts = ctx.info.fonts;
    const float em = ImGui::GetFontSize();
    const float width = ImGui::GetContentRegionAvail().x;
    const float leftW = std::max(em * 16, width * 0.42f);

    ImGui::BeginChild("wall", ImVec2(leftW, 0), false);
    ImGui::TextDisabled("On the wall now%s", ctx.settings.blank ? " (blank: B or Esc)" : "");
    if (ctx.info.projectorTexture != 0 && ctx.info.projectorAspect > 0) {
      const float w = ImGui::GetContentRegionAvail().x;
      const ImVec2 size(w, w / ctx.info.projectorAspect);
      // The texture was copied from the projector's frame, bottom row first.
      ImGui::Image(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(ctx.info.projectorTexture)), size,
                   ImVec2(0, 1), ImVec2(1, 0), ImVec4(1, 1, 1, 1), ImVec4(0.5f, 0.5f, 0.5f, 1));
    }
    drawWaiting(snapshot, ctx);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("next", ImVec2(0, 0), false);
    drawNext(snapshot, ctx, fonts, em);
    drawTimes(state, ctx);
    drawRoom(snapshot, ctx);
    ImGui::EndChild();
  }

private:
  void drawNext(const core::Snapshot& snapshot, ConsoleContext& ctx, const FontSet& fonts, float em) {
    const auto& state = snapshot.state;
    const auto action = core::goOn(state);
    const int n = static_cast<int>(state.plan.size());
    if (n > 0) {
      ImGui::Text("Step %d of %d", std::max(0, state.planPosition), n);
      if (state.planPosition >= 1) {
        ImGui::SameLine();
        const auto summary = core::stepSummary(state.plan[static_cast<std::size_t>(state.planPosition - 1)]);
        ImGui::TextUnformatted(summary.c_str());
      }
    }
    // The next press, large, with its key: it always stands in the same place.
    ImGui::PushFont(fonts.heading);
    const std::string label = action.label + "   [Page Down]##goOn";
    ImGui::BeginDisabled(action.commands.empty());
    if (button(label.c_str(), ImVec2(-1, em * 3.2f))) planGoOn(snapshot, ctx);
    ImGui::EndDisabled();
    ImGui::PopFont();
    const auto back = core::goBack(state);
    ImGui::BeginDisabled(back.commands.empty());
    if (button("Back a step [Page Up]", ImVec2(em * 12, 0))) planGoBack(snapshot, ctx);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (button(ctx.settings.blank ? "Show the board again [B]###blank" : "Blank the projector [B]###blank",
               ImVec2(em * 13, 0))) {
      ctx.settings.blank = !ctx.settings.blank;
    }
    if (state.planPosition >= 1 && state.planPosition <= n) {
      const auto& note = state.plan[static_cast<std::size_t>(state.planPosition - 1)].note;
      if (!note.empty()) {
        ImGui::PushFont(fonts.heading);
        ImGui::TextWrapped("%s", note.c_str());
        ImGui::PopFont();
      }
    } else if (n == 0) {
      ImGui::TextWrapped("No plan yet. Build one in the Plan tab (or load a template), then run it from here with "
                         "Page Down or a presentation clicker.");
    }
  }

  void drawTimes(const core::SessionState& state, ConsoleContext& ctx) {
    const auto now = ctx.info.now;
    std::string line = "Session " + clock(now - state.createdAt);
    if (state.planPosition >= 1) line += "   \xC2\xB7   this step " + clock(now - state.stepReachedAt);
    if (const auto* topic = state.findTopic(state.currentTopic)) {
      const auto spent = state.topicTime(*topic, now);
      line += "   \xC2\xB7   topic " + clock(spent) + " of " + std::to_string(topic->budgetMinutes) + " min";
      if (spent > core::Millis{topic->budgetMinutes} * 60'000) {
        ImGui::PushStyleColor(ImGuiCol_Text, warningText());
        ImGui::PushFont(ctx.info.fonts.heading);
        ImGui::TextUnformatted(line.c_str());
        ImGui::PopFont();
        ImGui::PopStyleColor();
        return;
      }
    }
    ImGui::PushFont(ctx.info.fonts.heading);
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopFont();
  }

  // How the room is answering the question on the wall: the shown board's own figures.
  void drawRoom(const core::Snapshot& snapshot, ConsoleContext& ctx) {
    ImGui::Separator();
    if (ctx.shownBoard != nullptr) ctx.shownBoard->drawRoomFigures(snapshot, ctx);
  }

  // What waits for the facilitator: counts that open the tab where it is dealt with.
  void drawWaiting(const core::Snapshot&, ConsoleContext& ctx) {
    const int statements = ctx.waitingStatements;
    const int proposals = ctx.waitingProposals;
    const int words = ctx.waitingFlagWords;
    const int alerts = ctx.unresolvedAlerts;
    char buf[96];
    std::snprintf(buf, sizeof buf, "Statements waiting: %d##present-statements", statements);
    if (button(buf)) ctx.settings.selectTab = "Moderation";
    ImGui::SameLine();
    std::snprintf(buf, sizeof buf, "Proposals waiting: %d##present-proposals", proposals);
    if (button(buf)) ctx.settings.selectTab = "Clarity";
    std::snprintf(buf, sizeof buf, "Flag words waiting: %d##present-words", words);
    if (button(buf)) ctx.settings.selectTab = "Topics";
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, alerts > 0 ? warningText() : ImGui::GetColorU32(ImGuiCol_Text));
    std::snprintf(buf, sizeof buf, "Alerts: %d##present-alerts", alerts);
    if (button(buf)) ctx.settings.selectTab = "Topics";
    ImGui::PopStyleColor();
    // What waits in the boards' own tabs (shared reflections, say).
    for (const auto& w : ctx.boardWaiting) {
      std::snprintf(buf, sizeof buf, "%s: %d##present-%s", w.what.c_str(), w.count, w.tab.c_str());
      if (button(buf)) ctx.settings.selectTab = w.tab;
    }
  }
};

} // namespace

std::unique_ptr<ConsoleTab> makePresentTab() {
  return std::make_unique<PresentTab>();
}

} // namespace balcony::ui
