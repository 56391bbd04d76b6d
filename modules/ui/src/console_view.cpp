// The facilitator's console: status, how to join, and the belief check controls with shortcuts.
#include "views.hpp"

#include <GLFW/glfw3.h>

#include <cstring>

namespace balcony::ui {

void ConsoleView::send(core::CommandPort& port, core::CommandBody body, std::string done) {
  m_feedback->set("Working...");
  port.submit({0, std::move(body)}, [feedback = m_feedback, done = std::move(done)](const core::CommandResult& r) {
    feedback->set(r.error ? "Could not do that: " + r.error->message : done);
  });
}

void ConsoleView::draw(const core::Snapshot& snapshot, core::CommandPort& port, const ConsoleInfo& info) {
  const auto* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::Begin("console", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
  const auto& state = snapshot.state;
  ImGui::PushFont(info.fonts.heading);
  ImGui::TextUnformatted(state.title.c_str());
  ImGui::PopFont();

  if (!snapshot.storageError.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(200, 40, 20, 255));
    ImGui::TextWrapped("%s", snapshot.storageError.c_str());
    ImGui::TextWrapped("Participants are being told their answers were not saved. Free disk space or check the "
                       "database file, then ask them to answer again.");
    ImGui::PopStyleColor();
  }

  ImGui::Text("Join address:");
  ImGui::SameLine();
  ImGui::TextUnformatted(info.joinUrl.c_str());
  ImGui::Text("Room code: %s    Present: %d    Joined this session: %zu", state.roomCode.c_str(), snapshot.present,
              state.participants.size());
  ImGui::TextDisabled("Database: %s", info.databasePath.c_str());
  ImGui::Separator();

  drawBeliefControls(snapshot, port, info);

  ImGui::Separator();
  ImGui::TextWrapped("%s", m_feedback->get().c_str());
  ImGui::End();
}

void ConsoleView::drawBeliefControls(const core::Snapshot& snapshot, core::CommandPort& port, const ConsoleInfo& info) {
  const auto* round = snapshot.state.currentRound();
  if (!m_statementsLoaded) {
    const auto& source = round != nullptr ? round->statements : core::kDefaultBeliefStatements;
    for (std::size_t i = 0; i < core::kBeliefCount; ++i) {
      std::strncpy(m_statements[i].data(), source[i].c_str(), m_statements[i].size() - 1);
    }
    m_scale = round != nullptr && round->scaleMax == 10 ? 1 : 0;
    m_statementsLoaded = true;
  }

  ImGui::PushFont(info.fonts.heading);
  ImGui::TextUnformatted("Belief check");
  ImGui::PopFont();
  if (round == nullptr) {
    ImGui::TextDisabled("Not run yet in this session.");
  } else {
    ImGui::Text("Round %d is %s%s. %zu answered.", round->number, round->open ? "open" : "closed",
                round->revealed ? " and revealed" : ", results hidden", round->answers.size());
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

  const auto& io = ImGui::GetIO();
  const bool ctrl = io.KeyCtrl && !io.WantTextInput;
  const bool openKey = ctrl && ImGui::IsKeyPressed(GLFW_KEY_O, false);
  const bool closeKey = ctrl && ImGui::IsKeyPressed(GLFW_KEY_E, false);
  const bool revealKey = ctrl && ImGui::IsKeyPressed(GLFW_KEY_R, false);

  if (ImGui::Button("Open a new round  (Ctrl+O)") || openKey) {
    core::OpenRound open;
    for (std::size_t i = 0; i < core::kBeliefCount; ++i) {
      open.statements[i] = m_statements[i].data();
    }
    open.scaleMin = m_scale == 0 ? 1 : 0;
    open.scaleMax = m_scale == 0 ? 5 : 10;
    send(port, open, "A new round is open: participants can answer now.");
  }
  ImGui::SameLine();
  ImGui::BeginDisabled(round == nullptr || !round->open);
  if (ImGui::Button("Close  (Ctrl+E)") || (closeKey && round != nullptr && round->open)) {
    send(port, core::CloseRound{}, "The round is closed: no more answers.");
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(round == nullptr || round->revealed);
  if (ImGui::Button("Reveal results  (Ctrl+R)") || (revealKey && round != nullptr && !round->revealed)) {
    send(port, core::RevealResults{}, "Results are on the projector and on participants' phones.");
  }
  ImGui::EndDisabled();
}

} // namespace balcony::ui
