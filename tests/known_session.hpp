// A known session, built from events with fixed times, whose exports are kept as expected files
// in tests/fixtures. Set BALCONY_UPDATE_GOLDEN=1 to rewrite them after a deliberate change, then
// read the difference before committing it.
#pragma once

#include "balcony/core/session_state.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace balcony::test {

inline std::vector<core::Event> knownSessionEvents() {
  using namespace core;
  const Millis t = 1'790'000'000'000; // 2026-09-21
  return {
      {t, SessionCreated{"Partnership board, \"autumn\"", "ABCD", {"Health", "Police", "Schools"}}},
      {t + 1, ParticipantJoined{1, token(1), "Health"}},
      {t + 2, ParticipantJoined{2, token(2), "Health"}},
      {t + 3, ParticipantJoined{3, token(3), "Health"}},
      {t + 4, ParticipantJoined{4, token(4), "Police"}},
      {t + 5, ParticipantJoined{5, token(5), "Police"}},
      {t + 6, ParticipantJoined{6, token(6), "Police"}},
      {t + 7, ParticipantJoined{7, token(7), "Schools"}},
      {t + 10, RoundOpened{1, kDefaultBeliefStatements, 1, 5, false}},
      {t + 11, BeliefAnswered{1, 1, 0, 5}},
      {t + 12, BeliefAnswered{2, 1, 0, 4}},
      {t + 13, BeliefAnswered{3, 1, 0, 5}},
      {t + 14, BeliefAnswered{4, 1, 0, 4}},
      {t + 15, BeliefAnswered{5, 1, 0, 5}},
      {t + 16, BeliefAnswered{6, 1, 0, 4}},
      {t + 17, BeliefAnswered{1, 1, 2, 4}},
      {t + 18, BeliefAnswered{4, 1, 2, 1}},
      {t + 19, BeliefAnswered{5, 1, 2, 2}},
      {t + 20, BeliefAnswered{7, 1, 2, 3}},
      {t + 21, ResultsRevealed{1}},
      {t + 30,
       PollOpened{1, "Bring in housing next time?", PollKind::Options, 1, 5, {"Yes", "No", "Not sure"}, false, true}},
      {t + 31, PollAnswered{1, 1, {0}}},
      {t + 32, PollAnswered{4, 1, {0}}},
      {t + 33, PollAnswered{7, 1, {2}}},
      {t + 40, PromptAdded{1, "J, 14, missing from school three times this month", "case", 1, 5, true}},
      {t + 41, PromptShown{1}},
      {t + 42, PromptAnswered{1, 1, 5}},
      {t + 43, PromptAnswered{2, 1, 5}},
      {t + 44, PromptAnswered{3, 1, 4}},
      {t + 45, PromptAnswered{4, 1, 1}},
      {t + 46, PromptAnswered{5, 1, 2}},
      {t + 47, PromptAnswered{6, 1, 1}},
      {t + 48, NoteAdded{1, 1, 1, "We see him in A&E at night, never the daytime picture"}},
      {t + 49, NoteAdded{2, 4, 1, "=HYPERLINK(\"http://example.invalid\",\"click\")"}},
      {t + 50, NoteAdded{3, 5, 1, "Hidden words"}},
      {t + 51, NoteHidden{3}},
      {t + 60, StatementSubmitted{1, 4, "We should keep one shared chronology"}},
      {t + 61, StatementApproved{1}},
      {t + 62, StatementVoted{1, 1, Vote::Agree}},
      {t + 63, StatementVoted{4, 1, Vote::Disagree}},
      {t + 70, TopicAdded{1, "Who funds step-down beds", 20}},
      {t + 71, TopicStarted{1}},
      {t + 1'800'071, TopicStarted{0}},
      {t + 1'800'072, DecisionRecorded{1, "Health funds the pilot; reviewed in January"}},
      {t + 1'800'073, FlagRaised{1, 7, FlagKind::Circles, ""}},
      {t + 1'800'080, EndeavourSet{"Every child grows up safe, well and learning"}},
      {t + 1'800'081, ClarityItemAdded{1,
                                       {"Weekly huddle on missing children", "Schools and police",
                                        "One officer, 30 minutes", "2026-12-01", 1},
                                       0,
                                       ClarityStatus::Agreed}},
      {t + 1'800'082, ClarityItemAdded{2, {"A joint front door", "", "", "", 0}, 0, ClarityStatus::Proposed}},
      {t + 1'800'083, EnergyVoted{2, 2, true}},
      {t + 1'800'090, ReflectionOpened{1, ReflectionStage::Observation,
                                       reflectionQuestions(ReflectionStage::Observation), Lens::Historian}},
      {t + 1'800'091,
       ReflectionShared{1, 1, 2, "The same worry about night-time A&E keeps coming back", Dimension::Perceiving}},
      {t + 1'800'092, ReflectionShared{2, 1, 5, "Hidden reflection naming a colleague", Dimension::Relating}},
      {t + 1'800'093, ReflectionShared{3, 1, 7, "We agree faster when the case is in front of us", Dimension::None}},
      {t + 1'800'094, ReflectionApproved{1}},
      {t + 1'800'095, ReflectionHidden{2}},
      {t + 1'800'096, ReflectionApproved{3}},
      {t + 1'800'097, ReflectionClosed{1}},
      {t + 1'860'000, SessionStopped{}}, // Balcony closed cleanly a minute later
  };
}

inline core::SessionState knownSession() {
  return core::replay(knownSessionEvents());
}

// Compares text with an expected file, or rewrites the file when BALCONY_UPDATE_GOLDEN is set.
inline void checkGolden(const std::string& name, const std::string& actual) {
  const auto path = test::fixturesDir() / name;
  if (std::getenv("BALCONY_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(path, std::ios::binary) << actual;
  }
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in.good());
  std::stringstream expected;
  expected << in.rdbuf();
  INFO("expected file " << name << " (BALCONY_UPDATE_GOLDEN=1 rewrites it)");
  CHECK(actual == expected.str());
}

} // namespace balcony::test
