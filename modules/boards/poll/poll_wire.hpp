// Quick poll on the wire: the answer a phone sends, and what phones see of the poll.
#pragma once

#include "balcony/core/snapshot.hpp"
#include "balcony/net/wire_fields.hpp"

namespace balcony::net::wire {

constexpr MessageForm messageForm(std::type_identity<core::AnswerPoll>) {
  return {"poll_answer"};
}
ReadResult read(const Fields& f, core::AnswerPoll& out);

// "poll": the current poll, with its results once revealed.
void writePublic(std::type_identity<core::PollBoard>, const core::Snapshot& snapshot, Json& state);
// "mine_poll": this participant's choices in the current poll.
void writeMine(std::type_identity<core::PollBoard>, const core::SessionState& state, core::ParticipantId participant,
               Json& welcome);

} // namespace balcony::net::wire
