// The one checker for "no group below the threshold can be recovered by subtraction": given the
// figures a view shows together (a whole and its parts) and the true answers by group, it lists
// every way a small group could be worked out. Every view's test feeds it what that view emits.
#pragma once

#include "balcony/core/privacy.hpp"

#include <map>
#include <string>
#include <vector>

namespace balcony::test {

struct ShownPart {
  std::string label;
  int answered = 0;
  std::vector<int> counts; // per answer value, or empty when the view shows only a count and a mean
};

struct ShownFigures {
  std::string where; // for the messages: which view, which question
  int answered = 0;  // the whole's "N answered"
  std::vector<int> counts;
  std::vector<ShownPart> parts;
};

inline int total(const std::vector<int>& counts) {
  int n = 0;
  for (int c : counts)
    n += c;
  return n;
}

// `truth`: each true group's counts per answer value ("" for no group).
inline std::vector<std::string> privacyProblems(const ShownFigures& shown,
                                                const std::map<std::string, std::vector<int>>& truth, int threshold) {
  std::vector<std::string> problems;
  const auto problem = [&](const std::string& what) { problems.push_back(shown.where + ": " + what); };
  int named = 0;
  std::vector<int> remainder = shown.counts;
  const ShownPart* other = nullptr;
  for (const auto& part : shown.parts) {
    if (part.label == core::kOtherGroups) {
      other = &part;
      continue;
    }
    const auto it = truth.find(part.label);
    if (it == truth.end()) {
      problem("a group shown that has no answers: " + part.label);
      continue;
    }
    if (total(it->second) < threshold)
      problem(part.label + " shown on its own with " + std::to_string(total(it->second)));
    if (part.answered != total(it->second)) problem(part.label + " shown with a count other than its own");
    if (!part.counts.empty() && part.counts != it->second) problem(part.label + " shown with figures not its own");
    named += part.answered;
    for (std::size_t i = 0; i < remainder.size() && i < part.counts.size(); ++i)
      remainder[i] -= part.counts[i];
  }
  // The whole minus every group shown on its own: what is left must be nobody or enough people.
  const int left = shown.answered - named;
  if (!shown.parts.empty() && left > 0 && left < threshold) {
    problem("the whole minus the groups shown leaves " + std::to_string(left) + " answers, below " +
            std::to_string(threshold));
  }
  if (other != nullptr) {
    if (other->answered < threshold) problem("\"other groups\" shown with " + std::to_string(other->answered));
    if (other->answered != left) problem("\"other groups\" is not the whole minus the groups shown");
    if (!other->counts.empty() && !shown.counts.empty() && other->counts != remainder)
      problem("\"other groups\" figures are not the whole's minus the groups'");
  }
  return problems;
}

} // namespace balcony::test
