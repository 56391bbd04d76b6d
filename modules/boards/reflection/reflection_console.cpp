// Reflection's console tab: choose a stage of the learning cycle, edit its questions (the paper's
// are the starting set) and a lens, open it on the projector and the phones; then the shared
// reflections waiting for approval, the approved and the hidden, and the dimensions not touched.
#include "reflection/reflection_console.hpp"

#include "balcony/ui/console_list.hpp"

#include <string>
#include <vector>

namespace balcony::ui {
namespace {

constexpr int kVisibleRows = 5;

class ReflectionTab final : public BoardConsoleTab {
public:
  ReflectionTab() { fillQuestions(); }

  const char* title() const override { return "Reflection"; }
  core::Board board() const override { return core::Board::Reflection; }
  int showKey() const override { return GLFW_KEY_L; }
  const char* keyName() const override { return "L"; }
  const char* shortName() const override { return "reflection"; }
  const char* projectorLabel() const override { return "Reflection (Ctrl+L)"; }
  const char* shownMessage() const override { return "The projector shows the room's reflection."; }
  int waiting(const core::SessionState& state) const override { return static_cast<int>(state.waitingReflections()); }
  const char* waitingName() const override { return "Reflections waiting"; }

  bool closeShowing(ConsoleContext& ctx) override {
    ctx.send(core::CloseReflection{}, "Reflection is closed: phones keep their drafts.");
    return true;
  }

  std::vector<std::array<const char*, 2>> helpRows() const override {
    return {{"Ctrl+L", "Reflection on the projector"}, {"Ctrl+E", "Close the reflection (while it shows)"}};
  }

  void drawContent(const core::Snapshot& snapshot, ConsoleContext& ctx) override {
    const auto& state = snapshot.state;
    drawOpen(state, ctx);
    ImGui::Separator();
    drawShared(state, ctx);
  }

private:
  void fillQuestions() {
    std::string text;
    for (const auto& q : core::reflectionQuestions(static_cast<core::ReflectionStage>(m_stage)))
      text += q + "\n";
    copyInto(m_questions, text);
  }

  void drawOpen(const core::SessionState& state, ConsoleContext& ctx) {
    if (const auto* round = state.reflectionRound()) {
      ImGui::Text("Round %d: %s, %s. %zu waiting, %zu shared on the board.", round->number,
                  std::string(core::reflectionStageTitle(round->stage)).c_str(), round->open ? "open" : "closed",
                  state.waitingReflections(), state.approvedReflections(round->number).size());
    } else {
      ImGui::TextUnformatted("Participants write privately first; only what they choose to share reaches you.");
    }
    ImGui::TextUnformatted("Stage of the learning cycle:");
    const int before = m_stage;
    for (int i = 0; i < core::kReflectionStageCount; ++i) {
      if (i > 0) ImGui::SameLine();
      ImGui::RadioButton(std::string(core::reflectionStageTitle(static_cast<core::ReflectionStage>(i))).c_str(),
                         &m_stage, i);
    }
    if (m_stage != before) fillQuestions(); // the paper's questions for the new stage, to edit
    ImGui::TextUnformatted("Questions, one a line (at most six):");
    ImGui::InputTextMultiline("##questions", m_questions.data(), m_questions.size(),
                              ImVec2(-1, ImGui::GetTextLineHeight() * 4.6f));
    ImGui::TextUnformatted("Lens:");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    const auto lensLabel = [](int i) {
      return i == 0 ? std::string("none") : std::string(core::lensName(static_cast<core::Lens>(i)));
    };
    if (ImGui::BeginCombo("##lens", lensLabel(m_lens).c_str())) {
      for (int i = 0; i <= core::kLensCount; ++i) {
        if (ImGui::Selectable(lensLabel(i).c_str(), m_lens == i)) m_lens = i;
      }
      ImGui::EndCombo();
    }
    if (m_lens != 0) {
      ImGui::SameLine();
      ImGui::TextDisabled("%s", std::string(core::lensPrompt(static_cast<core::Lens>(m_lens))).c_str());
    }
    if (button("Open on the projector and phones")) {
      core::OpenReflection open;
      open.stage = static_cast<core::ReflectionStage>(m_stage);
      open.lens = static_cast<core::Lens>(m_lens);
      std::string line;
      for (const char* c = m_questions.data(); *c != '\0'; ++c) {
        if (*c == '\n') {
          open.questions.push_back(line);
          line.clear();
        } else {
          line += *c;
        }
      }
      open.questions.push_back(line);
      ctx.sendAll({open, core::ShowBoard{core::Board::Reflection}},
                  "Reflection is open: participants write privately, then share.");
    }
    ImGui::SameLine();
    const auto* round = state.reflectionRound();
    ImGui::BeginDisabled(round == nullptr || !round->open);
    if (button("Close")) closeShowing(ctx);
    ImGui::EndDisabled();
  }

