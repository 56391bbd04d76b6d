// Aggregation of belief answers: distributions, medians and means, overall and by group.
#pragma once

#include "balcony/core/distribution.hpp"
#include "balcony/core/privacy.hpp"
#include "balcony/core/session_state.hpp"
#include "belief/belief_trend_point.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace balcony::core {

struct BeliefSummary {
  std::string statement;
  Distribution overall;
  std::vector<GroupDistribution> byGroup;
};

// Summarises one round. Groups are shown on their own as core::groupsShown decides: small groups
// are folded into "other groups", and with them as many more as it takes for nobody to be recovered
// by subtraction.
// The whole room too: below the threshold its figures are withheld.
std::vector<BeliefSummary> summarizeRound(const SessionState& state, const BeliefRound& round, int privacyThreshold);
// The same, with the session's own threshold.
std::vector<BeliefSummary> summarizeRound(const SessionState& state, const BeliefRound& round);

// Rounds shown side by side (the trend, the exports): a round next to an earlier one of the same
// belief (same wording and scale) must not give away the few people who joined, left or changed
// group in between, by subtracting one round from the other. Where the room or a group changed by
// at least one person but fewer than the threshold, every round of that belief is counted over the
// people who answered all of them, each in the group they had in the first; the rounds then differ
// only by changed minds. Otherwise each round is counted whole, as summarizeRound does.
struct RoundFigures {
  const BeliefRound* round = nullptr;
  std::vector<BeliefSummary> summaries;         // one per belief
  std::array<int, kBeliefCount> commonPeople{}; // per belief, when more than 0: counted over these people
  std::array<int, kBeliefCount> leftOut{};      // per belief: this round's answers left out of the figures
};
std::vector<RoundFigures> summarizeRoundsTogether(const SessionState& state,
                                                  const std::vector<const BeliefRound*>& rounds);

// Gaps are differences of means: on a 5-point scale a median moves in whole steps and hides a
// shift that the room can feel. A gap is reported only from kMinGap points up.
inline constexpr double kMinGap = 1.0;

// The widest gap between two beliefs, e.g. "a good goal (4.6), but it won't happen (1.8)".
struct BeliefGap {
  std::size_t higher = 0; // belief index with the higher mean
  std::size_t lower = 0;
  double difference = 0;
};
std::optional<BeliefGap> largestBeliefGap(const std::vector<BeliefSummary>& summaries);

// The two shown groups furthest apart on one belief.
struct GroupGap {
  std::string higher;
  std::string lower;
  double higherMean = 0;
  double lowerMean = 0;
  double difference = 0;
};
std::optional<GroupGap> largestGroupGap(const BeliefSummary& summary);

std::vector<TrendPoint> beliefTrend(const SessionState& state, const std::string& labelPrefix = "");

} // namespace balcony::core
