// Aggregation of belief answers: distributions, medians and means, overall and by group.
#pragma once

#include "balcony/core/privacy.hpp"
#include "balcony/core/session_state.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace balcony::core {

struct Distribution {
  int scaleMin = 1;
  int scaleMax = 5;
  std::vector<int> counts; // counts[v - scaleMin]
  int answered = 0;
  double mean = 0.0;
  double median = 0.0;
  // Answers left out because there were fewer than the privacy threshold (then `answered` is 0 and
  // nothing else is shown: with one answer, the room's result would be that person's answer).
  int withheld = 0;
};

Distribution makeDistribution(int scaleMin, int scaleMax, const std::vector<int>& values);

struct GroupDistribution {
  std::string group; // "other groups" when small groups are folded together
  Distribution distribution;
};

struct BeliefSummary {
  std::string statement;
  Distribution overall;
  std::vector<GroupDistribution> byGroup;
};

inline constexpr int kDefaultPrivacyThreshold = 3;

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

// One point of the belief trend: a round of this session or of an earlier one in the series.
// Means are normalised to 0..1 of the round's scale so 1-5 and 0-10 rounds can share a chart.
struct TrendPoint {
  std::string label; // "R1", or "12 Mar R2" for an earlier session
  int round = 0;
  bool revealed = false;
  std::array<std::string, kBeliefCount> statements; // the wording asked: a changed wording is another line
  std::array<std::optional<double>, kBeliefCount> overall;
  std::vector<std::pair<std::string, std::array<std::optional<double>, kBeliefCount>>> byGroup;
  // Per belief, when more than 0: counted over these people only (see summarizeRoundsTogether).
  std::array<int, kBeliefCount> commonPeople{};
};
std::vector<TrendPoint> beliefTrend(const SessionState& state, const std::string& labelPrefix = "");

// A quick poll's figures: a distribution for a scale, counts per option otherwise.
struct PollSummary {
  int answered = 0;
  std::vector<int> counts; // per option, or per scale point
  Distribution scale;      // only for scale polls
  int withheld = 0;        // answers left out, fewer than the privacy threshold (then all else is empty)
};
PollSummary summarizePoll(const Poll& poll);
// The same, held to a privacy threshold: with fewer answers the room's figures are withheld.
PollSummary summarizePoll(const Poll& poll, int privacyThreshold);

} // namespace balcony::core
