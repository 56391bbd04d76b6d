// Clarity for now: the endeavour, the life of an item, proposals with moderation, energy votes.
#include "balcony/core/session_template.hpp"
#include "clarity/clarity_lists.hpp"
#include "test_support.hpp"
#include "topics/avoidance_signals.hpp"

#include <catch2/catch.hpp>

using namespace balcony;
using namespace balcony::core;

namespace {

struct ClaritySession {
  SessionState state;
  Millis now = 1'700'000'000'000;
  Decision run(CommandBody body) {
    auto d = decide(state, Command{now, std::move(body)});
    for (auto& e : d.events)
      apply(state, Event{now, e});
    return d;
  }
  explicit ClaritySession(int people) {
    run(CreateSession{"T", "ABCD", {"Health", "Police"}});
    for (int i = 1; i <= people; ++i)
      run(Join{"ABCD", test::token(i), "Health"});
  }
};

ClarityFields item(std::string what, std::string review = "") {
  return {std::move(what), "Discharge team", "Two social workers, Tuesdays", std::move(review), 0};
}

} // namespace

TEST_CASE("The endeavour is one editable statement", "[core][clarity]") {
  ClaritySession b(0);
  CHECK(b.run(SetEndeavour{std::string(1001, 'x')}).error);
  CHECK_FALSE(b.run(SetEndeavour{"Children in this city grow up safe, well and learning"}).error);
  CHECK(b.state.endeavour == "Children in this city grow up safe, well and learning");
  CHECK(b.run(SetEndeavour{"Children in this city grow up safe, well and learning"}).events.empty());
}

TEST_CASE("A clarity item is added, edited, agreed, done, reopened and dropped", "[core][clarity]") {
  ClaritySession b(0);
  CHECK(b.run(AddClarityItem{item(""), ClarityStatus::Agreed}).error);
  CHECK(b.run(AddClarityItem{item("Pilot", "2027-13-01"), ClarityStatus::Agreed}).error);
  CHECK(b.run(AddClarityItem{item("Pilot", "next week"), ClarityStatus::Agreed}).error);
  ClarityFields linked = item("Pilot");
  linked.topic = 4;
  CHECK(b.run(AddClarityItem{linked, ClarityStatus::Agreed}).error); // no topic 4

  REQUIRE_FALSE(
      b.run(AddClarityItem{item("Weekly huddle on delayed discharges", "2026-12-01"), ClarityStatus::Proposed}).error);
  CHECK(agreedItems(b.state).empty());
  CHECK(proposalsByEnergy(b.state).size() == 1);
  b.run(SetClarityStatus{1, ClarityStatus::Agreed});
  REQUIRE(agreedItems(b.state).size() == 1);
  CHECK_FALSE(dueForReview(b.state.clarity[0], "2026-11-30"));
  CHECK(dueForReview(b.state.clarity[0], "2026-12-01"));

  auto edited = item("Weekly huddle on delayed discharges, chaired by the council", "2027-01-15");
  edited.owner = "Council and the trust";
  REQUIRE_FALSE(b.run(EditClarityItem{1, edited}).error);
  CHECK(b.state.clarity[0].fields.owner == "Council and the trust");
  b.run(SetClarityStatus{1, ClarityStatus::Done});
  CHECK(agreedItems(b.state).empty());
  CHECK_FALSE(dueForReview(b.state.clarity[0], "2030-01-01")); // done: nothing to review
  b.run(SetClarityStatus{1, ClarityStatus::Reopened});         // the front line found it is not working
  CHECK(agreedItems(b.state).size() == 1);
  b.run(SetClarityStatus{1, ClarityStatus::Dropped});
  CHECK(agreedItems(b.state).empty());
}

TEST_CASE("The facilitator reorders agreed items", "[core][clarity]") {
  ClaritySession b(0);
  b.run(AddClarityItem{item("A"), ClarityStatus::Agreed});
  b.run(AddClarityItem{item("B"), ClarityStatus::Agreed});
  b.run(AddClarityItem{item("C"), ClarityStatus::Agreed});
  CHECK(b.run(MoveClarityItem{3, 5}).error);
  REQUIRE_FALSE(b.run(MoveClarityItem{3, 0}).error);
  const auto agreed = agreedItems(b.state);
  CHECK(agreed[0]->fields.what == "C");
  CHECK(agreed[1]->fields.what == "A");
  CHECK(agreed[2]->fields.what == "B");
}

TEST_CASE("Participants' proposals reach the board only after approval", "[core][clarity][moderation]") {
  ClaritySession b(2);
  CHECK(b.run(ProposeClarityItem{test::token(9), "x"}).error->code == ErrorCode::UnknownParticipant);
  REQUIRE_FALSE(b.run(ProposeClarityItem{test::token(1), "A shared front door for referrals"}).error);
  CHECK(b.run(ProposeClarityItem{test::token(1), "A shared front door for referrals"}).events.empty());
  CHECK(proposalsByEnergy(b.state).empty());
  CHECK(b.run(ToggleEnergy{test::token(2), 1, true}).error->code == ErrorCode::NotOpen);
  REQUIRE_FALSE(b.run(ApproveClarityItem{1}).error);
  CHECK(proposalsByEnergy(b.state).size() == 1);

  b.run(ProposeClarityItem{test::token(2), "Something rude"});
  b.run(HideClarityItem{2});
  CHECK(proposalsByEnergy(b.state).size() == 1);
  CHECK(b.run(ApproveClarityItem{2}).error);

  SECTION("three waiting at most") {
    b.run(ProposeClarityItem{test::token(1), "Two"});
    b.run(ProposeClarityItem{test::token(1), "Three"});
    b.run(ProposeClarityItem{test::token(1), "Four"});
    CHECK(b.run(ProposeClarityItem{test::token(1), "Five"}).error->code == ErrorCode::Conflict);
  }
}

