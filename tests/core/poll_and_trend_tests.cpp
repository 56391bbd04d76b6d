// Quick polls, the belief and group gaps, the trend across rounds, and the session's settings.
#include "belief/belief_aggregate.hpp"
#include "core/run_command.hpp"
#include "poll/poll_summary.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace balcony;
using namespace balcony::core;
using balcony::test::run;

namespace {

SessionState sessionWithPeople(int people) {
  SessionState state;
  run(state, CreateSession{"T", "ABCD", {"Health", "Police", "Schools"}});
  for (int i = 1; i <= people; ++i) {
    const char* groups[] = {"Health", "Police", "Schools"};
    run(state, Join{"ABCD", test::token(i), groups[i % 3]});
  }
  return state;
}

OpenPoll optionsPoll(std::vector<std::string> options, bool multiple = false) {
  OpenPoll p;
  p.question = "Where next?";
  p.options = std::move(options);
  p.multiple = multiple;
  return p;
}

} // namespace

TEST_CASE("A quick poll opens with 2 to 8 distinct options, or a scale", "[core][poll]") {
  auto state = sessionWithPeople(1);
  CHECK(run(state, optionsPoll({"Only one"})).error);
  CHECK(run(state, optionsPoll({"A", "B", "C", "D", "E", "F", "G", "H", "I"})).error);
  CHECK(run(state, optionsPoll({"Same", "Same"})).error);
  CHECK(run(state, optionsPoll({"A", " "})).error);
  auto noQuestion = optionsPoll({"A", "B"});
  noQuestion.question = "";
  CHECK(run(state, noQuestion).error);
  OpenPoll badScale;
  badScale.question = "How urgent?";
  badScale.kind = PollKind::Scale;
  badScale.scaleMin = 5;
  badScale.scaleMax = 3;
  CHECK(run(state, badScale).error);
  CHECK(state.polls.empty());

  REQUIRE_FALSE(run(state, optionsPoll({"Yes", "No"})).error);
  CHECK(state.board == Board::Poll); // a new poll goes straight to the projector
  REQUIRE(state.currentPoll() != nullptr);
  CHECK(state.currentPoll()->open);
  CHECK_FALSE(state.currentPoll()->revealed);

  SECTION("a second poll closes the first") {
    OpenPoll scale;
    scale.question = "How urgent?";
    scale.kind = PollKind::Scale;
    scale.showLive = true;
    REQUIRE_FALSE(run(state, scale).error);
    CHECK_FALSE(state.polls[0].open);
    CHECK(state.polls[1].number == 2);
    CHECK(state.polls[1].revealed); // shown live from the start
  }
}

TEST_CASE("Poll answers: checked against the poll, one per participant, changeable", "[core][poll]") {
  auto state = sessionWithPeople(2);
  run(state, optionsPoll({"Yes", "No", "Not sure"}));
  const auto t1 = test::token(1);
  CHECK(run(state, AnswerPoll{t1, 1, {3}}).error);    // no such option
  CHECK(run(state, AnswerPoll{t1, 1, {0, 1}}).error); // single choice
  CHECK(run(state, AnswerPoll{t1, 1, {}}).error);
  CHECK(run(state, AnswerPoll{t1, 2, {0}}).error->code == ErrorCode::NotOpen);
  CHECK(run(state, AnswerPoll{test::token(99), 1, {0}}).error->code == ErrorCode::UnknownParticipant);
  CHECK_FALSE(run(state, AnswerPoll{t1, 1, {2}}).error);
  CHECK(run(state, AnswerPoll{t1, 1, {2}}).events.empty()); // a resend stores nothing
  run(state, AnswerPoll{t1, 1, {0}});
  run(state, AnswerPoll{test::token(2), 1, {0}});
  auto s = summarizePoll(*state.currentPoll());
  CHECK(s.answered == 2);
  CHECK(s.counts == std::vector<int>{2, 0, 0});

  run(state, ClosePoll{});
  CHECK(run(state, AnswerPoll{t1, 1, {1}}).error->code == ErrorCode::NotOpen);
  CHECK(run(state, ClosePoll{}).error);
  CHECK_FALSE(run(state, RevealPoll{}).error);
  CHECK(state.currentPoll()->revealed);
}

