// The view from the balcony on the wire.
#include "balcony/balcony_wire.hpp"

#include "balcony/platform/wall_clock.hpp"

namespace balcony::net::wire {

void writePublic(std::type_identity<core::BalconyBoard>, const core::Snapshot& snapshot, Json& state) {
  Json patterns = Json::array();
  // Read across every board only while this one shows: phones see nothing of it otherwise.
  if (snapshot.state.board == core::Board::Balcony) {
    for (const auto& p : core::balconyPatterns(snapshot.state, snapshot.history.get(), platform::wallClock())) {
      patterns.push_back({{"heading", core::patternHeading(p.kind)}, {"sentence", p.sentence}});
    }
  }
  state["balcony"] = {{"patterns", std::move(patterns)}};
}

void writeMine(std::type_identity<core::BalconyBoard>, const core::SessionState&, core::ParticipantId, Json&) {}

} // namespace balcony::net::wire
