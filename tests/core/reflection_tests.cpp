// Reflection: opening a stage with the paper's questions (or the facilitator's), sharing only what
// a participant chooses, moderation like statements, and the dimensions the room has not touched.
#include "balcony/core/moderation.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace balcony;
using namespace balcony::core;

namespace {

struct ReflectionSession {
  SessionState state;
  Millis now = 1'700'000'000'000;
  Decision run(CommandBody body) {
    auto d = decide(state, Command{now, std::move(body)});
    for (auto& e : d.events)
      apply(state, Event{now, e});
    return d;
  }
  explicit ReflectionSession(int people) {
    run(CreateSession{"T", "ABCD", {"Health", "Police"}});
    for (int i = 1; i <= people; ++i)
      run(Join{"ABCD", test::token(i), i % 2 ? "Health" : "Police"});
  }
  Decision share(int who, std::string text, Dimension d = Dimension::None) {
    return run(ShareReflection{test::token(who), std::move(text), d});
  }
};

} // namespace

TEST_CASE("A stage opens with the paper's questions, or the facilitator's own", "[core][reflection]") {
  ReflectionSession s(0);
  REQUIRE_FALSE(s.run(OpenReflection{ReflectionStage::SenseMaking, {}, Lens::None}).error);
  const auto* round = s.state.reflectionRound();
  REQUIRE(round != nullptr);
  CHECK(round->stage == ReflectionStage::SenseMaking);
  CHECK(round->questions == reflectionQuestions(ReflectionStage::SenseMaking));
  CHECK(round->questions.at(2) == "What keeps repeating?");
  CHECK(round->open);

  // Edited: blank lines dropped, the lens kept; opening another closes the first.
  REQUIRE_FALSE(
      s.run(OpenReflection{ReflectionStage::Planning, {"What is my role in this?", "", "  "}, Lens::Sage}).error);
  CHECK(s.state.reflectionRounds.size() == 2);
  CHECK_FALSE(s.state.reflectionRounds[0].open);
  CHECK(s.state.reflectionRound()->questions == std::vector<std::string>{"What is my role in this?"});
  CHECK(s.state.reflectionRound()->lens == Lens::Sage);

  // A few at a time, each of a readable length.
  CHECK(s.run(OpenReflection{ReflectionStage::Planning, std::vector<std::string>(7, "Why?"), Lens::None}).error);
  CHECK(s.run(OpenReflection{ReflectionStage::Planning, {std::string(201, 'q')}, Lens::None}).error);
  CHECK(s.run(OpenReflection{static_cast<ReflectionStage>(9), {}, Lens::None}).error);
  CHECK(s.state.reflectionRounds.size() == 2); // nothing half-applied
}

TEST_CASE("Only what a participant shares is kept, and only while a reflection is open", "[core][reflection]") {
  ReflectionSession s(3);
  const auto closed = s.share(1, "Too early");
  REQUIRE(closed.error);
  CHECK(closed.error->code == ErrorCode::NotOpen);
  CHECK(s.state.reflections.empty());

  s.run(OpenReflection{ReflectionStage::Experience, {}, Lens::None});
  REQUIRE_FALSE(s.share(1, "I feel we are talking past each other", Dimension::Feeling).error);
  REQUIRE(s.state.reflections.size() == 1);
  const auto& r = s.state.reflections[0];
  CHECK(r.status == ReflectionStatus::Pending);
  CHECK(r.group == "Health");
  CHECK(r.stage == ReflectionStage::Experience);
  // Sent again after a reconnect: one reflection, not two.
  REQUIRE_FALSE(s.share(1, "I feel we are talking past each other", Dimension::Feeling).error);
  CHECK(s.state.reflections.size() == 1);

  CHECK(s.share(2, "").error);
  CHECK(s.share(2, std::string(501, 'x')).error);
  CHECK(s.run(ShareReflection{"not-a-participant-token-0000000000", "Hello", Dimension::None}).error);
  CHECK(s.share(2, "Bad tag", static_cast<Dimension>(12)).error);
  CHECK(s.state.reflections.size() == 1);

  // Three may wait at once, as statements may.
  for (int i = 1; i <= 3; ++i)
    REQUIRE_FALSE(s.share(3, "Waiting " + std::to_string(i)).error);
  const auto fourth = s.share(3, "Waiting 4");
  REQUIRE(fourth.error);
  CHECK(fourth.error->code == ErrorCode::Conflict);

  s.run(CloseReflection{});
  CHECK(s.share(2, "After the close").error);
}

TEST_CASE("Shared reflections are moderated, and a hidden one is counted among the hidden texts",
          "[core][reflection]") {
  ReflectionSession s(2);
  s.run(OpenReflection{ReflectionStage::Observation, {}, Lens::Historian});
  s.share(1, "The same worry keeps coming back", Dimension::Perceiving);
  s.share(2, "Someone's name here", Dimension::Relating);
  CHECK(s.state.approvedReflections().empty());
  CHECK(s.state.waitingReflections() == 2);
  REQUIRE_FALSE(s.run(ApproveReflection{1}).error);
  REQUIRE_FALSE(s.run(HideReflection{2}).error);
  CHECK(s.run(ApproveReflection{3}).error);
  REQUIRE(s.state.approvedReflections().size() == 1);
  CHECK(s.state.approvedReflections()[0]->text == "The same worry keeps coming back");
  const auto hidden = hiddenTexts(s.state);
  CHECK(hidden.reflections == std::set<int>{2});
  CHECK(hidden.leftOut == 1);
  // A hide can be undone.
  REQUIRE_FALSE(s.run(ApproveReflection{2}).error);
  CHECK(s.state.approvedReflections().size() == 2);
}

TEST_CASE("The dimensions the room's reflection has not touched", "[core][reflection]") {
  struct Row {
    std::vector<std::pair<Dimension, bool>> shared; // dimension, approved
    std::vector<Dimension> untouched;
  };
  using D = Dimension;
  const auto all = std::vector<Dimension>(kDimensions.begin(), kDimensions.end());
  const std::vector<Row> rows = {
      {{}, all},                    // nothing shared: all six
      {{{D::Feeling, false}}, all}, // waiting does not count
      {{{D::None, true}}, all},     // untagged touches none
      {{{D::Feeling, true}, {D::Doing, true}}, {D::Perceiving, D::Thinking, D::Relating, D::Being}},
      {{{D::Feeling, true},
        {D::Perceiving, true},
        {D::Thinking, true},
        {D::Relating, true},
        {D::Doing, true},
        {D::Being, true}},
       {}},
  };
  for (std::size_t i = 0; i < rows.size(); ++i) {
    INFO("row " << i);
    ReflectionSession s(6);
    s.run(OpenReflection{ReflectionStage::SenseMaking, {}, Lens::None});
    int id = 0;
    for (const auto& [dim, approved] : rows[i].shared) {
      ++id;
      REQUIRE_FALSE(s.share(id, "Reflection " + std::to_string(id), dim).error);
      if (approved) REQUIRE_FALSE(s.run(ApproveReflection{id}).error);
    }
    CHECK(untouchedDimensions(s.state) == rows[i].untouched);
  }
}
