// Clarity for now: what the board shows of the clarity items. Agreed items in the facilitator's
// order, proposals ranked by the energy participants put into them, and the review dates due.
// Every item is provisional whatever its status; hidden and unapproved ones are never listed.
#pragma once

#include "balcony/core/calendar.hpp"
#include "balcony/core/session_state.hpp"

#include <string>
#include <vector>

namespace balcony::core {

// Items agreed for now or reopened, in the facilitator's order.
std::vector<const ClarityItem*> agreedItems(const SessionState& state);

// Approved proposals, most energy first (ties keep the facilitator's order).
std::vector<const ClarityItem*> proposalsByEnergy(const SessionState& state);

// Whether an item's review date has come, given today's date as YYYY-MM-DD.
bool dueForReview(const ClarityItem& item, const std::string& today);

} // namespace balcony::core
