// Validation of every command: the only gate between untrusted input and the event log.
#include "balcony/core/session_state.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <type_traits>

namespace balcony::core {
namespace {

Decision fail(ErrorCode code, std::string message) {
  Decision d;
  d.error = CommandError{code, std::move(message)};
  return d;
}

bool isValidRoomCode(const std::string& code) {
  return code.size() == kRoomCodeLength &&
         std::all_of(code.begin(), code.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

std::string upper(std::string s) {
  for (auto& c : s) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return s;
}

bool isBlank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

bool isValidToken(const std::string& token) {
  return token.size() >= 32 && token.size() <= 64 && std::all_of(token.begin(), token.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

bool validScale(int lo, int hi) {
  return lo >= 0 && hi <= 10 && hi - lo >= 2;
}

Decision decideCreate(const SessionState& state, const CreateSession& c) {
  if (state.created) {
    return fail(ErrorCode::Conflict, "This session already exists.");
  }
  if (c.title.empty() || isBlank(c.title) || c.title.size() > kMaxTitleLength) {
    return fail(ErrorCode::BadRequest, "The session needs a title of at most 200 characters.");
  }
  if (!isValidRoomCode(c.roomCode)) {
    return fail(ErrorCode::BadRequest, "The room code must be 4 capital letters or digits.");
  }
  if (c.groups.empty() || c.groups.size() > kMaxGroups) {
    return fail(ErrorCode::BadRequest, "A session needs between 1 and 12 groups.");
  }
  std::set<std::string> seen;
  for (const auto& g : c.groups) {
    if (g.empty() || isBlank(g) || g.size() > kMaxGroupNameLength || !seen.insert(g).second) {
      return fail(ErrorCode::BadRequest, "Group names must be unique, non-empty and short.");
    }
  }
  Decision d;
  d.events.emplace_back(SessionCreated{c.title, c.roomCode, c.groups});
  return d;
}

Decision decideJoin(const SessionState& state, const Join& c) {
  if (upper(c.roomCode) != state.roomCode) {
    return fail(ErrorCode::WrongRoom, "That room code is not this room's. Check the code on the screen.");
  }
  if (!isValidToken(c.token)) {
    return fail(ErrorCode::BadRequest, "The participant token is malformed.");
  }
  if (!c.group.empty() && !state.hasGroup(c.group)) {
    return fail(ErrorCode::BadRequest, "That group is not one of this session's groups.");
  }
  Decision d;
  if (const auto* existing = state.findByToken(c.token)) {
    d.participant = existing->id;
    if (!c.group.empty() && c.group != existing->group) {
      d.events.emplace_back(GroupChosen{existing->id, c.group});
    }
    return d;
  }
  if (state.joiningLocked) {
    return fail(ErrorCode::Conflict, "Joining is closed for this session. Ask the facilitator if you should be in.");
  }
  if (state.participants.size() >= kMaxParticipants) {
    return fail(ErrorCode::Conflict, "This session is full.");
  }
  d.participant = static_cast<ParticipantId>(state.participants.size() + 1);
  d.events.emplace_back(ParticipantJoined{d.participant, c.token, c.group});
  return d;
}

Decision decideChooseGroup(const SessionState& state, const ChooseGroup& c) {
  const auto* p = state.findByToken(c.token);
  if (p == nullptr) {
    return fail(ErrorCode::UnknownParticipant, "Please join the session first.");
  }
  if (!state.hasGroup(c.group)) {
    return fail(ErrorCode::BadRequest, "That group is not one of this session's groups.");
  }
  Decision d;
  d.participant = p->id;
  if (p->group != c.group) {
    d.events.emplace_back(GroupChosen{p->id, c.group});
  }
  return d;
}

Decision decideAnswer(const SessionState& state, const AnswerBelief& c) {
  const auto* p = state.findByToken(c.token);
  if (p == nullptr) {
    return fail(ErrorCode::UnknownParticipant, "Please join the session first.");
  }
  const auto* round = state.currentRound();
  if (round == nullptr || round->number != c.round || !round->open) {
    return fail(ErrorCode::NotOpen, "This belief check is closed.");
  }
  if (c.belief < 0 || c.belief >= static_cast<int>(kBeliefCount)) {
    return fail(ErrorCode::BadRequest, "There are three beliefs to answer.");
  }
  if (c.value < round->scaleMin || c.value > round->scaleMax) {
    return fail(ErrorCode::BadRequest, "That answer is outside the scale.");
  }
  Decision d;
  d.participant = p->id;
  auto it = round->answers.find(p->id);
  if (it != round->answers.end() && it->second[static_cast<std::size_t>(c.belief)] == c.value) {
    return d; // the same answer again (a resend after reconnecting): nothing new to store
  }
  d.events.emplace_back(BeliefAnswered{p->id, c.round, c.belief, c.value});
  return d;
}

Decision decideOpenRound(const SessionState& state, const OpenRound& c) {
  for (const auto& s : c.statements) {
    if (s.empty() || isBlank(s) || s.size() > kMaxStatementLength) {
      return fail(ErrorCode::BadRequest, "Each belief statement needs between 1 and 300 characters.");
    }
  }
  if (!validScale(c.scaleMin, c.scaleMax)) {
    return fail(ErrorCode::BadRequest, "The scale must run from 0 or more to 10 or less, with at least 3 points.");
  }
  Decision d;
  const auto* current = state.currentRound();
  if (current != nullptr && current->open) {
    d.events.emplace_back(RoundClosed{current->number});
  }
  d.events.emplace_back(
      RoundOpened{static_cast<int>(state.rounds.size()) + 1, c.statements, c.scaleMin, c.scaleMax, c.showLive});
  return d;
}

Decision decideOpenPoll(const SessionState& state, const OpenPoll& c) {
  if (c.question.empty() || isBlank(c.question) || c.question.size() > kMaxQuestionLength) {
    return fail(ErrorCode::BadRequest, "The poll needs a question of at most 300 characters.");
  }
  PollOpened e{
      static_cast<int>(state.polls.size()) + 1, c.question, c.kind, c.scaleMin, c.scaleMax, {}, c.multiple, c.showLive};
  if (c.kind == PollKind::Scale) {
    if (!validScale(c.scaleMin, c.scaleMax)) {
      return fail(ErrorCode::BadRequest, "The scale must run from 0 or more to 10 or less, with at least 3 points.");
    }
    e.multiple = false;
  } else {
    if (c.options.size() < kMinPollOptions || c.options.size() > kMaxPollOptions) {
      return fail(ErrorCode::BadRequest, "A poll needs between 2 and 8 options.");
    }
    std::set<std::string> seen;
    for (const auto& option : c.options) {
      if (option.empty() || isBlank(option) || option.size() > kMaxOptionLength || !seen.insert(option).second) {
        return fail(ErrorCode::BadRequest, "Options must be different, non-empty and at most 120 characters.");
      }
    }
    e.options = c.options;
  }
  Decision d;
  const auto* current = state.currentPoll();
  if (current != nullptr && current->open) {
    d.events.emplace_back(PollClosed{current->number});
  }
  d.events.emplace_back(std::move(e));
  return d;
}

Decision decideAnswerPoll(const SessionState& state, const AnswerPoll& c) {
  const auto* p = state.findByToken(c.token);
  if (p == nullptr) {
    return fail(ErrorCode::UnknownParticipant, "Please join the session first.");
  }
  const auto* poll = state.currentPoll();
  if (poll == nullptr || poll->number != c.poll || !poll->open) {
    return fail(ErrorCode::NotOpen, "This poll is closed.");
  }
  std::vector<int> choices = c.choices;
  if (poll->kind == PollKind::Scale) {
    if (choices.size() != 1 || choices[0] < poll->scaleMin || choices[0] > poll->scaleMax) {
      return fail(ErrorCode::BadRequest, "That answer is outside the scale.");
    }
  } else {
    const auto n = static_cast<int>(poll->options.size());
    std::sort(choices.begin(), choices.end());
    const bool inRange = std::all_of(choices.begin(), choices.end(), [n](int v) { return v >= 0 && v < n; });
    const bool unique = std::adjacent_find(choices.begin(), choices.end()) == choices.end();
    const bool countOk = poll->multiple ? !choices.empty() : choices.size() == 1;
    if (!inRange || !unique || !countOk) {
      return fail(ErrorCode::BadRequest,
                  poll->multiple ? "Choose one or more of the options." : "Choose one of the options.");
    }
  }
  Decision d;
  d.participant = p->id;
  auto it = poll->answers.find(p->id);
  if (it != poll->answers.end() && it->second == choices) {
    return d;
  }
  d.events.emplace_back(PollAnswered{p->id, c.poll, std::move(choices)});
  return d;
}

// Participant text: trimmed of surrounding space, non-empty, and within a length in bytes.
bool validText(const std::string& text, std::size_t maxLength) {
  return !text.empty() && !isBlank(text) && text.size() <= maxLength;
}

Decision decideAddPrompt(const SessionState& state, const AddPrompt& c) {
  if (!validText(c.text, kMaxPromptLength)) {
    return fail(ErrorCode::BadRequest, "A prompt needs between 1 and 500 characters.");
  }
  if (c.kind != "case" && c.kind != "statement" && c.kind != "risk") {
    return fail(ErrorCode::BadRequest, "A prompt is a case, a statement or a risk.");
  }
  if (!validScale(c.scaleMin, c.scaleMax)) {
    return fail(ErrorCode::BadRequest, "The scale must run from 0 or more to 10 or less, with at least 3 points.");
  }
  Decision d;
  d.events.emplace_back(
      PromptAdded{static_cast<int>(state.prompts.size()) + 1, c.text, c.kind, c.scaleMin, c.scaleMax, c.notes});
  return d;
}

Decision decideAnswerPrompt(const SessionState& state, const AnswerPrompt& c) {
  const auto* p = state.findByToken(c.token);
  if (p == nullptr) {
    return fail(ErrorCode::UnknownParticipant, "Please join the session first.");
  }
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
  Decision d;
  d.participant = p->id;
  auto it = prompt->ratings.find(p->id);
  if (it == prompt->ratings.end() || it->second != c.rating) {
    d.events.emplace_back(PromptAnswered{p->id, c.prompt, c.rating});
  }
  if (!c.note.empty()) {
    const Note* latest = nullptr;
    for (const auto& note : prompt->notesGiven) {
      if (note.participant == p->id && !note.replaced) {
        latest = &note;
      }
    }
    if (latest == nullptr || latest->text != c.note) {
      d.events.emplace_back(NoteAdded{state.noteCount + 1, p->id, c.prompt, c.note});
    }
  }
  return d;
}

Decision decideSubmitStatement(const SessionState& state, const SubmitStatement& c) {
  const auto* p = state.findByToken(c.token);
  if (p == nullptr) {
    return fail(ErrorCode::UnknownParticipant, "Please join the session first.");
  }
  if (!validText(c.text, kMaxParticipantStatementLength)) {
    return fail(ErrorCode::BadRequest, "A statement needs between 1 and 200 characters.");
  }
  std::size_t pending = 0;
  for (const auto& st : state.statements) {
    if (st.author == p->id && st.status == StatementStatus::Pending) {
      ++pending;
    }
    if (st.author == p->id && st.text == c.text) {
      Decision same;
      same.participant = p->id;
      return same; // the same statement sent again: already in
    }
  }
  if (pending >= kMaxPendingStatementsPerParticipant) {
    return fail(ErrorCode::Conflict, "You have three statements waiting for the facilitator. Please wait a moment.");
  }
  Decision d;
  d.participant = p->id;
  d.events.emplace_back(StatementSubmitted{static_cast<int>(state.statements.size()) + 1, p->id, c.text});
  return d;
}

Decision decideVoteStatement(const SessionState& state, const VoteStatement& c) {
  const auto* p = state.findByToken(c.token);
  if (p == nullptr) {
    return fail(ErrorCode::UnknownParticipant, "Please join the session first.");
  }
  const auto* st = state.findStatement(c.statement);
  if (st == nullptr || st->status != StatementStatus::Approved) {
    return fail(ErrorCode::NotOpen, "That statement is not up for votes.");
  }
  if (c.vote != Vote::Agree && c.vote != Vote::Disagree && c.vote != Vote::Pass) {
    return fail(ErrorCode::BadRequest, "Agree, disagree or pass.");
  }
  Decision d;
  d.participant = p->id;
  auto it = st->votes.find(p->id);
  if (it == st->votes.end() || it->second != c.vote) {
    d.events.emplace_back(StatementVoted{p->id, c.statement, c.vote});
  }
  return d;
}

Decision decideRaiseFlag(const SessionState& state, const RaiseFlag& c, Millis now) {
  const auto* p = state.findByToken(c.token);
  if (p == nullptr) {
    return fail(ErrorCode::UnknownParticipant, "Please join the session first.");
  }
  if (c.words.size() > kMaxFlagWordsLength || (!c.words.empty() && isBlank(c.words))) {
    return fail(ErrorCode::BadRequest, "A flag's words can be at most 120 characters.");
  }
  const Millis cooldown = Millis{state.signalSettings.flagCooldownSeconds} * 1000;
  for (auto it = state.flags.rbegin(); it != state.flags.rend(); ++it) {
    if (it->participant == p->id) {
      if (now - it->at < cooldown) {
        const auto wait = (cooldown - (now - it->at) + 999) / 1000;
        return fail(ErrorCode::Conflict,
                    "Your flag is in and still counts. You can raise another in " + std::to_string(wait) + " seconds.");
      }
      break;
    }
  }
  Decision d;
  d.participant = p->id;
  d.events.emplace_back(FlagRaised{static_cast<int>(state.flags.size()) + 1, p->id, c.kind, c.words});
  return d;
}

Decision decideTopics(const SessionState& state, const CommandBody& body) {
  Decision d;
  if (const auto* add = std::get_if<AddTopic>(&body)) {
    if (!validText(add->title, kMaxTopicTitleLength)) {
      return fail(ErrorCode::BadRequest, "A topic needs a title of at most 120 characters.");
    }
    if (add->budgetMinutes < 1 || add->budgetMinutes > 600) {
      return fail(ErrorCode::BadRequest, "A topic's time budget is between 1 and 600 minutes.");
    }
    d.events.emplace_back(TopicAdded{static_cast<int>(state.topics.size()) + 1, add->title, add->budgetMinutes});
  } else if (const auto* start = std::get_if<StartTopic>(&body)) {
    if (start->topic != 0 && state.findTopic(start->topic) == nullptr) {
      return fail(ErrorCode::BadRequest, "There is no such topic.");
    }
    if (start->topic != state.currentTopic) {
      d.events.emplace_back(TopicStarted{start->topic});
    }
  } else if (const auto* decision = std::get_if<RecordDecision>(&body)) {
    if (state.findTopic(decision->topic) == nullptr) {
      return fail(ErrorCode::BadRequest, "There is no such topic.");
    }
    if (!validText(decision->text, kMaxDecisionLength)) {
      return fail(ErrorCode::BadRequest, "A decision needs between 1 and 300 characters.");
    }
    d.events.emplace_back(DecisionRecorded{decision->topic, decision->text});
  } else if (const auto* approve = std::get_if<ApproveFlagWords>(&body)) {
    const auto it =
        std::find_if(state.flags.begin(), state.flags.end(), [&](const Flag& f) { return f.id == approve->flag; });
    if (it == state.flags.end() || it->words.empty()) {
      return fail(ErrorCode::BadRequest, "There is no such flag with words.");
    }
    if (!it->wordsApproved) {
      d.events.emplace_back(FlagWordsApproved{approve->flag});
    }
  } else if (const auto* resolve = std::get_if<ResolveAlert>(&body)) {
    if (resolve->key.empty() || resolve->key.size() > 64) {
      return fail(ErrorCode::BadRequest, "There is no such alert.");
    }
    if (!state.resolvedAlerts.contains(resolve->key)) {
      d.events.emplace_back(AlertResolved{resolve->key, resolve->acknowledged});
    }
  } else if (const auto* settings = std::get_if<SetSignalSettings>(&body)) {
    const auto& s = *settings;
    if (s.revisitLimit < 1 || s.revisitLimit > 20 || s.overtimePercent < 100 || s.overtimePercent > 1000 ||
        s.flagSharePercent < 1 || s.flagSharePercent > 100 || s.flagWindowMinutes < 1 || s.flagWindowMinutes > 60 ||
        s.flagLifetimeMinutes < 1 || s.flagLifetimeMinutes > 120 || s.flagCooldownSeconds < 0 ||
        s.flagCooldownSeconds > 3600) {
      return fail(ErrorCode::BadRequest, "A signal setting is out of range.");
    }
    d.events.emplace_back(s);
  }
  return d;
}

bool validDate(const std::string& date) {
  if (date.empty()) {
    return true;
  }
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') {
    return false;
  }
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (date[i] < '0' || date[i] > '9') return false;
  }
  const int month = std::stoi(date.substr(5, 2));
  const int day = std::stoi(date.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::optional<CommandError> checkFields(const SessionState& state, const ClarityFields& f) {
  if (!validText(f.what, kMaxClarityTextLength)) {
    return CommandError{ErrorCode::BadRequest, "Say what, in at most 200 characters."};
  }
  if (f.owner.size() > kMaxClarityTextLength || f.resources.size() > kMaxClarityTextLength) {
    return CommandError{ErrorCode::BadRequest, "Owner and resources can be at most 200 characters each."};
  }
  if (!validDate(f.reviewDate)) {
    return CommandError{ErrorCode::BadRequest, "The review date is written as YYYY-MM-DD."};
  }
  if (f.topic != 0 && state.findTopic(f.topic) == nullptr) {
    return CommandError{ErrorCode::BadRequest, "There is no such topic to link to."};
  }
  return std::nullopt;
}

Decision decideClarity(const SessionState& state, const CommandBody& body) {
  Decision d;
  auto itemOrFail = [&](int id) -> const ClarityItem* {
    const auto* item = state.findClarity(id);
    return item != nullptr && !item->hidden ? item : nullptr;
  };
  if (const auto* c = std::get_if<SetEndeavour>(&body)) {
    if (c->text.size() > kMaxEndeavourLength) {
      return fail(ErrorCode::BadRequest, "The endeavour can be at most 1000 characters.");
    }
    if (c->text != state.endeavour) d.events.emplace_back(EndeavourSet{c->text});
  } else if (const auto* add = std::get_if<AddClarityItem>(&body)) {
    if (auto error = checkFields(state, add->fields)) {
      d.error = error;
      return d;
    }
    d.events.emplace_back(ClarityItemAdded{state.clarityCount + 1, add->fields, 0, add->status});
  } else if (const auto* edit = std::get_if<EditClarityItem>(&body)) {
    if (itemOrFail(edit->item) == nullptr) return fail(ErrorCode::BadRequest, "There is no such item.");
    if (auto error = checkFields(state, edit->fields)) {
      d.error = error;
      return d;
    }
    d.events.emplace_back(ClarityItemEdited{edit->item, edit->fields});
  } else if (const auto* status = std::get_if<SetClarityStatus>(&body)) {
    const auto* item = itemOrFail(status->item);
    if (item == nullptr) return fail(ErrorCode::BadRequest, "There is no such item.");
    if (item->status != status->status || !item->approved) {
      d.events.emplace_back(ClarityStatusSet{status->item, status->status});
    }
  } else if (const auto* approve = std::get_if<ApproveClarityItem>(&body)) {
    const auto* item = itemOrFail(approve->item);
    if (item == nullptr) return fail(ErrorCode::BadRequest, "There is no such item.");
    if (!item->approved) d.events.emplace_back(ClarityItemApproved{approve->item});
  } else if (const auto* hide = std::get_if<HideClarityItem>(&body)) {
    if (state.findClarity(hide->item) == nullptr) return fail(ErrorCode::BadRequest, "There is no such item.");
    if (!state.findClarity(hide->item)->hidden) d.events.emplace_back(ClarityItemHidden{hide->item});
  } else if (const auto* move = std::get_if<MoveClarityItem>(&body)) {
    if (itemOrFail(move->item) == nullptr) return fail(ErrorCode::BadRequest, "There is no such item.");
    if (move->position < 0 || static_cast<std::size_t>(move->position) >= state.clarity.size()) {
      return fail(ErrorCode::BadRequest, "That place is outside the list.");
    }
    d.events.emplace_back(ClarityItemMoved{move->item, move->position});
  } else if (const auto* budget = std::get_if<SetEnergyBudget>(&body)) {
    if (budget->votes < 1 || budget->votes > 10) {
      return fail(ErrorCode::BadRequest, "Each participant has between 1 and 10 energy votes.");
    }
    if (budget->votes != state.energyBudget) d.events.emplace_back(EnergyBudgetSet{budget->votes});
  }
  return d;
}

Decision decideProposeClarity(const SessionState& state, const ProposeClarityItem& c) {
  const auto* p = state.findByToken(c.token);
  if (p == nullptr) {
    return fail(ErrorCode::UnknownParticipant, "Please join the session first.");
  }
  if (!validText(c.what, kMaxClarityTextLength)) {
    return fail(ErrorCode::BadRequest, "A proposal needs between 1 and 200 characters.");
  }
  std::size_t waiting = 0;
  for (const auto& item : state.clarity) {
    if (item.proposedBy != p->id) continue;
    if (item.fields.what == c.what) {
      Decision same;
      same.participant = p->id;
      return same; // sent again after a reconnect: already in
    }
    waiting += !item.approved && !item.hidden ? 1 : 0;
  }
  if (waiting >= kMaxPendingProposalsPerParticipant) {
    return fail(ErrorCode::Conflict, "You have three proposals waiting for the facilitator. Please wait a moment.");
  }
  Decision d;
  d.participant = p->id;
  d.events.emplace_back(
      ClarityItemAdded{state.clarityCount + 1, ClarityFields{c.what, "", "", "", 0}, p->id, ClarityStatus::Proposed});
  return d;
}

Decision decideEnergy(const SessionState& state, const ToggleEnergy& c) {
  const auto* p = state.findByToken(c.token);
  if (p == nullptr) {
    return fail(ErrorCode::UnknownParticipant, "Please join the session first.");
  }
  const auto* item = state.findClarity(c.item);
  if (item == nullptr || item->hidden || !item->approved || item->status == ClarityStatus::Dropped ||
      item->status == ClarityStatus::Done) {
    return fail(ErrorCode::NotOpen, "That item is not open for energy.");
  }
  Decision d;
  d.participant = p->id;
  const bool has = item->energy.contains(p->id);
  if (c.on == has) {
    return d;
  }
  if (c.on && state.energyUsed(p->id) >= state.energyBudget) {
    return fail(ErrorCode::Conflict, "You have used all " + std::to_string(state.energyBudget) +
                                         " of your energy votes. Take one back to move it.");
  }
  d.events.emplace_back(EnergyVoted{p->id, c.item, c.on});
  return d;
}

Decision decideSetup(const SessionState& state, const CommandBody& body) {
  Decision d;
  if (const auto* t = std::get_if<RetitleSession>(&body)) {
    if (!validText(t->title, kMaxTitleLength)) {
      return fail(ErrorCode::BadRequest, "The session needs a title of at most 200 characters.");
    }
    if (t->title != state.title) d.events.emplace_back(*t);
  } else if (const auto* g = std::get_if<SetGroups>(&body)) {
    if (g->groups.empty() || g->groups.size() > kMaxGroups) {
      return fail(ErrorCode::BadRequest, "A session needs between 1 and 12 groups.");
    }
    std::set<std::string> seen;
    for (const auto& group : g->groups) {
      if (!validText(group, kMaxGroupNameLength) || !seen.insert(group).second) {
        return fail(ErrorCode::BadRequest, "Group names must be unique, non-empty and short.");
      }
    }
    if (g->groups != state.groups) d.events.emplace_back(*g);
  } else if (const auto* b = std::get_if<SetBeliefStatements>(&body)) {
    for (const auto& s : b->statements) {
      if (!validText(s, kMaxStatementLength)) {
        return fail(ErrorCode::BadRequest, "Each belief statement needs between 1 and 300 characters.");
      }
    }
    if (b->statements != state.nextStatements) d.events.emplace_back(*b);
  } else if (const auto* l = std::get_if<LockJoining>(&body)) {
    if (l->locked != state.joiningLocked) d.events.emplace_back(*l);
  }
  return d;
}

Decision decideModeration(const SessionState& state, const CommandBody& body) {
  Decision d;
  if (const auto* c = std::get_if<HideNote>(&body)) {
    bool found = false;
    bool hidden = false;
    for (const auto& prompt : state.prompts) {
      for (const auto& note : prompt.notesGiven) {
        if (note.id == c->note) {
          found = true;
          hidden = note.hidden;
        }
      }
    }
    if (!found) {
      return fail(ErrorCode::BadRequest, "There is no such note.");
    }
    if (!hidden) {
      d.events.emplace_back(NoteHidden{c->note});
    }
  } else if (const auto* a = std::get_if<ApproveStatement>(&body)) {
    const auto* st = state.findStatement(a->statement);
    if (st == nullptr) {
      return fail(ErrorCode::BadRequest, "There is no such statement.");
    }
    if (st->status == StatementStatus::Hidden) {
      return fail(ErrorCode::Conflict, "A hidden statement stays hidden.");
    }
    if (st->status == StatementStatus::Pending) {
      d.events.emplace_back(StatementApproved{a->statement});
    }
  } else if (const auto* h = std::get_if<HideStatement>(&body)) {
    const auto* st = state.findStatement(h->statement);
    if (st == nullptr) {
      return fail(ErrorCode::BadRequest, "There is no such statement.");
    }
    if (st->status != StatementStatus::Hidden) {
      d.events.emplace_back(StatementHidden{h->statement});
    }
  }
  return d;
}

} // namespace

Decision decide(const SessionState& state, const Command& command) {
  if (!state.created && !std::holds_alternative<CreateSession>(command.body)) {
    return fail(ErrorCode::Conflict, "No session has been set up yet.");
  }
  return std::visit(
      [&](const auto& c) -> Decision {
        using T = std::decay_t<decltype(c)>;
        if constexpr (std::is_same_v<T, CreateSession>) {
          return decideCreate(state, c);
        } else if constexpr (std::is_same_v<T, Join>) {
          return decideJoin(state, c);
        } else if constexpr (std::is_same_v<T, ChooseGroup>) {
          return decideChooseGroup(state, c);
        } else if constexpr (std::is_same_v<T, AnswerBelief>) {
          return decideAnswer(state, c);
        } else if constexpr (std::is_same_v<T, OpenRound>) {
          return decideOpenRound(state, c);
        } else if constexpr (std::is_same_v<T, CloseRound>) {
          const auto* round = state.currentRound();
          if (round == nullptr || !round->open) {
            return fail(ErrorCode::NotOpen, "No belief check is open.");
          }
          Decision d;
          d.events.emplace_back(RoundClosed{round->number});
          return d;
        } else if constexpr (std::is_same_v<T, RevealResults>) {
          const auto* round = state.currentRound();
          if (round == nullptr) {
            return fail(ErrorCode::NotOpen, "There is no belief check to reveal.");
          }
          Decision d;
          if (!round->revealed) {
            d.events.emplace_back(ResultsRevealed{round->number});
          }
          return d;
        } else if constexpr (std::is_same_v<T, AnswerPoll>) {
          return decideAnswerPoll(state, c);
        } else if constexpr (std::is_same_v<T, OpenPoll>) {
          return decideOpenPoll(state, c);
        } else if constexpr (std::is_same_v<T, ClosePoll>) {
          const auto* poll = state.currentPoll();
          if (poll == nullptr || !poll->open) {
            return fail(ErrorCode::NotOpen, "No poll is open.");
          }
          Decision d;
          d.events.emplace_back(PollClosed{poll->number});
          return d;
        } else if constexpr (std::is_same_v<T, RevealPoll>) {
          const auto* poll = state.currentPoll();
          if (poll == nullptr) {
            return fail(ErrorCode::NotOpen, "There is no poll to reveal.");
          }
          Decision d;
          if (!poll->revealed) {
            d.events.emplace_back(PollRevealed{poll->number});
          }
          return d;
        } else if constexpr (std::is_same_v<T, AnswerPrompt>) {
          return decideAnswerPrompt(state, c);
        } else if constexpr (std::is_same_v<T, SubmitStatement>) {
          return decideSubmitStatement(state, c);
        } else if constexpr (std::is_same_v<T, VoteStatement>) {
          return decideVoteStatement(state, c);
        } else if constexpr (std::is_same_v<T, AddPrompt>) {
          return decideAddPrompt(state, c);
        } else if constexpr (std::is_same_v<T, ShowPrompt>) {
          if (state.findPrompt(c.prompt) == nullptr) {
            return fail(ErrorCode::BadRequest, "There is no such prompt.");
          }
          Decision d;
          if (state.currentPrompt != c.prompt || state.board != Board::Difference) {
            d.events.emplace_back(PromptShown{c.prompt});
          }
          return d;
        } else if constexpr (std::is_same_v<T, ProposeClarityItem>) {
          return decideProposeClarity(state, c);
        } else if constexpr (std::is_same_v<T, ToggleEnergy>) {
          return decideEnergy(state, c);
        } else if constexpr (std::is_same_v<T, SetEndeavour> || std::is_same_v<T, AddClarityItem> ||
                             std::is_same_v<T, EditClarityItem> || std::is_same_v<T, SetClarityStatus> ||
                             std::is_same_v<T, ApproveClarityItem> || std::is_same_v<T, HideClarityItem> ||
                             std::is_same_v<T, MoveClarityItem> || std::is_same_v<T, SetEnergyBudget>) {
          return decideClarity(state, command.body);
        } else if constexpr (std::is_same_v<T, RetitleSession> || std::is_same_v<T, SetGroups> ||
                             std::is_same_v<T, SetBeliefStatements> || std::is_same_v<T, LockJoining>) {
          return decideSetup(state, command.body);
        } else if constexpr (std::is_same_v<T, RaiseFlag>) {
          return decideRaiseFlag(state, c, command.at);
        } else if constexpr (std::is_same_v<T, AddTopic> || std::is_same_v<T, StartTopic> ||
                             std::is_same_v<T, RecordDecision> || std::is_same_v<T, ApproveFlagWords> ||
                             std::is_same_v<T, ResolveAlert> || std::is_same_v<T, SetSignalSettings>) {
          return decideTopics(state, command.body);
        } else if constexpr (std::is_same_v<T, HideNote> || std::is_same_v<T, ApproveStatement> ||
                             std::is_same_v<T, HideStatement>) {
          return decideModeration(state, command.body);
        } else if constexpr (std::is_same_v<T, ShowBoard>) {
          if (c.board == Board::Poll && state.polls.empty()) {
            return fail(ErrorCode::NotOpen, "There is no poll to show yet.");
          }
          Decision d;
          if (state.board != c.board) {
            d.events.emplace_back(BoardShown{c.board});
          }
          return d;
        } else if constexpr (std::is_same_v<T, SetPrivacyThreshold>) {
          if (c.threshold < kMinPrivacyThreshold || c.threshold > kMaxPrivacyThreshold) {
            return fail(ErrorCode::BadRequest, "The smallest group shown must be between 1 and 20 answers.");
          }
          Decision d;
          if (state.privacyThreshold != c.threshold) {
            d.events.emplace_back(PrivacyThresholdSet{c.threshold});
          }
          return d;
        }
      },
      command.body);
}

} // namespace balcony::core
