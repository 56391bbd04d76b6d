// Plain value types shared by every board: identities, time and the fixed belief statements.
#pragma once

#include <array>
#include <cstdint>
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
inline constexpr std::size_t kMaxStatementLength = 300;
inline constexpr std::size_t kMaxGroupNameLength = 60;
inline constexpr std::size_t kMaxGroups = 12;
inline constexpr std::size_t kRoomCodeLength = 4;
inline constexpr std::size_t kMaxQuestionLength = 300;
inline constexpr std::size_t kMaxOptionLength = 120;
inline constexpr std::size_t kMinPollOptions = 2;
inline constexpr std::size_t kMaxPollOptions = 8;

// What the projector and the participants' phones show now.
enum class Board { Belief, Poll };

enum class PollKind { Scale, Options };

} // namespace balcony::core
