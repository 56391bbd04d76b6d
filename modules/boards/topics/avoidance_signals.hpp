// Avoidance-activity signals: when a meeting goes round in circles, an important issue is
// probably being avoided. Three signals, each with a setting in SignalSettingsSet:
//
//  - circles:  a topic has come back `revisitLimit` times (3) or more with no decision recorded;
//  - overtime: a topic has run `overtimePercent` (150%) of its budget or more with nothing made
//              clear for now: no decision, and no clarity item agreed against it;
//  - flags:    at least max(2, flagSharePercent (25%) of those present) different participants
//              raised a flag within the last `flagWindowMinutes` (5).
//
// A flag counts for `flagLifetimeMinutes` (10); a participant may raise one every
// `flagCooldownSeconds` (120). Signals are a pure function of the state, the time and the number
// present, so every rule is tested with a fake clock. Each has a stable key: once the facilitator
// acknowledges or dismisses it, the same key stays quiet.
#pragma once

#include "balcony/core/session_state.hpp"

#include <string>
#include <vector>

namespace balcony::core {

enum class SignalKind { Circles, Overtime, Flags };

struct Signal {
  std::string key;
  SignalKind kind = SignalKind::Circles;
  int topic = 0;
  std::string message;
  bool resolved = false; // acknowledged or dismissed by the facilitator
  bool acknowledged = false;
};

// A length of time in words, for alerts: "45 seconds", "1 minute 30 seconds", "12 minutes".
std::string durationWords(Millis ms);
// As a clock shows it: "1:30", "12:05".
std::string clockTime(Millis ms);

// Every signal firing at `now`, resolved ones included (marked).
std::vector<Signal> signalsAt(const SessionState& state, Millis now, int present);

// Flags still counting at `now` (raised within their lifetime).
std::vector<const Flag*> liveFlags(const SessionState& state, Millis now);

// Flags per minute over the last `minutes` minutes, oldest first.
std::vector<int> flagsPerMinute(const SessionState& state, Millis now, int minutes);

bool hasDecision(const Topic& topic);

// Whether a topic has something made clear for now: a decision, or an item agreed (or done)
// against it on the clarity board.
bool madeClear(const SessionState& state, const Topic& topic);

} // namespace balcony::core
