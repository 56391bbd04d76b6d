// Dates as people write them, from core's milliseconds: for review dates, export names, the library.
#pragma once

#include "balcony/core/types.hpp"

#include <string>

namespace balcony::core {

// YYYY-MM-DD of a moment, in UTC: core reads no clock, file or time zone (a UK meeting is at most
// an hour off, which only matters for a review date checked just after midnight).
std::string isoDate(Millis at);

} // namespace balcony::core
