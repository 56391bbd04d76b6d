// The rooms board on the wire: while the plenary shows it, phones are told each room's belief
// means, as the wall shows them. Nothing is sent from a phone.
#pragma once

#include "balcony/core/snapshot.hpp"
#include "balcony/net/wire_fields.hpp"

namespace balcony::net::wire {

// "rooms": {"rooms": [{"room", "link", "means": [m|null, ...]}], "statements": [...]} while shown.
void writePublic(std::type_identity<core::RoomsBoard>, const core::Snapshot& snapshot, Json& state);
void writeMine(std::type_identity<core::RoomsBoard>, const core::SessionState& state, core::ParticipantId participant,
               Json& welcome);

} // namespace balcony::net::wire
