// Distributions of answers on a scale (distribution.hpp).
#include "balcony/core/distribution.hpp"

#include <algorithm>
#include <numeric>

namespace balcony::core {

Distribution makeDistribution(int scaleMin, int scaleMax, const std::vector<int>& values) {
  Distribution d;
  d.scaleMin = scaleMin;
  d.scaleMax = scaleMax;
  d.counts.assign(static_cast<std::size_t>(scaleMax - scaleMin + 1), 0);
  std::vector<int> kept;
  kept.reserve(values.size());
  for (int v : values) {
    if (v >= scaleMin && v <= scaleMax) {
      ++d.counts[static_cast<std::size_t>(v - scaleMin)];
      kept.push_back(v);
    }
  }
  d.answered = static_cast<int>(kept.size());
  if (kept.empty()) {
    return d;
  }
  d.mean = std::accumulate(kept.begin(), kept.end(), 0.0) / static_cast<double>(kept.size());
  std::sort(kept.begin(), kept.end());
  const auto n = kept.size();
  d.median = n % 2 == 1 ? kept[n / 2] : (kept[n / 2 - 1] + kept[n / 2]) / 2.0;
  return d;
}

} // namespace balcony::core
