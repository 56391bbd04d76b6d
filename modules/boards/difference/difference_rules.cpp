// Difference surfacing: what the prompts, notes and statements allow (decide) and change (apply).
#include "difference/difference_domain.hpp"

#include "balcony/core/rule_helpers.hpp"

namespace balcony::core {

using namespace rules;

namespace {

Prompt* findPrompt(SessionState& state, int number) {
  return const_cast<Prompt*>(state.findPrompt(number));
}

ParticipantStatement* findStatement(SessionState& state, int id) {
  return const_cast<ParticipantStatement*>(state.findStatement(id));
}

Note* findNote(SessionState& state, int id) {
  return const_cast<Note*>(state.findNote(id));
}

} // namespace

const std::string& Prompt::groupOf(ParticipantId participant) const {
  return groupAtAnswer(ratingGroups, participant);
}

const std::string& ParticipantStatement::groupOf(ParticipantId participant) const {
  return groupAtAnswer(voteGroups, participant);
}

const Prompt* DifferenceState::findPrompt(int number) const {
  return number >= 1 && static_cast<std::size_t>(number) <= prompts.size()
             ? &prompts[static_cast<std::size_t>(number - 1)]
             : nullptr;
}

const ParticipantStatement* DifferenceState::findStatement(int id) const {
  return id >= 1 && static_cast<std::size_t>(id) <= statements.size() ? &statements[static_cast<std::size_t>(id - 1)]
                                                                      : nullptr;
}

const Note* Prompt::noteOf(ParticipantId participant) const {
  const auto it = noteIndex.find(participant);
  return it != noteIndex.end() ? &notesGiven[it->second] : nullptr;
}

// A walk over every note: only the facilitator's hide and approve ask, a few times a session.
const Note* DifferenceState::findNote(int id) const {
  for (const auto& prompt : prompts) {
    for (const auto& note : prompt.notesGiven) {
      if (note.id == id) return &note;
    }
  }
  return nullptr;
}

Decision decideCommand(const SessionState& state, const AddPrompt& c, Millis) {
  if (!validText(c.text, kMaxPromptLength)) {
    return fail(ErrorCode::BadRequest, "A prompt needs between 1 and 500 characters.");
  }
  if (c.kind != "case" && c.kind != "statement" && c.kind != "risk") {
    return fail(ErrorCode::BadRequest, "A prompt is a case, a statement or a risk.");
  }
  if (!validScale(c.scaleMin, c.scaleMax)) {
    return fail(ErrorCode::BadRequest, kBadScale);
  }
  return eventIf(
      true, PromptAdded{static_cast<int>(state.prompts.size()) + 1, c.text, c.kind, c.scaleMin, c.scaleMax, c.notes});
}

Decision decideCommand(const SessionState& state, const ShowPrompt& c, Millis) {
  if (state.findPrompt(c.prompt) == nullptr) {
    return fail(ErrorCode::BadRequest, "There is no such prompt.");
  }
  return eventIf(state.currentPrompt != c.prompt || state.board != Board::Difference, PromptShown{c.prompt});
}

Decision decideCommand(const SessionState& state, const AnswerPrompt& c, Millis) {
  const auto* p = participant(state, c.token);
  if (p == nullptr) return notJoined();
  const auto* prompt = state.findPrompt(c.prompt);
  if (prompt == nullptr || state.currentPrompt != c.prompt) {
    return fail(ErrorCode::NotOpen, "This prompt is no longer up for answers.");
  }
  if (c.rating < prompt->scaleMin || c.rating > prompt->scaleMax) {
    return fail(ErrorCode::BadRequest, "That rating is outside the scale.");
  }
  if (!c.note.empty() && (!prompt->notes || !validText(c.note, kMaxNoteLength))) {
    return fail(ErrorCode::BadRequest,
                prompt->notes ? "A note can be at most 280 characters." : "This prompt takes a rating only.");
  }
  auto d = nothingFor(p->id);
  auto it = prompt->ratings.find(p->id);
  if (it == prompt->ratings.end() || it->second != c.rating) {
    d.events.emplace_back(PromptAnswered{p->id, c.prompt, c.rating});
  }
  if (!c.note.empty()) {
    if (const Note* mine = prompt->noteOf(p->id); mine == nullptr) {
      d.events.emplace_back(NoteAdded{state.noteCount + 1, p->id, c.prompt, c.note});
    } else if (mine->text != c.note) {
      if (mine->edits >= kMaxNoteEdits) {
        return fail(ErrorCode::Conflict, "You have changed your note on this prompt many times: it stays as it is.");
      }
      d.events.emplace_back(NoteEdited{mine->id, p->id, c.prompt, c.note});
    }
  }
  return d;
}

Decision decideCommand(const SessionState& state, const SubmitStatement& c, Millis) {
  const auto* p = participant(state, c.token);
  if (p == nullptr) return notJoined();
  if (!validText(c.text, kMaxParticipantStatementLength)) {
    return fail(ErrorCode::BadRequest, "A statement needs between 1 and 200 characters.");
  }
  std::size_t pending = 0;
  std::size_t written = 0;
  for (const auto& st : state.statements) {
    if (st.author == p->id && st.status == StatementStatus::Pending) {
      ++pending;
    }
    if (st.author == p->id && st.text == c.text) {
      return nothingFor(p->id); // the same statement sent again: already in
    }
    written += st.author == p->id ? 1 : 0;
  }
  if (written >= kMaxStatementsPerParticipant) {
    return fail(ErrorCode::Conflict, "You have sent twenty statements in this session: thank you, that is the most.");
  }
  if (pending >= kMaxPendingStatementsPerParticipant) {
    return fail(ErrorCode::Conflict, "You have three statements waiting for the facilitator. Please wait a moment.");
  }
  auto d = eventIf(true, StatementSubmitted{static_cast<int>(state.statements.size()) + 1, p->id, c.text});
  d.participant = p->id;
  return d;
}

Decision decideCommand(const SessionState& state, const VoteStatement& c, Millis) {
  const auto* p = participant(state, c.token);
  if (p == nullptr) return notJoined();
  const auto* st = state.findStatement(c.statement);
  if (st == nullptr || st->status != StatementStatus::Approved) {
    return fail(ErrorCode::NotOpen, "That statement is not up for votes.");
  }
  if (c.vote != Vote::Agree && c.vote != Vote::Disagree && c.vote != Vote::Pass) {
    return fail(ErrorCode::BadRequest, "Agree, disagree or pass.");
  }
  auto it = st->votes.find(p->id);
  auto d = eventIf(it == st->votes.end() || it->second != c.vote, StatementVoted{p->id, c.statement, c.vote});
  d.participant = p->id;
  return d;
}

Decision decideCommand(const SessionState& state, const HideNote& c, Millis) {
  const Note* note = state.findNote(c.note);
  if (note == nullptr) {
    return fail(ErrorCode::BadRequest, "There is no such note.");
  }
  return eventIf(!note->hidden, NoteHidden{c.note});
}

Decision decideCommand(const SessionState& state, const ApproveNote& c, Millis) {
  const Note* note = state.findNote(c.note);
  if (note == nullptr) {
    return fail(ErrorCode::BadRequest, "There is no such note.");
  }
  return eventIf(note->hidden, NoteApproved{c.note});
}

Decision decideCommand(const SessionState& state, const ApproveStatement& c, Millis) {
  const auto* st = state.findStatement(c.statement);
  if (st == nullptr) {
    return fail(ErrorCode::BadRequest, "There is no such statement.");
  }
  // Approving a hidden statement undoes the hide (Moderation lists hidden statements for that).
  return eventIf(st->status != StatementStatus::Approved, StatementApproved{c.statement});
}

Decision decideCommand(const SessionState& state, const HideStatement& c, Millis) {
  const auto* st = state.findStatement(c.statement);
  if (st == nullptr) {
    return fail(ErrorCode::BadRequest, "There is no such statement.");
  }
  return eventIf(st->status != StatementStatus::Hidden, StatementHidden{c.statement});
}

void applyEvent(SessionState& state, const PromptAdded& e, Millis) {
  Prompt prompt;
  prompt.number = e.prompt;
  prompt.text = e.text;
  prompt.kind = e.kind;
  prompt.scaleMin = e.scaleMin;
  prompt.scaleMax = e.scaleMax;
  prompt.notes = e.notes;
  state.prompts.push_back(std::move(prompt));
}

void applyEvent(SessionState& state, const PromptShown& e, Millis) {
  state.currentPrompt = e.prompt;
  state.board = Board::Difference;
}

void applyEvent(SessionState& state, const PromptAnswered& e, Millis) {
  if (auto* prompt = findPrompt(state, e.prompt)) {
    prompt->ratings[e.participant] = e.rating;
    prompt->ratingGroups[e.participant] = state.groupOf(e.participant);
  }
}

void applyEvent(SessionState& state, const NoteAdded& e, Millis at) {
  if (auto* prompt = findPrompt(state, e.prompt)) {
    const auto [where, first] = prompt->noteIndex.try_emplace(e.participant, prompt->notesGiven.size());
    if (first) {
      prompt->notesGiven.push_back(Note{e.note, e.participant, e.text, false, at, state.groupOf(e.participant), 0});
    } else {
      // Logs from before notes were edited in place add a participant's newer note as a note of
      // its own: it takes the older one's place (and its hidden mark), under the newer number.
      auto& note = prompt->notesGiven[where->second];
      note.id = e.note;
      note.text = e.text;
      note.at = at;
      note.group = state.groupOf(e.participant);
      ++note.edits;
    }
  }
  state.noteCount = std::max(state.noteCount, e.note);
}

void applyEvent(SessionState& state, const NoteEdited& e, Millis at) {
  auto* prompt = findPrompt(state, e.prompt);
  if (prompt == nullptr) return;
  const auto where = prompt->noteIndex.find(e.participant);
  if (where == prompt->noteIndex.end() || prompt->notesGiven[where->second].id != e.note) return;
  auto& note = prompt->notesGiven[where->second];
  note.text = e.text; // a hidden note stays hidden: the facilitator approves what it says now
  note.at = at;
  note.group = state.groupOf(e.participant);
  ++note.edits;
}

void applyEvent(SessionState& state, const NoteHidden& e, Millis) {
  if (auto* note = findNote(state, e.note)) note->hidden = true;
}

void applyEvent(SessionState& state, const NoteApproved& e, Millis) {
  if (auto* note = findNote(state, e.note)) note->hidden = false;
}

void applyEvent(SessionState& state, const StatementSubmitted& e, Millis at) {
  state.statements.push_back(
      ParticipantStatement{e.statement, e.participant, e.text, StatementStatus::Pending, at, {}, {}});
}

void applyEvent(SessionState& state, const StatementApproved& e, Millis) {
  if (auto* st = findStatement(state, e.statement)) {
    st->status = StatementStatus::Approved;
  }
}

void applyEvent(SessionState& state, const StatementHidden& e, Millis) {
  if (auto* st = findStatement(state, e.statement)) {
    st->status = StatementStatus::Hidden;
  }
}

void applyEvent(SessionState& state, const StatementVoted& e, Millis) {
  if (auto* st = findStatement(state, e.statement)) {
    st->votes[e.participant] = e.vote;
    st->voteGroups[e.participant] = state.groupOf(e.participant);
  }
}

} // namespace balcony::core
