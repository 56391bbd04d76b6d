// Aggregation of belief answers: distributions, medians and means, overall and by group.
#pragma once

#include "balcony/core/session_state.hpp"

#include <string>
#include <vector>

namespace balcony::core {

struct Distribution {
  int scaleMin = 1;
  int scaleMax = 5;
  std::vector<int> counts;  // counts[v - scaleMin]
  int answered = 0;
  double mean = 0.0;
  double median = 0.0;
};

Distribution makeDistribution(int scaleMin, int scaleMax, const std::vector<int>& values);

struct GroupDistribution {
  std::string group;  // "other groups" when small groups are folded together
  Distribution distribution;
};

struct BeliefSummary {
  std::string statement;
  Distribution overall;
  std::vector<GroupDistribution> byGroup;
};

inline constexpr int kDefaultPrivacyThreshold = 3;
inline constexpr const char* kOtherGroups = "other groups";

// Summarises one round. Groups with fewer than privacyThreshold answers are never shown on their
// own: they are folded into "other groups" (and that too is left out if it stays below threshold).
std::vector<BeliefSummary> summarizeRound(const SessionState& state, const BeliefRound& round,
                                          int privacyThreshold = kDefaultPrivacyThreshold);

} // namespace balcony::core
