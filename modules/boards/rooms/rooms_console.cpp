// The rooms board's console tab. The plenary sees each room's state (live, stale since 14:05, left
// at 15:30), its people and belief means, what each room's facilitator types to join, and asks
// every room at once for a belief check or a quick poll. A room sees its link to the event and the
// plenary's requests.
#include "rooms/rooms_console.hpp"
#include "balcony/core/figures.hpp"

#include "rooms/rooms_projector.hpp"

#include <cstdio>
#include <sstream>
#include <string>

namespace balcony::ui {
namespace {

core::EventPort* eventPort(const ConsoleContext& ctx) {
  return ctx.info.options != nullptr ? ctx.info.options->event : nullptr;
}

std::string requestWords(const core::EventRequest& r) {
  return r.kind == core::RequestKind::Belief ? "open a belief check (shown live)"
                                             : "open the poll \"" + r.question + "\"";
}

class RoomsTab final : public BoardConsoleTab {
public:
  const char* title() const override { return "Rooms"; }
  core::Board board() const override { return core::Board::Rooms; }
  int showKey() const override { return GLFW_KEY_M; }
  const char* keyName() const override { return "M"; }
  const char* shortName() const override { return "every room of the event"; }
  const char* projectorLabel() const override { return "Rooms (Ctrl+M)"; }
  const char* shownMessage() const override { return "The projector shows every room of the event."; }

  std::vector<std::array<const char*, 2>> helpRows() const override {
    return {{"Ctrl+M", "Rooms: every room of the event side by side (the plenary)"},
            {"Ctrl+Y", "Accept the plenary's request (a room)"}};
  }

  void drawContent(const core::Snapshot& snapshot, ConsoleContext& ctx) override {
    const auto* link = snapshot.event.get();
    if (link == nullptr || link->role == core::EventRole::None) {
      drawJoin(ctx);
      const auto kept = roomsToShow(snapshot);
      if (!kept.empty()) {
        ImGui::Separator();
        ImGui::TextWrapped("This session kept %zu rooms from its event; the projector and the exports show them.",
                           kept.size());
        drawRooms(kept);
      }
      return;
    }
    if (link->role == core::EventRole::Room) {
      drawRoom(*link, ctx);
    } else {
      drawPlenary(*link, ctx);
    }
    ImGui::Separator();
    if (auto* port = eventPort(ctx); port != nullptr && smallButton("Leave the event")) {
      port->leave();
      ctx.feedback->set("Left the event: this room's meeting goes on as before.");
    }
  }

private:
  // Joining while the meeting runs: what the plenary's console (or its facilitator) gave.
  void drawJoin(ConsoleContext& ctx) {
    auto* port = eventPort(ctx);
    ImGui::TextWrapped("Join an event of many rooms: this room's figures then reach the plenary, and the plenary can "
                       "ask every room at once. Type what the plenary's facilitator gave you (their Rooms tab shows "
                       "it). To start the plenary's own broker, start Balcony with --plenary --event NAME --rooms "
                       "room-1,room-2 --start-broker.");
    ImGui::RadioButton("As a room", &m_asPlenary, 0);
    ImGui::SameLine();
    ImGui::RadioButton("As the plenary", &m_asPlenary, 1);
    const float w = ImGui::GetFontSize() * 16;
    ImGui::SetNextItemWidth(w);
    ImGui::InputTextWithHint("Event", "spring-forum", m_event.data(), m_event.size());
    if (m_asPlenary == 0) {
      ImGui::SetNextItemWidth(w);
      ImGui::InputTextWithHint("Room", "room-3", m_room.data(), m_room.size());
    }
    ImGui::SetNextItemWidth(w);
    ImGui::InputTextWithHint("Broker", "192.168.1.20:1884", m_broker.data(), m_broker.size());
    ImGui::SetNextItemWidth(w);
    ImGui::InputText("Password", m_password.data(), m_password.size(), ImGuiInputTextFlags_Password);
    ImGui::BeginDisabled(port == nullptr);
    if (button("Join the event")) {
      core::EventJoin join;
      join.role = m_asPlenary != 0 ? core::EventRole::Plenary : core::EventRole::Room;
      join.event = m_event.data();
      join.room = m_room.data();
      join.broker = m_broker.data();
      join.password = m_password.data();
      const auto problem = port->join(join);
      ctx.feedback->set(problem.empty()
                            ? "Joining event '" + join.event + "': the line above says when it is connected."
                            : "Could not join: " + problem);
    }
    ImGui::EndDisabled();
    if (port == nullptr) ImGui::TextDisabled("This build of Balcony cannot join an event.");
  }

