// The stored form of the belief check's events (see balcony/core/stored_form.hpp).
#pragma once

#include "balcony/core/stored_form.hpp"
#include "belief/belief_domain.hpp"

namespace balcony::core {

constexpr auto storedForm(std::type_identity<RoundOpened>) {
  using E = RoundOpened;
  // "revealed" came with "show live": logs from before it open their rounds hidden.
  return form<E>("round_opened", field("round", &E::round), field("statements", &E::statements),
                 field("scale_min", &E::scaleMin), field("scale_max", &E::scaleMax),
                 laterField("revealed", &E::revealed));
}
constexpr auto storedForm(std::type_identity<RoundClosed>) {
  return form<RoundClosed>("round_closed", field("round", &RoundClosed::round));
}
constexpr auto storedForm(std::type_identity<ResultsRevealed>) {
  return form<ResultsRevealed>("results_revealed", field("round", &ResultsRevealed::round));
}
constexpr auto storedForm(std::type_identity<BeliefAnswered>) {
  using E = BeliefAnswered;
  return form<E>("belief_answered", field("participant", &E::participant), field("round", &E::round),
                 field("belief", &E::belief), field("value", &E::value));
}
constexpr auto storedForm(std::type_identity<BeliefStatementsSet>) {
  return form<BeliefStatementsSet>("belief_statements_set", field("statements", &BeliefStatementsSet::statements));
}

} // namespace balcony::core
