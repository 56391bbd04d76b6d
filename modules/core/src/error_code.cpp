// Plain words for each kind of refused command.
#include "balcony/core/commands.hpp"

namespace balcony::core {

std::string_view errorCodeName(ErrorCode code) {
  switch (code) {
  case ErrorCode::BadRequest: return "bad_request";
  case ErrorCode::WrongRoom: return "wrong_room";
  case ErrorCode::UnknownParticipant: return "unknown_participant";
  case ErrorCode::NotOpen: return "not_open";
  case ErrorCode::Conflict: return "conflict";
  case ErrorCode::Busy: return "busy";
  }
  return "error";
}

} // namespace balcony::core