  void drawShared(const core::SessionState& state, ConsoleContext& ctx) {
    using S = core::ReflectionStatus;
    const auto untouched = core::untouchedDimensions(state);
    if (untouched.empty()) {
      ImGui::TextUnformatted("Every dimension has been touched.");
    } else {
      std::string names;
      for (std::size_t i = 0; i < untouched.size(); ++i)
        names += (i ? ", " : "") + std::string(core::dimensionName(untouched[i]));
      ImGui::Text("Not yet touched: %s", names.c_str());
    }
    m_waiting.expire();
    m_approved.expire();
    std::vector<const core::SharedReflection*> waiting;
    std::vector<const core::SharedReflection*> shown;
    for (const auto& r : state.reflections) {
      if (r.status == S::Pending || m_waiting.holds(r.id)) waiting.push_back(&r);
      if (r.status != S::Pending || m_approved.holds(r.id)) shown.push_back(&r);
    }
    const auto line = [](const core::SharedReflection& r) {
      std::string s = "[" + std::string(core::reflectionStageName(r.stage));
      if (r.dimension != core::Dimension::None) s += ", " + std::string(core::dimensionName(r.dimension));
      return s + "] " + r.text;
    };
    ImGui::Text("Shared, waiting for you: %zu", state.waitingReflections());
    if (waiting.empty()) {
      ImGui::TextDisabled("Nothing waiting.");
    } else {
      clippedRows("reflections waiting", static_cast<int>(waiting.size()), kVisibleRows, [&](int i) {
        const auto& r = *waiting[static_cast<std::size_t>(i)];
        RowId id("reflection", r.id);
        const bool gone = r.status != S::Pending;
        const auto choice =
            moderationRow(gone, gone ? (r.status == S::Approved ? "Approved: " : "Hidden: ") + line(r) : line(r));
        if (choice == RowChoice::Approve) ctx.send(core::ApproveReflection{r.id}, "The reflection is on the board.");
        if (choice == RowChoice::Hide) ctx.send(core::HideReflection{r.id}, "The reflection is hidden.");
        if (choice != RowChoice::None) m_waiting.hold(r.id);
        m_waiting.listHovered();
      });
    }
    if (shown.empty()) return;
    ImGui::Text("Approved and hidden: %zu", shown.size());
    clippedRows("reflections decided", static_cast<int>(shown.size()), kVisibleRows, [&](int i) {
      const auto& r = *shown[static_cast<std::size_t>(i)];
      RowId id("reflection", r.id);
      // One button a row that says what it does: approving a hidden one, or hiding an approved one.
      if (smallButton(r.status == S::Hidden ? "Approve###toggle" : "Hide###toggle")) {
        if (r.status == S::Hidden) {
          ctx.send(core::ApproveReflection{r.id}, "The reflection is back on the board.");
        } else {
          ctx.send(core::HideReflection{r.id}, "The reflection is hidden.");
        }
        m_approved.hold(r.id);
      }
      ImGui::SameLine();
      rowText((r.status == S::Hidden ? "Hidden: " : "") + line(r), r.status == S::Hidden);
      m_approved.listHovered();
    });
  }

  int m_stage = 0;
  int m_lens = 0;
  std::array<char, 1400> m_questions{};
  HeldRows m_waiting;
  HeldRows m_approved;
};

} // namespace

std::unique_ptr<BoardConsoleTab> makeConsoleTab(std::type_identity<core::ReflectionBoard>) {
  return std::make_unique<ReflectionTab>();
}

} // namespace balcony::ui
