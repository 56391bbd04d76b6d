// The fold step: one event changes the state. No validation here; decide() did it before storing.
#include "balcony/core/session_state.hpp"

#include <type_traits>

namespace balcony::core {
namespace {

BeliefRound* findRound(SessionState& state, int number) {
  for (auto& round : state.rounds) {
    if (round.number == number) {
      return &round;
    }
  }
  return nullptr;
}

Poll* findPoll(SessionState& state, int number) {
  for (auto& poll : state.polls) {
    if (poll.number == number) {
      return &poll;
    }
  }
  return nullptr;
}

} // namespace

void apply(SessionState& state, const Event& event) {
  ++state.eventCount;
  std::visit(
      [&](const auto& e) {
        using T = std::decay_t<decltype(e)>;
        if constexpr (std::is_same_v<T, SessionCreated>) {
          state.created = true;
          state.title = e.title;
          state.roomCode = e.roomCode;
          state.groups = e.groups;
          state.createdAt = event.at;
        } else if constexpr (std::is_same_v<T, ParticipantJoined>) {
          state.participants[e.participant] = Participant{e.participant, e.group, event.at};
          state.participantByToken[e.token] = e.participant;
        } else if constexpr (std::is_same_v<T, GroupChosen>) {
          auto it = state.participants.find(e.participant);
          if (it != state.participants.end()) {
            it->second.group = e.group;
          }
        } else if constexpr (std::is_same_v<T, RoundOpened>) {
          BeliefRound round;
          round.number = e.round;
          round.statements = e.statements;
          round.scaleMin = e.scaleMin;
          round.scaleMax = e.scaleMax;
          round.open = true;
          round.revealed = e.revealed;
          round.openedAt = event.at;
          state.rounds.push_back(std::move(round));
          state.board = Board::Belief;
        } else if constexpr (std::is_same_v<T, RoundClosed>) {
          if (auto* round = findRound(state, e.round)) {
            round->open = false;
            round->closedAt = event.at;
          }
        } else if constexpr (std::is_same_v<T, ResultsRevealed>) {
          if (auto* round = findRound(state, e.round)) {
            round->revealed = true;
          }
        } else if constexpr (std::is_same_v<T, BeliefAnswered>) {
          if (auto* round = findRound(state, e.round)) {
            auto [it, inserted] = round->answers.try_emplace(e.participant);
            if (inserted) {
              it->second.fill(kNoAnswer);
            }
            it->second[static_cast<std::size_t>(e.belief)] = e.value;
          }
        } else if constexpr (std::is_same_v<T, PollOpened>) {
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
          poll.openedAt = event.at;
          state.polls.push_back(std::move(poll));
          state.board = Board::Poll;
        } else if constexpr (std::is_same_v<T, PollClosed>) {
          if (auto* poll = findPoll(state, e.poll)) {
            poll->open = false;
            poll->closedAt = event.at;
          }
        } else if constexpr (std::is_same_v<T, PollRevealed>) {
          if (auto* poll = findPoll(state, e.poll)) {
            poll->revealed = true;
          }
        } else if constexpr (std::is_same_v<T, PollAnswered>) {
          if (auto* poll = findPoll(state, e.poll)) {
            poll->answers[e.participant] = e.choices;
          }
        } else if constexpr (std::is_same_v<T, BoardShown>) {
          state.board = e.board;
        } else if constexpr (std::is_same_v<T, PrivacyThresholdSet>) {
          state.privacyThreshold = e.threshold;
        }
      },
      event.body);
}

} // namespace balcony::core
