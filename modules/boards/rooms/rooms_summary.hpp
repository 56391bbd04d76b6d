// What crosses the wire between rooms: the summary a room makes of its own session (only what its
// room may see), the plenary's view of every room, and the merge it makes of them. Std only;
// compiled into core.
#pragma once

#include "belief/belief_aggregate.hpp"
#include "difference/difference_summary.hpp"
#include "poll/poll_summary.hpp"
#include "rooms/rooms_domain.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace balcony::core {

// A quick poll as the room shows it (only a poll shown live or revealed; counts withheld below the
// privacy threshold).
struct RoomPoll {
  std::string question;
  std::vector<std::string> options; // empty for a scale poll
  PollSummary figures;
};

struct RoomClarityItem {
  std::string what;
  std::string owner;
  std::string reviewDate;
};

// What one room publishes: only what its own projector may show. Belief and poll figures of a
// round the room has not revealed, pending or hidden text, tokens, single answers and groups below
// the room's privacy threshold never appear here (summarizeRoom enforces it).
struct RoomSummary {
  std::string room;
  std::uint64_t version = 0; // counts up with every change the room publishes
  Millis at = 0;             // when the room made it (the room's clock)
  std::string title;         // the room's session title
  int participants = 0;
  int present = 0;
  int privacyThreshold = kDefaultPrivacyThreshold;
  int beliefRound = 0; // the room's round shown (0: none revealed yet)
  bool beliefOpen = false;
  std::vector<BeliefSummary> beliefs; // one per belief, folded by the room's threshold
  std::optional<RoomPoll> poll;
  std::vector<PromptSummary> prompts;       // rated prompts, most divided first (notes left out)
  std::vector<StatementSummary> statements; // approved statements with votes
  std::vector<std::string> alerts;          // unresolved alerts, as the room's console words them
  std::vector<RoomClarityItem> clarity;     // items agreed for now
  std::vector<std::string> shared;          // approved reflections, newest last (at most 20)
};

// What one summary holds at most (a room's lists are far shorter; the plenary refuses longer).
inline constexpr std::size_t kMaxRoomPrompts = 100;
inline constexpr std::size_t kMaxRoomStatements = 200;
inline constexpr std::size_t kMaxRoomAlerts = 50;
inline constexpr std::size_t kMaxRoomClarity = 200;

// The summary of a session, as of `now`. `present` is the number of phones connected.
RoomSummary summarizeRoom(const SessionState& state, std::string room, int present, Millis now);

// One room as the plenary knows it.
struct EventRoom {
  RoomSummary summary;
  RoomLink link = RoomLink::Live;
  Millis since = 0;   // when the link took its state (the plenary's clock)
  Millis heardAt = 0; // when the plenary last heard from the room (0: only kept, not heard this run)
};

// The plenary's request to every room.
enum class RequestKind { Belief, Poll };
struct EventRequest {
  std::uint64_t id = 0; // counts up: a room acts on each id once
  RequestKind kind = RequestKind::Belief;
  std::string question; // a poll's question
  std::vector<std::string> options;
  Millis at = 0;
};

enum class EventRole { None, Room, Plenary };

// The link to the event, as the console, the projector and the terminal show it. Not stored: it
// comes with each snapshot from the federation side (as presence does).
struct EventLinkView {
  EventRole role = EventRole::None;
  std::string event;
  std::string room;   // this room's name (a room), or "plenary"
  std::string broker; // host:port
  bool connected = false;
  Millis downSince = 0;                // when the broker was lost (0: never connected or connected now)
  std::string problem;                 // a plain message saying what is wrong and what to do, or empty
  std::string joinHelp;                // the plenary with its own broker: what each room's facilitator types
  std::vector<EventRoom> rooms;        // the plenary: every room heard, by name
  std::optional<EventRequest> request; // a room: the plenary's request waiting for the facilitator
  bool autoAccept = false;
  std::uint64_t published = 0;             // a room: summaries sent this run
  std::optional<EventRequest> lastRequest; // the plenary: the last request it sent
};

// What a facilitator types to join an event (the console's form, the terminal's `join`, or the
// command line).
struct EventJoin {
  EventRole role = EventRole::Room;
  std::string event;
  std::string room;   // a room's name (the plenary's is "plenary")
  std::string broker; // ADDRESS:PORT
  std::string user;   // empty: the room's name, or "plenary"
  std::string password;
  bool autoAccept = false;
};

// What the console and the terminal may ask of the link to the event (federation::EventSwitch).
class EventPort {
public:
  virtual ~EventPort() = default;
  // Joins an event (leaving the one joined before); returns a problem in plain words, or empty.
  virtual std::string join(const EventJoin& join) = 0;
  // Leaves the event: a room says it has left. Nothing else changes in the meeting.
  virtual void leave() = 0;
  // The plenary: asks every room to open a belief check (question and options unused) or a poll.
  // Returns a problem in plain words, or empty once it is sent.
  virtual std::string askEveryRoom(RequestKind kind, std::string question, std::vector<std::string> options) = 0;
  // A room: accepts (opens it here, shown live) or declines the plenary's request waiting.
  virtual std::string answerRequest(bool accept) = 0;
  virtual void setAutoAccept(bool on) = 0;
};

// Across rooms: what the plenary's board and exports show.
struct RoomBeliefRow {
  std::string room;
  RoomLink link = RoomLink::Live;
  std::array<std::optional<double>, kBeliefCount> means; // unset: not revealed, or withheld
  int answered = 0;
};
struct CrossRoomPrompt {
  std::string room;
  PromptSummary prompt;
};
struct CrossRoomStatement {
  std::string room;
  StatementSummary statement;
};
struct EventFigures {
  std::vector<RoomBeliefRow> beliefByRoom;
  // By group across rooms: each group's answers summed over the rooms that show it.
  std::vector<BeliefSummary> beliefByGroup;                     // one per belief, overall across rooms and byGroup
  std::array<std::string, kBeliefCount> statements;             // the wording (of the first room that showed one)
  std::vector<CrossRoomPrompt> dividedPrompts;                  // most divided first, across every room
  std::vector<std::pair<std::string, std::string>> alerts;      // room, alert
  std::vector<std::pair<std::string, RoomClarityItem>> clarity; // room, item
  std::vector<std::pair<std::string, RoomPoll>> polls;          // room, its poll shown
  int participants = 0;
  int present = 0;
};
EventFigures mergeRooms(const std::vector<EventRoom>& rooms);

// "live", "stale since 14:05", "left at 15:30", given the clock time of the link's `since` (core
// reads no time zone: the caller formats it).
std::string roomLinkWords(RoomLink link, const std::string& clock);

} // namespace balcony::core
