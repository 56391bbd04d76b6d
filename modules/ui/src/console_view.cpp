// The console's frame: the status lines, the projector controls and the tab bar, with the boards'
// tabs made from the registry, and the shortcuts that reach whatever board is on the projector.
#include "console_view.hpp"

#include "balcony/ui/console_list.hpp"
#include "balcony_ui_board_parts.hpp"
#include "console_tabs.hpp"
#include "plan_actions.hpp"
#include "topics/avoidance_signals.hpp"

#include <map>
#include <string>
#include <utility>

namespace balcony::ui {

ConsoleView::ConsoleView() : m_present(makePresentTab()), m_setup(makeSetupTab()), m_plan(makePlanTab()) {
  core::forEachType(core::Boards{}, [&](auto board) { m_boards.push_back(makeConsoleTab(board)); });
  m_after.push_back(makeModerationTab());
  m_after.push_back(makeLibraryTab());
  m_after.push_back(makeSettingsTab());
}

BoardConsoleTab& ConsoleView::boardTab(core::Board board) {
  return *m_boards.at(static_cast<std::size_t>(board)); // the registry lists boards in enum order
}

void ConsoleView::handleKeys(const core::Snapshot& snapshot, core::FacilitatorPort& port, const ConsoleInfo& info,
                             ProjectorSettings& settings) {
  ConsoleContext ctx{port, info, settings, m_feedback};
  handleShortcuts(snapshot, ctx);
}

void ConsoleView::handleShortcuts(const core::Snapshot& snapshot, ConsoleContext& ctx) {
  // The same keys work from the console and from the projector window, and while the cursor is in
  // a text field: what types (letters, arrows, Esc) is left to the field, what cannot (Page Up and
  // Down, Ctrl+<letter>) acts.
  const bool typing = ImGui::GetIO().WantTextInput;
  const bool plain = !ImGui::GetIO().KeyCtrl && !ImGui::GetIO().KeyAlt;
  auto pressed = [](int key) { return ImGui::IsKeyPressed(key, false); };
  // A presentation clicker: Page Down / Page Up (some send the arrows, or F5 to start), B or . for
  // a black screen, Esc to bring it back.
  if (plain && (pressed(GLFW_KEY_PAGE_DOWN) || (!typing && (pressed(GLFW_KEY_RIGHT) || pressed(GLFW_KEY_F5))))) {
    planGoOn(snapshot, ctx);
  }
  if (plain && (pressed(GLFW_KEY_PAGE_UP) || (!typing && pressed(GLFW_KEY_LEFT)))) {
    planGoBack(snapshot, ctx);
  }
  if (plain && !typing && (pressed(GLFW_KEY_B) || pressed(GLFW_KEY_PERIOD))) {
    ctx.settings.blank = !ctx.settings.blank;
    ctx.feedback->set(ctx.settings.blank ? "The projector is blank (B, . or Esc brings it back)."
                                         : "The projector shows the board again.");
  }
  if (plain && !typing && pressed(GLFW_KEY_ESCAPE) && ctx.settings.blank) {
    ctx.settings.blank = false;
    ctx.feedback->set("The projector shows the board again.");
  }
  if (plain && !typing && pressed(GLFW_KEY_J)) {
    const bool strip = joinAsStrip(snapshot.state, ctx.settings);
    ctx.settings.joinPanel = strip ? ProjectorSettings::JoinPanel::Full : ProjectorSettings::JoinPanel::Strip;
    ctx.feedback->set(strip ? "The join panel is back in full (J to shrink it)."
                            : "The join panel is a strip at the foot of the projector (J to bring it back).");
  }
  const auto& state = snapshot.state;
  for (auto& tab : m_boards) {
    tab->shortcuts(snapshot, ctx);
    if (ctrlKey(tab->showKey())) {
      ctx.send(core::ShowBoard{tab->board()}, tab->shownMessage());
    }
  }
  // Ctrl+E, Ctrl+R and Ctrl+1/2/3 act on the board showing; where it has no such thing, on the
  // belief check, the board every session starts with.
  auto& showing = boardTab(state.board);
  auto& belief = boardTab(core::Board::Belief);
  if (ctrlKey(GLFW_KEY_E) && !showing.closeShowing(ctx)) {
    belief.closeShowing(ctx);
  }
  if (ctrlKey(GLFW_KEY_R) && !showing.revealShowing(ctx)) {
    belief.revealShowing(ctx);
  }
  if (ctrlKey(GLFW_KEY_F)) {
    stepInFull(ctx.settings);
  }
  for (int k = 0; k < 3; ++k) {
    if (ctrlKey(GLFW_KEY_1 + k) && !showing.selectView(k, ctx.settings)) {
      belief.selectView(k, ctx.settings);
    }
  }
}

void ConsoleView::draw(const core::Snapshot& snapshot, core::FacilitatorPort& port, const ConsoleInfo& info,
                       ProjectorSettings& settings) {
  ConsoleContext ctx{port, info, settings, m_feedback};
  const auto* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::Begin("console", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  handleShortcuts(snapshot, ctx);
  if (ImGui::IsKeyPressed(GLFW_KEY_F1, false)) {
    settings.showHelp = !settings.showHelp;
  }
  drawStatus(snapshot, ctx);
  ImGui::Separator();
  drawProjectorControls(snapshot, ctx);
  ImGui::Separator();
  drawTabs(snapshot, ctx);
  ImGui::Separator();
  ImGui::TextWrapped("%s", m_feedback->get().c_str());
  ImGui::End();
  drawHelp(info, settings);
  if (ctx.reloadForms) {
    m_present->reload();
    m_setup->reload();
    m_plan->reload();
    for (auto& tab : m_boards)
      tab->reload();
    for (auto& tab : m_after)
      tab->reload();
  }
}

void ConsoleView::drawStatus(const core::Snapshot& snapshot, ConsoleContext& ctx) {
  const auto& state = snapshot.state;
  const auto& info = ctx.info;
  ImGui::PushFont(info.fonts.heading);
  ImGui::TextUnformatted(state.title.c_str());
  ImGui::PopFont();
  if (!snapshot.storageError.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, errorText());
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
    ImGui::PushStyleColor(ImGuiCol_Text, warningText());
    ImGui::TextWrapped("%s", info.options->notice.c_str());
    ImGui::PopStyleColor();
  }
  if (info.options != nullptr && info.options->noNetwork) {
    ImGui::PushStyleColor(ImGuiCol_Text, errorText());
    ImGui::TextWrapped("No network found: phones cannot reach this laptop. Connect to the room's Wi-Fi or plug in "
                       "a network cable, then restart Balcony. (Participants on this laptop can still use the "
                       "address above.)");
    ImGui::PopStyleColor();
  }
  if (info.options != nullptr && !info.options->reachabilityAdvice.empty() && !info.options->noNetwork &&
      state.participants.empty() && info.now - info.startedAt >= kReachabilityWaitMs) {
    ImGui::PushStyleColor(ImGuiCol_Text, warningText());
    ImGui::TextWrapped("%s", info.options->reachabilityAdvice.c_str());
    ImGui::PopStyleColor();
  }
  drawEventStrip(snapshot, ctx);
  for (const auto& notice : snapshot.networkNotices) {
    ImGui::PushStyleColor(ImGuiCol_Text, warningText());
    if (notice.waitingFrom.empty()) {
      ImGui::TextWrapped("Network: %s", notice.text.c_str());
    } else {
      // New participants from one address wait for the facilitator's answer: one click for all.
      ImGui::TextWrapped("Network: %d waiting to join. %s", notice.waiting, notice.text.c_str());
    }
    ImGui::PopStyleColor();
    if (!notice.waitingFrom.empty()) {
      ImGui::PushID(notice.waitingFrom.c_str());
      const auto decide = [&](bool admit) {
        ctx.send(core::DecideNewcomers{notice.waitingFrom, admit},
                 admit ? "New participants from " + notice.waitingFrom + " are let in."
                       : "New participants from " + notice.waitingFrom + " are kept out.");
      };
      if (ImGui::Button("Let them in")) decide(true);
      ImGui::SameLine();
      if (ImGui::Button("Keep them out")) decide(false);
      ImGui::PopID();
    }
  }
  if (state.joiningLocked) {
    ImGui::PushStyleColor(ImGuiCol_Text, warningText());
    ImGui::TextUnformatted("Joining is locked: only people already in can answer.");
    ImGui::PopStyleColor();
  }
  // Alerts always reach the console, whatever the projector shows, in a place of their own that is
  // always there: one appearing never pushes the controls below it under the cursor.
  std::vector<core::Signal> alerts;
  for (auto& signal : core::signalsAt(state, info.now, snapshot.present)) {
    if (!signal.resolved) alerts.push_back(std::move(signal));
  }
  ctx.unresolvedAlerts = static_cast<int>(alerts.size());
  // One line, always there; more alerts than one scroll in it (the Present tab counts them).
  ImGui::BeginChild("alerts", ImVec2(0, ImGui::GetFrameHeightWithSpacing()), false);
  if (alerts.empty()) ImGui::TextDisabled("Alerts: none.");
  for (const auto& signal : alerts) {
    ImGui::PushID(signal.key.c_str());
    // The buttons first, in a column that never moves; the words after them, in full on hover.
    if (smallButton("Acknowledge")) {
      ctx.send(core::ResolveAlert{signal.key, true}, "Alert acknowledged.");
    }
    ImGui::SameLine();
    if (smallButton("Dismiss")) {
      ctx.send(core::ResolveAlert{signal.key, false}, "Alert dismissed.");
    }
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, warningText());
    rowText("Alert: " + signal.message);
    ImGui::PopStyleColor();
    ImGui::PopID();
  }
  ImGui::EndChild();
}

