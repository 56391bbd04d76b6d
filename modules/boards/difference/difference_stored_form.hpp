// The stored form of difference surfacing's events (see balcony/core/stored_form.hpp).
#pragma once

#include "balcony/core/stored_form.hpp"
#include "difference/difference_domain.hpp"

namespace balcony::core {

constexpr EnumNames<Vote> enumNames(std::type_identity<Vote>) {
  return {"vote", voteName, voteFromName};
}

constexpr auto storedForm(std::type_identity<PromptAdded>) {
  using E = PromptAdded;
  return form<E>("prompt_added", field("prompt", &E::prompt), field("text", &E::text), field("kind", &E::kind),
                 field("scale_min", &E::scaleMin), field("scale_max", &E::scaleMax), field("notes", &E::notes));
}
constexpr auto storedForm(std::type_identity<PromptShown>) {
  return form<PromptShown>("prompt_shown", field("prompt", &PromptShown::prompt));
}
constexpr auto storedForm(std::type_identity<PromptAnswered>) {
  using E = PromptAnswered;
  return form<E>("prompt_answered", field("participant", &E::participant), field("prompt", &E::prompt),
                 field("rating", &E::rating));
}
constexpr auto storedForm(std::type_identity<NoteAdded>) {
  using E = NoteAdded;
  return form<E>("note_added", field("note", &E::note), field("participant", &E::participant),
                 field("prompt", &E::prompt), field("text", &E::text));
}
constexpr auto storedForm(std::type_identity<NoteEdited>) {
  using E = NoteEdited;
  return form<E>("note_edited", field("note", &E::note), field("participant", &E::participant),
                 field("prompt", &E::prompt), field("text", &E::text));
}
constexpr auto storedForm(std::type_identity<NoteHidden>) {
  return form<NoteHidden>("note_hidden", field("note", &NoteHidden::note));
}
constexpr auto storedForm(std::type_identity<NoteApproved>) {
  return form<NoteApproved>("note_approved", field("note", &NoteApproved::note));
}
constexpr auto storedForm(std::type_identity<StatementSubmitted>) {
  using E = StatementSubmitted;
  return form<E>("statement_submitted", field("statement", &E::statement), field("participant", &E::participant),
                 field("text", &E::text));
}
constexpr auto storedForm(std::type_identity<StatementApproved>) {
  return form<StatementApproved>("statement_approved", field("statement", &StatementApproved::statement));
}
constexpr auto storedForm(std::type_identity<StatementHidden>) {
  return form<StatementHidden>("statement_hidden", field("statement", &StatementHidden::statement));
}
constexpr auto storedForm(std::type_identity<StatementVoted>) {
  using E = StatementVoted;
  return form<E>("statement_voted", field("participant", &E::participant), field("statement", &E::statement),
                 field("vote", &E::vote));
}

} // namespace balcony::core
