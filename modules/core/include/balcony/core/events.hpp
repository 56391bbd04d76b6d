// Events are the record of a session: its state is a fold over them (see apply.hpp).
#pragma once

#include "balcony/core/types.hpp"

#include <string>
#include <variant>
#include <vector>

namespace balcony::core {

struct SessionCreated {
  std::string title;
  std::string roomCode;
  std::vector<std::string> groups;
};

struct ParticipantJoined {
  ParticipantId participant = 0;
  std::string token;
  std::string group;
};

struct GroupChosen {
  ParticipantId participant = 0;
  std::string group;
};

struct RoundOpened {
  int round = 0;
  BeliefStatements statements;
  int scaleMin = 1;
  int scaleMax = 5;
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

using EventBody = std::variant<SessionCreated, ParticipantJoined, GroupChosen, RoundOpened,
                               RoundClosed, ResultsRevealed, BeliefAnswered>;

struct Event {
  Millis at = 0;
  EventBody body;
};

} // namespace balcony::core
