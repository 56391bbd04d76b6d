// localtime_s(): the C runtime's reentrant form on Windows (arguments the other way round).
#include "balcony/platform/local_time.hpp"

namespace balcony::platform {

std::tm localTime(std::time_t when) {
  std::tm local{};
  localtime_s(&local, &when);
  return local;
}

} // namespace balcony::platform
