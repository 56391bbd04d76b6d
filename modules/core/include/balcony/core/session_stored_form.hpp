// The stored form of the session's own events (see stored_form.hpp).
#pragma once

#include "balcony/core/session_part.hpp"
#include "balcony/core/stored_form.hpp"

namespace balcony::core {

constexpr auto storedForm(std::type_identity<SessionCreated>) {
  using E = SessionCreated;
  return form<E>("session_created", field("title", &E::title), field("room_code", &E::roomCode),
                 field("groups", &E::groups));
}
constexpr auto storedForm(std::type_identity<ParticipantJoined>) {
  using E = ParticipantJoined;
  return form<E>("participant_joined", field("participant", &E::participant), field("token", &E::token),
                 field("group", &E::group));
}
constexpr auto storedForm(std::type_identity<GroupChosen>) {
  using E = GroupChosen;
  return form<E>("group_chosen", field("participant", &E::participant), field("group", &E::group));
}
constexpr auto storedForm(std::type_identity<BoardShown>) {
  return form<BoardShown>("board_shown", field("board", &BoardShown::board));
}
constexpr auto storedForm(std::type_identity<PrivacyThresholdSet>) {
  return form<PrivacyThresholdSet>("privacy_threshold_set", field("threshold", &PrivacyThresholdSet::threshold));
}
constexpr auto storedForm(std::type_identity<SessionRetitled>) {
  return form<SessionRetitled>("session_retitled", field("title", &SessionRetitled::title));
}
constexpr auto storedForm(std::type_identity<GroupsSet>) {
  return form<GroupsSet>("groups_set", field("groups", &GroupsSet::groups));
}
constexpr auto storedForm(std::type_identity<SessionStopped>) {
  return form<SessionStopped>("session_stopped");
}

constexpr auto storedForm(std::type_identity<NewcomersDecided>) {
  return form<NewcomersDecided>("newcomers_decided", field("address", &NewcomersDecided::address),
                                field("admit", &NewcomersDecided::admit));
}

constexpr auto storedForm(std::type_identity<JoiningLocked>) {
  return form<JoiningLocked>("joining_locked", field("locked", &JoiningLocked::locked));
}

} // namespace balcony::core
