// The view from the balcony on the wire: phones are told the patterns while the board shows, so a
// participant can read on their phone what the wall says. Nothing is sent from a phone.
#pragma once

#include "balcony/core/snapshot.hpp"
#include "balcony/net/wire_fields.hpp"

namespace balcony::net::wire {

// "balcony": {"patterns": [{"heading", "sentence"}]}, worked out only while the board shows.
void writePublic(std::type_identity<core::BalconyBoard>, const core::Snapshot& snapshot, Json& state);
// Nothing of a participant's own.
void writeMine(std::type_identity<core::BalconyBoard>, const core::SessionState& state, core::ParticipantId participant,
               Json& welcome);

} // namespace balcony::net::wire
