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

struct Note {
  int id = 0;
  ParticipantId participant = 0;
  std::string text;
  bool hidden = false;
  bool replaced = false;  // the participant wrote a newer note on the same prompt
  Millis at = 0;
};

struct Prompt {
  int number = 0;
  std::string text;
  std::string kind;
  int scaleMin = 1;
  int scaleMax = 5;
  bool notes = true;
  std::map<ParticipantId, int> ratings;
  std::vector<Note> notesGiven;  // in order; a participant's newer note replaces their older one
};

enum class StatementStatus { Pending, Approved, Hidden };

struct ParticipantStatement {
  int id = 0;
  ParticipantId author = 0;  // never shown to anyone
  std::string text;
  StatementStatus status = StatementStatus::Pending;
  Millis at = 0;
  std::map<ParticipantId, Vote> votes;
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
  std::vector<Prompt> prompts;
  int currentPrompt = 0;  // 0: none shown yet
  int noteCount = 0;
  std::vector<ParticipantStatement> statements;
  Board board = Board::Belief;
  int privacyThreshold = 3;  // groups with fewer answers are never shown on their own
  std::uint64_t eventCount = 0;

  const BeliefRound* currentRound() const;
  const Poll* currentPoll() const;
  const Prompt* findPrompt(int number) const;
  const ParticipantStatement* findStatement(int id) const;
  const Participant* findByToken(const std::string& token) const;
  bool hasGroup(const std::string& group) const;
};

// Checks a command against the state. Pure: the same state and command give the same decision.
Decision decide(const SessionState& state, const Command& command);

// Applies one event. Events come from decide() or from the stored log, so they are trusted.
void apply(SessionState& state, const Event& event);

SessionState replay(const std::vector<Event>& events);

} // namespace balcony::core
