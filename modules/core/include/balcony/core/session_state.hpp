// The state of one session, rebuilt by folding its events. Plain data; readers get it in snapshots.
#pragma once

#include "balcony/core/commands.hpp"
#include "balcony/core/events.hpp"
#include "balcony/core/types.hpp"

#include <array>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace balcony::core {

struct Participant {
  ParticipantId id = 0;
  std::string group;
  Millis joinedAt = 0;
};

// One asking of the belief check. Answers hold kNoAnswer for a belief not yet answered.
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
};

// A quick poll: one question on a scale, or 2 to 8 options with one or several choices.
struct Poll {
  int number = 0;
  std::string question;
  PollKind kind = PollKind::Options;
  int scaleMin = 1;
  int scaleMax = 5;
  std::vector<std::string> options;
  bool multiple = false;
  bool open = false;
  bool revealed = false;
  Millis openedAt = 0;
  Millis closedAt = 0;
  std::map<ParticipantId, std::vector<int>> answers;
};

inline constexpr int kMinPrivacyThreshold = 1;
inline constexpr int kMaxPrivacyThreshold = 20;

struct SessionState {
  bool created = false;
  std::string title;
  std::string roomCode;
  std::vector<std::string> groups;
  Millis createdAt = 0;
  std::map<ParticipantId, Participant> participants;
  std::unordered_map<std::string, ParticipantId> participantByToken;
  std::vector<BeliefRound> rounds;
  std::vector<Poll> polls;
  Board board = Board::Belief;
  int privacyThreshold = 3;  // groups with fewer answers are never shown on their own
  std::uint64_t eventCount = 0;

  const BeliefRound* currentRound() const;
  const Poll* currentPoll() const;
  const Participant* findByToken(const std::string& token) const;
  bool hasGroup(const std::string& group) const;
};

// Checks a command against the state. Pure: the same state and command give the same decision.
Decision decide(const SessionState& state, const Command& command);

// Applies one event. Events come from decide() or from the stored log, so they are trusted.
void apply(SessionState& state, const Event& event);

SessionState replay(const std::vector<Event>& events);

} // namespace balcony::core
