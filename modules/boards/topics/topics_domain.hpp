// Topics and avoidance-activity flags, the board's domain part: the agenda as topics with time
// budgets and decisions, anonymous flags, and the alerts they add up to. Std only; compiled into core.
#pragma once

#include "balcony/core/type_list.hpp"
#include "balcony/core/types.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace balcony::core {

struct SessionState;
struct Decision;

inline constexpr std::size_t kMaxTopicTitleLength = 120;
inline constexpr std::size_t kMaxDecisionLength = 300;
inline constexpr std::size_t kMaxFlagWordsLength = 120;

// The anonymous flags a participant can raise when the meeting seems to avoid something.
enum class FlagKind { Circles, Avoided, Elephant };

constexpr std::string_view flagKindName(FlagKind k) {
  return k == FlagKind::Circles ? "circles" : k == FlagKind::Avoided ? "avoided" : "elephant";
}
constexpr std::optional<FlagKind> flagKindFromName(std::string_view name) {
  if (name == "circles") return FlagKind::Circles;
  if (name == "avoided") return FlagKind::Avoided;
  if (name == "elephant") return FlagKind::Elephant;
  return std::nullopt;
}

// Events.
struct TopicAdded {
  int topic = 0;
  std::string title;
  int budgetMinutes = 15;
};

struct TopicStarted {
  int topic = 0; // 0: no topic is current (a break)
};

struct DecisionRecorded {
  int topic = 0;
  std::string text;
};

struct FlagRaised {
  int flag = 0;
  ParticipantId participant = 0;
  FlagKind kind = FlagKind::Circles;
  std::string words; // optional; shown only once the facilitator approves them
};

struct FlagWordsApproved {
  int flag = 0;
};

// The facilitator acknowledged (true) or dismissed (false) an alert; it leaves the projector.
struct AlertResolved {
  std::string key;
  bool acknowledged = true;
};

struct SignalSettingsSet {
  int revisitLimit = 3;      // revisits with no decision before "going round in circles"
  int overtimePercent = 150; // share of the budget before "well past its time"
  int flagSharePercent = 25; // share of those present flagging...
  int flagWindowMinutes = 5; // ...within this many minutes
  int flagLifetimeMinutes = 10;
  int flagCooldownSeconds = 120; // one flag per participant per this long
  bool alertsOnProjector = true;
};

// Participant command.
struct RaiseFlag {
  std::string token;
  FlagKind kind = FlagKind::Circles;
  std::string words;
};

// Facilitator commands.
struct AddTopic {
  std::string title;
  int budgetMinutes = 15;
};

struct StartTopic {
  int topic = 0; // 0: pause
};

struct RecordDecision {
  int topic = 0;
  std::string text;
};

struct ApproveFlagWords {
  int flag = 0;
};

struct ResolveAlert {
  std::string key;
  bool acknowledged = true;
};

using SetSignalSettings = SignalSettingsSet;

// State.
struct TopicDecision {
  std::string text;
  Millis at = 0;
};

struct Topic {
  int number = 0;
  std::string title;
  int budgetMinutes = 15;
  Millis spentMs = 0;      // closed stretches of time on this topic
  Millis currentSince = 0; // when it last became current (valid while it is current)
  int visits = 0;          // times it became current
  int revisits = 0;        // times it came back after another topic
  std::vector<TopicDecision> decisions;
  std::vector<Millis> visitStarts;
};

struct Flag {
  int id = 0;
  ParticipantId participant = 0; // never shown: flags are anonymous
  FlagKind kind = FlagKind::Circles;
  std::string words;
  bool wordsApproved = false;
  Millis at = 0;
  int topic = 0; // the topic current when it was raised
};

struct TopicsState {
  std::vector<Topic> topics;
  int currentTopic = 0;
  int lastTopic = 0; // the topic before the current one (or before a pause), for revisits
  std::vector<Flag> flags;
  std::map<std::string, bool> resolvedAlerts; // key -> acknowledged (true) or dismissed (false)
  SignalSettingsSet signalSettings;

  const Topic* findTopic(int number) const;
  // Time spent on a topic up to `now`, the current stretch included.
  Millis topicTime(const Topic& topic, Millis now) const;
};

struct TopicsBoard {
  static constexpr Board kBoard = Board::Topics;
  static constexpr std::string_view kName = "topics"; // in stored events and on the wire: never renamed
  using Events = TypeList<TopicAdded, TopicStarted, DecisionRecorded, FlagRaised, FlagWordsApproved, AlertResolved,
                          SignalSettingsSet>;
  using ParticipantCommands = TypeList<RaiseFlag>;
  using FacilitatorCommands =
      TypeList<AddTopic, StartTopic, RecordDecision, ApproveFlagWords, ResolveAlert, SetSignalSettings>;
  using State = TopicsState;
};

Decision decideCommand(const SessionState& state, const RaiseFlag& c, Millis now);
Decision decideCommand(const SessionState& state, const AddTopic& c, Millis now);
Decision decideCommand(const SessionState& state, const StartTopic& c, Millis now);
Decision decideCommand(const SessionState& state, const RecordDecision& c, Millis now);
Decision decideCommand(const SessionState& state, const ApproveFlagWords& c, Millis now);
Decision decideCommand(const SessionState& state, const ResolveAlert& c, Millis now);
Decision decideCommand(const SessionState& state, const SignalSettingsSet& c, Millis now);

void applyEvent(SessionState& state, const TopicAdded& e, Millis at);
void applyEvent(SessionState& state, const TopicStarted& e, Millis at);
void applyEvent(SessionState& state, const DecisionRecorded& e, Millis at);
void applyEvent(SessionState& state, const FlagRaised& e, Millis at);
void applyEvent(SessionState& state, const FlagWordsApproved& e, Millis at);
void applyEvent(SessionState& state, const AlertResolved& e, Millis at);
void applyEvent(SessionState& state, const SignalSettingsSet& e, Millis at);

} // namespace balcony::core
