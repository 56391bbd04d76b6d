// Commands against state: what is accepted, what is refused with which error, and idempotence.
#include "balcony/core/session_state.hpp"
#include "core/run_command.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace balcony;
using namespace balcony::core;
using balcony::test::run;

namespace {

SessionState createdSession() {
  SessionState state;
  const auto d = run(state, CreateSession{"Partnership board", "ABCD", {"Health", "Police"}});
  REQUIRE_FALSE(d.error);
  return state;
}

} // namespace

TEST_CASE("Nothing but creating a session is possible before one exists", "[core][session]") {
  SessionState state;
  const auto d = run(state, Join{"ABCD", test::token(1), ""});
  REQUIRE(d.error);
  CHECK(d.error->code == ErrorCode::Conflict);
  CHECK(d.events.empty());
}

TEST_CASE("Creating a session validates its title, room code and groups", "[core][session]") {
  SessionState state;
  CHECK(run(state, CreateSession{"", "ABCD", {"Health"}}).error);
  CHECK(run(state, CreateSession{"T", "abcd", {"Health"}}).error);
  CHECK(run(state, CreateSession{"T", "ABCDE", {"Health"}}).error);
  CHECK(run(state, CreateSession{"T", "ABCD", {}}).error);
  CHECK(run(state, CreateSession{"T", "ABCD", {"Health", "Health"}}).error);
  CHECK_FALSE(state.created);
  CHECK_FALSE(run(state, CreateSession{"T", "ABCD", {"Health"}}).error);
  CHECK(state.created);
  CHECK(run(state, CreateSession{"T2", "ABCD", {"Health"}}).error->code == ErrorCode::Conflict);
}

TEST_CASE("Joining needs this room's code: the same token comes back as the same participant", "[core][join]") {
  auto state = createdSession();
  CHECK(run(state, Join{"ZZZZ", test::token(1), ""}).error->code == ErrorCode::WrongRoom);
  CHECK(run(state, Join{"ABCD", "not-a-token", ""}).error->code == ErrorCode::BadRequest);
  CHECK(run(state, Join{"ABCD", test::token(1), "Martians"}).error->code == ErrorCode::BadRequest);

  const auto first = run(state, Join{"abcd", test::token(1), ""}); // codes are typed in any case
  REQUIRE_FALSE(first.error);
  CHECK(first.participant == 1);
  const auto again = run(state, Join{"ABCD", test::token(1), ""});
  CHECK(again.participant == 1);
  CHECK(again.events.empty());
  CHECK(state.participants.size() == 1);
  CHECK(run(state, Join{"ABCD", test::token(2), "Police"}).participant == 2);
  CHECK(state.participants.at(2).group == "Police");
}

TEST_CASE("A participant can choose and change their group", "[core][join]") {
  auto state = createdSession();
  run(state, Join{"ABCD", test::token(1), ""});
  CHECK(run(state, ChooseGroup{test::token(9), "Health"}).error->code == ErrorCode::UnknownParticipant);
  CHECK(run(state, ChooseGroup{test::token(1), "Nobody"}).error);
  CHECK_FALSE(run(state, ChooseGroup{test::token(1), "Health"}).error);
  CHECK(state.participants.at(1).group == "Health");
  CHECK(run(state, ChooseGroup{test::token(1), "Health"}).events.empty());
  run(state, ChooseGroup{test::token(1), "Police"});
  CHECK(state.participants.at(1).group == "Police");
}

