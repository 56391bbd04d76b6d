// The stored form of the reflection board's events (see balcony/core/stored_form.hpp). Only what a
// participant shared is stored: their private drafts never leave the phone.
#pragma once

#include "balcony/core/stored_form.hpp"
#include "reflection/reflection_domain.hpp"

namespace balcony::core {

constexpr EnumNames<ReflectionStage> enumNames(std::type_identity<ReflectionStage>) {
  return {"reflection stage", reflectionStageName, reflectionStageFromName};
}
constexpr EnumNames<Dimension> enumNames(std::type_identity<Dimension>) {
  return {"dimension", dimensionName, dimensionFromName};
}
constexpr EnumNames<Lens> enumNames(std::type_identity<Lens>) {
  return {"lens", lensName, lensFromName};
}

constexpr auto storedForm(std::type_identity<ReflectionOpened>) {
  using E = ReflectionOpened;
  return form<E>("reflection_opened", field("round", &E::round), field("stage", &E::stage),
                 field("questions", &E::questions), field("lens", &E::lens));
}
constexpr auto storedForm(std::type_identity<ReflectionClosed>) {
  return form<ReflectionClosed>("reflection_closed", field("round", &ReflectionClosed::round));
}
constexpr auto storedForm(std::type_identity<ReflectionShared>) {
  using E = ReflectionShared;
  return form<E>("reflection_shared", field("reflection", &E::reflection), field("round", &E::round),
                 field("participant", &E::participant), field("text", &E::text), field("dimension", &E::dimension));
}
constexpr auto storedForm(std::type_identity<ReflectionApproved>) {
  return form<ReflectionApproved>("reflection_approved", field("reflection", &ReflectionApproved::reflection));
}
constexpr auto storedForm(std::type_identity<ReflectionHidden>) {
  return form<ReflectionHidden>("reflection_hidden", field("reflection", &ReflectionHidden::reflection));
}

} // namespace balcony::core