void ConsoleView::drawProjectorControls(const core::Snapshot& snapshot, ConsoleContext& ctx) {
  const auto& state = snapshot.state;
  auto& settings = ctx.settings;
  if (settings.projectorMinimised) {
    // Closing the projector window only minimises it (the console is what quits): say so.
    ImGui::PushStyleColor(ImGuiCol_Text, warningText());
    ImGui::TextUnformatted("The projector window is minimised: the room sees nothing new.");
    ImGui::PopStyleColor();
    ImGui::SameLine();
    if (smallButton("Bring it back")) settings.restoreProjector = true;
  }
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
  const float boardsX = ImGui::GetCursorPosX();
  const float rightEdge = boardsX + ImGui::GetContentRegionAvail().x;
  bool firstBoard = true;
  for (auto& tab : m_boards) {
    // The boards wrap onto a second line, under the first, rather than run off the window.
    const auto& style = ImGui::GetStyle();
    const float width =
        ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(tab->projectorLabel()).x;
    if (!firstBoard) {
      ImGui::SameLine();
      if (ImGui::GetCursorPosX() + width > rightEdge) {
        ImGui::NewLine();
        ImGui::SetCursorPosX(boardsX);
      }
    }
    firstBoard = false;
    ImGui::BeginDisabled(!tab->canShow(state));
    if (ImGui::RadioButton(tab->projectorLabel(), state.board == tab->board())) {
      ctx.send(core::ShowBoard{tab->board()}, tab->shownMessage());
    }
    ImGui::EndDisabled();
  }
  if (!boardTab(state.board).drawProjectorOptions(state, settings)) {
    boardTab(core::Board::Belief).drawProjectorOptions(state, settings); // shown, greyed out
  }
  // What the projector had to shorten, so nothing on the wall is out of reach.
  if (!settings.fullText.empty()) {
    ImGui::TextUnformatted("The projector shows a text in full.");
    ImGui::SameLine();
    if (smallButton("Next (Ctrl+F)")) stepInFull(settings);
    ImGui::SameLine();
    if (smallButton("Back to the board")) settings.fullText.clear();
  } else if (!settings.shortened.empty()) {
    ImGui::TextDisabled("%zu %s shortened on the projector to fit.", settings.shortened.size(),
                        settings.shortened.size() == 1 ? "text is" : "texts are");
    ImGui::SameLine();
    if (smallButton("Show in full (Ctrl+F)")) stepInFull(settings);
  }
}

