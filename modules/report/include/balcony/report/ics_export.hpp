// iCalendar (RFC 5545) of the clarity items' review dates, for the facilitator's calendar.
#pragma once

#include "balcony/core/session_state.hpp"

#include <string>

namespace balcony::report {

// One all-day event per open item with a review date. `sessionKey` makes the event UIDs stable,
// so importing an export again updates the events instead of adding copies.
std::string icsReviewDates(const core::SessionState& state, const std::string& sessionKey);

// RFC 5545 TEXT escaping: backslash, semicolon, comma and newlines.
std::string icsText(const std::string& text);

} // namespace balcony::report
