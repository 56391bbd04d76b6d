// What readers (console, projector, network) see: an immutable copy of the state at one moment.
// The ports through which they ask for changes are in ports.hpp.
#pragma once

#include "balcony/core/commands.hpp"
#include "balcony/core/session_state.hpp"
#include "belief/belief_trend_point.hpp"
#include "rooms/rooms_summary.hpp"

#include <cstdint>
#include <functional>
#include <memory>

namespace balcony::core {

// What the network side wants the facilitator to know, in plain words. When new participants wait
// from one address for the facilitator's answer, `waitingFrom` names it and `waiting` counts them.
struct NetworkNotice {
  std::string text;
  std::string waitingFrom;
  int waiting = 0;
  bool operator==(const NetworkNotice&) const = default;
};

struct Snapshot {
  std::uint64_t version = 0;
  SessionState state;
  int present = 0;                           // participants connected now (not stored: it is not an event)
  std::vector<NetworkNotice> networkNotices; // from the network side, for the console (not stored)
  std::string storageError;                  // non-empty when the last write failed: the facilitator must know
  int failedSaves = 0;                       // batches that could not be saved since the last one that was
  // Belief trend of the earlier sessions in this series, oldest first (read once at start-up).
  std::shared_ptr<const std::vector<TrendPoint>> history;
  // The link to an event of many rooms (not stored: it comes from the federation side), or null.
  std::shared_ptr<const EventLinkView> event;
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

struct CommandResult {
  std::optional<CommandError> error;
  ParticipantId participant = 0;
  std::uint64_t version = 0; // the snapshot version that includes this command's events
};

} // namespace balcony::core
