// Topics and flags: what the agenda, decisions, flags and alerts allow (decide) and change (apply).
#include "topics/topics_domain.hpp"

#include "balcony/core/rule_helpers.hpp"

namespace balcony::core {

using namespace rules;

namespace {

Topic* findTopic(SessionState& state, int number) {
  return const_cast<Topic*>(state.findTopic(number));
}

} // namespace

const Topic* TopicsState::findTopic(int number) const {
  return number >= 1 && static_cast<std::size_t>(number) <= topics.size()
             ? &topics[static_cast<std::size_t>(number - 1)]
             : nullptr;
}

Millis TopicsState::topicTime(const Topic& topic, Millis now) const {
  const Millis running = topic.number == currentTopic && now > topic.currentSince ? now - topic.currentSince : 0;
  return topic.spentMs + running;
}

Decision decideCommand(const SessionState& state, const RaiseFlag& c, Millis now) {
  const auto* p = participant(state, c.token);
  if (p == nullptr) return notJoined();
  if (c.words.size() > kMaxFlagWordsLength || (!c.words.empty() && isBlank(c.words))) {
    return fail(ErrorCode::BadRequest, "A flag's words can be at most 120 characters.");
  }
  const Millis cooldown = Millis{state.signalSettings.flagCooldownSeconds} * 1000;
  for (auto it = state.flags.rbegin(); it != state.flags.rend(); ++it) {
    if (it->participant == p->id) {
      if (now - it->at < cooldown) {
        const auto wait = (cooldown - (now - it->at) + 999) / 1000;
        return fail(ErrorCode::Conflict, "Your flag is in and still counts. You can raise another in " +
                                             std::to_string(wait) + (wait == 1 ? " second." : " seconds."));
      }
      break;
    }
  }
  auto d = eventIf(true, FlagRaised{static_cast<int>(state.flags.size()) + 1, p->id, c.kind, c.words});
  d.participant = p->id;
  return d;
}

Decision decideCommand(const SessionState& state, const AddTopic& c, Millis) {
  if (!validText(c.title, kMaxTopicTitleLength)) {
    return fail(ErrorCode::BadRequest, "A topic needs a title of at most 120 characters.");
  }
  if (c.budgetMinutes < 1 || c.budgetMinutes > 600) {
    return fail(ErrorCode::BadRequest, "A topic's time budget is between 1 and 600 minutes.");
  }
  return eventIf(true, TopicAdded{static_cast<int>(state.topics.size()) + 1, c.title, c.budgetMinutes});
}

Decision decideCommand(const SessionState& state, const StartTopic& c, Millis) {
  if (c.topic != 0 && state.findTopic(c.topic) == nullptr) {
    return fail(ErrorCode::BadRequest, "There is no such topic.");
  }
  return eventIf(c.topic != state.currentTopic, TopicStarted{c.topic});
}

Decision decideCommand(const SessionState& state, const RecordDecision& c, Millis) {
  if (state.findTopic(c.topic) == nullptr) {
    return fail(ErrorCode::BadRequest, "There is no such topic.");
  }
  if (!validText(c.text, kMaxDecisionLength)) {
    return fail(ErrorCode::BadRequest, "A decision needs between 1 and 300 characters.");
  }
  return eventIf(true, DecisionRecorded{c.topic, c.text});
}

Decision decideCommand(const SessionState& state, const ApproveFlagWords& c, Millis) {
  const auto it = std::find_if(state.flags.begin(), state.flags.end(), [&](const Flag& f) { return f.id == c.flag; });
  if (it == state.flags.end() || it->words.empty()) {
    return fail(ErrorCode::BadRequest, "There is no such flag with words.");
  }
  return eventIf(!it->wordsApproved, FlagWordsApproved{c.flag});
}

Decision decideCommand(const SessionState& state, const ResolveAlert& c, Millis) {
  if (c.key.empty() || c.key.size() > 64) {
    return fail(ErrorCode::BadRequest, "There is no such alert.");
  }
  return eventIf(!state.resolvedAlerts.contains(c.key), AlertResolved{c.key, c.acknowledged});
}

Decision decideCommand(const SessionState&, const SignalSettingsSet& s, Millis) {
  if (s.revisitLimit < 1 || s.revisitLimit > 20 || s.overtimePercent < 100 || s.overtimePercent > 1000 ||
      s.flagSharePercent < 1 || s.flagSharePercent > 100 || s.flagWindowMinutes < 1 || s.flagWindowMinutes > 60 ||
      s.flagLifetimeMinutes < 1 || s.flagLifetimeMinutes > 120 || s.flagCooldownSeconds < 0 ||
      s.flagCooldownSeconds > 3600) {
    return fail(ErrorCode::BadRequest, "A signal setting is out of range.");
  }
  return eventIf(true, s);
}

void applyEvent(SessionState& state, const TopicAdded& e, Millis) {
  Topic topic;
  topic.number = e.topic;
  topic.title = e.title;
  topic.budgetMinutes = e.budgetMinutes;
  state.topics.push_back(std::move(topic));
}

void applyEvent(SessionState& state, const TopicStarted& e, Millis at) {
  if (auto* current = findTopic(state, state.currentTopic)) {
    current->spentMs += std::max<Millis>(0, at - current->currentSince);
    state.lastTopic = state.currentTopic;
  }
  state.currentTopic = e.topic;
  if (auto* next = findTopic(state, e.topic)) {
    // Coming back to a topic after time on another one is a revisit.
    if (next->visits > 0 && state.lastTopic != e.topic) {
      ++next->revisits;
    }
    ++next->visits;
    next->currentSince = at;
    next->visitStarts.push_back(at);
  }
}

void applyEvent(SessionState& state, const DecisionRecorded& e, Millis at) {
  if (auto* topic = findTopic(state, e.topic)) {
    topic->decisions.push_back({e.text, at});
  }
}

void applyEvent(SessionState& state, const FlagRaised& e, Millis at) {
  state.flags.push_back(Flag{e.flag, e.participant, e.kind, e.words, false, at, state.currentTopic});
}

void applyEvent(SessionState& state, const FlagWordsApproved& e, Millis) {
  for (auto& flag : state.flags) {
    if (flag.id == e.flag) flag.wordsApproved = true;
  }
}

void applyEvent(SessionState& state, const AlertResolved& e, Millis) {
  state.resolvedAlerts[e.key] = e.acknowledged;
}

void applyEvent(SessionState& state, const SignalSettingsSet& e, Millis) {
  state.signalSettings = e;
}

} // namespace balcony::core
