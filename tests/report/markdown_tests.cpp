// The Markdown summary: figures right, participant text escaped.
#include "balcony/core/figures.hpp"
#include "balcony/report/markdown_summary.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace balcony;
using namespace balcony::core;

TEST_CASE("The summary lists each round's figures per belief", "[report][markdown]") {
  const auto state = replay({
      {1, SessionCreated{"Board | *bold*", "ABCD", {"Health"}}},
      {2, ParticipantJoined{1, test::token(1), "Health"}},
      {3, ParticipantJoined{2, test::token(2), "Health"}},
      {4, RoundOpened{1, kDefaultBeliefStatements, 1, 5}},
      {5, BeliefAnswered{1, 1, 0, 5}},
      {6, BeliefAnswered{2, 1, 0, 4}},
      {7, PrivacyThresholdSet{2}},
  });
  const auto md = report::markdownSummary(state);
  CHECK_THAT(md, Catch::StartsWith("# Board \\| \\*bold\\*\n"));
  CHECK_THAT(md, Catch::Contains("Participants: 2"));
  CHECK_THAT(md, Catch::Contains("## Belief check, round 1"));
  CHECK_THAT(
      md,
      Catch::Contains(
          "| The goals we are working towards are good goals | 2 | 4.5 | 4.5 | 1: 0 · 2: 0 · 3: 0 · 4: 1 · 5: 1 |"));
  CHECK_THAT(md, Catch::Contains("| It will actually happen | 0 | – | – |"));
}

TEST_CASE("A session without a belief check says so", "[report][markdown]") {
  const auto state = replay({{1, SessionCreated{"T", "ABCD", {"Health"}}}});
  CHECK_THAT(report::markdownSummary(state), Catch::Contains("No belief check was run."));
}

TEST_CASE("Markdown control characters in participant text are escaped", "[report][markdown]") {
  CHECK(report::escapeMarkdown("a|b*c_d[e](f)<g>#h`i\\") == "a\\|b\\*c\\_d\\[e\\](f)\\<g\\>\\#h\\`i\\\\");
  CHECK(report::escapeMarkdown("line\nbreak") == "line break");
}

TEST_CASE("A mean of 3.25 is 3.3 in the exports, as on the phones: halves round away from zero",
          "[report][markdown][figures]") {
  // 26 / 8 = 3.25 exactly; printf alone writes 3.2 (the page, rounding halves up, said 3.3).
  std::vector<Event> events = {
      {1, SessionCreated{"T", "ABCD", {"Health"}}},
      {2, RoundOpened{1, kDefaultBeliefStatements, 1, 5}},
  };
  const int values[] = {4, 4, 4, 4, 3, 3, 2, 2};
  for (int i = 1; i <= 8; ++i) {
    events.push_back({10, ParticipantJoined{static_cast<ParticipantId>(i), test::token(i), "Health"}});
    events.push_back({11, BeliefAnswered{static_cast<ParticipantId>(i), 1, 0, values[i - 1]}});
  }
  const auto md = report::markdownSummary(replay(events));
  CHECK_THAT(md, Catch::Contains("| The goals we are working towards are good goals | 8 | 3.5 | 3.3 |"));
  CHECK(rounded(3.25, 1) == Approx(3.3));
  CHECK(rounded(-3.25, 1) == Approx(-3.3));
  CHECK(rounded(0.125, 2) == Approx(0.13));
}

TEST_CASE("A topic under way counts its current visit up to the moment of export", "[report][markdown]") {
  constexpr Millis kMinute = 60'000;
  auto state = replay({
      {1, SessionCreated{"T", "ABCD", {"Health"}}},
      {2, TopicAdded{1, "Winter plan", 10}},
      {3 * kMinute, TopicStarted{1}},
      {5 * kMinute, TopicStarted{0}}, // two minutes, then a break
      {7 * kMinute, TopicStarted{1}}, // back after the break (not a revisit), and still running
  });
  SECTION("read six minutes into the second visit: 2 + 6 minutes") {
    state.asOf = 13 * kMinute;
    CHECK_THAT(report::markdownSummary(state), Catch::Contains("| Winter plan | 8 (10) | 0 |"));
  }
  SECTION("with no moment given, only the finished visits") {
    CHECK_THAT(report::markdownSummary(state), Catch::Contains("| Winter plan | 2 (10) | 0 |"));
  }
}

TEST_CASE("Read after the meeting, times count to the clean stop, or after a crash to the last event",
          "[report][markdown][stop]") {
  constexpr Millis kSecond = 1000;
  std::vector<Event> events = {
      {1, SessionCreated{"T", "ABCD", {"Health"}}},
      {2, TopicAdded{1, "Winter plan", 1}},
      {10 * kSecond, TopicStarted{1}}, // started and left running
  };
  SECTION("Balcony closed 66 s later: the running topic counts its minute, the session too") {
    events.push_back({76 * kSecond, SessionStopped{}});
    auto state = replay(events);
    state.asOf = events.back().at; // what an export after the meeting reads to
    CHECK(state.stoppedAt == 76 * kSecond);
    const auto md = report::markdownSummary(state);
    CHECK_THAT(md, Catch::Contains("| Winter plan | 1 (1) | 0 |"));
    CHECK_THAT(md, Catch::Contains("Session: 1 min, to the moment Balcony was closed."));
  }
  SECTION("a crash: no stop recorded, so the times count to the last event") {
    events.push_back({75 * kSecond, DecisionRecorded{1, "Keep the rota"}});
    auto state = replay(events);
    state.asOf = events.back().at;
    CHECK(state.stoppedAt == 0);
    const auto md = report::markdownSummary(state);
    CHECK_THAT(md, Catch::Contains("| Winter plan | 1 (1) | 0 | Keep the rota |"));
    CHECK_THAT(md, Catch::Contains("Balcony did not close cleanly, so times count to there."));
  }
  SECTION("during the meeting: to the moment of export") {
    auto state = replay(events);
    state.asOf = 3 * 60 * kSecond;
    CHECK_THAT(report::markdownSummary(state),
               Catch::Contains("Session: 2 min, to this export, made while the meeting ran."));
  }
}
