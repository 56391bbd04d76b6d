// The state of one session, rebuilt by folding its events. Plain data; readers get it in snapshots.
#pragma once

#include "balcony/core/commands.hpp"
#include "balcony/core/events.hpp"
#include "balcony/core/types.hpp"

#include <array>
#include <map>
#include <set>
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
  bool replaced = false; // the participant wrote a newer note on the same prompt
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
  std::vector<Note> notesGiven; // in order; a participant's newer note replaces their older one
};

enum class StatementStatus { Pending, Approved, Hidden };

struct ParticipantStatement {
  int id = 0;
  ParticipantId author = 0; // never shown to anyone
  std::string text;
  StatementStatus status = StatementStatus::Pending;
  Millis at = 0;
  std::map<ParticipantId, Vote> votes;
};

struct TopicDecision {
  std::string text;
  Millis at = 0;
};

struct Topic {
  int number = 0;
  std::string title;
  int budgetMinutes = 15;
  Millis spentMs = 0;      // closed stretches of time on this topic
  Millis currentSince = 0; // when it last became current (valid while it is current)
  int visits = 0;          // times it became current
  int revisits = 0;        // times it came back after another topic
  std::vector<TopicDecision> decisions;
  std::vector<Millis> visitStarts;
};

struct Flag {
  int id = 0;
  ParticipantId participant = 0; // never shown: flags are anonymous
  FlagKind kind = FlagKind::Circles;
  std::string words;
  bool wordsApproved = false;
  Millis at = 0;
  int topic = 0; // the topic current when it was raised
};

struct ClarityItem {
  int id = 0;
  ClarityFields fields;
  ClarityStatus status = ClarityStatus::Proposed;
  ParticipantId proposedBy = 0; // never shown
  bool approved = true;         // participants' proposals wait for the facilitator
  bool hidden = false;
  std::set<ParticipantId> energy;
  Millis changedAt = 0;
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
  int currentPrompt = 0; // 0: none shown yet
  int noteCount = 0;
  std::vector<ParticipantStatement> statements;
  std::vector<Topic> topics;
  int currentTopic = 0;
  int lastTopic = 0; // the topic before the current one (or before a pause), for revisits
  std::vector<Flag> flags;
  std::map<std::string, bool> resolvedAlerts; // key -> acknowledged (true) or dismissed (false)
  SignalSettingsSet signalSettings;
  std::string endeavour;
  std::vector<ClarityItem> clarity; // in the facilitator's order
  int clarityCount = 0;             // ids handed out so far
  int energyBudget = 3;
  BeliefStatements nextStatements = kDefaultBeliefStatements;
  bool joiningLocked = false;
  Board board = Board::Belief;
  int privacyThreshold = 3; // groups with fewer answers are never shown on their own
  std::uint64_t eventCount = 0;

  const BeliefRound* currentRound() const;
  const Poll* currentPoll() const;
  const Prompt* findPrompt(int number) const;
  const ParticipantStatement* findStatement(int id) const;
  const Topic* findTopic(int number) const;
  const ClarityItem* findClarity(int id) const;
  int energyUsed(ParticipantId participant) const;
  // Time spent on a topic up to `now`, the current stretch included.
  Millis topicTime(const Topic& topic, Millis now) const;
  const Participant* findByToken(const std::string& token) const;
  bool hasGroup(const std::string& group) const;
};

// Checks a command against the state. Pure: the same state and command give the same decision.
Decision decide(const SessionState& state, const Command& command);

// Applies one event. Events come from decide() or from the stored log, so they are trusted.
void apply(SessionState& state, const Event& event);

SessionState replay(const std::vector<Event>& events);

} // namespace balcony::core
