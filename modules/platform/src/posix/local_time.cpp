// localtime_r(): the reentrant form, safe while other threads format dates.
#include "balcony/platform/local_time.hpp"

namespace balcony::platform {

std::tm localTime(std::time_t when) {
  std::tm local{};
  localtime_r(&when, &local);
  return local;
}

} // namespace balcony::platform
