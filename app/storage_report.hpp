// Tells the facilitator at a terminal, the moment it happens, that answers stopped being saved
// (disk full, database read-only, ...) and when they are saved again: headless Balcony has no
// console window to show the banner in.
#pragma once

#include "balcony/engine/engine.hpp"

#include <iosfwd>

namespace balcony::app {

// A listener for the engine's snapshots that writes one line to `out` when saving starts failing
// and one when it works again. Add it before the engine starts.
engine::Engine::Listener storageReport(std::ostream& out);

} // namespace balcony::app
