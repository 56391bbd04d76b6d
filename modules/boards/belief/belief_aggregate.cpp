// Distributions for the belief board, with the privacy rule that small groups are never shown alone.
#include "belief/belief_aggregate.hpp"

#include "balcony/core/group_folding.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

namespace balcony::core {

namespace {

// One belief's answers: (group at answering, value) per participant who answered.
using Answers = std::map<ParticipantId, std::pair<std::string, int>>;

Answers answersTo(const BeliefRound& round, std::size_t b) {
  Answers out;
  for (const auto& [pid, answers] : round.answers) {
    if (answers[b] != kNoAnswer) out.emplace(pid, std::make_pair(round.groupOf(pid, b), answers[b]));
  }
  return out;
}

BeliefSummary summarizeAnswers(const SessionState& state, const BeliefRound& round, std::size_t b,
                               const Answers& answers, int privacyThreshold,
                               const std::set<std::string>* mayShow = nullptr) {
  std::vector<int> all;
  std::map<std::string, std::vector<int>> byGroup;
  for (const auto& [pid, answer] : answers) {
    all.push_back(answer.second);
    byGroup[answer.first].push_back(answer.second);
  }
  BeliefSummary summary;
  summary.statement = round.statements[b];
  summary.overall = makeDistribution(round.scaleMin, round.scaleMax, all);
  if (!all.empty() && static_cast<int>(all.size()) < privacyThreshold) {
    summary.overall = makeDistribution(round.scaleMin, round.scaleMax, {});
    summary.overall.withheld = static_cast<int>(all.size());
  }
  for (auto& [group, values] : detail::foldGroups(state, std::move(byGroup), privacyThreshold, nullptr, mayShow)) {
    summary.byGroup.push_back({group, makeDistribution(round.scaleMin, round.scaleMax, values)});
  }
  return summary;
}

// How many people are in one set and not the other.
template <typename Set> std::size_t changed(const Set& a, const Set& b) {
  std::size_t n = 0;
  for (const auto& x : a)
    n += b.count(x) == 0 ? 1u : 0u;
  for (const auto& x : b)
    n += a.count(x) == 0 ? 1u : 0u;
  return n;
}

// Whether two rounds' answers to one belief, shown side by side, can be compared as they are: the
// room and every group either the same people or changed by at least the threshold, so the
// difference of two rounds is never a few people's answers.
bool comparable(const Answers& a, const Answers& b, int threshold) {
  const auto acceptable = [&](std::size_t n) { return n == 0 || static_cast<int>(n) >= threshold; };
  std::set<ParticipantId> wa;
  std::set<ParticipantId> wb;
  std::map<std::string, std::set<ParticipantId>> ga;
  std::map<std::string, std::set<ParticipantId>> gb;
  for (const auto& [pid, answer] : a) {
    wa.insert(pid);
    ga[answer.first].insert(pid);
  }
  for (const auto& [pid, answer] : b) {
    wb.insert(pid);
    gb[answer.first].insert(pid);
  }
  if (!acceptable(changed(wa, wb))) return false;
  for (const auto& [group, members] : ga) {
    if (!acceptable(changed(members, gb[group]))) return false;
  }
  for (const auto& [group, members] : gb) {
    if (!acceptable(changed(members, ga[group]))) return false;
  }
  return true;
}

} // namespace

std::vector<BeliefSummary> summarizeRound(const SessionState& state, const BeliefRound& round, int privacyThreshold) {
  std::vector<BeliefSummary> out;
  for (std::size_t b = 0; b < kBeliefCount; ++b) {
    out.push_back(summarizeAnswers(state, round, b, answersTo(round, b), privacyThreshold));
  }
  return out;
}

std::vector<RoundFigures> summarizeRoundsTogether(const SessionState& state,
                                                  const std::vector<const BeliefRound*>& rounds) {
  const int threshold = state.privacyThreshold;
  std::vector<RoundFigures> out(rounds.size());
  for (std::size_t r = 0; r < rounds.size(); ++r) {
    out[r].round = rounds[r];
    out[r].summaries.resize(kBeliefCount);
  }
  for (std::size_t b = 0; b < kBeliefCount; ++b) {
    std::vector<bool> done(rounds.size(), false);
    for (std::size_t first = 0; first < rounds.size(); ++first) {
      if (done[first]) continue;
      // The rounds that asked this belief as the first did: same wording, same scale.
      std::vector<std::size_t> chain;
      for (std::size_t r = first; r < rounds.size(); ++r) {
        if (!done[r] && rounds[r]->statements[b] == rounds[first]->statements[b] &&
            rounds[r]->scaleMin == rounds[first]->scaleMin && rounds[r]->scaleMax == rounds[first]->scaleMax) {
          chain.push_back(r);
          done[r] = true;
        }
      }
      std::vector<Answers> answers;
      for (auto r : chain)
        answers.push_back(answersTo(*rounds[r], b));
      bool asTheyAre = true;
      for (std::size_t i = 0; i < answers.size() && asTheyAre; ++i) {
        for (std::size_t j = i + 1; j < answers.size() && asTheyAre; ++j)
          asTheyAre = comparable(answers[i], answers[j], threshold);
      }
      if (!asTheyAre) {
        // Counted over the people who answered every round of the chain, each in the group they
        // had in its first: the rounds then differ only by changed minds.
        Answers common = answers.front();
        for (const auto& a : answers) {
          for (auto it = common.begin(); it != common.end();) {
            it = a.count(it->first) == 0 ? common.erase(it) : std::next(it);
          }
        }
        for (std::size_t i = 0; i < answers.size(); ++i) {
          Answers kept;
          for (const auto& [pid, given] : common)
            kept.emplace(pid, std::make_pair(given.first, answers[i].at(pid).second));
          out[chain[i]].commonPeople[b] = static_cast<int>(kept.size());
          out[chain[i]].leftOut[b] = static_cast<int>(answers[i].size() - kept.size());
          answers[i] = std::move(kept);
        }
      }
      // A group is shown on its own only where it is in every round of the chain: shown in one round
      // and folded in another, it would be one round's whole less the other's groups.
      std::optional<std::set<std::string>> everywhere;
      for (std::size_t i = 0; i < chain.size(); ++i) {
        std::set<std::string> shown;
        for (const auto& g : summarizeAnswers(state, *rounds[chain[i]], b, answers[i], threshold).byGroup) {
          if (g.group != kOtherGroups) shown.insert(g.group);
        }
        if (!everywhere) {
          everywhere = std::move(shown);
        } else {
          std::erase_if(*everywhere, [&](const std::string& g) { return shown.count(g) == 0; });
        }
      }
      for (std::size_t i = 0; i < chain.size(); ++i) {
        out[chain[i]].summaries[b] =
            summarizeAnswers(state, *rounds[chain[i]], b, answers[i], threshold, everywhere ? &*everywhere : nullptr);
      }
    }
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
  // The revealed rounds sit side by side on the trend: counted together, as every such view is.
  std::vector<const BeliefRound*> revealed;
  for (const auto& round : state.rounds) {
    if (round.revealed) revealed.push_back(&round);
  }
  const auto together = summarizeRoundsTogether(state, revealed);
  std::vector<TrendPoint> out;
  for (const auto& round : state.rounds) {
    const auto shown =
        std::find_if(together.begin(), together.end(), [&](const RoundFigures& f) { return f.round == &round; });
    const auto summaries = shown != together.end() ? shown->summaries : summarizeRound(state, round);
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
    if (shown != together.end()) point.commonPeople = shown->commonPeople;
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

} // namespace balcony::core
