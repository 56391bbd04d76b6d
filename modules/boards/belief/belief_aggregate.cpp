// Distributions for the belief board, with the privacy rule that small groups are never shown alone.
#include "belief/belief_aggregate.hpp"

#include "group_folding.hpp"

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

std::vector<BeliefSummary> summarizeRound(const SessionState& state, const BeliefRound& round, int privacyThreshold) {
  std::vector<BeliefSummary> out;
  for (std::size_t b = 0; b < kBeliefCount; ++b) {
    std::vector<int> all;
    std::map<std::string, std::vector<int>> byGroup;
    for (const auto& [pid, answers] : round.answers) {
      if (answers[b] == kNoAnswer) {
        continue;
      }
      all.push_back(answers[b]);
      byGroup[round.groupOf(pid, b)].push_back(answers[b]);
    }
    BeliefSummary summary;
    summary.statement = round.statements[b];
    summary.overall = makeDistribution(round.scaleMin, round.scaleMax, all);
    if (!all.empty() && static_cast<int>(all.size()) < privacyThreshold) {
      summary.overall = makeDistribution(round.scaleMin, round.scaleMax, {});
      summary.overall.withheld = static_cast<int>(all.size());
    }

    for (auto& [group, values] : detail::foldGroups(state, std::move(byGroup), privacyThreshold)) {
      summary.byGroup.push_back({group, makeDistribution(round.scaleMin, round.scaleMax, values)});
    }
    out.push_back(std::move(summary));
  }
  return out;
}

} // namespace balcony::core

namespace balcony::core {

std::vector<BeliefSummary> summarizeRound(const SessionState& state, const BeliefRound& round) {
  return summarizeRound(state, round, state.privacyThreshold);
}

std::optional<BeliefGap> largestBeliefGap(const std::vector<BeliefSummary>& summaries) {
  std::optional<BeliefGap> best;
  for (std::size_t a = 0; a < summaries.size(); ++a) {
    for (std::size_t b = 0; b < summaries.size(); ++b) {
      const auto& da = summaries[a].overall;
      const auto& db = summaries[b].overall;
      if (a == b || da.answered == 0 || db.answered == 0) {
        continue;
      }
      const double diff = da.mean - db.mean;
      if (diff >= kMinGap && (!best || diff > best->difference)) {
        best = BeliefGap{a, b, diff};
      }
    }
  }
  return best;
}

std::optional<GroupGap> largestGroupGap(const BeliefSummary& summary) {
  std::optional<GroupGap> best;
  for (const auto& a : summary.byGroup) {
    for (const auto& b : summary.byGroup) {
      const double diff = a.distribution.mean - b.distribution.mean;
      if (diff >= kMinGap && (!best || diff > best->difference)) {
        best = GroupGap{a.group, b.group, a.distribution.mean, b.distribution.mean, diff};
      }
    }
  }
  return best;
}

std::vector<TrendPoint> beliefTrend(const SessionState& state, const std::string& labelPrefix) {
  std::vector<TrendPoint> out;
  for (const auto& round : state.rounds) {
    const auto summaries = summarizeRound(state, round);
    const double span = static_cast<double>(round.scaleMax - round.scaleMin);
    auto normalise = [&](const Distribution& d) -> std::optional<double> {
      if (d.answered == 0) {
        return std::nullopt;
      }
      return (d.mean - round.scaleMin) / span;
    };
    TrendPoint point;
    point.label = labelPrefix + "R" + std::to_string(round.number);
    point.round = round.number;
    point.revealed = round.revealed;
    point.statements = round.statements;
    for (std::size_t b = 0; b < summaries.size(); ++b) {
      point.overall[b] = normalise(summaries[b].overall);
      for (const auto& g : summaries[b].byGroup) {
        auto it = std::find_if(point.byGroup.begin(), point.byGroup.end(),
                               [&](const auto& entry) { return entry.first == g.group; });
        if (it == point.byGroup.end()) {
          point.byGroup.emplace_back(g.group, std::array<std::optional<double>, kBeliefCount>{});
          it = std::prev(point.byGroup.end());
        }
        it->second[b] = normalise(g.distribution);
      }
    }
    out.push_back(std::move(point));
  }
  return out;
}

PollSummary summarizePoll(const Poll& poll) {
  PollSummary s;
  s.answered = static_cast<int>(poll.answers.size());
  if (poll.kind == PollKind::Scale) {
    std::vector<int> values;
    for (const auto& [pid, choices] : poll.answers) {
      if (!choices.empty()) {
        values.push_back(choices.front());
      }
    }
    s.scale = makeDistribution(poll.scaleMin, poll.scaleMax, values);
    s.counts = s.scale.counts;
    return s;
  }
  s.counts.assign(poll.options.size(), 0);
  for (const auto& [pid, choices] : poll.answers) {
    for (int c : choices) {
      if (c >= 0 && static_cast<std::size_t>(c) < s.counts.size()) {
        ++s.counts[static_cast<std::size_t>(c)];
      }
    }
  }
  return s;
}

PollSummary summarizePoll(const Poll& poll, int privacyThreshold) {
  auto s = summarizePoll(poll);
  if (s.answered > 0 && s.answered < privacyThreshold) {
    PollSummary withheld;
    withheld.counts.assign(s.counts.size(), 0);
    withheld.scale = makeDistribution(poll.scaleMin, poll.scaleMax, {});
    withheld.withheld = s.answered;
    return withheld;
  }
  return s;
}

} // namespace balcony::core
