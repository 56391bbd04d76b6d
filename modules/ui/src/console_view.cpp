// The facilitator's console: status and how to join, what the projector shows, and the controls
// for the belief check and quick polls. Every control has a keyboard shortcut, shown beside it;
// Ctrl+E and Ctrl+R close and reveal whatever is on the projector.
#include "views.hpp"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <cstring>

namespace balcony::ui {
namespace {

template <std::size_t N>
void copyInto(std::array<char, N>& dst, const std::string& src) {
  std::memset(dst.data(), 0, N);
  std::strncpy(dst.data(), src.c_str(), N - 1);
}

bool ctrlKey(int key) {
  const auto& io = ImGui::GetIO();
  return io.KeyCtrl && ImGui::IsKeyPressed(key, false);
}

struct Preset {
  const char* label;
  std::vector<const char*> options;
};

const Preset kPresets[] = {
    {"Yes / No / Not sure", {"Yes", "No", "Not sure"}},
    {"Agree / Disagree", {"Agree", "Disagree"}},
    {"Keep going / Move on", {"Keep going on this", "Move on"}},
};

} // namespace

void ConsoleView::send(core::CommandPort& port, core::CommandBody body, std::string done) {
  m_feedback->set("Working...");
  port.submit({0, std::move(body)}, [feedback = m_feedback, done = std::move(done)](const core::CommandResult& r) {
    feedback->set(r.error ? "Could not do that: " + r.error->message : done);
  });
}

void ConsoleView::openRound(core::CommandPort& port) {
  core::OpenRound open;
  for (std::size_t i = 0; i < core::kBeliefCount; ++i) {
    open.statements[i] = m_statements[i].data();
  }
  open.scaleMin = m_scale == 0 ? 1 : 0;
  open.scaleMax = m_scale == 0 ? 5 : 10;
  open.showLive = m_showLive;
  send(port, open, "A new belief check round is open: participants can answer now.");
}

void ConsoleView::openPoll(core::CommandPort& port) {
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
  poll.showLive = m_pollShowLive;
  send(port, poll, "The poll is live on the projector and on participants' phones.");
}

void ConsoleView::handleShortcuts(const core::Snapshot& snapshot, core::CommandPort& port,
                                  ProjectorSettings& settings) {
  const auto& state = snapshot.state;
  const bool onPoll = state.board == core::Board::Poll;
  if (ctrlKey(GLFW_KEY_O)) {
    openRound(port);
  }
  if (ctrlKey(GLFW_KEY_P)) {
    if (m_question[0] == '\0') {
      m_focusQuestion = true;  // nothing to send yet: put the cursor in the question
    } else {
      openPoll(port);
    }
  }
  if (ctrlKey(GLFW_KEY_E)) {
    if (onPoll) {
      send(port, core::ClosePoll{}, "The poll is closed.");
    } else {
      send(port, core::CloseRound{}, "The round is closed: no more answers.");
    }
  }
  if (ctrlKey(GLFW_KEY_R)) {
    if (onPoll) {
      send(port, core::RevealPoll{}, "Poll results are on the projector and on phones.");
    } else {
      send(port, core::RevealResults{}, "Results are on the projector and on participants' phones.");
    }
  }
  if (ctrlKey(GLFW_KEY_B)) {
    send(port, core::ShowBoard{core::Board::Belief}, "The projector shows the belief check.");
  }
  if (ctrlKey(GLFW_KEY_Q)) {
    send(port, core::ShowBoard{core::Board::Poll}, "The projector shows the quick poll.");
  }
  if (ctrlKey(GLFW_KEY_1)) settings.beliefView = BeliefView::Distribution;
  if (ctrlKey(GLFW_KEY_2)) settings.beliefView = BeliefView::ByGroup;
  if (ctrlKey(GLFW_KEY_3)) settings.beliefView = BeliefView::Trend;
}

void ConsoleView::draw(const core::Snapshot& snapshot, core::CommandPort& port, const ConsoleInfo& info,
                       ProjectorSettings& settings) {
  const auto& state = snapshot.state;
  if (!m_loaded) {
    const auto* round = state.currentRound();
    const auto& source = round != nullptr ? round->statements : core::kDefaultBeliefStatements;
    for (std::size_t i = 0; i < core::kBeliefCount; ++i) {
      copyInto(m_statements[i], source[i]);
    }
    m_scale = round != nullptr && round->scaleMax == 10 ? 1 : 0;
    m_threshold = state.privacyThreshold;
    m_loaded = true;
  }

  const auto* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::Begin("console", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
  handleShortcuts(snapshot, port, settings);

  ImGui::PushFont(info.fonts.heading);
  ImGui::TextUnformatted(state.title.c_str());
  ImGui::PopFont();
  if (!snapshot.storageError.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(190, 30, 10, 255));
    ImGui::TextWrapped("%s", snapshot.storageError.c_str());
    ImGui::TextWrapped("Participants are being told their answers were not saved. Free disk space or check the "
                       "database file, then ask them to answer again.");
    ImGui::PopStyleColor();
  }
  ImGui::Text("Join address:");
  ImGui::SameLine();
  ImGui::TextUnformatted(info.joinUrl.c_str());
  ImGui::Text("Room code: %s    Connected now: %d    Joined this session: %zu", state.roomCode.c_str(),
              snapshot.present, state.participants.size());
  ImGui::TextDisabled("Database: %s", info.databasePath.c_str());
  ImGui::Separator();

  drawProjectorControls(snapshot, port, settings);
  ImGui::Separator();

  if (ImGui::BeginTabBar("boards")) {
    if (ImGui::BeginTabItem("Belief check")) {
      drawBeliefControls(snapshot, port);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Quick poll", nullptr, m_focusQuestion ? ImGuiTabItemFlags_SetSelected : 0)) {
      drawPollControls(snapshot, port);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Settings")) {
      drawSettings(snapshot, port, settings);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }

  ImGui::Separator();
  ImGui::TextWrapped("%s", m_feedback->get().c_str());
  ImGui::End();
}

void ConsoleView::drawProjectorControls(const core::Snapshot& snapshot, core::CommandPort& port,
                                        ProjectorSettings& settings) {
  const auto& state = snapshot.state;
  ImGui::TextUnformatted("On the projector:");
  ImGui::SameLine();
  if (ImGui::RadioButton("Belief check (Ctrl+B)", state.board == core::Board::Belief)) {
    send(port, core::ShowBoard{core::Board::Belief}, "The projector shows the belief check.");
  }
  ImGui::SameLine();
  ImGui::BeginDisabled(state.polls.empty());
  if (ImGui::RadioButton("Quick poll (Ctrl+Q)", state.board == core::Board::Poll)) {
    send(port, core::ShowBoard{core::Board::Poll}, "The projector shows the quick poll.");
  }
  ImGui::EndDisabled();
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
}

void ConsoleView::drawBeliefControls(const core::Snapshot& snapshot, core::CommandPort& port) {
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

  if (ImGui::Button(round == nullptr ? "Open the belief check (Ctrl+O)" : "Open a new round (Ctrl+O)")) {
    openRound(port);
  }
  ImGui::SameLine();
  ImGui::BeginDisabled(round == nullptr || !round->open);
  if (ImGui::Button("Close (Ctrl+E)")) {
    send(port, core::CloseRound{}, "The round is closed: no more answers.");
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(round == nullptr || round->revealed);
  if (ImGui::Button("Reveal results (Ctrl+R)")) {
    send(port, core::RevealResults{}, "Results are on the projector and on participants' phones.");
  }
  ImGui::EndDisabled();
}

void ConsoleView::drawPollControls(const core::Snapshot& snapshot, core::CommandPort& port) {
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
    ImGui::SameLine();
    ImGui::Checkbox("Several choices allowed", &m_multiple);
    ImGui::TextDisabled("Options (2 to 8; empty ones are left out). Ready-made:");
    for (const auto& preset : kPresets) {
      ImGui::SameLine();
      if (ImGui::SmallButton(preset.label)) {
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
  ImGui::Checkbox("Show results live from the start##poll", &m_pollShowLive);
  if (ImGui::Button("Go live (Ctrl+P)")) {
    openPoll(port);
  }
  ImGui::SameLine();
  ImGui::BeginDisabled(poll == nullptr || !poll->open);
  if (ImGui::Button("Close poll")) {
    send(port, core::ClosePoll{}, "The poll is closed.");
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(poll == nullptr || poll->revealed);
  if (ImGui::Button("Reveal poll")) {
    send(port, core::RevealPoll{}, "Poll results are on the projector and on phones.");
  }
  ImGui::EndDisabled();
}

void ConsoleView::drawSettings(const core::Snapshot& snapshot, core::CommandPort& port, ProjectorSettings& settings) {
  ImGui::TextWrapped("Privacy: a group with fewer answers than this is never shown on its own; it is folded "
                     "into \"other groups\", so nobody can be identified by their group.");
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
  ImGui::InputInt("smallest group shown", &m_threshold);
  m_threshold = std::clamp(m_threshold, core::kMinPrivacyThreshold, core::kMaxPrivacyThreshold);
  ImGui::SameLine();
  ImGui::BeginDisabled(m_threshold == snapshot.state.privacyThreshold);
  if (ImGui::Button("Apply")) {
    send(port, core::SetPrivacyThreshold{m_threshold},
         "Groups with fewer than " + std::to_string(m_threshold) + " answers are now folded together.");
  }
  ImGui::EndDisabled();
  ImGui::TextUnformatted("Projector theme:");
  ImGui::SameLine();
  int theme = settings.theme == Theme::Light ? 0 : 1;
  ImGui::RadioButton("Light (best on most projectors)", &theme, 0);
  ImGui::SameLine();
  ImGui::RadioButton("Dark", &theme, 1);
  settings.theme = theme == 0 ? Theme::Light : Theme::Dark;
}

} // namespace balcony::ui
