// What readers (console, projector, network) see: an immutable copy of the state at one moment,
// and the port through which they ask for changes.
#pragma once

#include "balcony/core/belief_aggregate.hpp"
#include "balcony/core/commands.hpp"
#include "balcony/core/session_state.hpp"

#include <cstdint>
#include <functional>
#include <memory>

namespace balcony::core {

struct Snapshot {
  std::uint64_t version = 0;
  SessionState state;
  int present = 0;          // participants connected now (not stored: it is not an event)
  std::string storageError; // non-empty when the last write failed: the facilitator must know
  int failedSaves = 0;      // batches that could not be saved since the last one that was
  // Belief trend of the earlier sessions in this series, oldest first (read once at start-up).
  std::shared_ptr<const std::vector<TrendPoint>> history;
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

struct CommandResult {
  std::optional<CommandError> error;
  ParticipantId participant = 0;
  std::uint64_t version = 0; // the snapshot version that includes this command's events
};

// Implemented by the engine. submit() may be called from any thread; the reply runs on the
// engine's thread after the command's events are committed (or rejected).
class CommandPort {
public:
  using Reply = std::function<void(const CommandResult&)>;
  virtual ~CommandPort() = default;
  virtual void submit(Command command, Reply reply) = 0;
  virtual SnapshotPtr snapshot() const = 0;
  virtual void setPresent(int present) = 0;
};

} // namespace balcony::core
