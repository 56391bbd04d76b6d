// A room's summary and the plenary's requests as JSON, the form they cross the broker in. Reading
// checks every field: a message that is not a well-formed summary is refused with a reason and
// changes nothing.
#pragma once

#include "balcony/core/snapshot.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace balcony::federation {

std::string encodeSummary(const core::RoomSummary& summary);
// The summary, or nullopt with `error` saying what is wrong.
std::optional<core::RoomSummary> decodeSummary(std::string_view text, std::string& error);

std::string encodeRequest(const core::EventRequest& request);
std::optional<core::EventRequest> decodeRequest(std::string_view text, std::string& error);

// The rooms the plenary kept in its session (for the exports, and the board when no link is on),
// by name; a kept summary that cannot be read is left out.
std::vector<core::EventRoom> keptRooms(const core::SessionState& state);

// The size a summary may have on the wire, at most (a room of thousands stays far below).
inline constexpr std::size_t kMaxMessageBytes = 512 * 1024;

} // namespace balcony::federation
