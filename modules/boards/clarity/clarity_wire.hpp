// Clarity for now on the wire: a proposal and an energy vote from a phone, and what phones see of
// the board (the endeavour, what is agreed for now, proposals with their energy; never who proposed).
#pragma once

#include "balcony/core/snapshot.hpp"
#include "balcony/net/wire_fields.hpp"

namespace balcony::net::wire {

constexpr MessageForm messageForm(std::type_identity<core::ProposeClarityItem>) {
  return {"proposal"};
}
constexpr MessageForm messageForm(std::type_identity<core::ToggleEnergy>) {
  return {"energy"};
}
ReadResult read(const Fields& f, core::ProposeClarityItem& out);
ReadResult read(const Fields& f, core::ToggleEnergy& out);

// "clarity": the board as phones see it.
void writePublic(std::type_identity<core::ClarityBoard>, const core::Snapshot& snapshot, Json& state);
// "mine_energy": the items this participant gave energy to.
void writeMine(std::type_identity<core::ClarityBoard>, const core::SessionState& state, core::ParticipantId participant,
               Json& welcome);

} // namespace balcony::net::wire
