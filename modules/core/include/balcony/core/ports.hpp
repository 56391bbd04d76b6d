// The two ways in to a session, kept apart by type: a phone may only do what a participant does
// (and report who is connected); the console may only do what a facilitator does. The network
// cannot name a facilitator action, and the console cannot set presence, even by mistake.
#pragma once

#include "balcony/core/commands.hpp"
#include "balcony/core/snapshot.hpp"

#include <functional>
#include <string>
#include <vector>

namespace balcony::core {

using Reply = std::function<void(const CommandResult&)>;

class SnapshotSource {
public:
  virtual ~SnapshotSource() = default;
  virtual SnapshotPtr snapshot() const = 0;
};

// What the network may do. submit() may be called from any thread; the reply runs on the engine's
// thread after the command's events are committed (or rejected).
class ParticipantPort : public SnapshotSource {
public:
  using Reply = core::Reply;
  virtual void submit(ParticipantCommand command, Reply reply) = 0;
  // Participants connected now (each counted once, however many connections they have).
  virtual void setPresent(int present) = 0;
  // What the facilitator should know about the network, in plain words (repeated wrong room codes
  // from one address, ...); the latest list replaces the one before. Shown on the console.
  virtual void setNetworkNotices(std::vector<NetworkNotice> notices) = 0;
};

// What the console (windows or terminal) may do.
class FacilitatorPort : public SnapshotSource {
public:
  using Reply = core::Reply;
  virtual void submit(FacilitatorCommand command, Reply reply) = 0;
};

} // namespace balcony::core
