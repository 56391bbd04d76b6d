// Participant text made safe to show anywhere: on the projector, on every phone and in the exports.
// Invisible characters that can reorder or hide what is around them are removed (bidirectional
// overrides and isolates, zero-width spaces, control characters), line breaks become spaces, and a
// pile of combining marks on one letter is cut to a few, so a "Zalgo" flood cannot climb out of
// its line. Letters, emoji (joined with ZWJ) and the marks real languages use are kept.
#pragma once

#include <string>
#include <string_view>

namespace balcony::core {

inline constexpr int kMaxCombiningMarksInARow = 4;

// Expects valid UTF-8 (the network layer has checked it); invalid bytes are dropped.
std::string cleanParticipantText(std::string_view text);

} // namespace balcony::core
