// GetThreadTimes(): kernel and user time of the calling thread, in 100 ns units.
#include "balcony/platform/thread_cpu_time.hpp"

#include <windows.h>

namespace balcony::platform {
namespace {

std::uint64_t ticks(const FILETIME& t) {
  return (static_cast<std::uint64_t>(t.dwHighDateTime) << 32) | t.dwLowDateTime;
}

} // namespace

std::chrono::nanoseconds threadCpuTime() {
  FILETIME created{};
  FILETIME exited{};
  FILETIME kernel{};
  FILETIME user{};
  if (!GetThreadTimes(GetCurrentThread(), &created, &exited, &kernel, &user)) {
    return {};
  }
  return std::chrono::nanoseconds(static_cast<std::int64_t>((ticks(kernel) + ticks(user)) * 100));
}

} // namespace balcony::platform
