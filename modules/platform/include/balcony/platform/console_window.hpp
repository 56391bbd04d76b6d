// On Windows, a program started by a double-click gets a console window of its own. With the
// console and projector windows open it only gets in the way, so Balcony lets it go; a console
// that Balcony shares with the terminal it was started from stays.
#pragma once

namespace balcony::platform {

// Closes a console window that exists only for this process. Nothing on Linux.
void releaseOwnConsole();

} // namespace balcony::platform