TEST_CASE("Rounds open, close and reveal in order", "[core][round]") {
  auto state = createdSession();
  CHECK(run(state, CloseRound{}).error->code == ErrorCode::NotOpen);
  CHECK(run(state, RevealResults{}).error->code == ErrorCode::NotOpen);

  SECTION("statements and scale are checked") {
    OpenRound bad;
    bad.statements[1] = "   ";
    CHECK(run(state, bad).error);
    OpenRound badScale;
    badScale.scaleMin = 3;
    badScale.scaleMax = 4;
    CHECK(run(state, badScale).error);
    CHECK(state.rounds.empty());
  }
  SECTION("a new round closes the open one") {
    REQUIRE_FALSE(run(state, OpenRound{}).error);
    REQUIRE(state.currentRound()->open);
    const auto d = run(state, OpenRound{kDefaultBeliefStatements, 0, 10}, 2000);
    CHECK(d.events.size() == 2);
    REQUIRE(state.rounds.size() == 2);
    CHECK_FALSE(state.rounds[0].open);
    CHECK(state.rounds[0].closedAt == 2000);
    CHECK(state.rounds[1].number == 2);
    CHECK(state.rounds[1].scaleMax == 10);
  }
  SECTION("close then reveal; revealing twice changes nothing") {
    run(state, OpenRound{});
    CHECK_FALSE(run(state, CloseRound{}).error);
    CHECK_FALSE(state.currentRound()->open);
    CHECK(run(state, CloseRound{}).error);
    CHECK_FALSE(run(state, RevealResults{}).error);
    CHECK(state.currentRound()->revealed);
    CHECK(run(state, RevealResults{}).events.empty());
  }
}

TEST_CASE("Answers: one per belief, changeable while open, refused otherwise", "[core][answer]") {
  auto state = createdSession();
  run(state, Join{"ABCD", test::token(1), "Health"});
  CHECK(run(state, AnswerBelief{test::token(1), 1, 0, 4}).error->code == ErrorCode::NotOpen);
  run(state, OpenRound{});

  CHECK(run(state, AnswerBelief{test::token(2), 1, 0, 4}).error->code == ErrorCode::UnknownParticipant);
  CHECK(run(state, AnswerBelief{test::token(1), 1, 3, 4}).error->code == ErrorCode::BadRequest);
  CHECK(run(state, AnswerBelief{test::token(1), 1, 0, 6}).error->code == ErrorCode::BadRequest);
  CHECK(run(state, AnswerBelief{test::token(1), 1, 0, 0}).error->code == ErrorCode::BadRequest);
  CHECK(run(state, AnswerBelief{test::token(1), 2, 0, 3}).error->code == ErrorCode::NotOpen);

  CHECK_FALSE(run(state, AnswerBelief{test::token(1), 1, 0, 4}).error);
  CHECK(run(state, AnswerBelief{test::token(1), 1, 0, 4}).events.empty()); // a resend stores nothing
  run(state, AnswerBelief{test::token(1), 1, 0, 2});
  run(state, AnswerBelief{test::token(1), 1, 2, 5});
  const auto& answers = state.currentRound()->answers.at(1);
  CHECK(answers == std::array<int, 3>{2, kNoAnswer, 5});
  CHECK(state.currentRound()->answers.size() == 1);

  run(state, CloseRound{});
  CHECK(run(state, AnswerBelief{test::token(1), 1, 0, 3}).error->code == ErrorCode::NotOpen);
  CHECK(state.currentRound()->answers.at(1)[0] == 2);
}

TEST_CASE("Replaying the events gives the same state", "[core][replay]") {
  SessionState live;
  std::vector<Event> log;
  auto record = [&](CommandBody body, Millis at) {
    auto d = decide(live, Command{at, std::move(body)});
    for (auto& e : d.events) {
      Event event{at, e};
      apply(live, event);
      log.push_back(event);
    }
  };
  record(CreateSession{"T", "ABCD", {"Health", "Police"}}, 1);
  record(Join{"ABCD", test::token(1), "Health"}, 2);
  record(Join{"ABCD", test::token(2), "Police"}, 3);
  record(OpenRound{}, 4);
  record(AnswerBelief{test::token(1), 1, 0, 5}, 5);
  record(AnswerBelief{test::token(2), 1, 1, 2}, 6);
  record(RevealResults{}, 7);

  const auto rebuilt = replay(log);
  CHECK(rebuilt.title == live.title);
  CHECK(rebuilt.participants.size() == 2);
  CHECK(rebuilt.findByToken(test::token(2))->group == "Police");
  REQUIRE(rebuilt.rounds.size() == 1);
  CHECK(rebuilt.rounds[0].answers == live.rounds[0].answers);
  CHECK(rebuilt.rounds[0].revealed);
  CHECK(rebuilt.eventCount == log.size());
}