  void drawRooms(const std::vector<core::EventRoom>& rooms) {
    if (!ImGui::BeginTable("rooms", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn("Room");
    ImGui::TableSetupColumn("State");
    ImGui::TableSetupColumn("People (here now)");
    ImGui::TableSetupColumn("Belief means");
    ImGui::TableSetupColumn("Alerts");
    ImGui::TableSetupColumn("Last heard");
    ImGui::TableHeadersRow();
    for (const auto& r : rooms) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(r.summary.room.c_str());
      ImGui::TableNextColumn();
      const auto words = core::roomLinkWords(r.link, clockOf(r.since));
      if (r.link == core::RoomLink::Live) {
        ImGui::TextUnformatted(words.c_str());
      } else {
        ImGui::PushStyleColor(ImGuiCol_Text, warningText());
        ImGui::TextUnformatted(words.c_str());
        ImGui::PopStyleColor();
      }
      ImGui::TableNextColumn();
      ImGui::Text("%d (%d)", r.summary.participants, r.summary.present);
      ImGui::TableNextColumn();
      std::string means;
      for (const auto& b : r.summary.beliefs) {
        means += (means.empty() ? "" : "  ") + (b.overall.answered > 0 ? core::meanFigure(b.overall.mean) : "–");
      }
      ImGui::TextUnformatted(means.empty() ? "none shown yet" : means.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%zu", r.summary.alerts.size());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(r.heardAt != 0 ? clockOf(r.heardAt).c_str() : "kept");
    }
    ImGui::EndTable();
  }

  void drawPlenary(const core::EventLinkView& link, ConsoleContext& ctx) {
    ImGui::Text("The plenary of event '%s', broker %s: %s", link.event.c_str(), link.broker.c_str(),
                link.connected ? "connected" : "not connected");
    if (!link.joinHelp.empty()) {
      ImGui::TextWrapped("What each room's facilitator types (or starts Balcony with):");
      ImGui::InputTextMultiline("##join", const_cast<char*>(link.joinHelp.c_str()), link.joinHelp.size() + 1,
                                ImVec2(-1, ImGui::GetTextLineHeightWithSpacing() * 4.5f), ImGuiInputTextFlags_ReadOnly);
    }
    ImGui::Separator();
    auto* port = eventPort(ctx);
    ImGui::BeginDisabled(port == nullptr || !link.connected);
    if (button("Open a belief check in every room")) {
      const auto problem = port->askEveryRoom(core::RequestKind::Belief, "", {});
      ctx.feedback->set(problem.empty() ? "Asked every room to open a belief check." : problem);
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22);
    ImGui::InputTextWithHint("##pollq", "A quick poll for every room: question | option | option", m_poll.data(),
                             m_poll.size());
    ImGui::SameLine();
    if (button("Ask every room")) {
      std::vector<std::string> parts;
      std::stringstream ss(m_poll.data());
      std::string part;
      while (std::getline(ss, part, '|')) {
        const auto a = part.find_first_not_of(' ');
        const auto b = part.find_last_not_of(' ');
        if (a != std::string::npos) parts.push_back(part.substr(a, b - a + 1));
      }
      const std::string question = parts.empty() ? "" : parts.front();
      if (!parts.empty()) parts.erase(parts.begin());
      const auto problem = port->askEveryRoom(core::RequestKind::Poll, question, parts);
      ctx.feedback->set(problem.empty() ? "Asked every room: " + question : problem);
    }
    ImGui::EndDisabled();
    if (link.lastRequest) {
      ImGui::TextDisabled("Last asked at %s: %s", clockOf(link.lastRequest->at).c_str(),
                          requestWords(*link.lastRequest).c_str());
    }
    ImGui::Separator();
    if (link.rooms.empty()) {
      ImGui::TextDisabled("No room has been heard yet.");
      return;
    }
    drawRooms(link.rooms);
  }

  void drawRoom(const core::EventLinkView& link, ConsoleContext& ctx) {
    ImGui::Text("Room '%s' of event '%s', broker %s: %s", link.room.c_str(), link.event.c_str(), link.broker.c_str(),
                link.connected ? "connected" : "plenary link down");
    ImGui::Text("Summaries sent to the plenary this run: %llu", static_cast<unsigned long long>(link.published));
    ImGui::TextWrapped("The plenary sees what this room's screen shows: belief figures by group (above the privacy "
                       "threshold) once shown here, prompts with their divergence, approved statements with their "
                       "votes, alerts, clarity agreed and approved reflections. Never who answered, a single "
                       "answer, or anything waiting or hidden.");
    bool autoAccept = link.autoAccept;
    auto* port = eventPort(ctx);
    if (ImGui::Checkbox("Accept the plenary's requests at once", &autoAccept) && port != nullptr) {
      port->setAutoAccept(autoAccept);
    }
  }

  std::array<char, 512> m_poll{};
  int m_asPlenary = 0;
  std::array<char, 64> m_event{};
  std::array<char, 64> m_room{};
  std::array<char, 128> m_broker{};
  std::array<char, 128> m_password{};
};

} // namespace

std::unique_ptr<BoardConsoleTab> makeConsoleTab(std::type_identity<core::RoomsBoard>) {
  return std::make_unique<RoomsTab>();
}

void drawEventStrip(const core::Snapshot& snapshot, ConsoleContext& ctx) {
  const auto* link = snapshot.event.get();
  if (link == nullptr || link->role == core::EventRole::None) return;
  auto* port = eventPort(ctx);
  if (link->role == core::EventRole::Room) {
    ImGui::Text("Event '%s', room '%s':", link->event.c_str(), link->room.c_str());
    ImGui::SameLine();
    if (link->connected) {
      ImGui::TextUnformatted("the plenary sees this room.");
    } else {
      ImGui::PushStyleColor(ImGuiCol_Text, warningText());
      ImGui::TextUnformatted(link->downSince != 0 ? ("plenary link down since " + clockOf(link->downSince)).c_str()
                                                  : "plenary link down");
      ImGui::PopStyleColor();
    }
  } else {
    std::size_t live = 0;
    for (const auto& r : link->rooms)
      live += r.link == core::RoomLink::Live ? 1 : 0;
    ImGui::Text("Plenary of event '%s': %zu of %zu rooms live (Ctrl+M shows them).", link->event.c_str(), live,
                link->rooms.size());
  }
  if (!link->problem.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, warningText());
    ImGui::TextWrapped("%s", link->problem.c_str());
    ImGui::PopStyleColor();
  }
  if (link->request && port != nullptr) {
    ImGui::PushStyleColor(ImGuiCol_Text, accentText());
    ImGui::TextWrapped("The plenary asks every room to %s.", requestWords(*link->request).c_str());
    ImGui::PopStyleColor();
    const bool key = ctrlKey(GLFW_KEY_Y);
    if (button("Accept (Ctrl+Y)") || key) ctx.feedback->set(port->answerRequest(true));
    ImGui::SameLine();
    if (button("Decline")) ctx.feedback->set(port->answerRequest(false));
  }
}

} // namespace balcony::ui
