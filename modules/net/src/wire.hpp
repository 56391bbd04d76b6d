// The wire format between the participant page and the server: versioned JSON text messages.
// A phone's message decodes straight into a participant command of core; each board says how its
// commands travel and what phones see of it (modules/boards/<board>/<board>_wire.hpp). Decoding
// is pure (bytes in, a command or an error out), so tests and fuzzers call it directly.
#pragma once

#include "balcony/core/snapshot.hpp"
#include "balcony/net/wire_fields.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace balcony::net::wire {

inline constexpr int kProtocolVersion = 1;

// A phone's message: the command it asks for, and the id its acknowledgement echoes (0 for joining
// and choosing a group). The token in the command is empty, except in a returning phone's join:
// the connection fills in whose command it is.
struct ClientMessage {
  std::int64_t id = 0;
  core::ParticipantCommandBody command;
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
