// Windows sockets are kernel handles, not C library file descriptors: no per-process limit to raise
// below the 16 million handles a process may hold.
#include "balcony/platform/open_file_limit.hpp"

namespace balcony::platform {

std::uint64_t raiseOpenFileLimit() {
  return 16'000'000;
}

} // namespace balcony::platform
