// Topics, flags and the avoidance signals, driven by a fake clock: time comes in with each command.
#include "test_support.hpp"
#include "topics/avoidance_signals.hpp"

#include <catch2/catch.hpp>

using namespace balcony;
using namespace balcony::core;

namespace {

constexpr Millis kMinute = 60'000;

struct Meeting {
  SessionState state;
  Millis now = 1'700'000'000'000;

  Decision run(CommandBody body) {
    auto d = decide(state, Command{now, std::move(body)});
    for (auto& e : d.events) {
      apply(state, Event{now, e});
    }
    return d;
  }
  void wait(Millis ms) { now += ms; }

  Meeting(int people) {
    run(CreateSession{"T", "ABCD", {"Health", "Police"}});
    for (int i = 1; i <= people; ++i)
      run(Join{"ABCD", test::token(i), "Health"});
  }

  std::vector<Signal> signals(int present) const { return signalsAt(state, now, present); }
};

bool has(const std::vector<Signal>& signals, SignalKind kind, bool resolved = false) {
  return std::any_of(signals.begin(), signals.end(),
                     [&](const Signal& s) { return s.kind == kind && s.resolved == resolved; });
}

} // namespace

TEST_CASE("Topic time adds up over visits, and coming back is a revisit", "[core][topics]") {
  Meeting m(0);
  CHECK(m.run(AddTopic{"", 10}).error);
  CHECK(m.run(AddTopic{"Bed pressures", 0}).error);
  m.run(AddTopic{"Bed pressures", 20});
  m.run(AddTopic{"Discharge delays", 15});
  CHECK(m.run(StartTopic{3}).error);
  m.run(StartTopic{1});
  m.wait(5 * kMinute);
  m.run(StartTopic{2});
  m.wait(7 * kMinute);
  m.run(StartTopic{1});
  m.wait(3 * kMinute);
  const auto& beds = m.state.topics[0];
  CHECK(m.state.topicTime(beds, m.now) == 8 * kMinute);
  CHECK(m.state.topicTime(m.state.topics[1], m.now) == 7 * kMinute);
  CHECK(beds.visits == 2);
  CHECK(beds.revisits == 1);
  m.run(StartTopic{0}); // a break
  m.wait(10 * kMinute);
  CHECK(m.state.topicTime(beds, m.now) == 8 * kMinute);
  m.run(StartTopic{1}); // back from the break to the same topic: not a revisit
  CHECK(m.state.topics[0].revisits == 1);
}

TEST_CASE("A topic that keeps coming back with no decision signals circles", "[core][signals]") {
  Meeting m(0);
  m.run(AddTopic{"Who pays for step-down beds", 30});
  m.run(AddTopic{"Data sharing", 30});
  m.run(StartTopic{1});
  for (int i = 0; i < 3; ++i) {
    m.wait(kMinute);
    m.run(StartTopic{2});
    m.wait(kMinute);
    m.run(StartTopic{1});
  }
  auto signals = m.signals(10);
  REQUIRE(has(signals, SignalKind::Circles));
  CHECK_THAT(signals[0].message, Catch::Contains("has come back 3 times with no decision"));

  SECTION("a decision settles it") {
    m.run(RecordDecision{1, "Health pays for the pilot, reviewed in March"});
    CHECK_FALSE(has(m.signals(10), SignalKind::Circles));
  }
  SECTION("dismissed, it stays quiet until the topic comes back again") {
    m.run(ResolveAlert{signals[0].key, false});
    CHECK(has(m.signals(10), SignalKind::Circles, true));
    CHECK_FALSE(has(m.signals(10), SignalKind::Circles, false));
    m.run(StartTopic{2});
    m.run(StartTopic{1});
    CHECK(has(m.signals(10), SignalKind::Circles, false));
  }
  SECTION("the limit is a setting") {
    SetSignalSettings settings;
    settings.revisitLimit = 4;
    m.run(settings);
    CHECK_FALSE(has(m.signals(10), SignalKind::Circles));
  }
}

TEST_CASE("A topic well past its budget with nothing decided signals overtime", "[core][signals]") {
  Meeting m(0);
  m.run(AddTopic{"Winter plan", 20});
  m.run(StartTopic{1});
  m.wait(29 * kMinute);
  CHECK_FALSE(has(m.signals(10), SignalKind::Overtime));
  m.wait(kMinute); // 30 minutes: 150% of 20
  const auto signals = m.signals(10);
  REQUIRE(has(signals, SignalKind::Overtime));
  CHECK_THAT(signals[0].message, Catch::Contains("has run 30 minutes, past its budget of 20 minutes"));
  m.run(RecordDecision{1, "Agreed: one escalation route for now"});
  CHECK_FALSE(has(m.signals(10), SignalKind::Overtime));
}

