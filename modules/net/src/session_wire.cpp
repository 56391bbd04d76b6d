// Joining and choosing a group, read from a phone.
#include "session_wire.hpp"

namespace balcony::net::wire {

ReadResult read(const Fields& f, core::Join& out) {
  if (!f.string("room", out.roomCode, 16, true)) return Fields::bad("room");
  if (!f.string("token", out.token, 64, false)) return Fields::bad("token");
  if (!f.string("group", out.group, core::kMaxGroupNameLength, false)) return Fields::bad("group");
  return std::nullopt;
}

ReadResult read(const Fields& f, core::ChooseGroup& out) {
  if (!f.string("group", out.group, core::kMaxGroupNameLength, true)) return Fields::bad("group");
  return std::nullopt;
}

} // namespace balcony::net::wire
