// CLOCK_THREAD_CPUTIME_ID: the calling thread's CPU time, in nanoseconds.
#include "balcony/platform/thread_cpu_time.hpp"

#include <ctime>

namespace balcony::platform {

std::chrono::nanoseconds threadCpuTime() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return std::chrono::seconds(t.tv_sec) + std::chrono::nanoseconds(t.tv_nsec);
}

} // namespace balcony::platform
