// Belief check, the board's domain part: three beliefs (the goals are good; change is possible now;
// it will actually happen) asked in rounds, each belief on a scale. Std only; compiled into core.
#pragma once

#include "balcony/core/type_list.hpp"
#include "balcony/core/types.hpp"

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace balcony::core {

struct SessionState;
struct Decision;

inline constexpr std::size_t kMaxStatementLength = 300;

// Events.
struct RoundOpened {
  int round = 0;
  BeliefStatements statements;
  int scaleMin = 1;
  int scaleMax = 5;
  bool revealed = false; // "show live": results visible from the start
};

struct RoundClosed {
  int round = 0;
};

struct ResultsRevealed {
  int round = 0;
};

struct BeliefAnswered {
  ParticipantId participant = 0;
  int round = 0;
  int belief = 0;
  int value = 0;
};

struct BeliefStatementsSet {
  BeliefStatements statements; // the wording the next round opens with
};

// Commands: a participant's answer, and the facilitator's round controls.
struct AnswerBelief {
  std::string token;
  int round = 0;
  int belief = 0;
  int value = 0;
};

struct OpenRound {
  BeliefStatements statements = kDefaultBeliefStatements;
  int scaleMin = 1;
  int scaleMax = 5;
  bool showLive = false;
};

struct CloseRound {};
struct RevealResults {};
using SetBeliefStatements = BeliefStatementsSet;

// State: every round, answers holding kNoAnswer for a belief not yet answered.
inline constexpr int kNoAnswer = -1;

struct BeliefRound {
  int number = 0;
  BeliefStatements statements;
  int scaleMin = 1;
  int scaleMax = 5;
  bool open = false;
  bool revealed = false;
  Millis openedAt = 0;
  Millis closedAt = 0;
  std::map<ParticipantId, std::array<int, kBeliefCount>> answers;
  // The group each answer was given in: a participant who changes group later leaves these
  // answers where they were given.
  std::map<ParticipantId, std::array<std::string, kBeliefCount>> groups;

  const std::string& groupOf(ParticipantId participant, std::size_t belief) const;
};

struct BeliefState {
  std::vector<BeliefRound> rounds;
  BeliefStatements nextStatements = kDefaultBeliefStatements;

  const BeliefRound* currentRound() const;
};

struct BeliefBoard {
  static constexpr Board kBoard = Board::Belief;
  static constexpr std::string_view kName = "belief"; // in stored events and on the wire: never renamed
  using Events = TypeList<RoundOpened, RoundClosed, ResultsRevealed, BeliefAnswered, BeliefStatementsSet>;
  using ParticipantCommands = TypeList<AnswerBelief>;
  using FacilitatorCommands = TypeList<OpenRound, CloseRound, RevealResults, SetBeliefStatements>;
  using State = BeliefState;
};

Decision decideCommand(const SessionState& state, const AnswerBelief& c, Millis now);
Decision decideCommand(const SessionState& state, const OpenRound& c, Millis now);
Decision decideCommand(const SessionState& state, const CloseRound& c, Millis now);
Decision decideCommand(const SessionState& state, const RevealResults& c, Millis now);
Decision decideCommand(const SessionState& state, const BeliefStatementsSet& c, Millis now);

void applyEvent(SessionState& state, const RoundOpened& e, Millis at);
void applyEvent(SessionState& state, const RoundClosed& e, Millis at);
void applyEvent(SessionState& state, const ResultsRevealed& e, Millis at);
void applyEvent(SessionState& state, const BeliefAnswered& e, Millis at);
void applyEvent(SessionState& state, const BeliefStatementsSet& e, Millis at);

} // namespace balcony::core
