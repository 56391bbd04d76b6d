// GetConsoleProcessList() counts the processes sharing our console: one means Windows made it for
// us (a double-click in Explorer), so it can go; more means a terminal the facilitator uses.
#include "balcony/platform/console_window.hpp"

#include <windows.h>

namespace balcony::platform {

void releaseOwnConsole() {
  DWORD processes[2] = {};
  if (GetConsoleWindow() != nullptr && GetConsoleProcessList(processes, 2) == 1) {
    FreeConsole();
  }
}

} // namespace balcony::platform
