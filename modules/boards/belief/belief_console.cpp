// The belief check's console tab: the statements and scale of the next round, opening, closing and
// revealing rounds, and which view of the results the projector shows.
#include "belief/belief_console.hpp"

#include "balcony/core/figures.hpp"
#include "belief/belief_aggregate.hpp"

#include <algorithm>
#include <cstdio>

namespace balcony::ui {
namespace {

class BeliefTab final : public BoardConsoleTab {
public:
  const char* title() const override { return "Belief check"; }
  core::Board board() const override { return core::Board::Belief; }
  int showKey() const override { return GLFW_KEY_B; }
  const char* keyName() const override { return "B"; }
  const char* shortName() const override { return "belief check"; }
  const char* projectorLabel() const override { return "Belief check (Ctrl+B)"; }
  const char* shownMessage() const override { return "The projector shows the belief check."; }

  void drawRoomFigures(const core::Snapshot& snapshot, ConsoleContext& ctx) override {
    const auto& state = snapshot.state;
    const auto* round = state.currentRound();
    if (round == nullptr) return;
    ImGui::PushFont(ctx.info.fonts.heading);
    ImGui::Text("Round %d %s: %zu answered of %d here", round->number, round->open ? "open" : "closed",
                round->answers.size(), snapshot.present);
    ImGui::PopFont();
    const auto summaries = core::summarizeRound(state, *round);
    ImGui::TextDisabled(round->revealed ? "Revealed: the room sees these." : "Only you see these until you reveal.");
    for (std::size_t b = 0; b < summaries.size(); ++b) {
      const auto& d = summaries[b].overall;
      if (d.withheld > 0 || d.answered == 0) {
        ImGui::Text("%zu. too few answers yet", b + 1);
        continue;
      }
      std::string groups;
      for (const auto& g : summaries[b].byGroup) {
        char buf[96];
        std::snprintf(buf, sizeof buf, "%s%s %s (%d)", groups.empty() ? "" : ", ", g.group.c_str(),
                      core::meanFigure(g.distribution.mean).c_str(), g.distribution.answered);
        groups += buf;
      }
      ImGui::TextWrapped("%zu. mean %s, median %s  \xC2\xB7  %s", b + 1, core::meanFigure(d.mean).c_str(),
                         core::meanFigure(d.median).c_str(), groups.c_str());
    }
  }
  void reload() override { m_loaded = false; }

  void drawContent(const core::Snapshot& snapshot, ConsoleContext& ctx) override {
    load(snapshot.state);
    const auto* round = snapshot.state.currentRound();
    if (round == nullptr) {
      ImGui::TextDisabled("Not run yet in this session.");
    } else {
      ImGui::Text("Round %d is %s, results %s. %zu answered.", round->number, round->open ? "open" : "closed",
                  round->revealed ? "shown" : "hidden", round->answers.size());
    }
    ImGui::TextDisabled("Statements for the next round:");
    for (std::size_t i = 0; i < core::kBeliefCount; ++i) {
      ImGui::PushID(static_cast<int>(i));
      ImGui::SetNextItemWidth(-1);
      ImGui::InputText("##statement", m_statements[i].data(), m_statements[i].size());
      ImGui::PopID();
    }
    ImGui::TextUnformatted("Scale:");
    ImGui::SameLine();
    ImGui::RadioButton("1 to 5", &m_scale, 0);
    ImGui::SameLine();
    ImGui::RadioButton("0 to 10", &m_scale, 1);
    ImGui::SameLine();
    ImGui::Checkbox("Show results live from the start", &m_showLive);

    if (button(round == nullptr ? "Open the belief check (Ctrl+O)" : "Open a new round (Ctrl+O)")) {
      openRound(ctx);
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(round == nullptr || !round->open);
    if (button("Close (Ctrl+E)")) {
      closeShowing(ctx);
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(round == nullptr || round->revealed);
    if (button("Reveal results (Ctrl+R)")) {
      revealShowing(ctx);
    }
    ImGui::EndDisabled();
  }

  void shortcuts(const core::Snapshot& snapshot, ConsoleContext& ctx) override {
    load(snapshot.state);
    if (ctrlKey(GLFW_KEY_O)) {
      openRound(ctx);
    }
  }

  bool closeShowing(ConsoleContext& ctx) override {
    ctx.send(core::CloseRound{}, "The round is closed: no more answers.");
    return true;
  }

  bool revealShowing(ConsoleContext& ctx) override {
    ctx.send(core::RevealResults{}, "Results are on the projector and on participants' phones.");
    return true;
  }

  bool selectView(int index, ProjectorSettings& settings) override {
    settings.beliefView = static_cast<BeliefView>(index);
    return true;
  }

  bool drawProjectorOptions(const core::SessionState& state, ProjectorSettings& settings) override {
    ImGui::BeginDisabled(state.board != core::Board::Belief);
    ImGui::TextUnformatted("Belief view:");
    ImGui::SameLine();
    int view = static_cast<int>(settings.beliefView);
    ImGui::RadioButton("Whole room (Ctrl+1)", &view, 0);
    ImGui::SameLine();
    ImGui::RadioButton("By group (Ctrl+2)", &view, 1);
    ImGui::SameLine();
    ImGui::RadioButton("Trend (Ctrl+3)", &view, 2);
    settings.beliefView = static_cast<BeliefView>(view);
    if (settings.beliefView == BeliefView::Trend) {
      ImGui::Checkbox("Trend by group, for belief", &settings.trendByGroup);
      ImGui::SameLine();
      ImGui::BeginDisabled(!settings.trendByGroup);
      ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
      int belief = settings.trendBelief + 1;
      if (ImGui::InputInt("##trendBelief", &belief)) {
        settings.trendBelief = std::clamp(belief, 1, static_cast<int>(core::kBeliefCount)) - 1;
      }
      ImGui::EndDisabled();
    }
    ImGui::EndDisabled();
    return true;
  }

  std::vector<std::array<const char*, 2>> helpRows() const override {
    return {{"Ctrl+O", "Open a new belief check round"}};
  }

private:
  void load(const core::SessionState& state) {
    if (m_loaded) return;
    const auto* round = state.currentRound();
    for (std::size_t i = 0; i < core::kBeliefCount; ++i) {
      copyInto(m_statements[i], state.nextStatements[i]);
    }
    m_scale = round != nullptr && round->scaleMax == 10 ? 1 : 0;
    m_loaded = true;
  }

  void openRound(ConsoleContext& ctx) {
    core::OpenRound open;
    for (std::size_t i = 0; i < core::kBeliefCount; ++i) {
      open.statements[i] = m_statements[i].data();
    }
    open.scaleMin = m_scale == 0 ? 1 : 0;
    open.scaleMax = m_scale == 0 ? 5 : 10;
    open.showLive = m_showLive;
    ctx.send(open, "A new belief check round is open: participants can answer now.");
  }

  std::array<std::array<char, 320>, core::kBeliefCount> m_statements{};
  bool m_loaded = false;
  int m_scale = 0; // 0: 1–5, 1: 0–10
  bool m_showLive = false;
};

} // namespace

std::unique_ptr<BoardConsoleTab> makeConsoleTab(std::type_identity<core::BeliefBoard>) {
  return std::make_unique<BeliefTab>();
}

} // namespace balcony::ui
