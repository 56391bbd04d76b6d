// The balcony view's console tab: the patterns the board shows, each with one action that turns it
// into a topic for the agenda or a proposal for clarity for now.
#include "balcony/balcony_console.hpp"

#include <string>

namespace balcony::ui {
namespace {

class BalconyTab final : public BoardConsoleTab {
public:
  const char* title() const override { return "Balcony"; }
  core::Board board() const override { return core::Board::Balcony; }
  int showKey() const override { return GLFW_KEY_G; }
  const char* keyName() const override { return "G"; }
  const char* shortName() const override { return "the view from the balcony"; }
  const char* projectorLabel() const override { return "Balcony view (Ctrl+G)"; }
  const char* shownMessage() const override { return "The projector shows the view from the balcony."; }

  std::vector<std::array<const char*, 2>> helpRows() const override {
    return {{"Ctrl+G", "The view from the balcony: the patterns across every board"}};
  }

  void drawContent(const core::Snapshot& snapshot, ConsoleContext& ctx) override {
    const auto patterns = core::balconyPatterns(snapshot.state, snapshot.history.get(), ctx.info.now);
    ImGui::TextWrapped("What the whole meeting is showing, read across every board (and the earlier sessions of the "
                       "series). Groups below the privacy threshold are never named.");
    ImGui::Separator();
    if (patterns.empty()) {
      ImGui::TextDisabled(
          "Nothing stands out yet: no wide gap, no divided prompt, no topic going round, no quiet group.");
      return;
    }
    if (!ImGui::BeginTable("patterns", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn("kind", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 9);
    ImGui::TableSetupColumn("pattern", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("actions", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 15);
    for (std::size_t i = 0; i < patterns.size(); ++i) {
      const auto& p = patterns[i];
      ImGui::PushID(static_cast<int>(p.kind));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(std::string(core::patternHeading(p.kind)).c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", p.sentence.c_str());
      ImGui::TableNextColumn();
      // Both buttons always in their places, greyed where the pattern has nothing to make.
      ImGui::BeginDisabled(p.topic.empty());
      if (smallButton("Make a topic")) {
        ctx.send(core::AddTopic{p.topic, 15}, "Topic added to the agenda: " + p.topic);
      }
      if (!p.topic.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", p.topic.c_str());
      ImGui::EndDisabled();
      ImGui::SameLine();
      ImGui::BeginDisabled(p.clarity.empty());
      if (smallButton("Propose for clarity")) {
        ctx.send(core::AddClarityItem{core::ClarityFields{p.clarity, "", "", "", 0}, core::ClarityStatus::Proposed},
                 "Proposed on the clarity board: " + p.clarity);
      }
      if (!p.clarity.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", p.clarity.c_str());
      ImGui::EndDisabled();
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
};

} // namespace

std::unique_ptr<BoardConsoleTab> makeConsoleTab(std::type_identity<core::BalconyBoard>) {
  return std::make_unique<BalconyTab>();
}

} // namespace balcony::ui
