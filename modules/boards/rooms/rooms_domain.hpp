// Many rooms, one event: the rooms board's domain part. Each room's Balcony publishes a summary of
// what its own room may see (privacy-folded, approved only) to an MQTT broker; the plenary's
// Balcony reads every room's and shows them side by side (rooms_summary.hpp). The board's one
// stored event: the plenary keeps each room's latest summary in its own session, so its exports
// hold every room. Std only; compiled into core.
#pragma once

#include "balcony/core/type_list.hpp"
#include "balcony/core/types.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace balcony::core {

struct SessionState;
struct Decision;

// Names of an event and a room: what the facilitators type, and the topic the broker files them
// under (letters, digits, '-' and '_' only, so a name can never reach another room's topic).
inline constexpr std::size_t kMaxRoomNameLength = 40;
bool validRoomName(std::string_view name);

// A room's link as the plenary sees it.
enum class RoomLink { Live, Stale, Left };

constexpr std::string_view roomLinkName(RoomLink l) {
  switch (l) {
  case RoomLink::Live: return "live";
  case RoomLink::Stale: return "stale";
  case RoomLink::Left: return "left";
  }
  return "";
}
constexpr std::optional<RoomLink> roomLinkFromName(std::string_view n) {
  for (auto l : {RoomLink::Live, RoomLink::Stale, RoomLink::Left}) {
    if (roomLinkName(l) == n) return l;
  }
  return std::nullopt;
}

// Stored: the plenary keeps a room's latest summary (as the JSON it arrived in) and its link.
struct RoomKept {
  std::string room;
  std::uint64_t version = 0;
  std::string summary;
  RoomLink link = RoomLink::Live;
  Millis since = 0;
};

// The plenary's link keeps a room (through the facilitator's port): the command is the event.
using KeepRoom = RoomKept;

struct KeptRoom {
  std::uint64_t version = 0;
  std::string summary;
  RoomLink link = RoomLink::Live;
  Millis since = 0;
};

struct RoomsState {
  std::map<std::string, KeptRoom> keptRooms;
};

// A summary, as kept, is JSON and at most this long.
inline constexpr std::size_t kMaxRoomSummaryBytes = 512 * 1024;

struct RoomsBoard {
  static constexpr Board kBoard = Board::Rooms;
  static constexpr std::string_view kName = "rooms"; // stored and on the wire: never renamed
  using Events = TypeList<RoomKept>;
  using ParticipantCommands = TypeList<>;
  using FacilitatorCommands = TypeList<KeepRoom>;
  using State = RoomsState;
};

Decision decideCommand(const SessionState& state, const KeepRoom& c, Millis now);
void applyEvent(SessionState& state, const RoomKept& e, Millis at);

} // namespace balcony::core
