// The wire format between the participant page and the server: versioned JSON text messages.
// Decoding is pure (bytes in, a message or an error out), so tests and fuzzers call it directly.
#pragma once

#include "balcony/core/snapshot.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace balcony::net::wire {

inline constexpr int kProtocolVersion = 1;

struct JoinMsg {
  std::string room;
  std::string token; // empty on a first visit
  std::string group;
};
struct GroupMsg {
  std::string group;
};
struct AnswerMsg {
  std::int64_t id = 0; // echoed in the acknowledgement
  int round = 0;
  int belief = 0;
  int value = 0;
};

struct PollAnswerMsg {
  std::int64_t id = 0;
  int poll = 0;
  std::vector<int> choices;
};

struct PromptAnswerMsg {
  std::int64_t id = 0;
  int prompt = 0;
  int rating = 0;
  std::string note;
};

struct StatementMsg {
  std::int64_t id = 0;
  std::string text;
};

struct VoteMsg {
  std::int64_t id = 0;
  int statement = 0;
  core::Vote vote = core::Vote::Pass;
};

struct FlagMsg {
  std::int64_t id = 0;
  core::FlagKind kind = core::FlagKind::Circles;
  std::string words;
};

struct ProposalMsg {
  std::int64_t id = 0;
  std::string what;
};

struct EnergyMsg {
  std::int64_t id = 0;
  int item = 0;
  bool on = true;
};

using ClientMessage = std::variant<JoinMsg, GroupMsg, AnswerMsg, PollAnswerMsg, PromptAnswerMsg, StatementMsg, VoteMsg,
                                   FlagMsg, ProposalMsg, EnergyMsg>;

struct DecodeError {
  std::string code; // "bad_json", "bad_version", "unknown_type", "bad_field"
  std::string message;
};

std::variant<ClientMessage, DecodeError> decode(std::string_view text);

// What every participant sees of the session: the same bytes for all, encoded once per update.
// Results are in it only once the facilitator reveals them.
std::string encodePublicState(const core::Snapshot& snapshot);

std::string encodeWelcome(const core::Snapshot& snapshot, const std::string& token, core::ParticipantId participant);
// stateVersion: the first board state that includes the acknowledged answer (states carry theirs).
std::string encodeAck(std::int64_t id, std::uint64_t stateVersion);
std::string encodeError(std::int64_t id, std::string_view code, std::string_view message);

} // namespace balcony::net::wire
