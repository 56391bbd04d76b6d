// The view from the balcony: which patterns across the boards are worth the room's attention
// (balcony_domain.hpp). Each finder returns at most one pattern, the strongest of its kind, and
// only when it clears the same bar its own board uses (a belief gap of a point, a prompt past
// common ground, ...): a quiet meeting gets an empty list, and the board says so.
#include "balcony/balcony_domain.hpp"
#include "balcony/core/figures.hpp"

#include "balcony/core/calendar.hpp"
#include "belief/belief_aggregate.hpp"
#include "clarity/clarity_lists.hpp"
#include "difference/difference_summary.hpp"
#include "reflection/reflection_domain.hpp"
#include "topics/avoidance_signals.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>

namespace balcony::core {
namespace {

std::string oneDecimal(double v) {
  return meanFigure(v);
}

std::string percent(double share) {
  return percentFigure(share);
}

std::string quote(const std::string& text) {
  return "\xE2\x80\x9C" + text + "\xE2\x80\x9D";
}

const BeliefRound* latestRevealedRound(const SessionState& state) {
  for (auto it = state.rounds.rbegin(); it != state.rounds.rend(); ++it) {
    if (it->revealed && !it->answers.empty()) return &*it;
  }
  return nullptr;
}

std::optional<Pattern> beliefGap(const SessionState& state) {
  const auto* round = latestRevealedRound(state);
  if (round == nullptr) return std::nullopt;
  // The round as the exports count it beside the session's other rounds (summarizeRoundsTogether),
  // so a sentence and the export's table never differ by the few who joined in between.
  std::vector<const BeliefRound*> rounds;
  for (const auto& r : state.rounds)
    rounds.push_back(&r);
  std::vector<BeliefSummary> summaries;
  for (auto& figures : summarizeRoundsTogether(state, rounds)) {
    if (figures.round == round) summaries = std::move(figures.summaries);
  }
  std::optional<GroupGap> widest;
  std::size_t belief = 0;
  for (std::size_t b = 0; b < summaries.size(); ++b) {
    const auto gap = largestGroupGap(summaries[b]);
    if (gap && gap->difference >= kMinGap && (!widest || gap->difference > widest->difference)) {
      widest = gap;
      belief = b;
    }
  }
  if (widest) {
    const auto& statement = round->statements[belief];
    return Pattern{PatternKind::BeliefGap,
                   widest->higher + " (" + oneDecimal(widest->higherMean) + ") and " + widest->lower + " (" +
                       oneDecimal(widest->lowerMean) + ") are " + oneDecimal(widest->difference) + " points apart on " +
                       quote(statement) + ".",
                   "Where we differ on: " + statement, ""};
  }
  if (const auto gap = largestBeliefGap(summaries)) {
    const auto& hi = summaries[gap->higher];
    const auto& lo = summaries[gap->lower];
    return Pattern{PatternKind::BeliefGap,
                   "The room rates " + quote(hi.statement) + " " + oneDecimal(hi.overall.mean) + " but " +
                       quote(lo.statement) + " " + oneDecimal(lo.overall.mean) + ": a gap of " +
                       oneDecimal(gap->difference) + " points.",
                   "Closing the gap: " + lo.statement, ""};
  }
  return std::nullopt;
}

std::optional<Pattern> beliefMoved(const SessionState& state, const std::vector<TrendPoint>* history) {
  if (history == nullptr || history->empty()) return std::nullopt;
  const auto* round = latestRevealedRound(state);
  if (round == nullptr) return std::nullopt;
  const TrendPoint* now = nullptr;
  const auto trend = beliefTrend(state);
  for (const auto& p : trend) {
    if (p.round == round->number) now = &p;
  }
  const TrendPoint& before = history->back();
  if (now == nullptr) return std::nullopt;
  double most = 0;
  std::string group;
  std::size_t belief = 0;
  for (const auto& entry : now->byGroup) {
    const std::string& g = entry.first;
    const auto& values = entry.second;
    if (g == kOtherGroups) continue;
    const auto it =
        std::find_if(before.byGroup.begin(), before.byGroup.end(), [&](const auto& e) { return e.first == g; });
    if (it == before.byGroup.end()) continue;
    for (std::size_t b = 0; b < kBeliefCount; ++b) {
      // The same question only: a reworded belief is another line on the trend.
      if (!values[b] || !it->second[b] || now->statements[b] != before.statements[b]) continue;
      const double delta = *values[b] - *it->second[b];
      if (std::abs(delta) > std::abs(most)) {
        most = delta;
        group = g;
        belief = b;
      }
    }
  }
  if (std::abs(most) < kMovedShare) return std::nullopt;
  const double points = most * (round->scaleMax - round->scaleMin);
  const auto& statement = round->statements[belief];
  return Pattern{PatternKind::BeliefMoved,
                 "Since the last session, " + group + " moved most on " + quote(statement) + ": " +
                     (points > 0 ? "up " : "down ") + oneDecimal(std::abs(points)) + " points on the " +
                     std::to_string(round->scaleMin) + " to " + std::to_string(round->scaleMax) + " scale.",
                 "What has changed for " + group + " on: " + statement, ""};
}

std::optional<Pattern> promptDivides(const SessionState& state) {
  for (const auto& p : rankPrompts(state)) {
    if (!p.divergence || *p.divergence <= kCommonGroundMax || p.byGroup.size() < 2) continue;
    auto [lo, hi] = std::minmax_element(p.byGroup.begin(), p.byGroup.end(), [](const auto& a, const auto& b) {
      return a.distribution.mean < b.distribution.mean;
    });
    const auto score = divergenceFigure(*p.divergence);
    return Pattern{PatternKind::PromptDivides,
                   "The groups are most divided on " + quote(p.text) + " (divergence " + score +
                       " of 1): " + hi->group + " rate it " + oneDecimal(hi->distribution.mean) + ", " + lo->group +
                       " " + oneDecimal(lo->distribution.mean) + ".",
                   "Where we differ on: " + p.text, ""};
  }
  return std::nullopt;
}

std::optional<Pattern> statementDivides(const std::vector<StatementSummary>& statements) {
  const StatementSummary* most = nullptr;
  for (const auto& s : statements) {
    if (s.dividing && *s.dividing >= kDividingShare && (most == nullptr || *s.dividing > *most->dividing)) most = &s;
  }
  if (most == nullptr) return std::nullopt;
  // The groups that took a side, as the dividing score counts them (a group that only passed has no share).
  std::vector<const GroupAgreement*> sided;
  for (const auto& g : most->byGroup) {
    if (g.agree + g.disagree > 0) sided.push_back(&g);
  }
  if (sided.size() < 2) return std::nullopt;
  const auto [lo, hi] = std::minmax_element(sided.begin(), sided.end(),
                                            [](const auto* a, const auto* b) { return a->share() < b->share(); });
  return Pattern{PatternKind::StatementDivides,
                 quote(most->text) + " divides the groups: " + percent((*hi)->share()) + " of " + (*hi)->group +
                     " agree, " + percent((*lo)->share()) + " of " + (*lo)->group + ".",
                 "Where we differ on: " + most->text, ""};
}

std::optional<Pattern> unites(const SessionState& state, const std::vector<StatementSummary>& statements) {
  const StatementSummary* best = nullptr;
  for (const auto& s : statements) {
    // Two groups at least took a side (then `dividing` is set, and `uniting` is the lowest group's share).
    if (s.dividing && s.uniting >= kUnitingShare && (best == nullptr || s.uniting > best->uniting)) best = &s;
  }
  if (best != nullptr) {
    return Pattern{PatternKind::Unites,
                   quote(best->text) + " unites the room: at least " + percent(best->uniting) +
                       " of every group agree.",
                   "", best->text};
  }
  for (const auto& p : rankPrompts(state)) {
    if (p.commonGround() && p.byGroup.size() >= 2) {
      const auto score = divergenceFigure(*p.divergence);
      return Pattern{PatternKind::Unites,
                     "Common ground on " + quote(p.text) + ": every group rates it alike (divergence " + score +
                         ", room " + oneDecimal(p.overall.mean) + ").",
                     "", ""};
    }
  }
  return std::nullopt;
}

std::optional<Pattern> topicReturns(const SessionState& state) {
  const Topic* most = nullptr;
  for (const auto& t : state.topics) {
    if (t.revisits >= state.signalSettings.revisitLimit && !hasDecision(t) &&
        (most == nullptr || t.revisits > most->revisits)) {
      most = &t;
    }
  }
  if (most == nullptr) return std::nullopt;
  return Pattern{PatternKind::TopicReturns,
                 quote(most->title) + " has come back " + std::to_string(most->revisits) +
                     (most->revisits == 1 ? " time" : " times") + " with no decision.",
                 "", "Decide, for now, on: " + most->title};
}

std::optional<Pattern> flags(const SessionState& state) {
  if (state.flags.empty()) return std::nullopt;
  int kinds[3] = {};
  for (const auto& f : state.flags)
    ++kinds[static_cast<int>(f.kind)];
  std::string parts;
  const char* words[3] = {"going round in circles", "something avoided", "an elephant in the room"};
  for (int k = 0; k < 3; ++k) {
    if (kinds[k] == 0) continue;
    parts += (parts.empty() ? "" : ", ") + std::to_string(kinds[k]) + " " + words[k];
  }
  const auto n = state.flags.size();
  return Pattern{PatternKind::Flags,
                 std::to_string(n) + (n == 1 ? " flag" : " flags") + " raised this session: " + parts + ".",
                 "What we might be avoiding", ""};
}

std::optional<Pattern> clarity(const SessionState& state, Millis now) {
  const auto agreed = agreedItems(state);
  if (agreed.empty()) return std::nullopt;
  const auto today = isoDate(now);
  std::string sentence = std::to_string(agreed.size()) + (agreed.size() == 1 ? " item" : " items") + " agreed for now";
  int due = 0;
  int reopened = 0;
  const ClarityItem* firstDue = nullptr;
  for (const auto* item : agreed) {
    if (dueForReview(*item, today)) {
      ++due;
      if (firstDue == nullptr) firstDue = item;
    }
    reopened += item->status == ClarityStatus::Reopened ? 1 : 0;
  }
  if (due > 0) {
    sentence += "; " + std::to_string(due) + " due for review, " + quote(firstDue->fields.what) + " since " +
                firstDue->fields.reviewDate;
  }
  if (reopened > 0) sentence += "; " + std::to_string(reopened) + " reopened";
  return Pattern{PatternKind::Clarity, sentence + ".", firstDue != nullptr ? "Review: " + firstDue->fields.what : "",
                 ""};
}

// Who is quiet: a group (of at least the privacy threshold) answering the belief checks, polls
// and prompts of this session at most half as often as the room does.
std::optional<Pattern> quiet(const SessionState& state) {
  std::map<std::string, int> members;
  for (const auto& [id, p] : state.participants) {
    if (!p.group.empty()) ++members[p.group];
  }
  std::map<std::string, int> answers;
  int asked = 0;
  int all = 0;
  const auto count = [&](ParticipantId id) {
    ++all;
    const auto it = state.participants.find(id);
    if (it != state.participants.end()) ++answers[it->second.group];
  };
  for (const auto& r : state.rounds) {
    ++asked;
    for (const auto& [id, a] : r.answers)
      count(id);
  }
  for (const auto& p : state.polls) {
    ++asked;
    for (const auto& [id, a] : p.answers)
      count(id);
  }
  for (const auto& p : state.prompts) {
    if (p.ratings.empty()) continue;
    ++asked;
    for (const auto& [id, a] : p.ratings)
      count(id);
  }
  if (asked == 0 || all == 0 || state.participants.empty()) return std::nullopt;
  const double roomRate = static_cast<double>(all) / (static_cast<double>(state.participants.size()) * asked);
  std::optional<Pattern> quietest;
  double lowest = 1;
  for (const auto& [group, n] : members) {
    if (n < state.privacyThreshold) continue; // a small group is never named on its own
    const int given = answers.count(group) ? answers.at(group) : 0;
    const double rate = static_cast<double>(given) / (static_cast<double>(n) * asked);
    const double share = rate / roomRate;
    if (share > kQuietShare || share >= lowest) continue;
    lowest = share;
    quietest = Pattern{PatternKind::Quiet,
                       group + " answer far less than they are here: " + std::to_string(given) + " answers from " +
                           std::to_string(n) + " people over " + std::to_string(asked) +
                           (asked == 1 ? " question" : " questions") + ", " + percent(share) + " of the room's rate.",
                       "What we are not hearing from " + group, ""};
  }
  return quietest;
}

std::optional<Pattern> untouched(const SessionState& state) {
  if (state.reflectionRounds.empty()) return std::nullopt;
  const auto dims = untouchedDimensions(state);
  if (dims.empty()) return std::nullopt;
  std::string names;
  for (std::size_t i = 0; i < dims.size(); ++i) {
    names += (i == 0 ? "" : i + 1 == dims.size() ? " and " : ", ") + std::string(dimensionName(dims[i]));
  }
  return Pattern{PatternKind::Untouched, "The room's reflection has not touched " + names + ".",
                 "Reflecting on " + names, ""};
}

// A suggested title within the field's limit: cut at a word, with an ellipsis (never inside a
// UTF-8 character).
std::string within(std::string text, std::size_t limit) {
  if (text.size() <= limit) return text;
  const std::string ellipsis = "\xE2\x80\xA6";
  std::size_t cut = limit - ellipsis.size();
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
    --cut;
  const auto space = text.rfind(' ', cut);
  if (space != std::string::npos && space > cut / 2) cut = space;
  text.resize(cut);
  return text + ellipsis;
}

} // namespace

std::vector<Pattern> balconyPatterns(const SessionState& state, const std::vector<TrendPoint>* history, Millis now) {
  const auto statements = summarizeStatements(state);
  std::vector<Pattern> out;
  for (auto p : {beliefGap(state), beliefMoved(state, history), promptDivides(state), statementDivides(statements),
                 unites(state, statements), topicReturns(state), flags(state), clarity(state, now), quiet(state),
                 untouched(state)}) {
    if (!p) continue;
    p->topic = within(p->topic, kMaxTopicTitleLength);
    p->clarity = within(p->clarity, kMaxClarityTextLength);
    out.push_back(std::move(*p));
  }
  return out;
}

} // namespace balcony::core
