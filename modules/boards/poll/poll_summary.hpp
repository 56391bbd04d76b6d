// A quick poll's figures, held to the privacy threshold.
#pragma once

#include "balcony/core/distribution.hpp"
#include "balcony/core/session_state.hpp"

#include <vector>

namespace balcony::core {

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
