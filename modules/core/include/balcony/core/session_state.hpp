// The state of one session, rebuilt by folding its events. Plain data; readers get it in snapshots.
#pragma once

#include "balcony/core/commands.hpp"
#include "balcony/core/events.hpp"
#include "balcony/core/types.hpp"

#include <array>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace balcony::core {

// Every part's slice side by side: the session's own (session_part.hpp), then each board's.
struct SessionState : PartStates {};

// Checks a command against the state. Pure: the same state and command give the same decision.
Decision decide(const SessionState& state, const Command& command);

// Applies one event. Events come from decide() or from the stored log, so they are trusted.
void apply(SessionState& state, const Event& event);

SessionState replay(const std::vector<Event>& events);

} // namespace balcony::core
