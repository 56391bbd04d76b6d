// The session's own messages on the wire: joining (with the room code, and the token a returning
// phone kept) and choosing a group. Neither carries an id: the answer to both is a welcome.
#pragma once

#include "balcony/core/snapshot.hpp"
#include "balcony/net/wire_fields.hpp"

namespace balcony::net::wire {

constexpr MessageForm messageForm(std::type_identity<core::Join>) {
  return {"join", false};
}
constexpr MessageForm messageForm(std::type_identity<core::ChooseGroup>) {
  return {"group", false};
}
ReadResult read(const Fields& f, core::Join& out);
ReadResult read(const Fields& f, core::ChooseGroup& out);

} // namespace balcony::net::wire
