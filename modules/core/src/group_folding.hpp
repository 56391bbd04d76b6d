// Privacy folding shared by every by-group view: groups with too few answers are merged into
// "other groups", which is itself dropped while it stays below the threshold.
#pragma once

#include "balcony/core/session_state.hpp"
#include "belief/belief_aggregate.hpp"

#include <map>
#include <string>
#include <vector>

namespace balcony::core::detail {

// Returns (label, values) per shown group, in the session's group order, "other groups" last.
// `folded` receives the groups that were merged (or dropped), for notes and explanations.
template <typename T>
std::vector<std::pair<std::string, std::vector<T>>>
foldGroups(const SessionState& state, std::map<std::string, std::vector<T>> byGroup, int threshold,
           std::vector<std::string>* folded = nullptr) {
  std::vector<std::pair<std::string, std::vector<T>>> out;
  std::vector<T> rest;
  auto fold = [&](const std::string& group, std::vector<T>& values) {
    rest.insert(rest.end(), values.begin(), values.end());
    if (folded != nullptr) {
      folded->push_back(group);
    }
  };
  for (const auto& group : state.groups) {
    auto it = byGroup.find(group);
    if (it == byGroup.end()) {
      continue;
    }
    if (static_cast<int>(it->second.size()) >= threshold) {
      out.emplace_back(group, std::move(it->second));
    } else {
      fold(group, it->second);
    }
    byGroup.erase(it);
  }
  for (auto& [group, values] : byGroup) { // no group chosen, or a group since removed
    fold(group, values);
  }
  if (!rest.empty() && static_cast<int>(rest.size()) >= threshold) {
    out.emplace_back(kOtherGroups, std::move(rest));
  }
  return out;
}

} // namespace balcony::core::detail
