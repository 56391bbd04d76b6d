// Lists for the clarity board; the rules of what may be shown live here, not in the views.
#include "clarity/clarity_lists.hpp"

#include <algorithm>

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

} // namespace balcony::core
