// The calendar fields of a moment in the computer's own time zone (localtime_r / localtime_s):
// the C library's localtime() shares one buffer between threads.
#pragma once

#include <ctime>

namespace balcony::platform {

std::tm localTime(std::time_t when);

} // namespace balcony::platform
