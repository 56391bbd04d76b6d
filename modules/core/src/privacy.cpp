// The privacy rule for by-group figures: small groups folded, and the folded remainder large enough
// that subtracting the shown groups from the whole gives nobody away.
#include "balcony/core/privacy.hpp"

#include "balcony/core/group_folding.hpp"

#include <algorithm>
#include <map>

namespace balcony::core {

bool GroupsShown::isShown(const std::string& group) const {
  return std::find(shown.begin(), shown.end(), group) != shown.end();
}

std::string GroupsShown::labelOf(const std::string& group) const {
  if (isShown(group)) return group;
  return otherGroups ? kOtherGroups : "";
}

GroupsShown groupsShown(const std::vector<GroupSize>& sizes, int threshold) {
  GroupsShown out;
  std::vector<const GroupSize*> shown;
  for (const auto& g : sizes) {
    if (g.answered <= 0) continue;
    if (g.answered >= threshold) {
      shown.push_back(&g);
    } else {
      out.folded.push_back(g.group);
      out.foldedAnswers += g.answered;
    }
  }
  // Secondary suppression: a remainder below the threshold would be the whole minus the shown.
  while (out.foldedAnswers > 0 && out.foldedAnswers < threshold && !shown.empty()) {
    // The smallest shown group; of equal ones, the last in order (the first keep their place).
    auto smallest = shown.begin();
    for (auto it = shown.begin(); it != shown.end(); ++it) {
      if ((*it)->answered <= (*smallest)->answered) smallest = it;
    }
    out.folded.push_back((*smallest)->group);
    out.foldedAnswers += (*smallest)->answered;
    shown.erase(smallest);
  }
  for (const auto* g : shown)
    out.shown.push_back(g->group);
  out.otherGroups = out.foldedAnswers > 0 && out.foldedAnswers >= threshold;
  return out;
}

namespace detail {

void foldToo(GroupsShown& decision, const std::vector<GroupSize>& sizes, const std::set<std::string>& groups,
             int threshold) {
  for (const auto& g : sizes) {
    if (groups.count(g.group) == 0 || !decision.isShown(g.group)) continue;
    std::erase(decision.shown, g.group);
    decision.folded.push_back(g.group);
    decision.foldedAnswers += g.answered;
  }
  decision.otherGroups = decision.foldedAnswers > 0 && decision.foldedAnswers >= threshold;
}

std::set<std::string> neverShown(const SessionState& state, const std::vector<GroupSize>& sizes,
                                 const std::set<std::string>* mayShow) {
  std::set<std::string> out;
  for (const auto& g : sizes) {
    const bool own = std::find(state.groups.begin(), state.groups.end(), g.group) != state.groups.end();
    if (!own || (mayShow != nullptr && mayShow->count(g.group) == 0)) out.insert(g.group);
  }
  return out;
}

} // namespace detail

GroupsShown groupsShown(const std::vector<std::string>& sessionGroups, const std::vector<std::string>& groupOfEach,
                        int threshold) {
  std::map<std::string, int> counts;
  for (const auto& g : groupOfEach)
    ++counts[g];
  std::vector<GroupSize> sizes;
  for (const auto& g : sessionGroups) {
    if (auto it = counts.find(g); it != counts.end()) {
      sizes.push_back({g, it->second});
      counts.erase(it);
    }
  }
  std::set<std::string> others; // no group chosen, or a group since removed: never on their own
  for (const auto& [g, n] : counts) {
    sizes.push_back({g, n});
    others.insert(g);
  }
  auto decision = groupsShown(sizes, threshold);
  detail::foldToo(decision, sizes, others, threshold);
  return decision;
}

} // namespace balcony::core
