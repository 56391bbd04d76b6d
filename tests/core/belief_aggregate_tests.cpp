// Distributions, medians and means, and the privacy rule for small groups.
#include "belief/belief_aggregate.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace balcony;
using namespace balcony::core;

TEST_CASE("A distribution counts each scale point and gives the median and mean", "[core][belief]") {
  struct Row {
    std::vector<int> values;
    std::vector<int> counts;
    double median;
    double mean;
  };
  const auto row = GENERATE(values<Row>({
      {{}, {0, 0, 0, 0, 0}, 0.0, 0.0},
      {{3}, {0, 0, 1, 0, 0}, 3.0, 3.0},
      {{1, 5}, {1, 0, 0, 0, 1}, 3.0, 3.0},
      {{1, 2, 2, 5}, {1, 2, 0, 0, 1}, 2.0, 2.5},
      {{5, 4, 4, 4, 1}, {1, 0, 0, 3, 1}, 4.0, 3.6},
      {{2, 9, 0, 3}, {0, 1, 1, 0, 0}, 2.5, 2.5}, // out-of-scale values are ignored
  }));
  const auto d = makeDistribution(1, 5, row.values);
  CHECK(d.counts == row.counts);
  CHECK(d.median == Approx(row.median));
  CHECK(d.mean == Approx(row.mean));
}

namespace {

SessionState sessionWith(const std::vector<std::pair<std::string, std::array<int, 3>>>& answers) {
  std::vector<Event> events;
  events.push_back({1, SessionCreated{"T", "ABCD", {"Health", "Police", "Schools"}}});
  events.push_back({2, RoundOpened{1, kDefaultBeliefStatements, 1, 5}});
  ParticipantId id = 1;
  for (const auto& [group, values] : answers) {
    events.push_back({3, ParticipantJoined{id, test::token(static_cast<int>(id)), group}});
    for (int b = 0; b < 3; ++b) {
      if (values[static_cast<std::size_t>(b)] != kNoAnswer) {
        events.push_back({4, BeliefAnswered{id, 1, b, values[static_cast<std::size_t>(b)]}});
      }
    }
    ++id;
  }
  return replay(events);
}

} // namespace

TEST_CASE("Belief summaries hold each statement's distribution", "[core][belief]") {
  const auto state = sessionWith({{"Health", {5, 4, 1}}, {"Health", {4, 4, 2}}, {"Police", {5, kNoAnswer, 1}}});
  const auto summaries = summarizeRound(state, *state.currentRound());
  REQUIRE(summaries.size() == 3);
  CHECK(summaries[0].statement == kDefaultBeliefStatements[0]);
  CHECK(summaries[0].overall.answered == 3);
  CHECK(summaries[0].overall.counts == std::vector<int>{0, 0, 0, 1, 2});
  // One participant skipped the second belief: two answers, fewer than the threshold of 3.
  CHECK(summaries[1].overall.answered == 0);
  CHECK(summaries[1].overall.withheld == 2);
  CHECK(summaries[2].overall.median == Approx(1.0));
}

TEST_CASE("Groups below the privacy threshold are never shown on their own", "[core][belief][privacy]") {
  SECTION("a group of one is folded, and the group of three with it: the room minus Health would be Police") {
    const auto state =
        sessionWith({{"Health", {5, 5, 5}}, {"Health", {4, 4, 4}}, {"Health", {3, 3, 3}}, {"Police", {1, 1, 1}}});
    const auto summaries = summarizeRound(state, *state.currentRound(), 3);
    REQUIRE(summaries[0].byGroup.size() == 1);
    CHECK(summaries[0].byGroup[0].group == kOtherGroups); // the whole room: no group on its own
    CHECK(summaries[0].byGroup[0].distribution.answered == 4);
    CHECK(summaries[0].overall.answered == 4); // the police answer still counts overall
  }
  SECTION("a group of one is folded with the smallest shown group, and the larger ones stay") {
    const auto state = sessionWith({{"Health", {5, 5, 5}},
                                    {"Health", {4, 4, 4}},
                                    {"Health", {3, 3, 3}},
                                    {"Health", {3, 3, 3}},
                                    {"Schools", {2, 2, 2}},
                                    {"Schools", {2, 2, 2}},
                                    {"Schools", {2, 2, 2}},
                                    {"Police", {1, 1, 1}}});
    const auto summaries = summarizeRound(state, *state.currentRound(), 3);
    REQUIRE(summaries[0].byGroup.size() == 2);
    CHECK(summaries[0].byGroup[0].group == "Health");
    CHECK(summaries[0].byGroup[1].group == kOtherGroups);
    CHECK(summaries[0].byGroup[1].distribution.counts == std::vector<int>{1, 3, 0, 0, 0});
  }
  SECTION("small groups together reach the threshold as \"other groups\"") {
    const auto state =
        sessionWith({{"Health", {5, 5, 5}}, {"Police", {1, 1, 1}}, {"Schools", {2, 2, 2}}, {"", {3, 3, 3}}});
    const auto summaries = summarizeRound(state, *state.currentRound(), 3);
    REQUIRE(summaries[0].byGroup.size() == 1);
    CHECK(summaries[0].byGroup[0].group == kOtherGroups);
    CHECK(summaries[0].byGroup[0].distribution.answered == 4);
  }
  SECTION("the threshold is configurable") {
    const auto state = sessionWith({{"Health", {5, 5, 5}}, {"Police", {1, 1, 1}}});
    const auto summaries = summarizeRound(state, *state.currentRound(), 1);
    REQUIRE(summaries[0].byGroup.size() == 2);
    CHECK(summaries[0].byGroup[0].group == "Health");
    CHECK(summaries[0].byGroup[1].group == "Police");
  }
}

TEST_CASE("The whole room's result is withheld below the privacy threshold, like a group's",
          "[core][belief][privacy]") {
  // One answer revealed would be that person's answer, shown to everyone.
  std::vector<Event> events = {
      {1, SessionCreated{"T", "ABCD", {"Health", "Police"}}}, {2, RoundOpened{1, kDefaultBeliefStatements, 1, 5}},
      {3, ParticipantJoined{1, test::token(1), "Health"}},    {4, BeliefAnswered{1, 1, 0, 5}},
      {5, ParticipantJoined{2, test::token(2), "Police"}},    {6, BeliefAnswered{2, 1, 0, 1}},
  };
  auto summaries = summarizeRound(replay(events), replay(events).rounds.at(0));
  CHECK(summaries[0].overall.answered == 0);
  CHECK(summaries[0].overall.withheld == 2);
  CHECK(summaries[0].overall.counts == std::vector<int>{0, 0, 0, 0, 0});
  CHECK(summaries[0].overall.mean == 0.0);
  CHECK_FALSE(largestBeliefGap(summaries)); // nothing to compare from withheld figures
  events.push_back({7, ParticipantJoined{3, test::token(3), "Police"}});
  events.push_back({8, BeliefAnswered{3, 1, 0, 2}});
  const auto state = replay(events);
  summaries = summarizeRound(state, state.rounds.at(0));
  CHECK(summaries[0].overall.answered == 3);
  CHECK(summaries[0].overall.withheld == 0);
  CHECK(summaries[0].overall.mean == Approx(8.0 / 3));
}
