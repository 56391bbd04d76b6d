// Belief check: what a round allows (decide) and what each of its events changes (apply).
#include "belief/belief_domain.hpp"

#include "balcony/core/rule_helpers.hpp"

namespace balcony::core {

using namespace rules;

namespace {

BeliefRound* findRound(SessionState& state, int number) {
  for (auto& round : state.rounds) {
    if (round.number == number) return &round;
  }
  return nullptr;
}

bool validStatements(const BeliefStatements& statements) {
  return std::all_of(statements.begin(), statements.end(),
                     [](const std::string& s) { return validText(s, kMaxStatementLength); });
}

} // namespace

const std::string& BeliefRound::groupOf(ParticipantId participant, std::size_t belief) const {
  static const std::string none;
  const auto it = groups.find(participant);
  return it != groups.end() && belief < kBeliefCount ? it->second[belief] : none;
}

const BeliefRound* BeliefState::currentRound() const {
  return rounds.empty() ? nullptr : &rounds.back();
}

Decision decideCommand(const SessionState& state, const AnswerBelief& c, Millis) {
  const auto* p = participant(state, c.token);
  if (p == nullptr) return notJoined();
  const auto* round = state.currentRound();
  if (round == nullptr || round->number != c.round || !round->open) {
    return fail(ErrorCode::NotOpen, "This belief check is closed.");
  }
  if (c.belief < 0 || c.belief >= static_cast<int>(kBeliefCount)) {
    return fail(ErrorCode::BadRequest, "There are three beliefs to answer.");
  }
  if (c.value < round->scaleMin || c.value > round->scaleMax) {
    return fail(ErrorCode::BadRequest, "That answer is outside the scale.");
  }
  auto it = round->answers.find(p->id);
  // The same answer again (a resend after reconnecting): nothing new to store.
  const bool same = it != round->answers.end() && it->second[static_cast<std::size_t>(c.belief)] == c.value;
  auto d = eventIf(!same, BeliefAnswered{p->id, c.round, c.belief, c.value});
  d.participant = p->id;
  return d;
}

Decision decideCommand(const SessionState& state, const OpenRound& c, Millis) {
  if (!validStatements(c.statements)) {
    return fail(ErrorCode::BadRequest, "Each belief statement needs between 1 and 300 characters.");
  }
  if (!validScale(c.scaleMin, c.scaleMax)) {
    return fail(ErrorCode::BadRequest, kBadScale);
  }
  Decision d;
  const auto* current = state.currentRound();
  if (current != nullptr && current->open) {
    d.events.emplace_back(RoundClosed{current->number});
  }
  d.events.emplace_back(
      RoundOpened{static_cast<int>(state.rounds.size()) + 1, c.statements, c.scaleMin, c.scaleMax, c.showLive});
  return d;
}

Decision decideCommand(const SessionState& state, const CloseRound&, Millis) {
  const auto* round = state.currentRound();
  if (round == nullptr || !round->open) {
    return fail(ErrorCode::NotOpen, "No belief check is open.");
  }
  return eventIf(true, RoundClosed{round->number});
}

Decision decideCommand(const SessionState& state, const RevealResults&, Millis) {
  const auto* round = state.currentRound();
  if (round == nullptr) {
    return fail(ErrorCode::NotOpen, "There is no belief check to reveal.");
  }
  return eventIf(!round->revealed, ResultsRevealed{round->number});
}

Decision decideCommand(const SessionState& state, const BeliefStatementsSet& c, Millis) {
  if (!validStatements(c.statements)) {
    return fail(ErrorCode::BadRequest, "Each belief statement needs between 1 and 300 characters.");
  }
  return eventIf(c.statements != state.nextStatements, c);
}

void applyEvent(SessionState& state, const RoundOpened& e, Millis at) {
  BeliefRound round;
  round.number = e.round;
  round.statements = e.statements;
  round.scaleMin = e.scaleMin;
  round.scaleMax = e.scaleMax;
  round.open = true;
  round.revealed = e.revealed;
  round.openedAt = at;
  state.rounds.push_back(std::move(round));
  state.nextStatements = e.statements;
  state.board = Board::Belief;
}

void applyEvent(SessionState& state, const RoundClosed& e, Millis at) {
  if (auto* round = findRound(state, e.round)) {
    round->open = false;
    round->closedAt = at;
  }
}

void applyEvent(SessionState& state, const ResultsRevealed& e, Millis) {
  if (auto* round = findRound(state, e.round)) {
    round->revealed = true;
  }
}

void applyEvent(SessionState& state, const BeliefAnswered& e, Millis) {
  if (auto* round = findRound(state, e.round)) {
    auto [it, inserted] = round->answers.try_emplace(e.participant);
    if (inserted) {
      it->second.fill(kNoAnswer);
    }
    it->second[static_cast<std::size_t>(e.belief)] = e.value;
    round->groups[e.participant][static_cast<std::size_t>(e.belief)] = state.groupOf(e.participant);
  }
}

void applyEvent(SessionState& state, const BeliefStatementsSet& e, Millis) {
  state.nextStatements = e.statements;
}

} // namespace balcony::core
