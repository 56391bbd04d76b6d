// The time of day in milliseconds since 1970 (UTC): the clock commands are stamped with. The one
// definition the app, the windows, the wire and the tests and benchmarks share.
#pragma once

#include <chrono>
#include <cstdint>

namespace balcony::platform {

inline std::int64_t wallClock() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

} // namespace balcony::platform
