// The view from the balcony on the wire.
#include "balcony/balcony_wire.hpp"

#include <chrono>

namespace balcony::net::wire {
namespace {

core::Millis wallClock() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

} // namespace

void writePublic(std::type_identity<core::BalconyBoard>, const core::Snapshot& snapshot, Json& state) {
  Json patterns = Json::array();
  // Read across every board only while this one shows: phones see nothing of it otherwise.
  if (snapshot.state.board == core::Board::Balcony) {
    for (const auto& p : core::balconyPatterns(snapshot.state, snapshot.history.get(), wallClock())) {
      patterns.push_back({{"heading", core::patternHeading(p.kind)}, {"sentence", p.sentence}});
    }
  }
  state["balcony"] = {{"patterns", std::move(patterns)}};
}

void writeMine(std::type_identity<core::BalconyBoard>, const core::SessionState&, core::ParticipantId, Json&) {}

} // namespace balcony::net::wire
