// Privacy folding shared by every by-group view: the values of each group, grouped as
// core::groupsShown decides (small groups, and as many more as it takes, as "other groups").
#pragma once

#include "balcony/core/privacy.hpp"
#include "balcony/core/session_state.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace balcony::core::detail {

// Folds these shown groups too (no group chosen, a group since removed, a group not shown in every
// round beside this one): the folded remainder only grows, so it still holds the threshold.
void foldToo(GroupsShown& decision, const std::vector<GroupSize>& sizes, const std::set<std::string>& groups,
             int threshold);
// The session's own groups, less those the caller folds (`mayShow`, when given, lists the only ones
// that may be shown).
std::set<std::string> neverShown(const SessionState& state, const std::vector<GroupSize>& sizes,
                                 const std::set<std::string>* mayShow);

// The groups of `byGroup` in the session's group order, then any others (no group chosen, or a
// group since removed).
template <typename T>
std::vector<GroupSize> groupSizes(const SessionState& state, const std::map<std::string, std::vector<T>>& byGroup) {
  std::vector<GroupSize> sizes;
  for (const auto& group : state.groups) {
    if (auto it = byGroup.find(group); it != byGroup.end())
      sizes.push_back({group, static_cast<int>(it->second.size())});
  }
  for (const auto& [group, values] : byGroup) {
    if (std::find(state.groups.begin(), state.groups.end(), group) == state.groups.end())
      sizes.push_back({group, static_cast<int>(values.size())});
  }
  return sizes;
}

// Returns (label, values) per shown group, in the session's group order, "other groups" last.
// `folded` receives the groups that were merged (or dropped), for notes and explanations.
template <typename T>
std::vector<std::pair<std::string, std::vector<T>>>
foldGroups(const SessionState& state, std::map<std::string, std::vector<T>> byGroup, int threshold,
           std::vector<std::string>* folded = nullptr, const std::set<std::string>* mayShow = nullptr) {
  const auto sizes = groupSizes(state, byGroup);
  auto decision = groupsShown(sizes, threshold);
  foldToo(decision, sizes, neverShown(state, sizes, mayShow), threshold);
  std::vector<std::pair<std::string, std::vector<T>>> out;
  for (const auto& group : decision.shown)
    out.emplace_back(group, std::move(byGroup[group]));
  std::vector<T> rest;
  for (const auto& group : decision.folded) {
    auto& values = byGroup[group];
    rest.insert(rest.end(), values.begin(), values.end());
  }
  if (folded != nullptr) folded->insert(folded->end(), decision.folded.begin(), decision.folded.end());
  if (decision.otherGroups) out.emplace_back(kOtherGroups, std::move(rest));
  return out;
}

} // namespace balcony::core::detail
