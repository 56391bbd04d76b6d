// The view from the balcony, the board's domain part: the enabler's "noticing eye". It keeps no
// state of its own and takes no commands: it reads across every board of the session (and the
// belief trend of the earlier sessions of its series) and picks the few patterns worth the room's
// attention, each a plain sentence with its numbers. The privacy threshold holds here as
// everywhere: a group is named only where its figures are shown on the other boards too.
// Std only; compiled into core.
#pragma once

#include "balcony/core/type_list.hpp"
#include "balcony/core/types.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace balcony::core {

struct SessionState;
struct TrendPoint;

enum class PatternKind {
  BeliefGap,
  BeliefMoved,
  PromptDivides,
  StatementDivides,
  Unites,
  TopicReturns,
  Flags,
  Clarity,
  Quiet,
  Untouched
};

// Each pattern's heading on the projector and in the exports.
constexpr std::string_view patternHeading(PatternKind k) {
  switch (k) {
  case PatternKind::BeliefGap: return "Belief";
  case PatternKind::BeliefMoved: return "Since last time";
  case PatternKind::PromptDivides: return "Where we differ";
  case PatternKind::StatementDivides: return "Where we differ";
  case PatternKind::Unites: return "What unites us";
  case PatternKind::TopicReturns: return "Going round in circles";
  case PatternKind::Flags: return "Flags";
  case PatternKind::Clarity: return "Clear for now";
  case PatternKind::Quiet: return "Who is quiet";
  case PatternKind::Untouched: return "Reflection";
  }
  return "";
}

struct Pattern {
  PatternKind kind = PatternKind::BeliefGap;
  std::string sentence;
  // What one action makes of it: a topic to work on, or a proposal for clarity for now (empty: none).
  std::string topic;
  std::string clarity;
};

// The patterns worth the room's attention now, most telling kind first; empty when nothing stands
// out. `history` is the belief trend of the earlier sessions of the series (may be null or empty).
std::vector<Pattern> balconyPatterns(const SessionState& state, const std::vector<TrendPoint>* history, Millis now);

// What a group must do to count as quiet: answer at most this share of what the room answers.
inline constexpr double kQuietShare = 0.5;
// A belief that moved less than this share of its scale since the last session is not news.
inline constexpr double kMovedShare = 0.15;
// A statement divides when two groups' shares agreeing differ by this much; it unites when every
// group shown agrees at least this much.
inline constexpr double kDividingShare = 0.4;
inline constexpr double kUnitingShare = 0.75;

struct BalconyState {};

struct BalconyBoard {
  static constexpr Board kBoard = Board::Balcony;
  static constexpr std::string_view kName = "balcony"; // on the wire and in stored board_shown: never renamed
  using Events = TypeList<>;
  using ParticipantCommands = TypeList<>;
  using FacilitatorCommands = TypeList<>;
  using State = BalconyState;
};

} // namespace balcony::core