TEST_CASE("Energy votes: three each, movable, and proposals ranked by them", "[core][clarity][energy]") {
  ClaritySession b(3);
  for (const char* what : {"Front door", "Shared chronology", "Joint training", "Data agreement"}) {
    b.run(AddClarityItem{item(what), ClarityStatus::Proposed});
  }
  const auto alice = test::token(1);
  CHECK_FALSE(b.run(ToggleEnergy{alice, 2, true}).error);
  CHECK(b.run(ToggleEnergy{alice, 2, true}).events.empty()); // already there
  b.run(ToggleEnergy{alice, 3, true});
  b.run(ToggleEnergy{alice, 4, true});
  CHECK(b.state.energyUsed(1) == 3);
  const auto over = b.run(ToggleEnergy{alice, 1, true});
  REQUIRE(over.error);
  CHECK_THAT(over.error->message, Catch::Contains("all 3 of your energy votes"));
  b.run(ToggleEnergy{alice, 4, false}); // moved
  CHECK_FALSE(b.run(ToggleEnergy{alice, 1, true}).error);
  b.run(ToggleEnergy{test::token(2), 2, true});
  b.run(ToggleEnergy{test::token(3), 2, true});
  b.run(ToggleEnergy{test::token(3), 3, true});
  const auto ranked = proposalsByEnergy(b.state);
  CHECK(ranked[0]->fields.what == "Shared chronology"); // 3
  CHECK(ranked[1]->fields.what == "Joint training");    // 2
  CHECK(ranked[2]->fields.what == "Front door");        // 1
  CHECK(ranked[3]->fields.what == "Data agreement");    // 0

  SECTION("the budget is a setting") {
    CHECK(b.run(SetEnergyBudget{0}).error);
    b.run(SetEnergyBudget{4});
    CHECK_FALSE(b.run(ToggleEnergy{alice, 4, true}).error);
  }
  SECTION("done and dropped items take no energy") {
    b.run(SetClarityStatus{4, ClarityStatus::Dropped});
    CHECK(b.run(ToggleEnergy{test::token(2), 4, true}).error->code == ErrorCode::NotOpen);
  }
  SECTION("energy on a proposal that is agreed goes back to the participant") {
    CHECK(b.state.energyUsed(1) == 3);
    b.run(SetClarityStatus{2, ClarityStatus::Agreed});
    CHECK(b.state.energyUsed(1) == 2);
    CHECK_FALSE(b.run(ToggleEnergy{alice, 4, true}).error);
  }
}

TEST_CASE("An agreed item against a topic counts as made clear for the overtime signal", "[core][clarity][signals]") {
  ClaritySession b(0);
  b.run(AddTopic{"Winter plan", 10});
  b.run(StartTopic{1});
  b.now += 20 * 60'000;
  CHECK_FALSE(signalsAt(b.state, b.now, 5).empty());
  ClarityFields linked = item("One escalation route for now");
  linked.topic = 1;
  b.run(AddClarityItem{linked, ClarityStatus::Agreed});
  CHECK(signalsAt(b.state, b.now, 5).empty());
}

TEST_CASE("A template sets up title, groups, wording, topics and prompts through checked commands", "[core][setup]") {
  ClaritySession b(0);
  SessionTemplate t;
  t.name = "Case review";
  t.title = "Multi-agency case review";
  t.groups = {"Health", "Police", "Schools"};
  t.statements = {"Goals are good", "Change is possible", "It will happen"};
  t.topics = {{"The case", 30}, {"Clear for now", 20}};
  t.prompts = {{"How worried are you?", "case"}};
  t.endeavour = "Safe, well, learning";
  for (auto& command : templateCommands(t)) {
    REQUIRE_FALSE(b.run(widen(std::move(command))).error);
  }
  CHECK(b.state.title == "Multi-agency case review");
  CHECK(b.state.groups == std::vector<std::string>{"Health", "Police", "Schools"});
  CHECK(b.state.nextStatements[1] == "Change is possible");
  CHECK(b.state.topics.size() == 2);
  CHECK(b.state.prompts.size() == 1);
  CHECK(b.state.endeavour == "Safe, well, learning");
  b.run(OpenRound{b.state.nextStatements, 1, 5, false});
  CHECK(b.state.currentRound()->statements[2] == "It will happen");
  CHECK(b.run(SetGroups{{"A", "A"}}).error);
  CHECK(b.run(RetitleSession{""}).error);
}

TEST_CASE("Locked joining keeps new people out and lets those already in back", "[core][setup]") {
  ClaritySession b(1);
  REQUIRE_FALSE(b.run(LockJoining{true}).error);
  const auto newcomer = b.run(Join{"ABCD", test::token(2), ""});
  REQUIRE(newcomer.error);
  CHECK_THAT(newcomer.error->message, Catch::Contains("Joining is closed"));
  CHECK_FALSE(b.run(Join{"ABCD", test::token(1), ""}).error); // a phone that slept
  b.run(LockJoining{false});
  CHECK_FALSE(b.run(Join{"ABCD", test::token(2), ""}).error);
}
