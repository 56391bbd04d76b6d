// The gate between untrusted input and the event log: each command goes to its board's rule
// (decideCommand in modules/boards/<board>/<board>_rules.cpp). A command without one does not build.
#include "balcony/core/rule_helpers.hpp"

namespace balcony::core {

Decision decide(const SessionState& state, const Command& command) {
  if (!state.created && !std::holds_alternative<CreateSession>(command.body)) {
    return rules::fail(ErrorCode::Conflict, "No session has been set up yet.");
  }
  return std::visit([&](const auto& c) -> Decision { return decideCommand(state, c, command.at); }, command.body);
}

} // namespace balcony::core
