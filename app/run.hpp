// One run of a meeting: the database, the engine, the participants' server and the console
// (windows, or the terminal when headless), until the facilitator stops.
#pragma once

#include "command_line.hpp"

namespace balcony::app {

// The exit status; *reopen is set when the console asked to open another session next.
int run(const RunOptions& options, store::SessionId* reopen);

} // namespace balcony::app
