// Which session a run opens, and how a new one starts: created with a title, a room code and the
// groups, carried on from the last meeting of its series, or set up from a template.
#pragma once

#include "command_line.hpp"

#include "balcony/core/session_state.hpp"
#include "balcony/engine/engine.hpp"
#include "balcony/store/store.hpp"

#include <optional>

namespace balcony::app {

struct ChosenSession {
  store::SessionId id = 0;
  std::vector<std::string> groups;            // for a session still to be created
  std::optional<core::SessionState> previous; // the last meeting of the series, for --new-session
  std::string endedRoomCode; // the code of the latest session before this run, when that is another one
};

// Opens, continues or creates the session the options ask for. Throws StoreError; returns nullopt
// (having said why) when the session asked for does not exist.
std::optional<ChosenSession> chooseSession(store::Store& db, const RunOptions& options);

// Creates the session in a new run: title, room code, groups, then what carries on and the
// template. False (having said why) if it could not be created.
bool setUpNewSession(engine::Engine& engine, const ChosenSession& chosen, const RunOptions& options);

} // namespace balcony::app
