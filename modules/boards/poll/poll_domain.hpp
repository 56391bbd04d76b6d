// Quick poll, the board's domain part: one question on a scale, or 2 to 8 options with one or
// several choices. Std only; compiled into core.
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

inline constexpr std::size_t kMaxQuestionLength = 300;
inline constexpr std::size_t kMaxOptionLength = 120;
inline constexpr std::size_t kMinPollOptions = 2;
inline constexpr std::size_t kMaxPollOptions = 8;

enum class PollKind { Scale, Options };

constexpr std::string_view pollKindName(PollKind k) {
  return k == PollKind::Scale ? "scale" : "options";
}
constexpr std::optional<PollKind> pollKindFromName(std::string_view name) {
  if (name == "scale") return PollKind::Scale;
  if (name == "options") return PollKind::Options;
  return std::nullopt;
}

// Events.
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

// Commands.
struct AnswerPoll {
  std::string token;
  int poll = 0;
  std::vector<int> choices;
};

struct OpenPoll {
  std::string question;
  PollKind kind = PollKind::Options;
  int scaleMin = 1;
  int scaleMax = 5;
  std::vector<std::string> options;
  bool multiple = false;
  bool showLive = false;
};

struct ClosePoll {};
struct RevealPoll {};

// State.
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
  std::map<ParticipantId, std::string> groups; // the group each answer was given in

  const std::string& groupOf(ParticipantId participant) const;
};

struct PollState {
  std::vector<Poll> polls;

  const Poll* currentPoll() const;
};

struct PollBoard {
  static constexpr Board kBoard = Board::Poll;
  static constexpr std::string_view kName = "poll"; // in stored events and on the wire: never renamed
  using Events = TypeList<PollOpened, PollClosed, PollRevealed, PollAnswered>;
  using ParticipantCommands = TypeList<AnswerPoll>;
  using FacilitatorCommands = TypeList<OpenPoll, ClosePoll, RevealPoll>;
  using State = PollState;
};

Decision decideCommand(const SessionState& state, const AnswerPoll& c, Millis now);
Decision decideCommand(const SessionState& state, const OpenPoll& c, Millis now);
Decision decideCommand(const SessionState& state, const ClosePoll& c, Millis now);
Decision decideCommand(const SessionState& state, const RevealPoll& c, Millis now);

void applyEvent(SessionState& state, const PollOpened& e, Millis at);
void applyEvent(SessionState& state, const PollClosed& e, Millis at);
void applyEvent(SessionState& state, const PollRevealed& e, Millis at);
void applyEvent(SessionState& state, const PollAnswered& e, Millis at);

} // namespace balcony::core