// What waits for the facilitator, counted once a frame for the tabs' labels and the Present tab.
static void countWaiting(const core::SessionState& state, ConsoleContext& ctx) {
  ctx.waitingStatements = 0;
  ctx.waitingProposals = 0;
  ctx.waitingFlagWords = 0;
  for (const auto& st : state.statements)
    ctx.waitingStatements += st.status == core::StatementStatus::Pending ? 1 : 0;
  for (const auto& item : state.clarity)
    ctx.waitingProposals += !item.approved && !item.hidden ? 1 : 0;
  for (const auto& flag : state.flags)
    ctx.waitingFlagWords += !flag.words.empty() && !flag.wordsApproved ? 1 : 0;
}

void ConsoleView::drawTabs(const core::Snapshot& snapshot, ConsoleContext& ctx) {
  if (!ImGui::BeginTabBar("boards")) {
    return;
  }
  const std::string& firstTab = ctx.info.options != nullptr ? ctx.info.options->consoleTab : std::string();
  const std::string wanted = std::exchange(ctx.settings.selectTab, std::string());
  countWaiting(snapshot.state, ctx);
  // By the tab where each is dealt with.
  std::map<std::string, int> counts = {
      {"Moderation", ctx.waitingStatements}, {"Clarity", ctx.waitingProposals}, {"Topics", ctx.waitingFlagWords}};
  ctx.boardWaiting.clear();
  ctx.shownBoard = nullptr;
  for (const auto& tab : m_boards) {
    if (tab->board() == snapshot.state.board) ctx.shownBoard = tab.get();
    if (const int n = tab->waiting(snapshot.state); n > 0 || *tab->waitingName() != '\0') {
      if (n > 0) counts[tab->title()] += n;
      ctx.boardWaiting.push_back({tab->title(), tab->waitingName(), n});
    }
  }
  auto tabItem = [&](ConsoleTab& tab) {
    const bool select = tab.wantsSelection() || (m_firstFrame && firstTab == tab.title()) || wanted == tab.title();
    // What waits in a tab shows on it while another is open; "###" keeps the tab itself the same.
    std::string label = tab.title();
    if (const auto it = counts.find(label); it != counts.end() && it->second > 0) {
      label += " (" + std::to_string(it->second) + ")";
    }
    label += std::string("###") + tab.title();
    if (ImGui::BeginTabItem(label.c_str(), nullptr, select ? ImGuiTabItemFlags_SetSelected : 0)) {
      if (m_openTab != tab.title()) {
        // Another tab: the last one's message does not stay under it.
        if (!m_openTab.empty()) ctx.feedback->set("");
        m_openTab = tab.title();
      }
      tab.drawContent(snapshot, ctx);
      ImGui::EndTabItem();
    } else {
      tab.hidden();
    }
  };
  tabItem(*m_present);
  tabItem(*m_setup);
  tabItem(*m_plan);
  for (auto& tab : m_boards)
    tabItem(*tab);
  for (auto& tab : m_after)
    tabItem(*tab);
  ImGui::EndTabBar();
  m_firstFrame = false;
}

