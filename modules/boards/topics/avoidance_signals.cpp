// The three avoidance signals; see avoidance.hpp for the rules and their defaults.
#include "topics/avoidance_signals.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace balcony::core {
namespace {

constexpr Millis kMinute = 60'000;

std::string counted(long long n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string quoted(const std::string& title) {
  return "\u201C" + title + "\u201D";
}

void mark(const SessionState& state, Signal& s) {
  auto it = state.resolvedAlerts.find(s.key);
  if (it != state.resolvedAlerts.end()) {
    s.resolved = true;
    s.acknowledged = it->second;
  }
}

} // namespace

bool hasDecision(const Topic& topic) {
  return !topic.decisions.empty();
}

bool madeClear(const SessionState& state, const Topic& topic) {
  if (hasDecision(topic)) {
    return true;
  }
  return std::any_of(state.clarity.begin(), state.clarity.end(), [&](const ClarityItem& item) {
    return item.fields.topic == topic.number && !item.hidden &&
           (item.status == ClarityStatus::Agreed || item.status == ClarityStatus::Done);
  });
}

std::vector<const Flag*> liveFlags(const SessionState& state, Millis now) {
  std::vector<const Flag*> out;
  out.reserve(state.flags.size());
  const Millis lifetime = Millis{state.signalSettings.flagLifetimeMinutes} * kMinute;
  for (const auto& flag : state.flags) {
    if (flag.at <= now && now - flag.at < lifetime) {
      out.push_back(&flag);
    }
  }
  return out;
}

std::vector<int> flagsPerMinute(const SessionState& state, Millis now, int minutes) {
  std::vector<int> out(static_cast<std::size_t>(std::max(0, minutes)), 0);
  for (const auto& flag : state.flags) {
    const Millis age = now - flag.at;
    if (age < 0) continue;
    const auto bucket = age / kMinute;
    if (bucket < minutes) {
      ++out[static_cast<std::size_t>(minutes - 1 - bucket)];
    }
  }
  return out;
}

std::string durationWords(Millis ms) {
  const long long seconds = std::max<Millis>(0, ms) / 1000;
  const long long minutes = seconds / 60;
  if (minutes == 0) return counted(seconds, "second", "seconds");
  // Past ten minutes the seconds are noise.
  if (minutes >= 10 || seconds % 60 == 0) return counted(minutes, "minute", "minutes");
  return counted(minutes, "minute", "minutes") + " " + counted(seconds % 60, "second", "seconds");
}

std::string clockTime(Millis ms) {
  const long long seconds = std::max<Millis>(0, ms) / 1000;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%lld:%02lld", seconds / 60, seconds % 60);
  return buf;
}

std::vector<Signal> signalsAt(const SessionState& state, Millis now, int present) {
  const auto& cfg = state.signalSettings;
  std::vector<Signal> out;
  for (const auto& topic : state.topics) {
    if (topic.revisits >= cfg.revisitLimit && !hasDecision(topic)) {
      Signal s;
      s.key = "circles:" + std::to_string(topic.number) + ":" + std::to_string(topic.revisits);
      s.kind = SignalKind::Circles;
      s.topic = topic.number;
      s.message = "Going round in circles? " + quoted(topic.title) + " has come back " +
                  (topic.revisits == 1 ? std::string("once") : counted(topic.revisits, "time", "times")) +
                  " with no decision.";
      mark(state, s);
      out.push_back(std::move(s));
    }
    const Millis spent = state.topicTime(topic, now);
    const Millis limit = Millis{topic.budgetMinutes} * kMinute * cfg.overtimePercent / 100;
    if (spent >= limit && !madeClear(state, topic)) {
      Signal s;
      s.key = "overtime:" + std::to_string(topic.number);
      s.kind = SignalKind::Overtime;
      s.topic = topic.number;
      s.message = quoted(topic.title) + " has run " + durationWords(spent) + ", past its budget of " +
                  counted(topic.budgetMinutes, "minute", "minutes") + ", with nothing made clear for now.";
      mark(state, s);
      out.push_back(std::move(s));
    }
  }

  const Millis window = Millis{cfg.flagWindowMinutes} * kMinute;
  // Drawn every frame: one sorted vector rather than a tree node per person who flagged.
  std::vector<ParticipantId> flaggers;
  const Flag* earliest = nullptr;
  for (const auto* flag : liveFlags(state, now)) {
    if (now - flag->at < window) {
      flaggers.push_back(flag->participant);
      if (earliest == nullptr) earliest = flag;
    }
  }
  std::sort(flaggers.begin(), flaggers.end());
  flaggers.erase(std::unique(flaggers.begin(), flaggers.end()), flaggers.end());
  const auto needed = std::max<std::size_t>(
      2, static_cast<std::size_t>(std::ceil(cfg.flagSharePercent * std::max(0, present) / 100.0)));
  if (earliest != nullptr && flaggers.size() >= needed) {
    Signal s;
    s.key = "flags:" + std::to_string(earliest->id);
    s.kind = SignalKind::Flags;
    s.topic = earliest->topic;
    s.message =
        std::to_string(flaggers.size()) + " people have flagged in the last " +
        (cfg.flagWindowMinutes == 1 ? std::string("minute") : counted(cfg.flagWindowMinutes, "minute", "minutes")) +
        " that something may be being avoided.";
    mark(state, s);
    out.push_back(std::move(s));
  }
  return out;
}

} // namespace balcony::core
