// The rooms board on the wire.
#include "rooms/rooms_wire.hpp"

namespace balcony::net::wire {

void writePublic(std::type_identity<core::RoomsBoard>, const core::Snapshot& snapshot, Json& state) {
  Json rooms = Json::array();
  Json statements = Json::array();
  if (snapshot.state.board == core::Board::Rooms && snapshot.event) {
    const auto figures = core::mergeRooms(snapshot.event->rooms);
    for (const auto& row : figures.beliefByRoom) {
      Json means = Json::array();
      for (const auto& m : row.means)
        means.push_back(m ? Json(*m) : Json(nullptr));
      rooms.push_back({{"room", row.room}, {"link", core::roomLinkName(row.link)}, {"means", std::move(means)}});
    }
    for (const auto& s : figures.statements)
      statements.push_back(s);
  }
  state["rooms"] = {{"rooms", std::move(rooms)}, {"statements", std::move(statements)}};
}

void writeMine(std::type_identity<core::RoomsBoard>, const core::SessionState&, core::ParticipantId, Json&) {}

} // namespace balcony::net::wire
