// An event's rooms as a plenary keeps them, for the projector's tests: eight rooms (one stale, one
// left), each with belief figures by group, prompts, alerts and clarity items; with `longest`, every
// name and text at the longest a room may send.
#pragma once

#include "balcony/engine/engine.hpp"
#include "balcony/federation/summary_codec.hpp"

#include <string>

namespace balcony::test {

inline void keepSampleRooms(engine::Engine& engine, core::Millis now, bool longest) {
  using namespace core;
  const std::string longText =
      "A very long text from a room that goes on to check that every line is shortened at a word in its box, "
      "whatever a room's facilitator typed, and never runs into the next column or off the edge of the screen";
  for (int r = 1; r <= 8; ++r) {
    RoomSummary s;
    s.room = longest ? std::string(kMaxRoomNameLength - 2, 'w') + std::to_string(r) + "x" : "room-" + std::to_string(r);
    s.room.resize(std::min(s.room.size(), kMaxRoomNameLength));
    s.version = static_cast<std::uint64_t>(now) + static_cast<std::uint64_t>(r);
    s.at = now;
    s.title = "Breakout " + std::to_string(r);
    s.participants = 20 + r;
    s.present = 18 + r;
    s.beliefRound = 1;
    for (std::size_t b = 0; b < kBeliefCount; ++b) {
      std::vector<int> health(9, 1 + (r + static_cast<int>(b)) % 5);
      std::vector<int> police(6, 1 + (r * 2 + static_cast<int>(b)) % 5);
      std::vector<int> all = health;
      all.insert(all.end(), police.begin(), police.end());
      s.beliefs.push_back({longest ? longText : kDefaultBeliefStatements[b],
                           makeDistribution(1, 5, all),
                           {{"Health", makeDistribution(1, 5, health)}, {"Police", makeDistribution(1, 5, police)}}});
    }
    PromptSummary p;
    p.prompt = 1;
    p.text = longest ? longText : "J, 14, missing from school three times this month (room " + std::to_string(r) + ")";
    p.kind = "case";
    p.overall = makeDistribution(1, 5, {1, 2, 5, 5, 4});
    p.divergence = 0.1 * r;
    s.prompts.push_back(p);
    if (r % 3 == 0) s.alerts.push_back(longest ? longText : "Topic 'Step-down beds' has come back 3 times");
    s.clarity.push_back({longest ? longText : "Weekly huddle on missing children " + std::to_string(r),
                         longest ? longText : "Schools", "2027-01-10"});
    const auto link = r == 3 ? RoomLink::Stale : r == 7 ? RoomLink::Left : RoomLink::Live;
    engine.execute({0, KeepRoom{s.room, s.version, federation::encodeSummary(s), link, now - 600'000}});
  }
}

} // namespace balcony::test
