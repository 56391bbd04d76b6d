// Decides a command and applies its events, as the engine does: the core tests' one step.
#pragma once

#include "balcony/core/session_state.hpp"

namespace balcony::test {

inline core::Decision run(core::SessionState& state, core::CommandBody body, core::Millis at = 1000) {
  auto d = core::decide(state, core::Command{at, std::move(body)});
  for (auto& e : d.events) {
    core::apply(state, core::Event{at, e});
  }
  return d;
}

} // namespace balcony::test
