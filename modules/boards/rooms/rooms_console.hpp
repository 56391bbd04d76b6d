// The rooms board's tab of the facilitator's console (see console_tab.hpp), and the event strip the
// console shows above every tab while this Balcony is part of an event.
#pragma once

#include "balcony/ui/console_tab.hpp"

namespace balcony::ui {

std::unique_ptr<BoardConsoleTab> makeConsoleTab(std::type_identity<core::RoomsBoard>);

// One line under the console's status: the link to the event, its problem in plain words, and (a
// room) the plenary's request waiting, with Accept (Ctrl+Y) and Decline. Nothing outside an event.
void drawEventStrip(const core::Snapshot& snapshot, ConsoleContext& ctx);

} // namespace balcony::ui
