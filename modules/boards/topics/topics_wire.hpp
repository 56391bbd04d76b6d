// Topics and flags on the wire: the anonymous flag a phone raises, and the current topic's title.
#pragma once

#include "balcony/core/snapshot.hpp"
#include "balcony/net/wire_fields.hpp"

namespace balcony::net::wire {

constexpr MessageForm messageForm(std::type_identity<core::RaiseFlag>) {
  return {"flag"};
}
ReadResult read(const Fields& f, core::RaiseFlag& out);

// "topic": the title of the topic under discussion, or null.
void writePublic(std::type_identity<core::TopicsBoard>, const core::Snapshot& snapshot, Json& state);
// Nothing: a participant's flags are anonymous, even to their own phone after a reload.
void writeMine(std::type_identity<core::TopicsBoard>, const core::SessionState& state, core::ParticipantId participant,
               Json& welcome);

} // namespace balcony::net::wire
