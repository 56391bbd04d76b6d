// Lists for the clarity board; the rules of what may be shown live here, not in the views.
#include "clarity/clarity_lists.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace balcony::core {

std::vector<const ClarityItem*> agreedItems(const SessionState& state) {
  std::vector<const ClarityItem*> out;
  for (const auto& item : state.clarity) {
    if (!item.hidden && item.approved && item.agreedForNow()) {
      out.push_back(&item);
    }
  }
  return out;
}

std::vector<const ClarityItem*> proposalsByEnergy(const SessionState& state) {
  std::vector<const ClarityItem*> out;
  for (const auto& item : state.clarity) {
    if (item.openForEnergy()) {
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
  // Calendar arithmetic only: core reads no time-zone file and calls no C library clock.
  const auto day = std::chrono::floor<std::chrono::days>(std::chrono::sys_time<std::chrono::milliseconds>(
      std::chrono::milliseconds(at)));
  const std::chrono::year_month_day date{day};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()));
  return buf;
}

} // namespace balcony::core
