// The stored form of the plan's events (see stored_form.hpp).
#pragma once

#include "balcony/core/plan_part.hpp"
#include "balcony/core/stored_form.hpp"

namespace balcony::core {

constexpr EnumNames<StepKind> enumNames(std::type_identity<StepKind>) {
  return {"plan step kind", stepKindName, stepKindFromName};
}

constexpr auto storedForm(std::type_identity<PlanStep>) {
  using S = PlanStep;
  return form<S>("", field("kind", &S::kind), field("text", &S::text), field("options", &S::options),
                 field("statements", &S::statements), field("scale_min", &S::scaleMin),
                 field("scale_max", &S::scaleMax), field("minutes", &S::minutes), field("prompt_kind", &S::promptKind),
                 field("board", &S::board), field("note", &S::note));
}
constexpr auto storedForm(std::type_identity<PlanStepAdded>) {
  using E = PlanStepAdded;
  return form<E>("plan_step_added", field("position", &E::position), field("step", &E::step));
}
constexpr auto storedForm(std::type_identity<PlanStepEdited>) {
  using E = PlanStepEdited;
  return form<E>("plan_step_edited", field("position", &E::position), field("step", &E::step));
}
constexpr auto storedForm(std::type_identity<PlanStepMoved>) {
  using E = PlanStepMoved;
  return form<E>("plan_step_moved", field("from", &E::from), field("to", &E::to));
}
constexpr auto storedForm(std::type_identity<PlanStepRemoved>) {
  return form<PlanStepRemoved>("plan_step_removed", field("position", &PlanStepRemoved::position));
}
constexpr auto storedForm(std::type_identity<PlanStepReached>) {
  return form<PlanStepReached>("plan_step_reached", field("position", &PlanStepReached::position));
}

} // namespace balcony::core
