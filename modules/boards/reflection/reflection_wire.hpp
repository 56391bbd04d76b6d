// Reflection on the wire: a reflection a participant chose to share (never a draft: drafts stay on
// the phone), and what phones see of the board (the round's stage, questions and lens, and the
// reflections the facilitator approved; never who wrote one).
#pragma once

#include "balcony/core/snapshot.hpp"
#include "balcony/net/wire_fields.hpp"

namespace balcony::net::wire {

constexpr MessageForm messageForm(std::type_identity<core::ShareReflection>) {
  return {"reflection"};
}
ReadResult read(const Fields& f, core::ShareReflection& out);

// "reflection": the board as phones see it.
void writePublic(std::type_identity<core::ReflectionBoard>, const core::Snapshot& snapshot, Json& state);
// "mine_reflections": what this participant shared in the round on show, and where each stands.
void writeMine(std::type_identity<core::ReflectionBoard>, const core::SessionState& state,
               core::ParticipantId participant, Json& welcome);

} // namespace balcony::net::wire
