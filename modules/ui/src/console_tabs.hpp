// The console's own tabs, beside the boards' (modules/boards/<board>/<board>_console.cpp).
#pragma once

#include "balcony/ui/console_tab.hpp"

namespace balcony::ui {

std::unique_ptr<ConsoleTab> makeSetupTab();      // title, groups, next session, exports, templates
std::unique_ptr<ConsoleTab> makePresentTab();    // the presenter's view: the wall, the next press, the room
std::unique_ptr<ConsoleTab> makePlanTab();       // the session plan, and saving it as a template
std::unique_ptr<ConsoleTab> makeModerationTab(); // participants' statements and notes
std::unique_ptr<ConsoleTab> makeLibraryTab();    // every session in the database
std::unique_ptr<ConsoleTab> makeSettingsTab();   // privacy threshold, avoidance signals, theme

} // namespace balcony::ui
