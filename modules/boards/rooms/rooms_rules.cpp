// The rooms board's rules, the summary a room makes of its session and the plenary's merge of
// every room (rooms_domain.hpp, rooms_summary.hpp).
#include "rooms/rooms_summary.hpp"

#include "balcony/core/rule_helpers.hpp"
#include "balcony/core/session_state.hpp"
#include "clarity/clarity_lists.hpp"
#include "topics/avoidance_signals.hpp"

#include <algorithm>
#include <limits>
#include <map>

namespace balcony::core {

using namespace rules;

bool validRoomName(std::string_view name) {
  if (name.empty() || name.size() > kMaxRoomNameLength) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

Decision decideCommand(const SessionState& state, const KeepRoom& c, Millis) {
  if (!validRoomName(c.room)) return fail(ErrorCode::BadRequest, "A room's name is letters, digits, '-' or '_'.");
  if (c.summary.size() > kMaxRoomSummaryBytes) return fail(ErrorCode::BadRequest, "That room's summary is too long.");
  const auto it = state.keptRooms.find(c.room);
  // An older summary than the one kept changes nothing; the same one with a new link state does.
  const bool changed = it == state.keptRooms.end() || c.version > it->second.version ||
                       (c.version == it->second.version && c.link != it->second.link);
  return eventIf(changed, RoomKept{c.room, c.version, c.summary, c.link, c.since});
}

void applyEvent(SessionState& state, const RoomKept& e, Millis) {
  auto& kept = state.keptRooms[e.room];
  if (e.version >= kept.version) {
    kept.version = e.version;
    if (!e.summary.empty()) kept.summary = e.summary;
  }
  kept.link = e.link;
  kept.since = e.since;
}

RoomSummary summarizeRoom(const SessionState& state, std::string room, int present, Millis now) {
  RoomSummary s;
  s.room = std::move(room);
  s.at = now;
  s.title = state.title;
  s.participants = static_cast<int>(state.participants.size());
  s.present = present;
  s.privacyThreshold = state.privacyThreshold;
  // The latest round the room has seen the results of (shown live, or revealed).
  for (auto it = state.rounds.rbegin(); it != state.rounds.rend(); ++it) {
    if (!it->revealed) continue;
    s.beliefRound = it->number;
    s.beliefOpen = it->open;
    s.beliefs = summarizeRound(state, *it);
    break;
  }
  for (auto it = state.polls.rbegin(); it != state.polls.rend(); ++it) {
    if (!it->revealed) continue;
    s.poll = RoomPoll{it->question, it->options, summarizePoll(*it, state.privacyThreshold)};
    break;
  }
  for (auto p : rankPrompts(state)) {
    // As the room's projector shows a prompt: how many answered, the groups (folded by the
    // threshold) and the divergence; never the room's own spread, which with a group left out
    // would give away that small group's ratings.
    if (p.overall.answered < state.privacyThreshold || s.prompts.size() >= kMaxRoomPrompts) continue;
    p.overall = Distribution{p.overall.scaleMin, p.overall.scaleMax, {}, p.overall.answered, 0.0, 0.0, 0};
    p.notes.clear(); // participants' notes stay in the room
    p.hiddenNotes = 0;
    s.prompts.push_back(std::move(p));
  }
  for (auto& st : summarizeStatements(state)) {
    if (st.overall.agree + st.overall.disagree + st.overall.pass < state.privacyThreshold) continue;
    if (s.statements.size() >= kMaxRoomStatements) break;
    s.statements.push_back(std::move(st));
  }
  for (const auto& signal : signalsAt(state, now, present)) {
    if (!signal.resolved && s.alerts.size() < kMaxRoomAlerts) s.alerts.push_back(signal.message);
  }
  for (const auto* item : agreedItems(state)) {
    if (s.clarity.size() >= kMaxRoomClarity) break;
    s.clarity.push_back({item->fields.what, item->fields.owner, item->fields.reviewDate});
  }
  const auto approved = state.approvedReflections();
  const std::size_t first = approved.size() > 20 ? approved.size() - 20 : 0;
  for (std::size_t i = first; i < approved.size(); ++i)
    s.shared.push_back(approved[i]->text);
  return s;
}

std::string roomLinkWords(RoomLink link, const std::string& clock) {
  switch (link) {
  case RoomLink::Live: return "live";
  case RoomLink::Stale: return "stale since " + clock;
  case RoomLink::Left: return "left at " + clock;
  }
  return "";
}

namespace {

// Answers per scale point summed over rooms (64-bit: a hostile room cannot overflow them).
struct Sum {
  int scaleMin = 1;
  int scaleMax = 5;
  std::vector<long long> counts;
  bool set = false;
};

void add(Sum& sum, const Distribution& d) {
  if (d.answered == 0 || d.counts.empty()) return;
  if (!sum.set) sum = Sum{d.scaleMin, d.scaleMax, std::vector<long long>(d.counts.size(), 0), true};
  if (sum.scaleMin != d.scaleMin || sum.scaleMax != d.scaleMax || sum.counts.size() != d.counts.size()) return;
  for (std::size_t i = 0; i < d.counts.size(); ++i)
    sum.counts[i] += d.counts[i];
}

// The distribution of summed counts, worked out from the counts themselves (never one entry per
// answer: a room's figures come from the network).
Distribution fromCounts(const Sum& sum) {
  Distribution d;
  d.scaleMin = sum.scaleMin;
  d.scaleMax = sum.scaleMax;
  long long total = 0;
  double weighted = 0;
  for (std::size_t i = 0; i < sum.counts.size(); ++i) {
    total += sum.counts[i];
    weighted += static_cast<double>(sum.counts[i]) * (sum.scaleMin + static_cast<int>(i));
    d.counts.push_back(static_cast<int>(std::min<long long>(sum.counts[i], std::numeric_limits<int>::max())));
  }
  d.answered = static_cast<int>(std::min<long long>(total, std::numeric_limits<int>::max()));
  if (total == 0) return d;
  d.mean = weighted / static_cast<double>(total);
  // The median: the middle answer, or the mean of the two middle ones.
  const auto valueAt = [&](long long k) { // the k-th answer (0-based) in order
    long long seen = 0;
    for (std::size_t i = 0; i < sum.counts.size(); ++i) {
      seen += sum.counts[i];
      if (k < seen) return sum.scaleMin + static_cast<int>(i);
    }
    return sum.scaleMax;
  };
  d.median = total % 2 == 1 ? valueAt(total / 2) : (valueAt(total / 2 - 1) + valueAt(total / 2)) / 2.0;
  return d;
}

} // namespace

EventFigures mergeRooms(const std::vector<EventRoom>& rooms) {
  EventFigures f;
  std::array<Sum, kBeliefCount> overall;
  std::array<std::map<std::string, Sum>, kBeliefCount> byGroup;
  for (const auto& r : rooms) {
    f.participants += r.summary.participants;
    if (r.link == RoomLink::Live) f.present += r.summary.present;
    RoomBeliefRow row{r.summary.room, r.link, {}, 0};
    for (std::size_t b = 0; b < r.summary.beliefs.size() && b < kBeliefCount; ++b) {
      const auto& belief = r.summary.beliefs[b];
      if (f.statements[b].empty()) f.statements[b] = belief.statement;
      if (belief.statement != f.statements[b]) continue; // another wording: not the same question
      if (belief.overall.answered > 0) row.means[b] = belief.overall.mean;
      row.answered = std::max(row.answered, belief.overall.answered);
      add(overall[b], belief.overall);
      for (const auto& g : belief.byGroup) {
        if (g.group == kOtherGroups) continue; // each room folds different groups into it
        add(byGroup[b][g.group], g.distribution);
      }
    }
    f.beliefByRoom.push_back(std::move(row));
    for (const auto& p : r.summary.prompts)
      f.dividedPrompts.push_back({r.summary.room, p});
    for (const auto& a : r.summary.alerts)
      f.alerts.emplace_back(r.summary.room, a);
    for (const auto& c : r.summary.clarity)
      f.clarity.emplace_back(r.summary.room, c);
    if (r.summary.poll) f.polls.emplace_back(r.summary.room, *r.summary.poll);
  }
  for (std::size_t b = 0; b < kBeliefCount; ++b) {
    if (!overall[b].set) continue;
    BeliefSummary merged{f.statements[b], fromCounts(overall[b]), {}};
    for (const auto& [group, sum] : byGroup[b])
      merged.byGroup.push_back({group, fromCounts(sum)});
    f.beliefByGroup.push_back(std::move(merged));
  }
  std::stable_sort(f.dividedPrompts.begin(), f.dividedPrompts.end(), [](const auto& a, const auto& b) {
    return a.prompt.divergence.value_or(-1) > b.prompt.divergence.value_or(-1);
  });
  return f;
}

} // namespace balcony::core
