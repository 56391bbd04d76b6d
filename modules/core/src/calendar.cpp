// Calendar arithmetic only: core reads no time-zone file and calls no C library clock.
#include "balcony/core/calendar.hpp"

#include <chrono>
#include <cstdio>

namespace balcony::core {

std::string isoDate(Millis at) {
  const auto day = std::chrono::floor<std::chrono::days>(
      std::chrono::sys_time<std::chrono::milliseconds>(std::chrono::milliseconds(at)));
  const std::chrono::year_month_day date{day};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()));
  return buf;
}

} // namespace balcony::core