TEST_CASE("An overtime alert says the time really run and the budget, in the right number", "[core][signals]") {
  Meeting m(0);
  m.run(AddTopic{"Budget pressures nobody names", 1});
  m.run(StartTopic{1});
  m.wait(89'000);
  CHECK_FALSE(has(m.signals(10), SignalKind::Overtime));
  m.wait(1'000); // 90 seconds: 150% of one minute
  const auto signals = m.signals(10);
  REQUIRE(has(signals, SignalKind::Overtime));
  CHECK_THAT(signals[0].message,
             Catch::Contains("has run 1 minute 30 seconds, past its budget of 1 minute, with nothing made clear"));
  CHECK(durationWords(45'000) == "45 seconds");
  CHECK(durationWords(61'000) == "1 minute 1 second");
  CHECK(durationWords(120'000) == "2 minutes");
  CHECK(durationWords(12 * 60'000 + 40'000) == "12 minutes");
  CHECK(clockTime(6 * 60'000 + 5'000) == "6:05");
}

TEST_CASE("Flags from a share of those present within a few minutes raise a signal", "[core][signals][flags]") {
  Meeting m(8);
  m.run(RaiseFlag{test::token(1), FlagKind::Circles, ""});
  m.wait(kMinute);
  CHECK_FALSE(has(m.signals(8), SignalKind::Flags)); // one person: not yet
  m.run(RaiseFlag{test::token(2), FlagKind::Elephant, "the budget"});
  const auto signals = m.signals(8); // 2 of 8 is 25%
  REQUIRE(has(signals, SignalKind::Flags));
  CHECK_THAT(signals.back().message, Catch::Contains("2 people have flagged in the last 5 minutes"));
  CHECK_FALSE(has(m.signals(20), SignalKind::Flags)); // 2 of 20 is not enough
  m.wait(5 * kMinute);
  CHECK_FALSE(has(m.signals(8), SignalKind::Flags)); // the window has passed
  CHECK(liveFlags(m.state, m.now).size() == 2);      // but the flags still count for 10 minutes
  m.wait(5 * kMinute);
  CHECK(liveFlags(m.state, m.now).empty()); // and then they expire
}

TEST_CASE("A participant can raise one flag every two minutes", "[core][flags]") {
  Meeting m(1);
  CHECK_FALSE(m.run(RaiseFlag{test::token(1), FlagKind::Avoided, ""}).error);
  m.wait(60'000);
  const auto again = m.run(RaiseFlag{test::token(1), FlagKind::Avoided, ""});
  REQUIRE(again.error);
  CHECK(again.error->code == ErrorCode::Conflict);
  CHECK_THAT(again.error->message, Catch::Contains("60 seconds"));
  m.wait(60'000);
  CHECK_FALSE(m.run(RaiseFlag{test::token(1), FlagKind::Avoided, ""}).error);
  CHECK(m.run(RaiseFlag{test::token(9), FlagKind::Avoided, ""}).error->code == ErrorCode::UnknownParticipant);
  CHECK(flagsPerMinute(m.state, m.now, 5) == std::vector<int>{0, 0, 1, 0, 1}); // two minutes apart
}

TEST_CASE("Flag words reach the board only once approved", "[core][flags][moderation]") {
  Meeting m(1);
  m.run(RaiseFlag{test::token(1), FlagKind::Elephant, "Nobody mentions the merger"});
  REQUIRE(m.state.flags.size() == 1);
  CHECK_FALSE(m.state.flags[0].wordsApproved);
  CHECK(m.run(ApproveFlagWords{2}).error);
  REQUIRE_FALSE(m.run(ApproveFlagWords{1}).error);
  CHECK(m.state.flags[0].wordsApproved);
  CHECK(m.run(RaiseFlag{test::token(1), FlagKind::Elephant, std::string(121, 'x')}).error);
}

TEST_CASE("Signal settings are checked and stored", "[core][signals]") {
  Meeting m(0);
  SetSignalSettings bad;
  bad.flagSharePercent = 0;
  CHECK(m.run(bad).error);
  SetSignalSettings quiet;
  quiet.alertsOnProjector = false;
  CHECK_FALSE(m.run(quiet).error);
  CHECK_FALSE(m.state.signalSettings.alertsOnProjector);
}
