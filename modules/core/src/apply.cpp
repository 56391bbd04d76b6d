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
          round.openedAt = event.at;
          state.rounds.push_back(std::move(round));
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
        }
      },
      event.body);
}

} // namespace balcony::core
