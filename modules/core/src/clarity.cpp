// Lists for the clarity board; the rules of what may be shown live here, not in the views.
#include "balcony/core/clarity.hpp"

#include <algorithm>
#include <ctime>

namespace balcony::core {

std::vector<const ClarityItem*> agreedItems(const SessionState& state) {
  std::vector<const ClarityItem*> out;
  for (const auto& item : state.clarity) {
    if (!item.hidden && item.approved &&
        (item.status == ClarityStatus::Agreed || item.status == ClarityStatus::Reopened)) {
      out.push_back(&item);
    }
  }
  return out;
}

std::vector<const ClarityItem*> proposalsByEnergy(const SessionState& state) {
  std::vector<const ClarityItem*> out;
  for (const auto& item : state.clarity) {
    if (!item.hidden && item.approved && item.status == ClarityStatus::Proposed) {
      out.push_back(&item);
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const ClarityItem* a, const ClarityItem* b) { return a->energy.size() > b->energy.size(); });
  return out;
}

bool dueForReview(const ClarityItem& item, const std::string& today) {
  return !item.fields.reviewDate.empty() && item.fields.reviewDate <= today && item.status != ClarityStatus::Done &&
         item.status != ClarityStatus::Dropped;
}

std::string isoDate(Millis at) {
  const auto seconds = static_cast<std::time_t>(at / 1000);
  std::tm local{};
  gmtime_r(&seconds, &local);  // arithmetic only: core reads no time-zone file
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
  return buf;
}

} // namespace balcony::core
