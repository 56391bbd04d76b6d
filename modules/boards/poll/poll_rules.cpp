// Quick poll: what opening, closing and answering a poll allows (decide) and changes (apply).
#include "poll/poll_domain.hpp"

#include "balcony/core/rule_helpers.hpp"

#include <set>

namespace balcony::core {

using namespace rules;

namespace {

Poll* findPoll(SessionState& state, int number) {
  for (auto& poll : state.polls) {
    if (poll.number == number) return &poll;
  }
  return nullptr;
}

} // namespace

const std::string& Poll::groupOf(ParticipantId participant) const {
  return groupAtAnswer(groups, participant);
}

const Poll* PollState::currentPoll() const {
  return polls.empty() ? nullptr : &polls.back();
}

Decision decideCommand(const SessionState& state, const OpenPoll& c, Millis) {
  if (!validText(c.question, kMaxQuestionLength)) {
    return fail(ErrorCode::BadRequest, "The poll needs a question of at most 300 characters.");
  }
  PollOpened e{
      static_cast<int>(state.polls.size()) + 1, c.question, c.kind, c.scaleMin, c.scaleMax, {}, c.multiple, c.showLive};
  if (c.kind == PollKind::Scale) {
    if (!validScale(c.scaleMin, c.scaleMax)) {
      return fail(ErrorCode::BadRequest, kBadScale);
    }
    e.multiple = false;
  } else {
    if (c.options.size() < kMinPollOptions || c.options.size() > kMaxPollOptions) {
      return fail(ErrorCode::BadRequest, "A poll needs between 2 and 8 options.");
    }
    std::set<std::string> seen;
    for (const auto& option : c.options) {
      if (!validText(option, kMaxOptionLength) || !seen.insert(option).second) {
        return fail(ErrorCode::BadRequest, "Options must be different, non-empty and at most 120 characters.");
      }
    }
    e.options = c.options;
  }
  Decision d;
  const auto* current = state.currentPoll();
  if (current != nullptr && current->open) {
    d.events.emplace_back(PollClosed{current->number});
  }
  d.events.emplace_back(std::move(e));
  return d;
}

Decision decideCommand(const SessionState& state, const AnswerPoll& c, Millis) {
  const auto* p = participant(state, c.token);
  if (p == nullptr) return notJoined();
  const auto* poll = state.currentPoll();
  if (poll == nullptr || poll->number != c.poll || !poll->open) {
    return fail(ErrorCode::NotOpen, "This poll is closed.");
  }
  std::vector<int> choices = c.choices;
  if (poll->kind == PollKind::Scale) {
    if (choices.size() != 1 || choices[0] < poll->scaleMin || choices[0] > poll->scaleMax) {
      return fail(ErrorCode::BadRequest, "That answer is outside the scale.");
    }
  } else {
    const auto n = static_cast<int>(poll->options.size());
    std::sort(choices.begin(), choices.end());
    const bool inRange = std::all_of(choices.begin(), choices.end(), [n](int v) { return v >= 0 && v < n; });
    const bool unique = std::adjacent_find(choices.begin(), choices.end()) == choices.end();
    const bool countOk = poll->multiple ? !choices.empty() : choices.size() == 1;
    if (!inRange || !unique || !countOk) {
      return fail(ErrorCode::BadRequest,
                  poll->multiple ? "Choose one or more of the options." : "Choose one of the options.");
    }
  }
  auto it = poll->answers.find(p->id);
  const bool same = it != poll->answers.end() && it->second == choices;
  auto d = eventIf(!same, PollAnswered{p->id, c.poll, std::move(choices)});
  d.participant = p->id;
  return d;
}

Decision decideCommand(const SessionState& state, const ClosePoll&, Millis) {
  const auto* poll = state.currentPoll();
  if (poll == nullptr || !poll->open) {
    return fail(ErrorCode::NotOpen, "No poll is open.");
  }
  return eventIf(true, PollClosed{poll->number});
}

Decision decideCommand(const SessionState& state, const RevealPoll&, Millis) {
  const auto* poll = state.currentPoll();
  if (poll == nullptr) {
    return fail(ErrorCode::NotOpen, "There is no poll to reveal.");
  }
  return eventIf(!poll->revealed, PollRevealed{poll->number});
}

void applyEvent(SessionState& state, const PollOpened& e, Millis at) {
  Poll poll;
  poll.number = e.poll;
  poll.question = e.question;
  poll.kind = e.kind;
  poll.scaleMin = e.scaleMin;
  poll.scaleMax = e.scaleMax;
  poll.options = e.options;
  poll.multiple = e.multiple;
  poll.open = true;
  poll.revealed = e.revealed;
  poll.openedAt = at;
  state.polls.push_back(std::move(poll));
  state.board = Board::Poll;
}

void applyEvent(SessionState& state, const PollClosed& e, Millis at) {
  if (auto* poll = findPoll(state, e.poll)) {
    poll->open = false;
    poll->closedAt = at;
  }
}

void applyEvent(SessionState& state, const PollRevealed& e, Millis) {
  if (auto* poll = findPoll(state, e.poll)) {
    poll->revealed = true;
  }
}

void applyEvent(SessionState& state, const PollAnswered& e, Millis) {
  if (auto* poll = findPoll(state, e.poll)) {
    poll->answers[e.participant] = e.choices;
    poll->groups[e.participant] = state.groupOf(e.participant);
  }
}

} // namespace balcony::core
