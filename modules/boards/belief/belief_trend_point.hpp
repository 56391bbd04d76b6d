// A point of the belief trend, as the snapshot carries the series' history and the store reads it.
#pragma once

#include "balcony/core/types.hpp"

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace balcony::core {

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
} // namespace balcony::core