TEST_CASE("Multiple-choice polls take any non-empty set of options", "[core][poll]") {
  auto state = sessionWithPeople(2);
  run(state, optionsPoll({"Housing", "Schools", "GPs", "Police"}, true));
  CHECK(run(state, AnswerPoll{test::token(1), 1, {0, 0}}).error); // the same option twice
  CHECK_FALSE(run(state, AnswerPoll{test::token(1), 1, {3, 0}}).error);
  CHECK(state.currentPoll()->answers.at(1) == std::vector<int>{0, 3}); // kept in order
  run(state, AnswerPoll{test::token(2), 1, {0, 1, 2, 3}});
  const auto s = summarizePoll(*state.currentPoll());
  CHECK(s.answered == 2);
  CHECK(s.counts == std::vector<int>{2, 1, 1, 2});
}

TEST_CASE("Scale polls take one value on the scale", "[core][poll]") {
  auto state = sessionWithPeople(3);
  OpenPoll p;
  p.question = "How confident are you?";
  p.kind = PollKind::Scale;
  p.scaleMin = 0;
  p.scaleMax = 10;
  run(state, p);
  CHECK(run(state, AnswerPoll{test::token(1), 1, {11}}).error);
  CHECK(run(state, AnswerPoll{test::token(1), 1, {2, 3}}).error);
  run(state, AnswerPoll{test::token(1), 1, {0}});
  run(state, AnswerPoll{test::token(2), 1, {10}});
  run(state, AnswerPoll{test::token(3), 1, {8}});
  const auto s = summarizePoll(*state.currentPoll());
  CHECK(s.scale.median == Approx(8.0));
  CHECK(s.scale.mean == Approx(6.0));
  CHECK(s.counts.size() == 11);
}

TEST_CASE("The facilitator switches boards: a poll board needs a poll", "[core][board]") {
  auto state = sessionWithPeople(0);
  CHECK(run(state, ShowBoard{Board::Poll}).error);
  run(state, optionsPoll({"Yes", "No"}));
  CHECK(state.board == Board::Poll);
  CHECK_FALSE(run(state, ShowBoard{Board::Belief}).error);
  CHECK(state.board == Board::Belief);
  CHECK(run(state, ShowBoard{Board::Belief}).events.empty());
  run(state, OpenRound{});
  CHECK(state.board == Board::Belief);
}

TEST_CASE("Show live opens a round with its results already visible", "[core][round]") {
  auto state = sessionWithPeople(0);
  OpenRound open;
  open.showLive = true;
  run(state, open);
  CHECK(state.currentRound()->revealed);
  run(state, OpenRound{});
  CHECK_FALSE(state.currentRound()->revealed);
}

TEST_CASE("The privacy threshold is a session setting between 1 and 20", "[core][privacy]") {
  auto state = sessionWithPeople(4);
  CHECK(state.privacyThreshold == 3);
  CHECK(run(state, SetPrivacyThreshold{0}).error);
  CHECK(run(state, SetPrivacyThreshold{21}).error);
  run(state, OpenRound{});
  for (int i = 1; i <= 4; ++i) {
    run(state, AnswerBelief{test::token(i), 1, 0, 3});
  }
  // Groups here: Police 2 (1 and 4), Schools 1 (2), Health 1 (3).
  CHECK(summarizeRound(state, *state.currentRound())[0].byGroup.size() == 1); // all folded: 4 >= 3
  CHECK(summarizeRound(state, *state.currentRound())[0].byGroup[0].group == kOtherGroups);
  REQUIRE_FALSE(run(state, SetPrivacyThreshold{2}).error);
  const auto byGroup = summarizeRound(state, *state.currentRound())[0].byGroup;
  REQUIRE(byGroup.size() == 2); // Police alone, Schools + Health as "other groups"
  CHECK(byGroup[0].group == "Police");
  CHECK(byGroup[1].group == kOtherGroups);
  CHECK(replay({{1, SessionCreated{"T", "ABCD", {"A"}}}, {2, PrivacyThresholdSet{5}}}).privacyThreshold == 5);
}

