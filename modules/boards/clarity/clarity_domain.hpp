// Clarity for now, the board's domain part: what we put energy into in the short term (owner,
// resources, review date, always provisional) under the long-term shared endeavour, and the energy
// participants give to proposals. Std only; compiled into core.
#pragma once

#include "balcony/core/type_list.hpp"
#include "balcony/core/types.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace balcony::core {

struct SessionState;
struct Decision;

inline constexpr std::size_t kMaxEndeavourLength = 1000;
inline constexpr std::size_t kMaxClarityTextLength = 200;
inline constexpr std::size_t kMaxPendingProposalsPerParticipant = 3;
inline constexpr std::size_t kMaxProposalsPerParticipant = 20; // in all: enough for a session, never a flood

// Every item is provisional, whatever its status.
enum class ClarityStatus { Proposed, Agreed, Done, Reopened, Dropped };

constexpr std::string_view clarityStatusName(ClarityStatus s) {
  switch (s) {
  case ClarityStatus::Proposed: return "proposed";
  case ClarityStatus::Agreed: return "agreed for now";
  case ClarityStatus::Done: return "done";
  case ClarityStatus::Reopened: return "reopened";
  case ClarityStatus::Dropped: return "dropped";
  }
  return "proposed";
}
constexpr std::optional<ClarityStatus> clarityStatusFromName(std::string_view name) {
  if (name == "proposed") return ClarityStatus::Proposed;
  if (name == "agreed for now") return ClarityStatus::Agreed;
  if (name == "done") return ClarityStatus::Done;
  if (name == "reopened") return ClarityStatus::Reopened;
  if (name == "dropped") return ClarityStatus::Dropped;
  return std::nullopt;
}

// Events.
struct EndeavourSet {
  std::string text;
};

struct ClarityFields {
  std::string what;
  std::string owner; // a person or a group
  std::string resources;
  std::string reviewDate; // YYYY-MM-DD, or empty
  int topic = 0;          // 0: not linked to a topic
};

struct ClarityItemAdded {
  int item = 0;
  ClarityFields fields;
  ParticipantId proposedBy = 0; // 0: the facilitator added it, so it is on the board at once
  ClarityStatus status = ClarityStatus::Proposed;
};

struct ClarityItemEdited {
  int item = 0;
  ClarityFields fields;
};

struct ClarityStatusSet {
  int item = 0;
  ClarityStatus status = ClarityStatus::Agreed;
};

struct ClarityItemApproved {
  int item = 0;
};

struct ClarityItemHidden {
  int item = 0;
};

struct ClarityItemMoved {
  int item = 0;
  int position = 0; // 0-based place in the facilitator's order
};

struct EnergyVoted {
  ParticipantId participant = 0;
  int item = 0;
  bool on = true;
};

struct EnergyBudgetSet {
  int votes = 3;
};

// Participant commands.
struct ProposeClarityItem {
  std::string token;
  std::string what;
};

struct ToggleEnergy {
  std::string token;
  int item = 0;
  bool on = true;
};

// Facilitator commands.
struct SetEndeavour {
  std::string text;
};

struct AddClarityItem {
  ClarityFields fields;
  ClarityStatus status = ClarityStatus::Agreed;
};

struct EditClarityItem {
  int item = 0;
  ClarityFields fields;
};

struct SetClarityStatus {
  int item = 0;
  ClarityStatus status = ClarityStatus::Agreed;
};

struct ApproveClarityItem {
  int item = 0;
};

struct HideClarityItem {
  int item = 0;
};

struct MoveClarityItem {
  int item = 0;
  int position = 0;
};

struct SetEnergyBudget {
  int votes = 3;
};

// State.
struct ClarityItem {
  int id = 0;
  ClarityFields fields;
  ClarityStatus status = ClarityStatus::Proposed;
  ParticipantId proposedBy = 0; // never shown
  bool approved = true;         // participants' proposals wait for the facilitator
  bool hidden = false;
  std::set<ParticipantId> energy;
  std::map<ParticipantId, std::string> energyGroups; // the group each energy vote was given in
  Millis changedAt = 0;

  const std::string& groupOf(ParticipantId participant) const;

  // Still a proposal participants can give energy to: approved, not hidden, not yet decided.
  bool openForEnergy() const;
  // Agreed for now, or reopened: what the board lists as "for now" (and the calendar reviews).
  bool agreedForNow() const;
  // Still open when the meeting ends (agreed for now, reopened, or an approved proposal, and not
  // hidden): what the next session of the series carries on.
  bool carriesOn() const;
};

struct ClarityState {
  std::string endeavour;
  std::vector<ClarityItem> clarity; // in the facilitator's order
  int clarityCount = 0;             // ids handed out so far
  int energyBudget = 3;

  const ClarityItem* findClarity(int id) const;
  int energyUsed(ParticipantId participant) const;
};

struct ClarityBoard {
  static constexpr Board kBoard = Board::Clarity;
  static constexpr std::string_view kName = "clarity"; // in stored events and on the wire: never renamed
  using Events = TypeList<EndeavourSet, ClarityItemAdded, ClarityItemEdited, ClarityStatusSet, ClarityItemApproved,
                          ClarityItemHidden, ClarityItemMoved, EnergyVoted, EnergyBudgetSet>;
  using ParticipantCommands = TypeList<ProposeClarityItem, ToggleEnergy>;
  using FacilitatorCommands = TypeList<SetEndeavour, AddClarityItem, EditClarityItem, SetClarityStatus,
                                       ApproveClarityItem, HideClarityItem, MoveClarityItem, SetEnergyBudget>;
  using State = ClarityState;
};

Decision decideCommand(const SessionState& state, const ProposeClarityItem& c, Millis now);
Decision decideCommand(const SessionState& state, const ToggleEnergy& c, Millis now);
Decision decideCommand(const SessionState& state, const SetEndeavour& c, Millis now);
Decision decideCommand(const SessionState& state, const AddClarityItem& c, Millis now);
Decision decideCommand(const SessionState& state, const EditClarityItem& c, Millis now);
Decision decideCommand(const SessionState& state, const SetClarityStatus& c, Millis now);
Decision decideCommand(const SessionState& state, const ApproveClarityItem& c, Millis now);
Decision decideCommand(const SessionState& state, const HideClarityItem& c, Millis now);
Decision decideCommand(const SessionState& state, const MoveClarityItem& c, Millis now);
Decision decideCommand(const SessionState& state, const SetEnergyBudget& c, Millis now);

void applyEvent(SessionState& state, const EndeavourSet& e, Millis at);
void applyEvent(SessionState& state, const ClarityItemAdded& e, Millis at);
void applyEvent(SessionState& state, const ClarityItemEdited& e, Millis at);
void applyEvent(SessionState& state, const ClarityStatusSet& e, Millis at);
void applyEvent(SessionState& state, const ClarityItemApproved& e, Millis at);
void applyEvent(SessionState& state, const ClarityItemHidden& e, Millis at);
void applyEvent(SessionState& state, const ClarityItemMoved& e, Millis at);
void applyEvent(SessionState& state, const EnergyVoted& e, Millis at);
void applyEvent(SessionState& state, const EnergyBudgetSet& e, Millis at);

} // namespace balcony::core
