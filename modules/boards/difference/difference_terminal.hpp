// The difference board's commands for the headless console (see app/terminal_commands.hpp).
#pragma once

#include "balcony/app/terminal_commands.hpp"

namespace balcony::app {

BoardTerminal terminalPart(std::type_identity<core::DifferenceBoard>);

} // namespace balcony::app
