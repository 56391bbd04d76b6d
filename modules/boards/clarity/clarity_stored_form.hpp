// The stored form of clarity for now's events (see balcony/core/stored_form.hpp).
#pragma once

#include "balcony/core/stored_form.hpp"
#include "clarity/clarity_domain.hpp"

namespace balcony::core {

constexpr EnumNames<ClarityStatus> enumNames(std::type_identity<ClarityStatus>) {
  return {"clarity status", clarityStatusName, clarityStatusFromName};
}

// Stored as an object inside the events that carry an item's fields.
constexpr auto storedForm(std::type_identity<ClarityFields>) {
  using F = ClarityFields;
  return form<F>("", field("what", &F::what), field("owner", &F::owner), field("resources", &F::resources),
                 field("review_date", &F::reviewDate), field("topic", &F::topic));
}

constexpr auto storedForm(std::type_identity<EndeavourSet>) {
  return form<EndeavourSet>("endeavour_set", field("text", &EndeavourSet::text));
}
constexpr auto storedForm(std::type_identity<ClarityItemAdded>) {
  using E = ClarityItemAdded;
  return form<E>("clarity_item_added", field("item", &E::item), field("fields", &E::fields),
                 field("proposed_by", &E::proposedBy), field("status", &E::status));
}
constexpr auto storedForm(std::type_identity<ClarityItemEdited>) {
  using E = ClarityItemEdited;
  return form<E>("clarity_item_edited", field("item", &E::item), field("fields", &E::fields));
}
constexpr auto storedForm(std::type_identity<ClarityStatusSet>) {
  using E = ClarityStatusSet;
  return form<E>("clarity_status_set", field("item", &E::item), field("status", &E::status));
}
constexpr auto storedForm(std::type_identity<ClarityItemApproved>) {
  return form<ClarityItemApproved>("clarity_item_approved", field("item", &ClarityItemApproved::item));
}
constexpr auto storedForm(std::type_identity<ClarityItemHidden>) {
  return form<ClarityItemHidden>("clarity_item_hidden", field("item", &ClarityItemHidden::item));
}
constexpr auto storedForm(std::type_identity<ClarityItemMoved>) {
  using E = ClarityItemMoved;
  return form<E>("clarity_item_moved", field("item", &E::item), field("position", &E::position));
}
constexpr auto storedForm(std::type_identity<EnergyVoted>) {
  using E = EnergyVoted;
  return form<E>("energy_voted", field("participant", &E::participant), field("item", &E::item), field("on", &E::on));
}
constexpr auto storedForm(std::type_identity<EnergyBudgetSet>) {
  return form<EnergyBudgetSet>("energy_budget_set", field("votes", &EnergyBudgetSet::votes));
}

} // namespace balcony::core
