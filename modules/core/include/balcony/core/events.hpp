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

struct PollOpened {
  int poll = 0;
  std::string question;
  PollKind kind = PollKind::Options;
  int scaleMin = 1;
  int scaleMax = 5;
  std::vector<std::string> options;
  bool multiple = false;
  bool revealed = false;
};

struct PollClosed {
  int poll = 0;
};

struct PollRevealed {
  int poll = 0;
};

// The participant's whole answer to a poll: one value on a scale, or the chosen option indexes.
struct PollAnswered {
  ParticipantId participant = 0;
  int poll = 0;
  std::vector<int> choices;
};

struct BoardShown {
  Board board = Board::Belief;
};

struct PrivacyThresholdSet {
  int threshold = 3;
};

// Difference surfacing: a deck of prompts, answered from where each participant sits.
struct PromptAdded {
  int prompt = 0;
  std::string text;
  std::string kind; // "case", "statement" or "risk": how the facilitator frames it
  int scaleMin = 1;
  int scaleMax = 5;
  bool notes = true; // participants may add "what I see from where I sit"
};

struct PromptShown {
  int prompt = 0; // the prompt participants answer now
};

struct PromptAnswered {
  ParticipantId participant = 0;
  int prompt = 0;
  int rating = 0;
};

struct NoteAdded {
  int note = 0;
  ParticipantId participant = 0;
  int prompt = 0;
  std::string text;
};

struct NoteHidden {
  int note = 0;
};

struct StatementSubmitted {
  int statement = 0;
  ParticipantId participant = 0;
  std::string text;
};

struct StatementApproved {
  int statement = 0;
};

struct StatementHidden {
  int statement = 0;
};

struct StatementVoted {
  ParticipantId participant = 0;
  int statement = 0;
  Vote vote = Vote::Pass;
};

// Avoidance-activity flags: the agenda as topics, decisions, anonymous flags and alerts.
struct TopicAdded {
  int topic = 0;
  std::string title;
  int budgetMinutes = 15;
};

struct TopicStarted {
  int topic = 0; // 0: no topic is current (a break)
};

struct DecisionRecorded {
  int topic = 0;
  std::string text;
};

struct FlagRaised {
  int flag = 0;
  ParticipantId participant = 0;
  FlagKind kind = FlagKind::Circles;
  std::string words; // optional; shown only once the facilitator approves them
};

struct FlagWordsApproved {
  int flag = 0;
};

// The facilitator acknowledged (true) or dismissed (false) an alert; it leaves the projector.
struct AlertResolved {
  std::string key;
  bool acknowledged = true;
};

struct SignalSettingsSet {
  int revisitLimit = 3;      // revisits with no decision before "going round in circles"
  int overtimePercent = 150; // share of the budget before "well past its time"
  int flagSharePercent = 25; // share of those present flagging...
  int flagWindowMinutes = 5; // ...within this many minutes
  int flagLifetimeMinutes = 10;
  int flagCooldownSeconds = 120; // one flag per participant per this long
  bool alertsOnProjector = true;
};

// Clarity for now, and the long-term shared endeavour.
struct EndeavourSet {
  std::string text;
};

struct ClarityFields {
  std::string what;
  std::string owner; // a person or a group
  std::string resources;
  std::string reviewDate; // YYYY-MM-DD, or empty
  int topic = 0;          // 0: not linked to a topic
};

struct ClarityItemAdded {
  int item = 0;
  ClarityFields fields;
  ParticipantId proposedBy = 0; // 0: the facilitator added it, so it is on the board at once
  ClarityStatus status = ClarityStatus::Proposed;
};

struct ClarityItemEdited {
  int item = 0;
  ClarityFields fields;
};

struct ClarityStatusSet {
  int item = 0;
  ClarityStatus status = ClarityStatus::Agreed;
};

struct ClarityItemApproved {
  int item = 0;
};

struct ClarityItemHidden {
  int item = 0;
};

struct ClarityItemMoved {
  int item = 0;
  int position = 0; // 0-based place in the facilitator's order
};

struct EnergyVoted {
  ParticipantId participant = 0;
  int item = 0;
  bool on = true;
};

struct EnergyBudgetSet {
  int votes = 3;
};

// Session setup, from the console or a template.
struct SessionRetitled {
  std::string title;
};

struct GroupsSet {
  std::vector<std::string> groups;
};

struct BeliefStatementsSet {
  BeliefStatements statements; // the wording the next round opens with
};

struct JoiningLocked {
  bool locked = true;
};

using EventBody =
    std::variant<SessionCreated, ParticipantJoined, GroupChosen, RoundOpened, RoundClosed, ResultsRevealed,
                 BeliefAnswered, PollOpened, PollClosed, PollRevealed, PollAnswered, BoardShown, PrivacyThresholdSet,
                 PromptAdded, PromptShown, PromptAnswered, NoteAdded, NoteHidden, StatementSubmitted, StatementApproved,
                 StatementHidden, StatementVoted, TopicAdded, TopicStarted, DecisionRecorded, FlagRaised,
                 FlagWordsApproved, AlertResolved, SignalSettingsSet, EndeavourSet, ClarityItemAdded, ClarityItemEdited,
                 ClarityStatusSet, ClarityItemApproved, ClarityItemHidden, ClarityItemMoved, EnergyVoted,
                 EnergyBudgetSet, SessionRetitled, GroupsSet, BeliefStatementsSet, JoiningLocked>;

struct Event {
  Millis at = 0;
  EventBody body;
};

} // namespace balcony::core
