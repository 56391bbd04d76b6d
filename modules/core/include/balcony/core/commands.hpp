// Commands ask for a change; decide() checks them against the state and yields events or an error.
// Each board declares its own (modules/boards/<board>/<board>_domain.hpp); this is all of them.
#pragma once

#include "balcony/core/events.hpp"
#include "balcony/core/one_of.hpp"
#include "balcony/core/types.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace balcony::core {

// Every command of every board: what decide() takes.
using CommandBody = OneOf<AllCommands>;
extern template class OneOf<AllCommands>;

struct Command {
  Millis at = 0;
  CommandBody body;
};

// The two sides that may ask for a change, kept apart by type (see ports.hpp): what a participant
// may do from a phone, and what only the facilitator may do from the console. Each board lists its
// commands under one side or the other.
using ParticipantCommandBody = OneOf<AllParticipantCommands>;
using FacilitatorCommandBody = OneOf<AllFacilitatorCommands>;
extern template class OneOf<AllParticipantCommands>;
extern template class OneOf<AllFacilitatorCommands>;

struct ParticipantCommand {
  Millis at = 0;
  ParticipantCommandBody body;
};

struct FacilitatorCommand {
  Millis at = 0;
  FacilitatorCommandBody body;
};

// A participant's or a facilitator's command as one of all the commands (what decide() takes).
// Compiled once, in one_of.cpp: a visit over every command is too dear to repeat in each unit.
CommandBody widen(ParticipantCommandBody body);
CommandBody widen(FacilitatorCommandBody body);
Command toCommand(ParticipantCommand command);
Command toCommand(FacilitatorCommand command);

enum class ErrorCode {
  BadRequest, // malformed or out-of-range values
  WrongRoom,  // room code does not match
  UnknownParticipant,
  NotOpen,  // the round is closed or does not exist
  Conflict, // not possible in the current state
  Busy,     // the engine has too much waiting: try again in a moment
};

struct CommandError {
  ErrorCode code = ErrorCode::BadRequest;
  std::string message; // plain words for a participant or the facilitator
};

// What deciding a command gives: events to store (possibly none: an idempotent repeat), or an error.
struct Decision {
  std::vector<EventBody> events;
  std::optional<CommandError> error;
  ParticipantId participant = 0; // the participant the command acted for, if any
};

std::string_view errorCodeName(ErrorCode code);

} // namespace balcony::core
