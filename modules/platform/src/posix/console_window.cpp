// A Linux program started from a menu has no terminal window of its own to close.
#include "balcony/platform/console_window.hpp"

namespace balcony::platform {

void releaseOwnConsole() {}

} // namespace balcony::platform
