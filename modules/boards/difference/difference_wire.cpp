// Difference surfacing on the wire. Lengths are checked in bytes here at four times the limit
// (a character can take four); core checks the real limit on the cleaned text.
#include "difference/difference_wire.hpp"

namespace balcony::net::wire {

ReadResult read(const Fields& f, core::AnswerPrompt& out) {
  if (!f.integer("prompt", out.prompt, 1, kMaxNumber)) return Fields::bad("prompt");
  if (!f.integer("rating", out.rating, -kMaxScaleValue, kMaxScaleValue)) return Fields::bad("rating");
  if (!f.text("note", out.note, core::kMaxNoteLength * 4, false)) return Fields::bad("note");
  return std::nullopt;
}

ReadResult read(const Fields& f, core::SubmitStatement& out) {
  if (!f.text("text", out.text, core::kMaxParticipantStatementLength * 4, true)) return Fields::bad("text");
  return std::nullopt;
}

ReadResult read(const Fields& f, core::VoteStatement& out) {
  if (!f.integer("statement", out.statement, 1, kMaxNumber)) return Fields::bad("statement");
  if (!f.named("vote", out.vote, core::voteFromName)) return Fields::bad("vote");
  return std::nullopt;
}

void writePublic(std::type_identity<core::DifferenceBoard>, const core::Snapshot& snapshot, Json& state) {
  const auto& s = snapshot.state;
  Json d = {{"prompt", nullptr}, {"statements", Json::array()}};
  if (const auto* prompt = s.findPrompt(s.currentPrompt)) {
    d["prompt"] = {{"number", prompt->number},          {"text", prompt->text},          {"kind", prompt->kind},
                   {"scale_min", prompt->scaleMin},     {"scale_max", prompt->scaleMax}, {"notes", prompt->notes},
                   {"answered", prompt->ratings.size()}};
  }
  for (const auto& st : s.statements) {
    if (st.status == core::StatementStatus::Approved) {
      d["statements"].push_back({{"id", st.id}, {"text", st.text}});
    }
  }
  state["difference"] = std::move(d);
}

void writeMine(std::type_identity<core::DifferenceBoard>, const core::SessionState& state,
               core::ParticipantId participant, Json& welcome) {
  Json minePrompt = nullptr;
  if (const auto* prompt = state.findPrompt(state.currentPrompt)) {
    auto it = prompt->ratings.find(participant);
    if (it != prompt->ratings.end()) {
      minePrompt = {{"prompt", prompt->number}, {"rating", it->second}, {"note", ""}};
      if (const auto* note = prompt->noteOf(participant)) {
        minePrompt["note"] = note->text; // the participant's own words, even if hidden from the room
      }
    }
  }
  welcome["mine_prompt"] = std::move(minePrompt);
  Json mineVotes = Json::object();
  for (const auto& st : state.statements) {
    auto it = st.votes.find(participant);
    if (st.status == core::StatementStatus::Approved && it != st.votes.end()) {
      mineVotes[std::to_string(st.id)] = core::voteName(it->second);
    }
  }
  welcome["mine_votes"] = std::move(mineVotes);
}

} // namespace balcony::net::wire
