// The stored form of the quick poll's events (see balcony/core/stored_form.hpp).
#pragma once

#include "balcony/core/stored_form.hpp"
#include "poll/poll_domain.hpp"

namespace balcony::core {

constexpr EnumNames<PollKind> enumNames(std::type_identity<PollKind>) {
  return {"poll kind", pollKindName, pollKindFromName};
}

constexpr auto storedForm(std::type_identity<PollOpened>) {
  using E = PollOpened;
  return form<E>("poll_opened", field("poll", &E::poll), field("question", &E::question), field("kind", &E::kind),
                 field("scale_min", &E::scaleMin), field("scale_max", &E::scaleMax), field("options", &E::options),
                 field("multiple", &E::multiple), field("revealed", &E::revealed));
}
constexpr auto storedForm(std::type_identity<PollClosed>) {
  return form<PollClosed>("poll_closed", field("poll", &PollClosed::poll));
}
constexpr auto storedForm(std::type_identity<PollRevealed>) {
  return form<PollRevealed>("poll_revealed", field("poll", &PollRevealed::poll));
}
constexpr auto storedForm(std::type_identity<PollAnswered>) {
  using E = PollAnswered;
  return form<E>("poll_answered", field("participant", &E::participant), field("poll", &E::poll),
                 field("choices", &E::choices));
}

} // namespace balcony::core
