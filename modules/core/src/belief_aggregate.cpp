// Distributions for the belief board, with the privacy rule that small groups are never shown alone.
#include "balcony/core/belief_aggregate.hpp"

#include <algorithm>
#include <map>
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

std::vector<BeliefSummary> summarizeRound(const SessionState& state, const BeliefRound& round,
                                          int privacyThreshold) {
  std::vector<BeliefSummary> out;
  for (std::size_t b = 0; b < kBeliefCount; ++b) {
    std::vector<int> all;
    std::map<std::string, std::vector<int>> byGroup;
    for (const auto& [pid, answers] : round.answers) {
      if (answers[b] == kNoAnswer) {
        continue;
      }
      all.push_back(answers[b]);
      auto p = state.participants.find(pid);
      const std::string group = p != state.participants.end() ? p->second.group : std::string{};
      byGroup[group].push_back(answers[b]);
    }
    BeliefSummary summary;
    summary.statement = round.statements[b];
    summary.overall = makeDistribution(round.scaleMin, round.scaleMax, all);

    std::vector<int> folded;
    // Session group order, so the projector lists groups the same way every time.
    for (const auto& group : state.groups) {
      auto it = byGroup.find(group);
      if (it == byGroup.end()) {
        continue;
      }
      if (static_cast<int>(it->second.size()) >= privacyThreshold) {
        summary.byGroup.push_back(
            {group, makeDistribution(round.scaleMin, round.scaleMax, it->second)});
      } else {
        folded.insert(folded.end(), it->second.begin(), it->second.end());
      }
      byGroup.erase(it);
    }
    for (const auto& [group, values] : byGroup) {  // no group chosen, or a group since removed
      folded.insert(folded.end(), values.begin(), values.end());
    }
    if (!folded.empty() && static_cast<int>(folded.size()) >= privacyThreshold) {
      summary.byGroup.push_back({kOtherGroups, makeDistribution(round.scaleMin, round.scaleMax, folded)});
    }
    out.push_back(std::move(summary));
  }
  return out;
}

} // namespace balcony::core
