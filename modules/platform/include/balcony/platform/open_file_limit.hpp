// Each phone holds a socket. Linux allows 1,024 open files per process unless asked for more;
// Windows has no such limit on sockets.
#pragma once

#include <cstdint>

namespace balcony::platform {

// Raises this process's limit on open files as far as the OS allows; returns the limit now in
// force (a large number where the OS sets none).
std::uint64_t raiseOpenFileLimit();

} // namespace balcony::platform
