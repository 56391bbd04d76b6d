// The session plan: steps kept in order through adding, moving and removing, each step checked
// field by field, and one key going on through a plan's phases and steps.
#include "balcony/core/plan.hpp"
#include "balcony/core/session_template.hpp"
#include "core/run_command.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace balcony;
using namespace balcony::core;
using balcony::test::run;

namespace {

SessionState createdSession() {
  SessionState state;
  REQUIRE_FALSE(run(state, CreateSession{"Partnership board", "ABCD", {"Health", "Police"}}).error);
  return state;
}

PlanStep belief() {
  PlanStep s;
  s.kind = StepKind::Belief;
  s.note = "Ask them to answer alone first";
  return s;
}

PlanStep poll(std::string question, std::vector<std::string> options) {
  PlanStep s;
  s.kind = StepKind::Poll;
  s.text = std::move(question);
  s.options = std::move(options);
  return s;
}

PlanStep topic(std::string title, int minutes) {
  PlanStep s;
  s.kind = StepKind::Topic;
  s.text = std::move(title);
  s.minutes = minutes;
  return s;
}

std::vector<std::string> texts(const SessionState& state) {
  std::vector<std::string> out;
  for (const auto& s : state.plan)
    out.push_back(s.kind == StepKind::Belief ? "belief" : s.text);
  return out;
}

// Presses "go on" as the console does: every command of the action, in order.
std::string press(SessionState& state, PlanAction action, Millis at) {
  for (auto& c : action.commands) {
    const auto d = run(state, widen(c), at);
    INFO(action.label);
    REQUIRE_FALSE(d.error);
  }
  return action.label;
}

} // namespace

TEST_CASE("Plan steps stay in the order they are put in, moved and removed", "[core][plan]") {
  auto state = createdSession();
  REQUIRE_FALSE(run(state, AddPlanStep{1, topic("Welcome", 5)}).error);
  REQUIRE_FALSE(run(state, AddPlanStep{2, topic("Data sharing", 20)}).error);
  REQUIRE_FALSE(run(state, AddPlanStep{1, belief()}).error);
  CHECK(texts(state) == std::vector<std::string>{"belief", "Welcome", "Data sharing"});
  REQUIRE_FALSE(run(state, MovePlanStep{3, 1}).error);
  CHECK(texts(state) == std::vector<std::string>{"Data sharing", "belief", "Welcome"});
  REQUIRE_FALSE(run(state, RemovePlanStep{2}).error);
  CHECK(texts(state) == std::vector<std::string>{"Data sharing", "Welcome"});
  SECTION("places outside the plan are refused and change nothing") {
    CHECK(run(state, AddPlanStep{4, belief()}).error);
    CHECK(run(state, MovePlanStep{1, 3}).error);
    CHECK(run(state, RemovePlanStep{0}).error);
    CHECK(run(state, ReachPlanStep{3}).error);
    CHECK(texts(state) == std::vector<std::string>{"Data sharing", "Welcome"});
  }
  SECTION("the room stays on its step while others move around it") {
    REQUIRE_FALSE(run(state, ReachPlanStep{2}).error); // Welcome
    REQUIRE_FALSE(run(state, AddPlanStep{1, belief()}).error);
    CHECK(state.plan[static_cast<std::size_t>(state.planPosition - 1)].text == "Welcome");
    REQUIRE_FALSE(run(state, MovePlanStep{3, 1}).error);
    CHECK(state.plan[static_cast<std::size_t>(state.planPosition - 1)].text == "Welcome");
    REQUIRE_FALSE(run(state, RemovePlanStep{1}).error);
    CHECK(state.planPosition == 0); // removed the step it was on: "go on" comes to the one after
    CHECK(goOn(state).label == "Start: Belief check (1\xE2\x80\x93"
                               "5)");
  }
}

TEST_CASE("A step is checked field by field, and a bad one names what is wrong", "[core][plan]") {
  auto state = createdSession();
  struct Case {
    PlanStep step;
    const char* words;
  };
  PlanStep longNote = belief();
  longNote.note = std::string(1001, 'n');
  PlanStep badScale = belief();
  badScale.scaleMax = 2;
  PlanStep blankStatement = belief();
  blankStatement.statements[1] = "   ";
  PlanStep breakTooLong;
  breakTooLong.kind = StepKind::Break;
  breakTooLong.minutes = 500;
  PlanStep prompt;
  prompt.kind = StepKind::Prompt;
  prompt.text = "A case";
  prompt.promptKind = "story";
  const auto c = GENERATE_COPY(values<Case>({
      {poll("", {"Yes", "No"}), "poll's question"},
      {poll("Who else?", {"Only one"}), "2 to 8 options"},
      {poll("Who else?", {"Yes", std::string(121, 'x')}), "poll option"},
      {topic("Budget", 0), "time budget"},
      {topic(std::string(121, 't'), 10), "topic's title"},
      {longNote, "note"},
      {badScale, "scale"},
      {blankStatement, "belief statement"},
      {breakTooLong, "break lasts"},
      {prompt, "case, a statement or a risk"},
  }));
  const auto d = run(state, AddPlanStep{1, c.step});
  REQUIRE(d.error);
  CHECK_THAT(d.error->message, Catch::Contains(c.words));
  CHECK(state.plan.empty());
}

