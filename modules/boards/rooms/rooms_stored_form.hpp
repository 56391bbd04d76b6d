// The stored form of the rooms board's one event (see balcony/core/stored_form.hpp): a room's
// latest summary as the plenary kept it, in the JSON it arrived in.
#pragma once

#include "balcony/core/stored_form.hpp"
#include "rooms/rooms_domain.hpp"

namespace balcony::core {

constexpr EnumNames<RoomLink> enumNames(std::type_identity<RoomLink>) {
  return {"room link", roomLinkName, roomLinkFromName};
}

constexpr auto storedForm(std::type_identity<RoomKept>) {
  using E = RoomKept;
  return form<E>("room_kept", field("room", &E::room), field("version", &E::version), field("summary", &E::summary),
                 field("link", &E::link), field("since", &E::since));
}

} // namespace balcony::core
