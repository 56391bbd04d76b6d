// Belief check on the wire: the answer a phone sends, and what phones see of the round.
#pragma once

#include "balcony/core/snapshot.hpp"
#include "balcony/net/wire_fields.hpp"

namespace balcony::net::wire {

constexpr MessageForm messageForm(std::type_identity<core::AnswerBelief>) {
  return {"answer"};
}
ReadResult read(const Fields& f, core::AnswerBelief& out);

// "round": the current round, with its results once revealed.
void writePublic(std::type_identity<core::BeliefBoard>, const core::Snapshot& snapshot, Json& state);
// "mine": this participant's answers to the current round.
void writeMine(std::type_identity<core::BeliefBoard>, const core::SessionState& state, core::ParticipantId participant,
               Json& welcome);

} // namespace balcony::net::wire
