// The belief board's tab of the facilitator's console (see console_tab.hpp).
#pragma once

#include "balcony/ui/console_tab.hpp"

namespace balcony::ui {

std::unique_ptr<BoardConsoleTab> makeConsoleTab(std::type_identity<core::BeliefBoard>);

} // namespace balcony::ui
