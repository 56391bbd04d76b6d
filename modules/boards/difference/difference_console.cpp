// Difference surfacing's console tab: adding prompts to the deck, stepping through it, and which
// view the projector shows (the prompt, the most divided, the statements).
#include "difference/difference_console.hpp"

#include "balcony/core/figures.hpp"
#include "balcony/ui/console_list.hpp"
#include "difference/difference_summary.hpp"

#include <algorithm>

namespace balcony::ui {
namespace {

class DifferenceTab final : public BoardConsoleTab {
public:
  const char* title() const override { return "Difference"; }
  core::Board board() const override { return core::Board::Difference; }
  int showKey() const override { return GLFW_KEY_D; }
  const char* keyName() const override { return "D"; }
  const char* shortName() const override { return "difference"; }
  const char* projectorLabel() const override { return "Difference (Ctrl+D)"; }
  const char* shownMessage() const override { return "The projector shows difference surfacing."; }

  void drawRoomFigures(const core::Snapshot& snapshot, ConsoleContext& ctx) override {
    if (const auto* prompt = snapshot.state.findPrompt(snapshot.state.currentPrompt)) {
      ImGui::PushFont(ctx.info.fonts.heading);
      ImGui::Text("Prompt %d: %zu rated of %d here", prompt->number, prompt->ratings.size(), snapshot.present);
      ImGui::PopFont();
    }
  }

  void drawContent(const core::Snapshot& snapshot, ConsoleContext& ctx) override {
    const auto& state = snapshot.state;
    ImGui::TextUnformatted("Add a prompt to the deck (an anonymised case, a statement or a risk):");
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextMultiline("##prompt", m_promptText.data(), m_promptText.size(),
                              ImVec2(-1, ImGui::GetTextLineHeight() * 3.5f));
    ImGui::RadioButton("Case", &m_promptKind, 0);
    ImGui::SameLine();
    ImGui::RadioButton("Statement", &m_promptKind, 1);
    ImGui::SameLine();
    ImGui::RadioButton("Risk", &m_promptKind, 2);
    ImGui::SameLine();
    ImGui::Checkbox("\"What I see from where I sit\" notes", &m_promptNotes);
    ImGui::SameLine();
    if (button("Add to deck")) {
      static const char* kinds[] = {"case", "statement", "risk"};
      ctx.send(core::AddPrompt{m_promptText.data(), kinds[m_promptKind], 1, 5, m_promptNotes}, "Added to the deck.");
      m_promptText.fill('\0');
    }
    ImGui::Separator();
    ImGui::Text("Deck: %zu prompts. Ctrl+Left and Ctrl+Right step through them.", state.prompts.size());
    if (!ImGui::BeginTable("deck", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
      return;
    }
    for (const auto& prompt : state.prompts) {
      RowId id("prompt", prompt.number);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const bool current = prompt.number == state.currentPrompt;
      ImGui::BeginDisabled(current && state.board == core::Board::Difference);
      if (smallButton(current ? "Showing" : "Show")) {
        ctx.send(core::ShowPrompt{prompt.number}, "Prompt " + std::to_string(prompt.number) + " is showing.");
      }
      ImGui::EndDisabled();
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%d. %s", prompt.number, prompt.text.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%zu answered", prompt.ratings.size());
      ImGui::TableNextColumn();
      const auto summary = core::summarizePrompt(state, prompt);
      if (summary.divergence) {
        ImGui::Text("%s %s", core::divergenceFigure(*summary.divergence).c_str(), divergenceWords(*summary.divergence));
      } else {
        ImGui::TextDisabled("no score yet");
      }
    }
    ImGui::EndTable();
  }

  void shortcuts(const core::Snapshot& snapshot, ConsoleContext& ctx) override {
    // Ctrl+Right and Ctrl+Left step through the prompt deck.
    const auto& state = snapshot.state;
    const int step = ctrlKey(GLFW_KEY_RIGHT) ? 1 : ctrlKey(GLFW_KEY_LEFT) ? -1 : 0;
    if (step != 0 && !state.prompts.empty()) {
      const int next = std::clamp(state.currentPrompt + step, 1, static_cast<int>(state.prompts.size()));
      ctx.send(core::ShowPrompt{next}, "Prompt " + std::to_string(next) + " is showing.");
    }
  }

  bool selectView(int index, ProjectorSettings& settings) override {
    settings.differenceView = static_cast<DifferenceView>(index);
    return true;
  }

  bool drawProjectorOptions(const core::SessionState&, ProjectorSettings& settings) override {
    ImGui::TextUnformatted("Difference view:");
    ImGui::SameLine();
    int view = static_cast<int>(settings.differenceView);
    ImGui::RadioButton("The prompt (Ctrl+1)", &view, 0);
    ImGui::SameLine();
    ImGui::RadioButton("Most divided (Ctrl+2)", &view, 1);
    ImGui::SameLine();
    ImGui::RadioButton("Statements (Ctrl+3)", &view, 2);
    settings.differenceView = static_cast<DifferenceView>(view);
    return true;
  }

  std::vector<std::array<const char*, 2>> helpRows() const override {
    return {{"Ctrl+Left / Right", "Previous / next prompt in the deck"}};
  }

private:
  std::array<char, 520> m_promptText{};
  int m_promptKind = 0; // case, statement, risk
  bool m_promptNotes = true;
};

} // namespace

std::unique_ptr<BoardConsoleTab> makeConsoleTab(std::type_identity<core::DifferenceBoard>) {
  return std::make_unique<DifferenceTab>();
}

} // namespace balcony::ui
