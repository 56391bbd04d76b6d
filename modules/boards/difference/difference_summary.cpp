// Divergence, notes by perspective, and dividing and uniting statements. See difference.hpp for
// the definition of the divergence score.
#include "difference/difference_summary.hpp"

#include "balcony/core/group_folding.hpp"

#include <algorithm>
#include <cmath>

namespace balcony::core {

std::optional<double> divergence(const std::vector<GroupDistribution>& groups, int scaleMin, int scaleMax) {
  if (groups.size() < 2 || scaleMax <= scaleMin) {
    return std::nullopt;
  }
  double n = 0;
  double sum = 0;
  for (const auto& g : groups) {
    n += g.distribution.answered;
    sum += g.distribution.mean * g.distribution.answered;
  }
  if (n == 0) {
    return std::nullopt;
  }
  const double mean = sum / n;
  double between = 0;
  for (const auto& g : groups) {
    between += g.distribution.answered * (g.distribution.mean - mean) * (g.distribution.mean - mean);
  }
  return std::sqrt(between / n) / ((scaleMax - scaleMin) / 2.0);
}

PromptSummary summarizePrompt(const SessionState& state, const Prompt& prompt) {
  PromptSummary s;
  s.prompt = prompt.number;
  s.text = prompt.text;
  s.kind = prompt.kind;
  std::vector<int> all;
  std::map<std::string, std::vector<int>> byGroup;
  for (const auto& [pid, rating] : prompt.ratings) {
    all.push_back(rating);
    byGroup[prompt.groupOf(pid)].push_back(rating);
  }
  s.overall = makeDistribution(prompt.scaleMin, prompt.scaleMax, all);
  std::vector<std::string> folded;
  for (auto& [group, values] : detail::foldGroups(state, std::move(byGroup), state.privacyThreshold, &folded)) {
    s.byGroup.push_back({group, makeDistribution(prompt.scaleMin, prompt.scaleMax, values)});
  }
  s.divergence = divergence(s.byGroup, prompt.scaleMin, prompt.scaleMax);

  // Notes go under the same labels as the ratings: a folded group's notes read "other groups".
  for (const auto& g : s.byGroup) {
    s.notes.push_back({g.group, {}});
  }
  for (const auto& note : prompt.notesGiven) {
    if (note.hidden) {
      ++s.hiddenNotes;
      continue;
    }
    std::string group = note.group;
    if (std::find(folded.begin(), folded.end(), group) != folded.end() ||
        std::none_of(s.notes.begin(), s.notes.end(), [&](const GroupNotes& g) { return g.group == group; })) {
      group = kOtherGroups;
    }
    auto it = std::find_if(s.notes.begin(), s.notes.end(), [&](const GroupNotes& g) { return g.group == group; });
    if (it == s.notes.end()) {
      s.notes.push_back({group, {}});
      it = std::prev(s.notes.end());
    }
    it->notes.push_back(note.text);
  }
  std::erase_if(s.notes, [](const GroupNotes& g) { return g.notes.empty(); });
  return s;
}

std::vector<PromptSummary> rankPrompts(const SessionState& state) {
  std::vector<PromptSummary> out;
  for (const auto& prompt : state.prompts) {
    if (!prompt.ratings.empty()) {
      out.push_back(summarizePrompt(state, prompt));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const PromptSummary& a, const PromptSummary& b) {
    if (a.divergence.has_value() != b.divergence.has_value()) {
      return a.divergence.has_value();
    }
    return a.divergence.value_or(0) > b.divergence.value_or(0);
  });
  return out;
}

std::vector<StatementSummary> summarizeStatements(const SessionState& state) {
  std::vector<StatementSummary> out;
  for (const auto& st : state.statements) {
    if (st.status != StatementStatus::Approved) {
      continue;
    }
    StatementSummary s;
    s.id = st.id;
    s.text = st.text;
    s.overall.group = "everyone";
    std::map<std::string, std::vector<Vote>> byGroup;
    for (const auto& [pid, vote] : st.votes) {
      byGroup[st.groupOf(pid)].push_back(vote);
      (vote == Vote::Agree ? s.overall.agree : vote == Vote::Disagree ? s.overall.disagree : s.overall.pass)++;
    }
    for (const auto& [group, votes] : detail::foldGroups(state, std::move(byGroup), state.privacyThreshold)) {
      GroupAgreement g{group, 0, 0, 0};
      for (const auto v : votes) {
        (v == Vote::Agree ? g.agree : v == Vote::Disagree ? g.disagree : g.pass)++;
      }
      s.byGroup.push_back(g);
    }
    std::vector<double> shares;
    for (const auto& g : s.byGroup) {
      if (g.agree + g.disagree > 0) {
        shares.push_back(g.share());
      }
    }
    if (shares.size() >= 2) {
      const auto [lo, hi] = std::minmax_element(shares.begin(), shares.end());
      s.dividing = *hi - *lo;
      s.uniting = *lo;
    } else {
      s.uniting = s.overall.share();
    }
    out.push_back(std::move(s));
  }
  return out;
}

} // namespace balcony::core
