// The fold step: one event changes the state, through its board's rule (applyEvent in
// modules/boards/<board>/<board>_rules.cpp). No validation here: decide() did it before storing.
// An event without a rule does not build.
#include "balcony/core/session_state.hpp"

#include <algorithm>

namespace balcony::core {

void apply(SessionState& state, const Event& event) {
  ++state.eventCount;
  state.lastEventAt = std::max(state.lastEventAt, event.at);
  std::visit([&](const auto& e) { applyEvent(state, e, event.at); }, event.body);
}

SessionState replay(const std::vector<Event>& events) {
  SessionState state;
  for (const auto& event : events) {
    apply(state, event);
  }
  return state;
}

} // namespace balcony::core
