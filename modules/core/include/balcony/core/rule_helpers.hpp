// Small checks shared by every board's decide rules (modules/boards/*/*_rules.cpp, compiled into core).
#pragma once

#include "balcony/core/session_state.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>

namespace balcony::core::rules {

inline Decision fail(ErrorCode code, std::string message) {
  Decision d;
  d.error = CommandError{code, std::move(message)};
  return d;
}

// Text that shows nothing: spaces of every kind (no-break, the typographic spaces U+2000 to U+200A,
// the ideographic space), and the characters that draw as blank (the braille and Hangul fillers).
bool isBlank(const std::string& s);

// Participant or facilitator text: not only space, non-empty, and within a length in bytes.
inline bool validText(const std::string& text, std::size_t maxLength) {
  return !text.empty() && !isBlank(text) && text.size() <= maxLength;
}

inline bool validScale(int lo, int hi) {
  return lo >= 0 && hi <= 10 && hi - lo >= 2;
}

inline constexpr const char* kBadScale = "The scale must run from 0 or more to 10 or less, with at least 3 points.";

// The group an answer was given in, from a board's record of them ("" when there is none).
const std::string& groupAtAnswer(const std::map<ParticipantId, std::string>& groups, ParticipantId participant);

// The participant a command from a phone speaks for, or nullptr (then: kNotJoined).
inline const Participant* participant(const SessionState& state, const std::string& token) {
  return state.findByToken(token);
}

inline Decision notJoined() {
  return fail(ErrorCode::UnknownParticipant, "Please join the session first.");
}

// A decision with no event (a repeat, or nothing to change) that acted for a participant.
inline Decision nothingFor(ParticipantId participant) {
  Decision d;
  d.participant = participant;
  return d;
}

// A decision of one event, or of none when `changed` is false (asking again changes nothing).
template <class E> Decision eventIf(bool changed, E event) {
  Decision d;
  if (changed) d.events.emplace_back(std::move(event));
  return d;
}

} // namespace balcony::core::rules
