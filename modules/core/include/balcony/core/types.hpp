// Plain value types shared by every board: identities, time and the fixed belief statements.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace balcony::core {

// Milliseconds since the Unix epoch. Core never reads a clock: callers pass time in.
using Millis = std::int64_t;
using ParticipantId = std::uint32_t;

inline constexpr std::size_t kBeliefCount = 3;
using BeliefStatements = std::array<std::string, kBeliefCount>;

inline const BeliefStatements kDefaultBeliefStatements = {
    "The goals we are working towards are good goals",
    "The change is possible in current circumstances",
    "It will actually happen",
};

inline constexpr std::size_t kMaxTitleLength = 200;
inline constexpr std::size_t kMaxStatementLength = 300;
inline constexpr std::size_t kMaxGroupNameLength = 60;
inline constexpr std::size_t kMaxGroups = 12;
inline constexpr std::size_t kRoomCodeLength = 4;
inline constexpr std::size_t kMaxParticipants = 10'000; // a hall of 1,000 with room to spare
inline constexpr std::size_t kMaxQuestionLength = 300;
inline constexpr std::size_t kMaxOptionLength = 120;
inline constexpr std::size_t kMinPollOptions = 2;
inline constexpr std::size_t kMaxPollOptions = 8;

// What the projector and the participants' phones show now.
enum class Board { Belief, Poll, Difference, Topics, Clarity };

inline constexpr std::size_t kMaxPromptLength = 500;
inline constexpr std::size_t kMaxNoteLength = 280;
inline constexpr std::size_t kMaxParticipantStatementLength = 200;
inline constexpr std::size_t kMaxPendingStatementsPerParticipant = 3;

inline constexpr std::size_t kMaxTopicTitleLength = 120;
inline constexpr std::size_t kMaxDecisionLength = 300;
inline constexpr std::size_t kMaxFlagWordsLength = 120;

// The anonymous flags a participant can raise when the meeting seems to avoid something.
enum class FlagKind { Circles, Avoided, Elephant };

constexpr std::string_view flagKindName(FlagKind k) {
  return k == FlagKind::Circles ? "circles" : k == FlagKind::Avoided ? "avoided" : "elephant";
}
constexpr std::optional<FlagKind> flagKindFromName(std::string_view name) {
  if (name == "circles") return FlagKind::Circles;
  if (name == "avoided") return FlagKind::Avoided;
  if (name == "elephant") return FlagKind::Elephant;
  return std::nullopt;
}

inline constexpr std::size_t kMaxEndeavourLength = 1000;
inline constexpr std::size_t kMaxClarityTextLength = 200;
inline constexpr std::size_t kMaxPendingProposalsPerParticipant = 3;

// Clarity for now: every item is provisional, whatever its status.
enum class ClarityStatus { Proposed, Agreed, Done, Reopened, Dropped };

constexpr std::string_view clarityStatusName(ClarityStatus s) {
  switch (s) {
  case ClarityStatus::Proposed: return "proposed";
  case ClarityStatus::Agreed: return "agreed for now";
  case ClarityStatus::Done: return "done";
  case ClarityStatus::Reopened: return "reopened";
  case ClarityStatus::Dropped: return "dropped";
  }
  return "proposed";
}
constexpr std::optional<ClarityStatus> clarityStatusFromName(std::string_view name) {
  if (name == "proposed") return ClarityStatus::Proposed;
  if (name == "agreed for now") return ClarityStatus::Agreed;
  if (name == "done") return ClarityStatus::Done;
  if (name == "reopened") return ClarityStatus::Reopened;
  if (name == "dropped") return ClarityStatus::Dropped;
  return std::nullopt;
}

// A participant's view of a statement: agree, disagree, or pass.
enum class Vote { Disagree = -1, Pass = 0, Agree = 1 };

enum class PollKind { Scale, Options };

// Names used in the stored events and on the wire: part of both formats, never renamed.
constexpr std::string_view boardName(Board b) {
  return b == Board::Poll         ? "poll"
         : b == Board::Difference ? "difference"
         : b == Board::Topics     ? "topics"
         : b == Board::Clarity    ? "clarity"
                                  : "belief";
}
constexpr std::optional<Board> boardFromName(std::string_view name) {
  if (name == "belief") return Board::Belief;
  if (name == "poll") return Board::Poll;
  if (name == "difference") return Board::Difference;
  if (name == "topics") return Board::Topics;
  if (name == "clarity") return Board::Clarity;
  return std::nullopt;
}
constexpr std::string_view voteName(Vote v) {
  return v == Vote::Agree ? "agree" : v == Vote::Disagree ? "disagree" : "pass";
}
constexpr std::optional<Vote> voteFromName(std::string_view name) {
  if (name == "agree") return Vote::Agree;
  if (name == "disagree") return Vote::Disagree;
  if (name == "pass") return Vote::Pass;
  return std::nullopt;
}

} // namespace balcony::core
