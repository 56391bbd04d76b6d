// Difference surfacing on the wire: a rating with its note, a statement, a vote; and what phones
// see of the board (the prompt and the approved statements, never ratings, notes or groups).
#pragma once

#include "balcony/core/snapshot.hpp"
#include "balcony/net/wire_fields.hpp"

namespace balcony::net::wire {

constexpr MessageForm messageForm(std::type_identity<core::AnswerPrompt>) {
  return {"prompt_answer"};
}
constexpr MessageForm messageForm(std::type_identity<core::SubmitStatement>) {
  return {"statement"};
}
constexpr MessageForm messageForm(std::type_identity<core::VoteStatement>) {
  return {"vote"};
}
ReadResult read(const Fields& f, core::AnswerPrompt& out);
ReadResult read(const Fields& f, core::SubmitStatement& out);
ReadResult read(const Fields& f, core::VoteStatement& out);

// "difference": the prompt to answer and the approved statements to vote on.
void writePublic(std::type_identity<core::DifferenceBoard>, const core::Snapshot& snapshot, Json& state);
// "mine_prompt" and "mine_votes": this participant's rating, note and votes.
void writeMine(std::type_identity<core::DifferenceBoard>, const core::SessionState& state,
               core::ParticipantId participant, Json& welcome);

} // namespace balcony::net::wire
