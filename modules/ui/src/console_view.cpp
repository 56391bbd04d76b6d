// The facilitator's console: status and how to join, what the projector shows, and the controls
// for the belief check and quick polls. Every control has a keyboard shortcut, shown beside it;
// Ctrl+E and Ctrl+R close and reveal whatever is on the projector.
#include "views.hpp"

#include <GLFW/glfw3.h>

#include "topics/avoidance_signals.hpp"
#include "clarity/clarity_lists.hpp"
#include "difference/difference_summary.hpp"

#include <algorithm>
#include <cstring>

namespace balcony::ui {
namespace {

template <std::size_t N> void copyInto(std::array<char, N>& dst, const std::string& src) {
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

void ConsoleView::send(core::FacilitatorPort& port, core::FacilitatorCommandBody body, std::string done) {
  m_feedback->set("Working...");
  port.submit({0, std::move(body)}, [feedback = m_feedback, done = std::move(done)](const core::CommandResult& r) {
    feedback->set(r.error ? "Could not do that: " + r.error->message : done);
  });
}

void ConsoleView::openRound(core::FacilitatorPort& port) {
  core::OpenRound open;
  for (std::size_t i = 0; i < core::kBeliefCount; ++i) {
    open.statements[i] = m_statements[i].data();
  }
  open.scaleMin = m_scale == 0 ? 1 : 0;
  open.scaleMax = m_scale == 0 ? 5 : 10;
  open.showLive = m_showLive;
  send(port, open, "A new belief check round is open: participants can answer now.");
}

void ConsoleView::openPoll(core::FacilitatorPort& port) {
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

void ConsoleView::handleShortcuts(const core::Snapshot& snapshot, core::FacilitatorPort& port,
                                  ProjectorSettings& settings) {
  const auto& state = snapshot.state;
  const bool onPoll = state.board == core::Board::Poll;
  if (ImGui::GetIO().WantTextInput) {
    return; // typing in a field: Ctrl+Left/Right and friends belong to the text
  }
  if (ctrlKey(GLFW_KEY_O)) {
    openRound(port);
  }
  if (ctrlKey(GLFW_KEY_P)) {
    if (m_question[0] == '\0') {
      m_focusQuestion = true; // nothing to send yet: put the cursor in the question
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
  if (ctrlKey(GLFW_KEY_K)) {
    send(port, core::ShowBoard{core::Board::Clarity}, "The projector shows clarity for now.");
  }
  if (ctrlKey(GLFW_KEY_T)) {
    send(port, core::ShowBoard{core::Board::Topics}, "The projector shows topics and flags.");
  }
  if (ctrlKey(GLFW_KEY_D)) {
    send(port, core::ShowBoard{core::Board::Difference}, "The projector shows difference surfacing.");
  }
  // Ctrl+1/2/3 choose the view of the board that is showing.
  const bool onDifference = state.board == core::Board::Difference;
  for (int k = 0; k < 3; ++k) {
    if (ctrlKey(GLFW_KEY_1 + k)) {
      if (onDifference) {
        settings.differenceView = static_cast<DifferenceView>(k);
      } else {
        settings.beliefView = static_cast<BeliefView>(k);
      }
    }
  }
  // Ctrl+Right and Ctrl+Left step through the prompt deck.
  const int step = ctrlKey(GLFW_KEY_RIGHT) ? 1 : ctrlKey(GLFW_KEY_LEFT) ? -1 : 0;
  if (step != 0 && !state.prompts.empty()) {
    const int next = std::clamp(state.currentPrompt + step, 1, static_cast<int>(state.prompts.size()));
    send(port, core::ShowPrompt{next}, "Prompt " + std::to_string(next) + " is showing.");
  }
}

void ConsoleView::draw(const core::Snapshot& snapshot, core::FacilitatorPort& port, const ConsoleInfo& info,
                       ProjectorSettings& settings) {
  const auto& state = snapshot.state;
  if (!m_loaded) {
    const auto* round = state.currentRound();
    const auto& source = state.nextStatements;
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
  ImGui::Begin("console", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  handleShortcuts(snapshot, port, settings);
  if (ImGui::IsKeyPressed(GLFW_KEY_F1, false)) {
    settings.showHelp = !settings.showHelp;
  }

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
  ImGui::TextDisabled("Database: %s   |   F1: keyboard shortcuts", info.databasePath.c_str());
  if (info.options != nullptr && !info.options->notice.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(170, 80, 0, 255));
    ImGui::TextWrapped("%s", info.options->notice.c_str());
    ImGui::PopStyleColor();
  }
  if (info.options != nullptr && info.options->noNetwork) {
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(190, 30, 10, 255));
    ImGui::TextWrapped("No network found: phones cannot reach this laptop. Connect to the room's Wi-Fi or plug in "
                       "a network cable, then restart Balcony. (Participants on this laptop can still use the "
                       "address above.)");
    ImGui::PopStyleColor();
  }
  if (info.options != nullptr && !info.options->reachabilityAdvice.empty() && !info.options->noNetwork &&
      state.participants.empty() && info.now - info.startedAt >= kReachabilityWaitMs) {
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(170, 80, 0, 255));
    ImGui::TextWrapped("%s", info.options->reachabilityAdvice.c_str());
    ImGui::PopStyleColor();
  }
  if (state.joiningLocked) {
    ImGui::TextColored(ImVec4(0.67f, 0.31f, 0.0f, 1.0f), "Joining is locked: only people already in can answer.");
  }
  // Alerts always reach the console, whatever the projector shows.
  for (const auto& signal : core::signalsAt(state, info.now, snapshot.present)) {
    if (signal.resolved) continue;
    ImGui::PushID(signal.key.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(170, 80, 0, 255));
    ImGui::TextWrapped("Alert: %s", signal.message.c_str());
    ImGui::PopStyleColor();
    if (ImGui::SmallButton("Acknowledge")) {
      send(port, core::ResolveAlert{signal.key, true}, "Alert acknowledged.");
    }
    ImGui::SameLine();
    if (ImGui::SmallButton("Dismiss")) {
      send(port, core::ResolveAlert{signal.key, false}, "Alert dismissed.");
    }
    ImGui::PopID();
  }
  ImGui::Separator();

  drawProjectorControls(snapshot, port, settings);
  ImGui::Separator();

  if (ImGui::BeginTabBar("boards")) {
    if (ImGui::BeginTabItem("Setup")) {
      drawSetup(snapshot, port, info, settings);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Belief check")) {
      drawBeliefControls(snapshot, port);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Quick poll", nullptr, m_focusQuestion ? ImGuiTabItemFlags_SetSelected : 0)) {
      drawPollControls(snapshot, port);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Difference")) {
      drawDifferenceControls(snapshot, port);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Topics")) {
      drawTopicControls(snapshot, port, info.now);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Clarity")) {
      drawClarityControls(snapshot, port, info.now);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Moderation")) {
      drawModeration(snapshot, port);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Library")) {
      drawLibrary(info, settings);
      ImGui::EndTabItem();
    } else {
      m_libraryLoaded = false; // read afresh each time the tab is opened
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
  drawHelp(info, settings);
}

void ConsoleView::drawLibrary(const ConsoleInfo& info, ProjectorSettings& settings) {
  if (info.options == nullptr || !info.options->listSessions) {
    ImGui::TextDisabled("The session library is not available.");
    return;
  }
  if (!m_libraryLoaded) {
    m_library = info.options->listSessions();
    m_libraryLoaded = true;
  }
  ImGui::TextWrapped("Every session in this database, grouped by series (the same partnership). Opening one "
                     "closes this one; nothing is lost. Rename a session with its title in the Setup tab.");
  ImGui::Checkbox("Show archived sessions", &m_showArchived);
  if (!ImGui::BeginTable("library", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    return;
  }
  std::int64_t lastSeries = -1;
  for (const auto& entry : m_library) {
    if (entry.archived && !m_showArchived) continue;
    ImGui::PushID(static_cast<int>(entry.id));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (entry.series != lastSeries) {
      ImGui::TextDisabled("series %lld", static_cast<long long>(entry.series));
      lastSeries = entry.series;
    }
    ImGui::TableNextColumn();
    ImGui::Text("%s  #%lld", entry.date.c_str(), static_cast<long long>(entry.id));
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s%s", entry.title.c_str(), entry.archived ? " (archived)" : "");
    ImGui::TableNextColumn();
    ImGui::Text("%zu joined", entry.participants);
    ImGui::TableNextColumn();
    if (entry.id == info.options->session) {
      ImGui::TextDisabled("open now");
    } else {
      if (ImGui::SmallButton("Open")) settings.openSession = entry.id;
      ImGui::SameLine();
      if (ImGui::SmallButton(entry.archived ? "Bring back" : "Archive")) {
        const auto problem = info.options->archiveSession(entry.id, !entry.archived);
        m_feedback->set(problem.empty()
                            ? (entry.archived ? "Brought back." : "Archived: out of the list, still in the file.")
                            : problem);
        m_libraryLoaded = false;
      }
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
}

void ConsoleView::drawHelp(const ConsoleInfo& info, ProjectorSettings& settings) {
  if (!settings.showHelp) {
    return;
  }
  const auto* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x * 0.5f, viewport->Pos.y + viewport->Size.y * 0.5f),
                          ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowBgAlpha(0.97f);
  ImGui::Begin("Keyboard shortcuts (F1 to close)", &settings.showHelp,
               ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings);
  static const char* kRows[][2] = {
      {"Ctrl+B / Q / D / T / K", "Projector: belief check, quick poll, difference, topics, clarity"},
      {"Ctrl+1 / 2 / 3", "The view of the board showing"},
      {"Ctrl+O", "Open a new belief check round"},
      {"Ctrl+P", "Quick poll: go live (or type the question)"},
      {"Ctrl+E", "Close what is showing"},
      {"Ctrl+R", "Reveal the results of what is showing"},
      {"Ctrl+Left / Right", "Previous / next prompt in the deck"},
      {"F1", "This help"},
  };
  if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg)) {
    for (const auto& row : kRows) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushFont(info.fonts.bold);
      ImGui::TextUnformatted(row[0]);
      ImGui::PopFont();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(row[1]);
    }
    ImGui::EndTable();
  }
  ImGui::End();
}

void ConsoleView::drawSetup(const core::Snapshot& snapshot, core::FacilitatorPort& port, const ConsoleInfo& info,
                            ProjectorSettings& settings) {
  const auto& state = snapshot.state;
  if (!m_setupLoaded) {
    copyInto(m_title, state.title);
    std::string groups;
    for (const auto& g : state.groups)
      groups += (groups.empty() ? "" : ", ") + g;
    copyInto(m_groups, groups);
    m_setupLoaded = true;
  }
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24);
  ImGui::InputText("title", m_title.data(), m_title.size());
  ImGui::SameLine();
  if (ImGui::Button("Save title")) send(port, core::RetitleSession{m_title.data()}, "Title saved.");
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24);
  ImGui::InputText("groups, separated by commas", m_groups.data(), m_groups.size());
  ImGui::SameLine();
  if (ImGui::Button("Save groups")) {
    std::vector<std::string> groups;
    std::string all = m_groups.data();
    std::size_t start = 0;
    while (start <= all.size()) {
      auto comma = all.find(',', start);
      if (comma == std::string::npos) comma = all.size();
      auto g = all.substr(start, comma - start);
      g.erase(0, g.find_first_not_of(' '));
      g.erase(g.find_last_not_of(' ') + 1);
      if (!g.empty()) groups.push_back(g);
      start = comma + 1;
    }
    send(port, core::SetGroups{groups}, "Groups saved; phones show them at once.");
  }
  ImGui::TextUnformatted("The next meeting of this partnership:");
  ImGui::SameLine();
  if (ImGui::Button("Start the next session of this series")) {
    ImGui::OpenPopup("next-session");
  }
  if (ImGui::BeginPopupModal("next-session", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted("Close this session and start the next one of the same series?");
    ImGui::TextDisabled("Everything here stays saved. The endeavour and the open clarity items come along,\n"
                        "and the belief trend carries on. Phones reconnect by themselves.");
    if (ImGui::Button("Start the next session")) {
      settings.nextSessionRequested = true;
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  if (info.options != nullptr && info.options->exportAll) {
    if (m_exportFolder[0] == '\0') copyInto(m_exportFolder, info.options->exportFolder);
    ImGui::TextUnformatted("Outcomes for follow-up (report, summary, responses, review dates, event log):");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24);
    ImGui::InputText("##exportFolder", m_exportFolder.data(), m_exportFolder.size());
    ImGui::SameLine();
    ImGui::BeginDisabled(m_export->running);
    if (ImGui::Button("Export everything")) {
      m_export->running = true;
      m_export->done = 0;
      info.options->exportAll(m_exportFolder.data(), m_export);
    }
    ImGui::EndDisabled();
    if (m_export->running) {
      const float fraction =
          static_cast<float>(m_export->done) / static_cast<float>(std::max(1, m_export->total.load()));
      ImGui::ProgressBar(fraction, ImVec2(ImGui::GetFontSize() * 24, 0));
    } else {
      std::lock_guard lock(m_export->mutex);
      if (!m_export->message.empty()) ImGui::TextWrapped("%s", m_export->message.c_str());
    }
  }
  bool locked = state.joiningLocked;
  if (ImGui::Checkbox("Lock joining (people already in can still answer)", &locked)) {
    send(port, core::LockJoining{locked}, locked ? "Joining is locked." : "Joining is open again.");
  }
  if (info.options != nullptr && info.joinChoice != nullptr && info.options->joinAddresses.size() > 1) {
    ImGui::TextUnformatted("Join address on the projector:");
    for (std::size_t i = 0; i < info.options->joinAddresses.size(); ++i) {
      const auto& a = info.options->joinAddresses[i];
      const std::string label = a.url + "  (" + a.interface + ")";
      ImGui::RadioButton(label.c_str(), info.joinChoice, static_cast<int>(i));
    }
  }
  if (info.options != nullptr && !info.options->templates.empty()) {
    ImGui::Separator();
    ImGui::TextUnformatted("Set up from a template (adds its topics and prompts to this session):");
    for (const auto& t : info.options->templates) {
      ImGui::PushID(t.name.c_str());
      if (ImGui::Button(t.name.c_str())) {
        for (auto& command : core::templateCommands(t)) {
          send(port, std::move(command), "Set up from the \"" + t.name + "\" template.");
        }
        m_setupLoaded = false;
        m_loaded = false;
      }
      ImGui::SameLine();
      ImGui::TextWrapped("%s", t.description.c_str());
      ImGui::PopID();
    }
  }
}

void ConsoleView::drawProjectorControls(const core::Snapshot& snapshot, core::FacilitatorPort& port,
                                        ProjectorSettings& settings) {
  const auto& state = snapshot.state;
  ImGui::Text("Projector window: %s.", settings.placedOn.c_str());
  ImGui::SameLine();
  const std::string current = settings.placement == ProjectorSettings::kAutomatic  ? "Automatic"
                              : settings.placement == ProjectorSettings::kWindowed ? "In a window"
                              : static_cast<std::size_t>(settings.placement) < settings.monitorNames.size()
                                  ? settings.monitorNames[static_cast<std::size_t>(settings.placement)]
                                  : "Automatic";
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
  if (ImGui::BeginCombo("##placement", current.c_str())) {
    if (ImGui::Selectable("Automatic (second screen when there is one)",
                          settings.placement == ProjectorSettings::kAutomatic)) {
      settings.placement = ProjectorSettings::kAutomatic;
    }
    if (ImGui::Selectable("In a window", settings.placement == ProjectorSettings::kWindowed)) {
      settings.placement = ProjectorSettings::kWindowed;
    }
    for (std::size_t i = 0; i < settings.monitorNames.size(); ++i) {
      const std::string label = "Full screen on " + settings.monitorNames[i];
      if (ImGui::Selectable(label.c_str(), settings.placement == static_cast<int>(i))) {
        settings.placement = static_cast<int>(i);
      }
    }
    ImGui::EndCombo();
  }
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
  ImGui::SameLine();
  if (ImGui::RadioButton("Difference (Ctrl+D)", state.board == core::Board::Difference)) {
    send(port, core::ShowBoard{core::Board::Difference}, "The projector shows difference surfacing.");
  }
  ImGui::SameLine();
  if (ImGui::RadioButton("Topics and flags (Ctrl+T)", state.board == core::Board::Topics)) {
    send(port, core::ShowBoard{core::Board::Topics}, "The projector shows topics and flags.");
  }
  ImGui::SameLine();
  if (ImGui::RadioButton("Clarity for now (Ctrl+K)", state.board == core::Board::Clarity)) {
    send(port, core::ShowBoard{core::Board::Clarity}, "The projector shows clarity for now.");
  }
  if (state.board == core::Board::Difference) {
    ImGui::TextUnformatted("Difference view:");
    ImGui::SameLine();
    int dview = static_cast<int>(settings.differenceView);
    ImGui::RadioButton("The prompt (Ctrl+1)", &dview, 0);
    ImGui::SameLine();
    ImGui::RadioButton("Most divided (Ctrl+2)", &dview, 1);
    ImGui::SameLine();
    ImGui::RadioButton("Statements (Ctrl+3)", &dview, 2);
    settings.differenceView = static_cast<DifferenceView>(dview);
    return;
  }
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

void ConsoleView::drawBeliefControls(const core::Snapshot& snapshot, core::FacilitatorPort& port) {
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

void ConsoleView::drawPollControls(const core::Snapshot& snapshot, core::FacilitatorPort& port) {
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

void ConsoleView::drawDifferenceControls(const core::Snapshot& snapshot, core::FacilitatorPort& port) {
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
  if (ImGui::Button("Add to deck")) {
    static const char* kinds[] = {"case", "statement", "risk"};
    send(port, core::AddPrompt{m_promptText.data(), kinds[m_promptKind], 1, 5, m_promptNotes}, "Added to the deck.");
    m_promptText.fill('\0');
  }
  ImGui::Separator();
  ImGui::Text("Deck: %zu prompts. Ctrl+Left and Ctrl+Right step through them.", state.prompts.size());
  if (ImGui::BeginTable("deck", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    for (const auto& prompt : state.prompts) {
      ImGui::PushID(prompt.number);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const bool current = prompt.number == state.currentPrompt;
      ImGui::BeginDisabled(current && state.board == core::Board::Difference);
      if (ImGui::SmallButton(current ? "Showing" : "Show")) {
        send(port, core::ShowPrompt{prompt.number}, "Prompt " + std::to_string(prompt.number) + " is showing.");
      }
      ImGui::EndDisabled();
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%d. %s", prompt.number, prompt.text.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%zu answered", prompt.ratings.size());
      ImGui::TableNextColumn();
      const auto summary = core::summarizePrompt(state, prompt);
      if (summary.divergence) {
        ImGui::Text("%.2f %s", *summary.divergence, divergenceWords(*summary.divergence));
      } else {
        ImGui::TextDisabled("no score yet");
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
}

void ConsoleView::drawTopicControls(const core::Snapshot& snapshot, core::FacilitatorPort& port, core::Millis now) {
  const auto& state = snapshot.state;
  ImGui::TextUnformatted("Add a topic:");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
  ImGui::InputTextWithHint("##topic", "agenda topic", m_topicTitle.data(), m_topicTitle.size());
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
  ImGui::InputInt("minutes", &m_topicMinutes);
  m_topicMinutes = std::clamp(m_topicMinutes, 1, 600);
  ImGui::SameLine();
  if (ImGui::Button("Add topic")) {
    send(port, core::AddTopic{m_topicTitle.data(), m_topicMinutes}, "Topic added to the agenda.");
    m_topicTitle.fill('\0');
  }
  if (ImGui::BeginTable("topics", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    for (const auto& topic : state.topics) {
      ImGui::PushID(topic.number);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const bool current = topic.number == state.currentTopic;
      if (current) {
        if (ImGui::SmallButton("Pause")) {
          send(port, core::StartTopic{0}, "No topic is current.");
        }
      } else if (ImGui::SmallButton("Start")) {
        send(port, core::StartTopic{topic.number}, "\"" + topic.title + "\" is the current topic.");
      }
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s%s", current ? "> " : "", topic.title.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%lld of %d min, back %d times", static_cast<long long>(state.topicTime(topic, now) / 60'000),
                  topic.budgetMinutes, topic.revisits);
      ImGui::TableNextColumn();
      if (topic.decisions.empty()) {
        ImGui::TextDisabled("no decision");
      } else {
        ImGui::TextWrapped("%s", topic.decisions.back().text.c_str());
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (const auto* current = state.findTopic(state.currentTopic)) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 28);
    ImGui::InputTextWithHint("##decision", "what was decided", m_decision.data(), m_decision.size());
    ImGui::SameLine();
    if (ImGui::Button("Record decision")) {
      send(port, core::RecordDecision{current->number, m_decision.data()}, "Decision recorded.");
      m_decision.fill('\0');
    }
  }
  ImGui::Separator();
  const auto live = core::liveFlags(state, now);
  ImGui::Text("Flags counting now: %zu. Words wait for your approval before the projector shows them:", live.size());
  for (const auto& flag : state.flags) {
    if (flag.words.empty() || flag.wordsApproved) continue;
    ImGui::PushID(30000 + flag.id);
    if (ImGui::SmallButton("Show on projector")) {
      send(port, core::ApproveFlagWords{flag.id}, "The flag's words are on the board.");
    }
    ImGui::SameLine();
    ImGui::TextWrapped("%s", flag.words.c_str());
    ImGui::PopID();
  }
}

void ConsoleView::drawClarityControls(const core::Snapshot& snapshot, core::FacilitatorPort& port, core::Millis now) {
  const auto& state = snapshot.state;
  if (!m_endeavourLoaded) {
    copyInto(m_endeavour, state.endeavour);
    m_endeavourLoaded = true;
  }
  ImGui::TextUnformatted("The long-term shared endeavour (carried to the next session of this series):");
  ImGui::InputTextMultiline("##endeavour", m_endeavour.data(), m_endeavour.size(),
                            ImVec2(-ImGui::GetFontSize() * 8, ImGui::GetTextLineHeight() * 2.5f));
  ImGui::SameLine();
  ImGui::BeginDisabled(state.endeavour == m_endeavour.data());
  if (ImGui::Button("Save endeavour")) {
    send(port, core::SetEndeavour{m_endeavour.data()}, "The endeavour is saved.");
  }
  ImGui::EndDisabled();
  ImGui::Separator();

  ImGui::Text(m_editing == 0 ? "Add an item, clear for now:" : "Edit item %d:", m_editing);
  const float w = ImGui::GetFontSize() * 14;
  ImGui::SetNextItemWidth(w * 2);
  ImGui::InputTextWithHint("##what", "what we will do", m_what.data(), m_what.size());
  ImGui::SameLine();
  ImGui::SetNextItemWidth(w);
  ImGui::InputTextWithHint("##owner", "owner: a person or a group", m_owner.data(), m_owner.size());
  ImGui::SetNextItemWidth(w * 2);
  ImGui::InputTextWithHint("##resources", "resources", m_resources.data(), m_resources.size());
  ImGui::SameLine();
  ImGui::SetNextItemWidth(w * 0.6f);
  ImGui::InputTextWithHint("##review", "review YYYY-MM-DD", m_review.data(), m_review.size());
  ImGui::SameLine();
  ImGui::SetNextItemWidth(w * 0.5f);
  ImGui::InputInt("topic", &m_clarityTopic);
  m_clarityTopic = std::clamp(m_clarityTopic, 0, static_cast<int>(state.topics.size()));
  const core::ClarityFields fields{m_what.data(), m_owner.data(), m_resources.data(), m_review.data(), m_clarityTopic};
  auto clearForm = [&] {
    m_what.fill('\0');
    m_owner.fill('\0');
    m_resources.fill('\0');
    m_review.fill('\0');
    m_clarityTopic = 0;
    m_editing = 0;
  };
  if (m_editing == 0) {
    if (ImGui::Button("Add as agreed for now")) {
      send(port, core::AddClarityItem{fields, core::ClarityStatus::Agreed}, "Added: agreed for now.");
      clearForm();
    }
    ImGui::SameLine();
    if (ImGui::Button("Add as a proposal")) {
      send(port, core::AddClarityItem{fields, core::ClarityStatus::Proposed}, "Added as a proposal for energy votes.");
      clearForm();
    }
  } else {
    if (ImGui::Button("Save changes")) {
      send(port, core::EditClarityItem{m_editing, fields}, "The item is updated.");
      clearForm();
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) clearForm();
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
  int budget = state.energyBudget;
  if (ImGui::InputInt("energy votes each", &budget) && budget != state.energyBudget) {
    send(port, core::SetEnergyBudget{std::clamp(budget, 1, 10)}, "Energy votes changed.");
  }

  const auto today = core::isoDate(now);
  if (ImGui::BeginTable("clarity", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    int index = 0;
    for (const auto& item : state.clarity) {
      const int position = index++;
      if (item.hidden) continue;
      ImGui::PushID(40000 + item.id);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s%s", item.fields.what.c_str(), core::dueForReview(item, today) ? "  [review due]" : "");
      ImGui::TextDisabled("%s | %s | review %s | %zu energy%s", item.fields.owner.c_str(),
                          item.fields.resources.c_str(),
                          item.fields.reviewDate.empty() ? "-" : item.fields.reviewDate.c_str(), item.energy.size(),
                          item.approved ? "" : " | waiting for approval");
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(std::string(core::clarityStatusName(item.status)).c_str());
      ImGui::TableNextColumn();
      if (!item.approved) {
        if (ImGui::SmallButton("Approve"))
          send(port, core::ApproveClarityItem{item.id}, "The proposal is on the board.");
        ImGui::SameLine();
      }
      if (item.status != core::ClarityStatus::Agreed && ImGui::SmallButton("Agree for now")) {
        send(port, core::SetClarityStatus{item.id, core::ClarityStatus::Agreed}, "Agreed for now.");
      }
      ImGui::SameLine();
      if ((item.status == core::ClarityStatus::Agreed || item.status == core::ClarityStatus::Reopened) &&
          ImGui::SmallButton("Done")) {
        send(port, core::SetClarityStatus{item.id, core::ClarityStatus::Done}, "Marked done.");
      }
      ImGui::SameLine();
      if ((item.status == core::ClarityStatus::Done || item.status == core::ClarityStatus::Agreed) &&
          ImGui::SmallButton("Reopen")) {
        send(port, core::SetClarityStatus{item.id, core::ClarityStatus::Reopened}, "Reopened.");
      }
      ImGui::SameLine();
      if (item.status != core::ClarityStatus::Dropped && ImGui::SmallButton("Drop")) {
        send(port, core::SetClarityStatus{item.id, core::ClarityStatus::Dropped}, "Dropped.");
      }
      ImGui::SameLine();
      if (ImGui::SmallButton("Edit")) {
        m_editing = item.id;
        copyInto(m_what, item.fields.what);
        copyInto(m_owner, item.fields.owner);
        copyInto(m_resources, item.fields.resources);
        copyInto(m_review, item.fields.reviewDate);
        m_clarityTopic = item.fields.topic;
      }
      ImGui::SameLine();
      if (position > 0 && ImGui::SmallButton("Up")) {
        send(port, core::MoveClarityItem{item.id, position - 1}, "Moved up.");
      }
      ImGui::SameLine();
      if (ImGui::SmallButton("Hide")) send(port, core::HideClarityItem{item.id}, "Hidden from the board.");
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
}

void ConsoleView::drawModeration(const core::Snapshot& snapshot, core::FacilitatorPort& port) {
  const auto& state = snapshot.state;
  ImGui::TextWrapped("Statements wait here until you approve them. Hidden text never reaches the projector or "
                     "any phone, and exports count it as hidden.");
  int pending = 0;
  for (const auto& st : state.statements) {
    if (st.status != core::StatementStatus::Pending) continue;
    ++pending;
    ImGui::PushID(st.id);
    if (ImGui::SmallButton("Approve")) {
      send(port, core::ApproveStatement{st.id}, "The statement is up for votes.");
    }
    ImGui::SameLine();
    if (ImGui::SmallButton("Hide")) {
      send(port, core::HideStatement{st.id}, "The statement is hidden.");
    }
    ImGui::SameLine();
    ImGui::TextWrapped("%s", st.text.c_str());
    ImGui::PopID();
  }
  if (pending == 0) {
    ImGui::TextDisabled("No statements waiting.");
  }
  ImGui::Separator();
  ImGui::TextUnformatted("Approved statements:");
  for (const auto& st : state.statements) {
    if (st.status != core::StatementStatus::Approved) continue;
    ImGui::PushID(10000 + st.id);
    if (ImGui::SmallButton("Hide")) {
      send(port, core::HideStatement{st.id}, "The statement is hidden.");
    }
    ImGui::SameLine();
    ImGui::TextWrapped("%s (%zu votes)", st.text.c_str(), st.votes.size());
    ImGui::PopID();
  }
  ImGui::Separator();
  const auto* prompt = state.findPrompt(state.currentPrompt);
  if (prompt == nullptr) {
    return;
  }
  ImGui::Text("Notes on prompt %d:", prompt->number);
  for (const auto& note : prompt->notesGiven) {
    if (note.replaced) continue;
    ImGui::PushID(20000 + note.id);
    if (note.hidden) {
      ImGui::TextDisabled("(hidden) %s", note.text.c_str());
    } else {
      if (ImGui::SmallButton("Hide")) {
        send(port, core::HideNote{note.id}, "The note is hidden.");
      }
      ImGui::SameLine();
      ImGui::TextWrapped("%s", note.text.c_str());
    }
    ImGui::PopID();
  }
}

void ConsoleView::drawSettings(const core::Snapshot& snapshot, core::FacilitatorPort& port, ProjectorSettings& settings) {
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
  if (!m_signalSettingsLoaded) {
    m_signalSettings = snapshot.state.signalSettings;
    m_signalSettingsLoaded = true;
  }
  ImGui::Separator();
  ImGui::TextUnformatted("Avoidance signals:");
  auto& ss = m_signalSettings;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
  ImGui::InputInt("revisits with no decision before \"going round in circles\"", &ss.revisitLimit);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
  ImGui::InputInt("% of a topic's budget before \"well past its time\"", &ss.overtimePercent, 10);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
  ImGui::InputInt("% of those present flagging...", &ss.flagSharePercent, 5);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
  ImGui::InputInt("...within this many minutes", &ss.flagWindowMinutes);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
  ImGui::InputInt("minutes a flag counts", &ss.flagLifetimeMinutes);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
  ImGui::InputInt("seconds between one participant's flags", &ss.flagCooldownSeconds, 10);
  ImGui::Checkbox("Show alerts on the projector (otherwise on the console only)", &ss.alertsOnProjector);
  if (ImGui::Button("Apply signal settings")) {
    send(port, ss, "Signal settings applied.");
  }
  ImGui::Separator();
  ImGui::TextUnformatted("Projector theme:");
  ImGui::SameLine();
  int theme = static_cast<int>(settings.theme);
  ImGui::RadioButton("Light (best on most projectors)", &theme, 0);
  ImGui::SameLine();
  ImGui::RadioButton("Dark", &theme, 1);
  ImGui::SameLine();
  ImGui::RadioButton("High contrast", &theme, 2);
  settings.theme = static_cast<Theme>(theme);
}

} // namespace balcony::ui
