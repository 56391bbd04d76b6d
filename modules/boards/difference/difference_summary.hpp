// Difference surfacing: how far the groups diverge on a prompt, the notes by perspective, and
// which participant statements divide or unite the groups.
//
// Divergence of a prompt is the spread of the group means, weighted by group size, as a share
// of the largest spread the scale allows:
//
//     divergence = sqrt( sum_g n_g (mean_g - mean)^2 / N ) / ((scaleMax - scaleMin) / 2)
//
// It runs from 0 (every group has the same mean) to 1 (half the room at one end, half at the
// other, split exactly along group lines). Disagreement inside groups does not raise it: when
// every group is split the same way, the groups agree with each other and the score is 0. Groups
// below the privacy threshold are folded into "other groups" first; with fewer than two groups
// shown there is nothing to compare and there is no score.
#pragma once

#include "balcony/core/distribution.hpp"
#include "balcony/core/session_state.hpp"

#include <optional>
#include <string>
#include <vector>

namespace balcony::core {

// At or below this, with two or more groups shown, a prompt is common ground.
inline constexpr double kCommonGroundMax = 0.15;

std::optional<double> divergence(const std::vector<GroupDistribution>& groups, int scaleMin, int scaleMax);

struct GroupNotes {
  std::string group;
  std::vector<std::string> notes; // visible notes only, oldest first
};

struct PromptSummary {
  int prompt = 0;
  std::string text;
  std::string kind;
  Distribution overall;
  std::vector<GroupDistribution> byGroup;
  std::vector<GroupNotes> notes;
  std::optional<double> divergence;
  int hiddenNotes = 0;
  bool commonGround() const { return divergence && *divergence <= kCommonGroundMax; }
};

PromptSummary summarizePrompt(const SessionState& state, const Prompt& prompt);

// Prompts with answers, most divided first; those without a score (one group only) last.
std::vector<PromptSummary> rankPrompts(const SessionState& state);

struct GroupAgreement {
  std::string group;
  int agree = 0;
  int disagree = 0;
  int pass = 0;
  double share() const { return agree + disagree == 0 ? 0.0 : static_cast<double>(agree) / (agree + disagree); }
};

struct StatementSummary {
  int id = 0;
  std::string text;
  GroupAgreement overall;
  std::vector<GroupAgreement> byGroup; // folded like every other by-group view
  std::optional<double> dividing;      // largest difference in agreement share between two groups
  double uniting = 0;                  // the lowest agreement share of any group shown
};

// Approved statements only; hidden and pending ones never leave the console.
std::vector<StatementSummary> summarizeStatements(const SessionState& state);

} // namespace balcony::core
