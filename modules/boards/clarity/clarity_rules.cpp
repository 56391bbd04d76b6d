// Clarity for now: what the items, the endeavour and energy votes allow (decide) and change (apply).
#include "clarity/clarity_domain.hpp"

#include "balcony/core/rule_helpers.hpp"

#include <optional>

namespace balcony::core {

using namespace rules;

namespace {

ClarityItem* findItem(SessionState& state, int id) {
  return const_cast<ClarityItem*>(state.findClarity(id));
}

// An item the facilitator can still work on: it exists and is not hidden.
const ClarityItem* visibleItem(const SessionState& state, int id) {
  const auto* item = state.findClarity(id);
  return item != nullptr && !item->hidden ? item : nullptr;
}

Decision noSuchItem() {
  return fail(ErrorCode::BadRequest, "There is no such item.");
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

std::optional<Decision> checkFields(const SessionState& state, const ClarityFields& f) {
  if (!validText(f.what, kMaxClarityTextLength)) {
    return fail(ErrorCode::BadRequest, "Say what, in at most 200 characters.");
  }
  if (f.owner.size() > kMaxClarityTextLength || f.resources.size() > kMaxClarityTextLength) {
    return fail(ErrorCode::BadRequest, "Owner and resources can be at most 200 characters each.");
  }
  if (!validDate(f.reviewDate)) {
    return fail(ErrorCode::BadRequest, "The review date is written as YYYY-MM-DD.");
  }
  if (f.topic != 0 && state.findTopic(f.topic) == nullptr) {
    return fail(ErrorCode::BadRequest, "There is no such topic to link to.");
  }
  return std::nullopt;
}

} // namespace

const std::string& ClarityItem::groupOf(ParticipantId participant) const {
  return groupAtAnswer(energyGroups, participant);
}

bool ClarityItem::openForEnergy() const {
  return approved && !hidden && status == ClarityStatus::Proposed;
}

bool ClarityItem::agreedForNow() const {
  return status == ClarityStatus::Agreed || status == ClarityStatus::Reopened;
}

bool ClarityItem::carriesOn() const {
  return !hidden && (agreedForNow() || (status == ClarityStatus::Proposed && approved));
}

const ClarityItem* ClarityState::findClarity(int id) const {
  for (const auto& item : clarity) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

int ClarityState::energyUsed(ParticipantId participant) const {
  // Only proposals still open for energy count: energy on an item since agreed, done, dropped or
  // hidden goes back to the participant.
  int used = 0;
  for (const auto& item : clarity) {
    used += item.openForEnergy() && item.energy.contains(participant) ? 1 : 0;
  }
  return used;
}

Decision decideCommand(const SessionState& state, const ProposeClarityItem& c, Millis) {
  const auto* p = participant(state, c.token);
  if (p == nullptr) return notJoined();
  if (!validText(c.what, kMaxClarityTextLength)) {
    return fail(ErrorCode::BadRequest, "A proposal needs between 1 and 200 characters.");
  }
  std::size_t waiting = 0;
  std::size_t proposed = 0;
  for (const auto& item : state.clarity) {
    if (item.proposedBy != p->id) continue;
    if (item.fields.what == c.what) {
      return nothingFor(p->id); // sent again after a reconnect: already in
    }
    waiting += !item.approved && !item.hidden ? 1 : 0;
    ++proposed;
  }
  if (proposed >= kMaxProposalsPerParticipant) {
    return fail(ErrorCode::Conflict, "You have made twenty proposals in this session: thank you, that is the most.");
  }
  if (waiting >= kMaxPendingProposalsPerParticipant) {
    return fail(ErrorCode::Conflict, "You have three proposals waiting for the facilitator. Please wait a moment.");
  }
  auto d = eventIf(true, ClarityItemAdded{state.clarityCount + 1, ClarityFields{c.what, "", "", "", 0}, p->id,
                                          ClarityStatus::Proposed});
  d.participant = p->id;
  return d;
}

Decision decideCommand(const SessionState& state, const ToggleEnergy& c, Millis) {
  const auto* p = participant(state, c.token);
  if (p == nullptr) return notJoined();
  const auto* item = state.findClarity(c.item);
  if (item == nullptr || item->hidden || !item->approved || item->status == ClarityStatus::Dropped ||
      item->status == ClarityStatus::Done) {
    return fail(ErrorCode::NotOpen, "That item is not open for energy.");
  }
  if (c.on == item->energy.contains(p->id)) {
    return nothingFor(p->id);
  }
  if (c.on && state.energyUsed(p->id) >= state.energyBudget) {
    return fail(ErrorCode::Conflict, "You have used all " + std::to_string(state.energyBudget) +
                                         " of your energy votes. Take one back to move it.");
  }
  auto d = eventIf(true, EnergyVoted{p->id, c.item, c.on});
  d.participant = p->id;
  return d;
}

Decision decideCommand(const SessionState& state, const SetEndeavour& c, Millis) {
  if (c.text.size() > kMaxEndeavourLength) {
    return fail(ErrorCode::BadRequest, "The endeavour can be at most 1000 characters.");
  }
  return eventIf(c.text != state.endeavour, EndeavourSet{c.text});
}

Decision decideCommand(const SessionState& state, const AddClarityItem& c, Millis) {
  if (auto error = checkFields(state, c.fields)) return *error;
  return eventIf(true, ClarityItemAdded{state.clarityCount + 1, c.fields, 0, c.status});
}

Decision decideCommand(const SessionState& state, const EditClarityItem& c, Millis) {
  if (visibleItem(state, c.item) == nullptr) return noSuchItem();
  if (auto error = checkFields(state, c.fields)) return *error;
  return eventIf(true, ClarityItemEdited{c.item, c.fields});
}

Decision decideCommand(const SessionState& state, const SetClarityStatus& c, Millis) {
  const auto* item = visibleItem(state, c.item);
  if (item == nullptr) return noSuchItem();
  return eventIf(item->status != c.status || !item->approved, ClarityStatusSet{c.item, c.status});
}

Decision decideCommand(const SessionState& state, const ApproveClarityItem& c, Millis) {
  const auto* item = visibleItem(state, c.item);
  if (item == nullptr) return noSuchItem();
  return eventIf(!item->approved, ClarityItemApproved{c.item});
}

Decision decideCommand(const SessionState& state, const HideClarityItem& c, Millis) {
  const auto* item = state.findClarity(c.item);
  if (item == nullptr) return noSuchItem();
  return eventIf(!item->hidden, ClarityItemHidden{c.item});
}

Decision decideCommand(const SessionState& state, const MoveClarityItem& c, Millis) {
  if (visibleItem(state, c.item) == nullptr) return noSuchItem();
  if (c.position < 0 || static_cast<std::size_t>(c.position) >= state.clarity.size()) {
    return fail(ErrorCode::BadRequest, "That place is outside the list.");
  }
  return eventIf(true, ClarityItemMoved{c.item, c.position});
}

Decision decideCommand(const SessionState& state, const SetEnergyBudget& c, Millis) {
  if (c.votes < 1 || c.votes > 10) {
    return fail(ErrorCode::BadRequest, "Each participant has between 1 and 10 energy votes.");
  }
  return eventIf(c.votes != state.energyBudget, EnergyBudgetSet{c.votes});
}

void applyEvent(SessionState& state, const EndeavourSet& e, Millis) {
  state.endeavour = e.text;
}

void applyEvent(SessionState& state, const ClarityItemAdded& e, Millis at) {
  ClarityItem item;
  item.id = e.item;
  item.fields = e.fields;
  item.status = e.status;
  item.proposedBy = e.proposedBy;
  item.approved = e.proposedBy == 0;
  item.changedAt = at;
  state.clarity.push_back(std::move(item));
  state.clarityCount = std::max(state.clarityCount, e.item);
}

void applyEvent(SessionState& state, const ClarityItemEdited& e, Millis at) {
  if (auto* item = findItem(state, e.item)) {
    item->fields = e.fields;
    item->changedAt = at;
  }
}

void applyEvent(SessionState& state, const ClarityStatusSet& e, Millis at) {
  if (auto* item = findItem(state, e.item)) {
    item->status = e.status;
    item->approved = true;
    item->changedAt = at;
  }
}

void applyEvent(SessionState& state, const ClarityItemApproved& e, Millis) {
  if (auto* item = findItem(state, e.item)) {
    item->approved = true;
  }
}

void applyEvent(SessionState& state, const ClarityItemHidden& e, Millis) {
  if (auto* item = findItem(state, e.item)) {
    item->hidden = true;
    item->energy.clear(); // energy on a hidden item goes back to the participants
    item->energyGroups.clear();
  }
}

void applyEvent(SessionState& state, const ClarityItemMoved& e, Millis) {
  auto it =
      std::find_if(state.clarity.begin(), state.clarity.end(), [&](const ClarityItem& c) { return c.id == e.item; });
  if (it != state.clarity.end()) {
    ClarityItem moved = std::move(*it);
    state.clarity.erase(it);
    const auto pos =
        std::clamp<std::size_t>(static_cast<std::size_t>(std::max(0, e.position)), 0, state.clarity.size());
    state.clarity.insert(state.clarity.begin() + static_cast<std::ptrdiff_t>(pos), std::move(moved));
  }
}

void applyEvent(SessionState& state, const EnergyVoted& e, Millis) {
  if (auto* item = findItem(state, e.item)) {
    if (e.on) {
      item->energy.insert(e.participant);
      item->energyGroups[e.participant] = state.groupOf(e.participant);
    } else {
      item->energy.erase(e.participant);
      item->energyGroups.erase(e.participant);
    }
  }
}

void applyEvent(SessionState& state, const EnergyBudgetSet& e, Millis) {
  state.energyBudget = e.votes;
}

} // namespace balcony::core