TEST_CASE("One key goes on: open, reveal, close, then the next step, and back", "[core][plan]") {
  auto state = createdSession();
  REQUIRE_FALSE(run(state, AddPlanStep{1, belief()}).error);
  REQUIRE_FALSE(run(state, AddPlanStep{2, poll("Who else should be here?", {"Housing", "GPs"})}).error);
  REQUIRE_FALSE(run(state, AddPlanStep{3, topic("Data sharing", 20)}).error);
  CHECK(state.planPosition == 0);

  CHECK(press(state, goOn(state), 1000) == "Start: Belief check (1\xE2\x80\x93"
                                           "5)");
  CHECK(state.planPosition == 1);
  CHECK(state.stepReachedAt == 1000);
  REQUIRE(state.currentRound() != nullptr);
  CHECK(state.currentRound()->open);
  CHECK(state.board == Board::Belief);

  CHECK(press(state, goOn(state), 2000) == "Reveal the results");
  CHECK(state.currentRound()->revealed);
  CHECK(press(state, goOn(state), 3000) == "Close the belief check");
  CHECK_FALSE(state.currentRound()->open);

  CHECK(press(state, goOn(state), 4000) == "Next: Quick poll: Who else should be here?");
  CHECK(state.board == Board::Poll);
  REQUIRE(state.currentPoll() != nullptr);
  CHECK(state.currentPoll()->question == "Who else should be here?");
  CHECK(state.currentPoll()->open);
  CHECK(press(state, goOn(state), 5000) == "Reveal the results");
  CHECK(press(state, goOn(state), 6000) == "Close the poll");

  CHECK(press(state, goOn(state), 7000) == "Next: Topic: Data sharing (20 min)");
  CHECK(state.board == Board::Topics);
  REQUIRE(state.topics.size() == 1);
  CHECK(state.currentTopic == 1);
  CHECK(goOn(state).label == "End of the plan");
  CHECK(goOn(state).commands.empty());

  SECTION("back shows the step before without opening anything again") {
    const auto polls = state.polls.size();
    CHECK(press(state, goBack(state), 8000) == "Back: Quick poll: Who else should be here?");
    CHECK(state.planPosition == 2);
    CHECK(state.board == Board::Poll);
    CHECK(state.polls.size() == polls);
    CHECK_FALSE(state.currentPoll()->open);
    // Going on from a closed poll goes to the topic again, which is started, not added twice.
    CHECK(press(state, goOn(state), 9000) == "Next: Topic: Data sharing (20 min)");
    CHECK(state.topics.size() == 1);
  }
  SECTION("back at a belief step whose round is closed, going on moves to the next step") {
    press(state, goBack(state), 8000);
    CHECK(press(state, goBack(state), 9000) == "Back: Belief check (1\xE2\x80\x93"
                                               "5)");
    CHECK(state.board == Board::Belief);
    CHECK(goOn(state).label == "Next: Quick poll: Who else should be here?");
    CHECK(state.rounds.size() == 1);
  }
}

TEST_CASE("A plan's prompt step shows a prompt already in the deck instead of adding it again", "[core][plan]") {
  auto state = createdSession();
  REQUIRE_FALSE(run(state, AddPrompt{"How worried are you?", "case", 1, 5, true}).error);
  PlanStep prompt;
  prompt.kind = StepKind::Prompt;
  prompt.text = "How worried are you?";
  REQUIRE_FALSE(run(state, AddPlanStep{1, prompt}).error);
  press(state, goOn(state), 1000);
  CHECK(state.prompts.size() == 1);
  CHECK(state.currentPrompt == 1);
  CHECK(state.board == Board::Difference);
}

TEST_CASE("A session's own template brings its plan, groups and wording to a new session", "[core][plan][template]") {
  auto state = createdSession();
  REQUIRE_FALSE(run(state, AddPlanStep{0, belief()}).error); // 0: at the end
  REQUIRE_FALSE(run(state, AddPlanStep{0, poll("Who else should be here?", {"Housing", "GPs"})}).error);
  REQUIRE_FALSE(run(state, AddPlanStep{0, topic("Data sharing", 20)}).error);
  REQUIRE_FALSE(run(state, SetEndeavour{"Every child safe"}).error);
  const auto t = templateOf(state);

  SessionState other;
  REQUIRE_FALSE(run(other, CreateSession{"Elsewhere", "WXYZ", {"Schools"}}).error);
  REQUIRE(templateProblem(other, t).empty());
  for (auto& c : templateCommands(t)) {
    REQUIRE_FALSE(run(other, widen(c)).error);
  }
  CHECK(texts(other) == texts(state));
  CHECK(other.plan[0].note == "Ask them to answer alone first");
  CHECK(other.groups == state.groups);
  CHECK(other.endeavour == "Every child safe");
  CHECK(other.planPosition == 0);

  SECTION("a template with a bad step is refused whole, naming the step, and changes nothing") {
    auto bad = t;
    bad.plan.push_back(poll("Only one option?", {"Yes"}));
    SessionState fresh;
    REQUIRE_FALSE(run(fresh, CreateSession{"Elsewhere", "WXYZ", {"Schools"}}).error);
    const auto before = fresh.eventCount;
    CHECK_THAT(templateProblem(fresh, bad), Catch::StartsWith("plan step 4: A poll has 2 to 8 options"));
    CHECK(fresh.eventCount == before);
    CHECK(fresh.plan.empty());
  }
}
