// The quick poll's console tab: the question, options or scale, and going live, closing, revealing.
#include "poll/poll_console.hpp"
#include "poll/poll_summary.hpp"

namespace balcony::ui {
namespace {

struct Preset {
  const char* label;
  std::vector<const char*> options;
};

const Preset kPresets[] = {
    {"Yes / No / Not sure", {"Yes", "No", "Not sure"}},
    {"Agree / Disagree", {"Agree", "Disagree"}},
    {"Keep going / Move on", {"Keep going on this", "Move on"}},
};

class PollTab final : public BoardConsoleTab {
public:
  const char* title() const override { return "Quick poll"; }
  core::Board board() const override { return core::Board::Poll; }
  int showKey() const override { return GLFW_KEY_Q; }
  const char* keyName() const override { return "Q"; }
  const char* shortName() const override { return "quick poll"; }
  const char* projectorLabel() const override { return "Quick poll (Ctrl+Q)"; }
  const char* shownMessage() const override { return "The projector shows the quick poll."; }

  void drawRoomFigures(const core::Snapshot& snapshot, ConsoleContext& ctx) override {
    const auto& state = snapshot.state;
    const auto* poll = state.currentPoll();
    if (poll == nullptr) return;
    const auto summary = core::summarizePoll(*poll, state.privacyThreshold);
    ImGui::PushFont(ctx.info.fonts.heading);
    ImGui::Text("Poll %s: %d answered of %d here", poll->open ? "open" : "closed", summary.answered + summary.withheld,
                snapshot.present);
    ImGui::PopFont();
    ImGui::TextDisabled(poll->revealed ? "Revealed: the room sees these." : "Only you see these until you reveal.");
    if (summary.withheld > 0) {
      ImGui::TextUnformatted("Too few answers to show yet.");
      return;
    }
    for (std::size_t i = 0; i < poll->options.size() && i < summary.counts.size(); ++i) {
      ImGui::Text("%d", summary.counts[i]);
      ImGui::SameLine(ImGui::GetFontSize() * 3);
      ImGui::TextUnformatted(poll->options[i].c_str());
    }
  }
  bool canShow(const core::SessionState& state) const override { return !state.polls.empty(); }
  bool wantsSelection() const override { return m_focusQuestion; }

  void drawContent(const core::Snapshot& snapshot, ConsoleContext& ctx) override {
    const auto* poll = snapshot.state.currentPoll();
    if (poll != nullptr) {
      ImGui::Text("Poll %d \"%s\" is %s, results %s. %zu answered.", poll->number, poll->question.c_str(),
                  poll->open ? "open" : "closed", poll->revealed ? "shown" : "hidden", poll->answers.size());
    }
    ImGui::TextUnformatted("Question:");
    if (m_focusQuestion) {
      ImGui::SetKeyboardFocusHere();
      m_focusQuestion = false;
    }
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##question", m_question.data(), m_question.size());
    ImGui::RadioButton("Options", &m_pollKind, 0);
    ImGui::SameLine();
    ImGui::RadioButton("Scale 1 to 5", &m_pollKind, 1);
    ImGui::SameLine();
    ImGui::RadioButton("Scale 0 to 10", &m_pollKind, 2);
    if (m_pollKind == 0) {
      drawOptions();
    }
    ImGui::Checkbox("Show results live from the start##poll", &m_showLive);
    if (button("Go live (Ctrl+P)")) {
      openPoll(ctx);
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(poll == nullptr || !poll->open);
    if (button("Close poll")) {
      closeShowing(ctx);
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(poll == nullptr || poll->revealed);
    if (button("Reveal poll")) {
      revealShowing(ctx);
    }
    ImGui::EndDisabled();
  }

  void shortcuts(const core::Snapshot&, ConsoleContext& ctx) override {
    if (ctrlKey(GLFW_KEY_P)) {
      if (m_question[0] == '\0') {
        m_focusQuestion = true; // nothing to send yet: put the cursor in the question
      } else {
        openPoll(ctx);
      }
    }
  }

  bool closeShowing(ConsoleContext& ctx) override {
    ctx.send(core::ClosePoll{}, "The poll is closed.");
    return true;
  }

  bool revealShowing(ConsoleContext& ctx) override {
    ctx.send(core::RevealPoll{}, "Poll results are on the projector and on phones.");
    return true;
  }

  std::vector<std::array<const char*, 2>> helpRows() const override {
    return {{"Ctrl+P", "Quick poll: go live (or type the question)"}};
  }

private:
  void drawOptions() {
    ImGui::SameLine();
    ImGui::Checkbox("Several choices allowed", &m_multiple);
    ImGui::TextDisabled("Options (2 to 8; empty ones are left out). Ready-made:");
    for (const auto& preset : kPresets) {
      ImGui::SameLine();
      if (smallButton(preset.label)) {
        for (std::size_t i = 0; i < m_options.size(); ++i) {
          copyInto(m_options[i], i < preset.options.size() ? preset.options[i] : "");
        }
      }
    }
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    for (std::size_t i = 0; i < m_options.size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      if (i % 2 == 1) {
        ImGui::SameLine();
      }
      ImGui::SetNextItemWidth(half);
      ImGui::InputTextWithHint("##option", "option", m_options[i].data(), m_options[i].size());
      ImGui::PopID();
    }
  }

  void openPoll(ConsoleContext& ctx) {
    core::OpenPoll poll;
    poll.question = m_question.data();
    poll.kind = m_pollKind == 0 ? core::PollKind::Options : core::PollKind::Scale;
    poll.scaleMin = m_pollKind == 2 ? 0 : 1;
    poll.scaleMax = m_pollKind == 2 ? 10 : 5;
    for (const auto& option : m_options) {
      if (option[0] != '\0') {
        poll.options.emplace_back(option.data());
      }
    }
    poll.multiple = m_multiple;
    poll.showLive = m_showLive;
    ctx.send(poll, "The poll is live on the projector and on participants' phones.");
  }

  std::array<char, 320> m_question{};
  int m_pollKind = 0; // 0: options, 1: scale 1–5, 2: scale 0–10
  std::array<std::array<char, 128>, core::kMaxPollOptions> m_options{};
  bool m_multiple = false;
  bool m_showLive = false;
  bool m_focusQuestion = false;
};

} // namespace

std::unique_ptr<BoardConsoleTab> makeConsoleTab(std::type_identity<core::PollBoard>) {
  return std::make_unique<PollTab>();
}

} // namespace balcony::ui