TEST_CASE("Gaps are named only from a point apart", "[core][gaps]") {
  struct Row {
    std::array<double, 3> means;
    bool found;
    std::size_t higher;
    std::size_t lower;
  };
  const auto row = GENERATE(values<Row>({
      {{4.6, 3.0, 1.8}, true, 0, 2},  // a good goal, but it won't happen
      {{4.0, 3.5, 3.2}, false, 0, 0}, // less than a point: no gap to call out
      {{2.0, 4.0, 4.5}, true, 2, 0},  // doubt about the goals themselves
  }));
  std::vector<BeliefSummary> summaries(3);
  for (std::size_t b = 0; b < 3; ++b) {
    summaries[b].overall.answered = 5;
    summaries[b].overall.mean = row.means[b];
  }
  const auto gap = largestBeliefGap(summaries);
  REQUIRE(gap.has_value() == row.found);
  if (gap) {
    CHECK(gap->higher == row.higher);
    CHECK(gap->lower == row.lower);
    CHECK(gap->difference == Approx(row.means[row.higher] - row.means[row.lower]));
  }
}

TEST_CASE("The largest gap between groups names the two groups furthest apart", "[core][gaps]") {
  BeliefSummary s;
  auto group = [](std::string name, std::vector<int> values) {
    return GroupDistribution{std::move(name), makeDistribution(1, 5, values)};
  };
  s.byGroup = {group("Health", {5, 5, 4}), group("Police", {2, 1, 2}), group("Schools", {3, 3, 4})};
  const auto gap = largestGroupGap(s);
  REQUIRE(gap);
  CHECK(gap->higher == "Health");
  CHECK(gap->lower == "Police");
  CHECK(gap->difference == Approx(14.0 / 3.0 - 5.0 / 3.0));
  s.byGroup = {group("Health", {3, 3, 3}), group("Police", {3, 4, 3})};
  CHECK_FALSE(largestGroupGap(s));
}

TEST_CASE("The trend has a point per round, means as a share of each round's scale", "[core][trend]") {
  auto state = sessionWithPeople(3);
  run(state, OpenRound{});
  for (int i = 1; i <= 3; ++i) {
    run(state, AnswerBelief{test::token(i), 1, 0, 5});
    run(state, AnswerBelief{test::token(i), 1, 2, 1});
  }
  run(state, RevealResults{});
  run(state, OpenRound{kDefaultBeliefStatements, 0, 10});
  for (int i = 1; i <= 3; ++i) {
    run(state, AnswerBelief{test::token(i), 2, 0, 5});
  }
  const auto trend = beliefTrend(state, "Today ");
  REQUIRE(trend.size() == 2);
  CHECK(trend[0].label == "Today R1");
  CHECK(trend[0].revealed);
  CHECK_FALSE(trend[1].revealed);
  CHECK(*trend[0].overall[0] == Approx(1.0));
  CHECK(*trend[0].overall[2] == Approx(0.0));
  CHECK_FALSE(trend[0].overall[1].has_value()); // nobody answered belief 2
  CHECK(*trend[1].overall[0] == Approx(0.5));   // 5 on 0-10 is halfway
  REQUIRE(trend[0].byGroup.size() == 1);        // one per group is below the threshold: folded
  CHECK(trend[0].byGroup[0].first == kOtherGroups);
}

TEST_CASE("A quick poll's result is withheld below the privacy threshold", "[core][poll][privacy]") {
  Poll poll;
  poll.kind = PollKind::Options;
  poll.options = {"Yes", "No"};
  poll.answers[1] = {0};
  poll.answers[2] = {1};
  const auto few = summarizePoll(poll, 3);
  CHECK(few.answered == 0);
  CHECK(few.withheld == 2);
  CHECK(few.counts == std::vector<int>{0, 0});
  poll.answers[3] = {0};
  const auto enough = summarizePoll(poll, 3);
  CHECK(enough.withheld == 0);
  CHECK(enough.counts == std::vector<int>{2, 1});
}
