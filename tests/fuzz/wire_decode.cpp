// Fuzzes the participant's messages: text from a phone -> wire::decode -> the command the server
// would submit -> decide and apply -> what goes back out (welcome, public state, ack, error).
// Messages in one input are separated by a 0xFF byte (never part of UTF-8 text), so a run can
// join, then answer, then vote, as a phone does.
#include "wire.hpp"

#include "balcony/core/session_state.hpp"
#include "balcony/core/snapshot.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <type_traits>

using namespace balcony;
using namespace balcony::net;
using nlohmann::json;

namespace {

constexpr std::string_view kToken = "0123456789abcdef0123456789abcdef";
constexpr std::int64_t kMaxId = std::int64_t{1} << 53;

void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "wire_decode: property violated: %s\n", what);
    __builtin_trap();
  }
}

json parseOrTrap(const std::string& text, const char* what) {
  auto j = json::parse(text, nullptr, false);
  require(!j.is_discarded() && j.is_object(), what);
  return j;
}

// A session with something on every board, so decoded messages reach the deciding code.
core::SessionState baseState() {
  core::SessionState state;
  const std::vector<core::Command> setup = {
      {1, core::CreateSession{"Fuzz", "ROOM", {"Health", "Police"}}},
      {2, core::OpenRound{}},
      {3, core::OpenPoll{"Which?", core::PollKind::Options, 1, 5, {"one", "two", "three"}, true, true}},
      {4, core::AddPrompt{"A case", "case", 1, 5, true}},
      {5, core::ShowPrompt{1}},
      {6, core::AddTopic{"Budget", 10}},
      {7, core::StartTopic{1}},
      {8, core::AddClarityItem{{"Agreed thing", "Ann", "none", "2030-01-01", 1}, core::ClarityStatus::Agreed}},
      {9, core::SetEndeavour{"Better services"}},
  };
  for (const auto& command : setup) {
    const auto decision = core::decide(state, command);
    require(!decision.error, "the base state could not be built");
    for (const auto& body : decision.events) {
      core::apply(state, {command.at, body});
    }
  }
  return state;
}

// The command ParticipantMessages sends for each message: the connection's token filled in (a
// returning phone's join keeps the token it brought).
core::CommandBody toCommand(const wire::ClientMessage& message) {
  auto body = message.command;
  std::visit(
      [](auto& c) {
        if (c.token.empty()) c.token = std::string(kToken);
      },
      body);
  return core::widen(std::move(body));
}

// Decoded values stay inside the bounds the decoder promises.
void checkDecoded(const wire::ClientMessage& message) {
  require(message.id >= 0 && message.id <= kMaxId, "id out of range");
  if (const auto* join = std::get_if<core::Join>(&message.command)) {
    require(join->roomCode.size() <= 16 && join->token.size() <= 64, "join fields too long");
    require(join->group.size() <= core::kMaxGroupNameLength, "join group too long");
  } else if (const auto* poll = std::get_if<core::AnswerPoll>(&message.command)) {
    require(poll->choices.size() <= core::kMaxPollOptions, "too many poll choices");
  } else if (const auto* answer = std::get_if<core::AnswerBelief>(&message.command)) {
    require(answer->belief >= 0 && answer->belief <= 100, "belief out of range");
  } else {
    require(std::visit([](const auto& c) { return c.token.empty(); }, message.command),
            "a message other than join named a token");
  }
}

// What the server sends back is JSON, whatever text the phone sent, and the ack carries the id.
void checkReplies(const wire::ClientMessage& message, const core::Decision& decision) {
  const auto id = message.id;
  if (decision.error) {
    const auto j =
        parseOrTrap(wire::encodeError(id, core::errorCodeName(decision.error->code), decision.error->message),
                    "an error reply is not a JSON object");
    require(j.at("id").get<std::int64_t>() == id, "the error reply lost the id");
  } else {
    const auto j = parseOrTrap(wire::encodeAck(id, 1), "an ack is not a JSON object");
    require(j.at("type") == "ack" && j.at("id").get<std::int64_t>() == id, "the ack lost the id");
  }
}

// Tokens and participant numbers are for the server only; the room sees neither.
bool hasIdentityKey(const json& j) {
  if (j.is_object()) {
    for (const auto& [key, value] : j.items()) {
      if (key == "token" || key == "participant" || key == "proposed_by" || hasIdentityKey(value)) {
        return true;
      }
    }
  } else if (j.is_array()) {
    for (const auto& value : j) {
      if (hasIdentityKey(value)) {
        return true;
      }
    }
  }
  return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const core::SessionState kBase = baseState();
  core::Snapshot snapshot;
  snapshot.state = kBase;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::size_t start = 0;
  core::Millis now = 100;
  bool changed = false;
  for (int count = 0; start <= input.size() && count < 16; ++count) {
    auto end = input.find('\xff', start);
    if (end == std::string_view::npos) {
      end = input.size();
    }
    const auto text = input.substr(start, end - start);
    start = end + 1;

    auto decoded = wire::decode(text);
    if (const auto* error = std::get_if<wire::DecodeError>(&decoded)) {
      require(error->code == "bad_json" || error->code == "bad_version" || error->code == "bad_field" ||
                  error->code == "unknown_type",
              "unknown decode error code");
      parseOrTrap(wire::encodeError(0, error->code, error->message), "a decode error reply is not JSON");
      continue;
    }
    const auto& message = std::get<wire::ClientMessage>(decoded);
    checkDecoded(message);
    const core::Command command{now++, toCommand(message)};
    const auto decision = core::decide(snapshot.state, command);
    checkReplies(message, decision);
    for (const auto& body : decision.events) {
      core::apply(snapshot.state, {command.at, body});
      changed = true;
    }
  }
  if (!changed) {
    return 0;
  }
  // Participant text now sits in the state: what goes out must still be JSON and carry no token.
  const auto publicState = wire::encodePublicState(snapshot);
  const auto pj = parseOrTrap(publicState, "the public state is not a JSON object");
  require(pj.at("type") == "state" && pj.at("v") == wire::kProtocolVersion, "the public state lost its header");
  require(!hasIdentityKey(pj), "an identity reached the public state");
  for (const auto& [token, participant] : snapshot.state.participantByToken) {
    const auto welcome = parseOrTrap(wire::encodeWelcome(snapshot, token, participant), "a welcome is not JSON");
    require(welcome.at("token") == token, "the welcome lost the token");
  }
  return 0;
}
