// Plain value types shared by every board: identities, time, the belief statements and the boards.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace balcony::core {

// Milliseconds since the Unix epoch. Core never reads a clock: callers pass time in.
using Millis = std::int64_t;
using ParticipantId = std::uint32_t;

inline constexpr std::size_t kBeliefCount = 3;
using BeliefStatements = std::array<std::string, kBeliefCount>;

inline const BeliefStatements kDefaultBeliefStatements = {
    "The goals we are working towards are good goals",
    "The change is possible in current circumstances",
    "It will actually happen",
};

inline constexpr std::size_t kMaxTitleLength = 200;
inline constexpr std::size_t kMaxGroupNameLength = 60;
inline constexpr std::size_t kMaxGroups = 12;
inline constexpr std::size_t kRoomCodeLength = 4;
inline constexpr std::size_t kMaxParticipants = 10'000; // a hall of 1,000 with room to spare

// What the projector and the participants' phones show now: one value per board of the registry
// (modules/boards/board_registry.hpp), in the same order.
enum class Board { Belief, Poll, Difference, Topics, Clarity, Reflection, Balcony, Rooms };
inline constexpr int kBoardCount = 8;

// Each board's name (in the stored events and on the wire) is its descriptor's kName;
// boardName() and boardFromName() are in board_registry.hpp.

} // namespace balcony::core
