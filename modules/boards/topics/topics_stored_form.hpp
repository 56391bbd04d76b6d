// The stored form of the topics and flags events (see balcony/core/stored_form.hpp).
#pragma once

#include "balcony/core/stored_form.hpp"
#include "topics/topics_domain.hpp"

namespace balcony::core {

constexpr EnumNames<FlagKind> enumNames(std::type_identity<FlagKind>) {
  return {"flag kind", flagKindName, flagKindFromName};
}

constexpr auto storedForm(std::type_identity<TopicAdded>) {
  using E = TopicAdded;
  return form<E>("topic_added", field("topic", &E::topic), field("title", &E::title),
                 field("budget_minutes", &E::budgetMinutes));
}
constexpr auto storedForm(std::type_identity<TopicStarted>) {
  return form<TopicStarted>("topic_started", field("topic", &TopicStarted::topic));
}
constexpr auto storedForm(std::type_identity<DecisionRecorded>) {
  using E = DecisionRecorded;
  return form<E>("decision_recorded", field("topic", &E::topic), field("text", &E::text));
}
constexpr auto storedForm(std::type_identity<FlagRaised>) {
  using E = FlagRaised;
  return form<E>("flag_raised", field("flag", &E::flag), field("participant", &E::participant), field("kind", &E::kind),
                 field("words", &E::words));
}
constexpr auto storedForm(std::type_identity<FlagWordsApproved>) {
  return form<FlagWordsApproved>("flag_words_approved", field("flag", &FlagWordsApproved::flag));
}
constexpr auto storedForm(std::type_identity<AlertResolved>) {
  using E = AlertResolved;
  return form<E>("alert_resolved", field("key", &E::key), field("acknowledged", &E::acknowledged));
}
constexpr auto storedForm(std::type_identity<SignalSettingsSet>) {
  using E = SignalSettingsSet;
  return form<E>(
      "signal_settings_set", field("revisit_limit", &E::revisitLimit), field("overtime_percent", &E::overtimePercent),
      field("flag_share_percent", &E::flagSharePercent), field("flag_window_minutes", &E::flagWindowMinutes),
      field("flag_lifetime_minutes", &E::flagLifetimeMinutes), field("flag_cooldown_seconds", &E::flagCooldownSeconds),
      field("alerts_on_projector", &E::alertsOnProjector));
}

} // namespace balcony::core
