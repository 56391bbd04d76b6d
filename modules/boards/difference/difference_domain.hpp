// Difference surfacing, the board's domain part: a deck of prompts rated from where each
// participant sits, their notes, and statements participants write and vote on. Std only;
// compiled into core.
#pragma once

#include "balcony/core/type_list.hpp"
#include "balcony/core/types.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace balcony::core {

struct SessionState;
struct Decision;

inline constexpr std::size_t kMaxPromptLength = 500;
inline constexpr std::size_t kMaxNoteLength = 280;
inline constexpr std::size_t kMaxParticipantStatementLength = 200;
inline constexpr std::size_t kMaxPendingStatementsPerParticipant = 3;
// What one participant can write, in all: enough for a long workshop (a note changed a dozen
// times, a statement every few minutes), never enough to flood the log, the queue or the replay.
// A participant has one note per prompt, edited in place; these are the edits after the first.
inline constexpr int kMaxNoteEdits = 20;
inline constexpr std::size_t kMaxStatementsPerParticipant = 20;

// A participant's view of a statement: agree, disagree, or pass.
enum class Vote { Disagree = -1, Pass = 0, Agree = 1 };

constexpr std::string_view voteName(Vote v) {
  return v == Vote::Agree ? "agree" : v == Vote::Disagree ? "disagree" : "pass";
}
constexpr std::optional<Vote> voteFromName(std::string_view name) {
  if (name == "agree") return Vote::Agree;
  if (name == "disagree") return Vote::Disagree;
  if (name == "pass") return Vote::Pass;
  return std::nullopt;
}

// Events.
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

// The participant changed their note: the same note, new words.
struct NoteEdited {
  int note = 0;
  ParticipantId participant = 0;
  int prompt = 0;
  std::string text;
};

struct NoteHidden {
  int note = 0;
};

// The facilitator read a hidden note (or its rewrite) and lets the room see it again.
struct NoteApproved {
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

// Participant commands.
struct AnswerPrompt {
  std::string token;
  int prompt = 0;
  int rating = 0;
  std::string note; // empty: no note (a note already given stays)
};

struct SubmitStatement {
  std::string token;
  std::string text;
};

struct VoteStatement {
  std::string token;
  int statement = 0;
  Vote vote = Vote::Pass;
};

// Facilitator commands.
struct AddPrompt {
  std::string text;
  std::string kind = "case";
  int scaleMin = 1;
  int scaleMax = 5;
  bool notes = true;
};

struct ShowPrompt {
  int prompt = 0;
};

struct HideNote {
  int note = 0;
};

struct ApproveNote {
  int note = 0;
};

struct ApproveStatement {
  int statement = 0;
};

struct HideStatement {
  int statement = 0;
};

// State.
struct Note {
  int id = 0;
  ParticipantId participant = 0;
  std::string text;
  bool hidden = false; // by the facilitator; the participant's edits stay hidden until approved
  Millis at = 0;       // of the latest words
  std::string group;   // the group the latest words were written in
  int edits = 0;       // changes after the first words
};

struct Prompt {
  int number = 0;
  std::string text;
  std::string kind;
  int scaleMin = 1;
  int scaleMax = 5;
  bool notes = true;
  std::map<ParticipantId, int> ratings;
  std::map<ParticipantId, std::string> ratingGroups; // the group each rating was given in
  std::vector<Note> notesGiven;                      // one per participant, in the order first written
  std::map<ParticipantId, std::size_t> noteIndex;    // where each participant's note is in notesGiven

  const std::string& groupOf(ParticipantId participant) const;
  const Note* noteOf(ParticipantId participant) const;
};

enum class StatementStatus { Pending, Approved, Hidden };

struct ParticipantStatement {
  int id = 0;
  ParticipantId author = 0; // never shown to anyone
  std::string text;
  StatementStatus status = StatementStatus::Pending;
  Millis at = 0;
  std::map<ParticipantId, Vote> votes;
  std::map<ParticipantId, std::string> voteGroups; // the group each vote was given in

  const std::string& groupOf(ParticipantId participant) const;
};

struct DifferenceState {
  std::vector<Prompt> prompts;
  int currentPrompt = 0; // 0: none shown yet
  int noteCount = 0;
  std::vector<ParticipantStatement> statements;

  const Prompt* findPrompt(int number) const;
  const ParticipantStatement* findStatement(int id) const;
  const Note* findNote(int id) const;
};

struct DifferenceBoard {
  static constexpr Board kBoard = Board::Difference;
  static constexpr std::string_view kName = "difference"; // in stored events and on the wire: never renamed
  using Events = TypeList<PromptAdded, PromptShown, PromptAnswered, NoteAdded, NoteEdited, NoteHidden, NoteApproved,
                          StatementSubmitted, StatementApproved, StatementHidden, StatementVoted>;
  using ParticipantCommands = TypeList<AnswerPrompt, SubmitStatement, VoteStatement>;
  using FacilitatorCommands = TypeList<AddPrompt, ShowPrompt, HideNote, ApproveNote, ApproveStatement, HideStatement>;
  using State = DifferenceState;
};

Decision decideCommand(const SessionState& state, const AnswerPrompt& c, Millis now);
Decision decideCommand(const SessionState& state, const SubmitStatement& c, Millis now);
Decision decideCommand(const SessionState& state, const VoteStatement& c, Millis now);
Decision decideCommand(const SessionState& state, const AddPrompt& c, Millis now);
Decision decideCommand(const SessionState& state, const ShowPrompt& c, Millis now);
Decision decideCommand(const SessionState& state, const HideNote& c, Millis now);
Decision decideCommand(const SessionState& state, const ApproveNote& c, Millis now);
Decision decideCommand(const SessionState& state, const ApproveStatement& c, Millis now);
Decision decideCommand(const SessionState& state, const HideStatement& c, Millis now);

void applyEvent(SessionState& state, const PromptAdded& e, Millis at);
void applyEvent(SessionState& state, const PromptShown& e, Millis at);
void applyEvent(SessionState& state, const PromptAnswered& e, Millis at);
void applyEvent(SessionState& state, const NoteAdded& e, Millis at);
void applyEvent(SessionState& state, const NoteEdited& e, Millis at);
void applyEvent(SessionState& state, const NoteHidden& e, Millis at);
void applyEvent(SessionState& state, const NoteApproved& e, Millis at);
void applyEvent(SessionState& state, const StatementSubmitted& e, Millis at);
void applyEvent(SessionState& state, const StatementApproved& e, Millis at);
void applyEvent(SessionState& state, const StatementHidden& e, Millis at);
void applyEvent(SessionState& state, const StatementVoted& e, Millis at);

} // namespace balcony::core