void ConsoleView::drawHelp(const ConsoleInfo& info, ProjectorSettings& settings) {
  if (!settings.showHelp) {
    return;
  }
  const auto* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x * 0.5f, viewport->Pos.y + viewport->Size.y * 0.5f),
                          ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowBgAlpha(1.0f); // opaque: the settings behind it must not show through
  ImGui::Begin("Keyboard shortcuts (F1 to close)", &settings.showHelp,
               ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings);
  // The boards' keys, from the boards themselves: a new board appears here by itself.
  std::string keys = "Ctrl+";
  std::string names = "Projector: ";
  for (std::size_t i = 0; i < m_boards.size(); ++i) {
    keys += std::string(i == 0 ? "" : " / ") + m_boards[i]->keyName();
    names += std::string(i == 0 ? "" : ", ") + m_boards[i]->shortName();
  }
  std::vector<std::array<const char*, 2>> rows = {
      {keys.c_str(), names.c_str()},
      {"Ctrl+1 / 2 / 3", "The view of the board showing"},
      {"Ctrl+E", "Close what is showing"},
      {"Ctrl+R", "Reveal the results of what is showing"},
      {"Ctrl+F (F on the projector)", "A text the projector shortened, in full; again for the next"}};
  for (const auto& tab : m_boards) {
    for (const auto& row : tab->helpRows())
      rows.push_back(row);
  }
  rows.push_back({"F1", "This help"});
  if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg)) {
    for (const auto& row : rows) {
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

} // namespace balcony::ui
