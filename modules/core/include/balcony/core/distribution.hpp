// Figures every board shows the same way: how many gave each value of a scale, their mean and
// median, and the threshold under which a room's or a group's figures are withheld.
#pragma once

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

inline constexpr int kDefaultPrivacyThreshold = 3;

} // namespace balcony::core
