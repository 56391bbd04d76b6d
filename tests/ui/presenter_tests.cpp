// The presenter's console and the keys that run a plan: rendered by the real windows under Xvfb,
// with keys going in through each window's own GLFW key callback, and the session checked after.
#include "balcony/core/plan.hpp"
#include "balcony/engine/engine.hpp"
#include "balcony/ui/gui.hpp"
#include "test_support.hpp"
#include "ui/screenshot_support.hpp"

#include <GLFW/glfw3.h>
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

using namespace balcony;
using namespace balcony::core;
using test::Image;
using test::keep;

namespace {

constexpr Millis kNow = 1'800'000'000'000;

void planThreeSteps(engine::Engine& e) {
  REQUIRE_FALSE(e.execute({0, CreateSession{"Partnership board", "ROOM", {"Health", "Police", "Schools"}}}).error);
  PlanStep belief;
  belief.kind = StepKind::Belief;
  belief.note = "Ask them to answer on their own first. Then: what surprises you?";
  PlanStep poll;
  poll.kind = StepKind::Poll;
  poll.text = "Who else should be in the room next time?";
  poll.options = {"Housing", "GPs", "Nobody else"};
  PlanStep topic;
  topic.kind = StepKind::Topic;
  topic.text = "Data sharing";
  topic.minutes = 20;
  for (const auto& step : {belief, poll, topic}) {
    REQUIRE_FALSE(e.execute({0, AddPlanStep{static_cast<int>(e.snapshot()->state.plan.size()) + 1, step}}).error);
  }
  for (int i = 1; i <= 9; ++i) {
    REQUIRE_FALSE(e.execute({0, Join{"ROOM", test::token(i),
                                     i % 3 == 0   ? "Health"
                                     : i % 3 == 1 ? "Police"
                                                  : "Schools"}})
                      .error);
  }
  e.setPresent(9);
}

ui::GuiOptions optionsIn(const std::filesystem::path& dir) {
  ui::GuiOptions options;
  options.joinUrl = "http://192.0.2.10:8080/?room=ROOM";
  options.databasePath = "balcony.sqlite";
  options.screenshotDir = dir.string();
  options.clock = [] { return kNow; };
  return options;
}

using Key = ui::GuiOptions::ScriptedKey;

Key key(int frame, bool projector, int code, int mods) {
  Key k;
  k.frame = frame;
  k.projector = projector;
  k.key = code;
  k.mods = mods;
  return k;
}

Key typed(int frame, bool projector, std::string text) {
  Key k;
  k.frame = frame;
  k.projector = projector;
  k.text = std::move(text);
  return k;
}

// The console button with this label, clicked with the mouse; `again`: pressed twice, a double click.
Key clicked(int frame, std::string label) {
  Key k;
  k.frame = frame;
  k.click = std::move(label);
  return k;
}

Key clickedAgain(int frame) {
  Key k;
  k.frame = frame;
  k.clickAgain = true;
  return k;
}

// The console sends commands to the engine's queue: wait (a little) until they are applied.
template <class Pred> bool eventually(engine::Engine& e, Pred pred) {
  return test::waitUntil([&] { return pred(e.snapshot()->state); });
}

} // namespace

TEST_CASE("The presenter console shows the wall, the next press, the note and the room", "[ui][screenshot][present]") {
  test::TempDir dir;
  store::Store db(dir.path() / "balcony.sqlite");
  engine::Engine engine(db, db.createSession(1), [] { return kNow; });
  engine.start();
  planThreeSteps(engine);
  for (auto& c : goOn(engine.snapshot()->state).commands) {
    REQUIRE_FALSE(engine.execute({0, widen(c)}).error);
  }
  for (int i = 1; i <= 9; ++i) {
    for (int b = 0; b < 3; ++b)
      engine.execute({0, AnswerBelief{test::token(i), 1, b, b == 0 ? 5 : 1 + i % 5}});
  }
  REQUIRE_FALSE(engine.execute({0, RevealResults{}}).error);
  const auto size = GENERATE(std::pair{1024, 768}, std::pair{3840, 2160});
  const bool dark = GENERATE(false, true);
  auto options = optionsIn(dir.path());
  options.consoleWidth = size.first;
  options.consoleHeight = size.second;
  options.darkProjector = dark;
  options.darkConsole = dark; // both screens dark, as for a dark room
  ui::Gui gui(engine.facilitator());
  REQUIRE(gui.run(options) == 0);
  const Image console(dir.path() / "console.png");
  INFO(size.first << "x" << size.second << (dark ? " dark" : " light"));
  CHECK(console.w == size.first);
  // The console's own background: the dark theme's, or the light one's, over most of the window.
  const auto background = dark ? console.count(24, 27, 33) : console.count(250, 250, 247);
  CHECK(background > console.w * console.h / 3);
  // The miniature of the wall holds the projector's revealed bars (value 5, blue), drawn only there.
  CHECK(console.count(0, 114, 178) > 200);
  const auto name = std::string("console-present-") + (dark ? "dark-" : "light-") + std::to_string(size.first) + ".png";
  keep(dir.path() / "console.png", name.c_str());
}

TEST_CASE("Page Down moves the plan on from the console, the projector window and while typing",
          "[ui][keys][present]") {
  test::TempDir dir;
  store::Store db(dir.path() / "balcony.sqlite");
  engine::Engine engine(db, db.createSession(1), [] { return kNow; });
  engine.start();
  planThreeSteps(engine);
  auto options = optionsIn(dir.path());
  SECTION("Page Down on the console opens the first step, and again reveals it") {
    options.keys = {key(1, false, GLFW_KEY_PAGE_DOWN, 0)};
    {
      ui::Gui gui(engine.facilitator());
      REQUIRE(gui.run(options) == 0);
    }
    REQUIRE(eventually(engine, [](const SessionState& s) { return s.planPosition == 1; }));
    REQUIRE(engine.snapshot()->state.currentRound() != nullptr);
    CHECK(engine.snapshot()->state.currentRound()->open);
    options.keys = {key(1, false, GLFW_KEY_PAGE_DOWN, 0)};
    ui::Gui again(engine.facilitator());
    REQUIRE(again.run(options) == 0);
    CHECK(eventually(engine, [](const SessionState& s) { return s.currentRound()->revealed; }));
  }
  SECTION("the projector window has the keyboard: Page Down works there too") {
    options.keys = {key(1, true, GLFW_KEY_PAGE_DOWN, 0)};
    ui::Gui gui(engine.facilitator());
    REQUIRE(gui.run(options) == 0);
    CHECK(eventually(engine, [](const SessionState& s) { return s.planPosition == 1; }));
  }
  SECTION("a clicker's Right arrow on the projector, then its blank key") {
    options.keys = {key(1, true, GLFW_KEY_RIGHT, 0), key(2, true, GLFW_KEY_B, 0)};
    ui::Gui gui(engine.facilitator());
    REQUIRE(gui.run(options) == 0);
    CHECK(eventually(engine, [](const SessionState& s) { return s.planPosition == 1; }));
    const Image projector(dir.path() / "projector.png");
    CHECK(projector.count(0, 0, 0) == projector.w * projector.h);
  }
  SECTION("with the cursor in a text field, Ctrl+O still opens a round and Page Down still goes on") {
    // Ctrl+P with no question typed puts the cursor in the poll's question field.
    // Then, keyboard only: the question typed, Tab to the options, two typed, Ctrl+P sends the poll.
    // (A field takes typing a frame after it takes the cursor, as in ImGui; Ctrl+P brings its tab first.)
    options.keys = {key(1, false, GLFW_KEY_P, GLFW_MOD_CONTROL),
                    typed(5, false, "Who else?"),
                    key(6, false, GLFW_KEY_O, GLFW_MOD_CONTROL),
                    key(8, false, GLFW_KEY_PAGE_DOWN, 0),
                    key(10, false, GLFW_KEY_TAB, 0),
                    typed(12, false, "Housing"),
                    key(13, false, GLFW_KEY_TAB, 0),
                    typed(15, false, "GPs"),
                    key(16, false, GLFW_KEY_P, GLFW_MOD_CONTROL)};
    ui::Gui gui(engine.facilitator());
    REQUIRE(gui.run(options) == 0);
    keep(dir.path() / "console.png", "console-keyboard-only.png");
    CHECK(eventually(engine, [](const SessionState& s) { return s.planPosition == 1; }));
    // Ctrl+O opened round 1, then the plan's first step opened round 2.
    CHECK(eventually(engine, [](const SessionState& s) { return s.rounds.size() == 2; }));
    // What was typed went into the question (typing still types), and Ctrl+P then opened that poll.
    CHECK(eventually(engine, [](const SessionState& s) {
      return s.currentPoll() != nullptr && s.currentPoll()->question == "Who else?" &&
             s.currentPoll()->options == std::vector<std::string>{"Housing", "GPs"};
    }));
  }
}

// A facilitator double-clicks, or clicks again before the console has caught up: the second press
// lands where the first did. The buttons are pressed with the mouse through the console window's
// own cursor and button path, the second press once the first one's command is applied.
TEST_CASE("A double click acts once: no button takes the place of the one just pressed", "[ui][keys][buttons]") {
  test::TempDir dir;
  store::Store db(dir.path() / "balcony.sqlite");
  engine::Engine engine(db, db.createSession(1), [] { return kNow; });
  engine.start();
  REQUIRE_FALSE(engine.execute({0, CreateSession{"Case review", "ROOM", {"Health", "Police", "Schools"}}}).error);
  REQUIRE_FALSE(engine.execute({0, AddPrompt{"How worried are you about J?", "case", 1, 5, true}}).error);
  REQUIRE_FALSE(engine.execute({0, ShowPrompt{1}}).error);
  for (int i = 1; i <= 3; ++i) {
    REQUIRE_FALSE(engine.execute({0, Join{"ROOM", test::token(i), "Health"}}).error);
    REQUIRE_FALSE(engine.execute({0, SubmitStatement{test::token(i), "Statement " + std::to_string(i)}}).error);
  }
  auto options = optionsIn(dir.path());
  const auto run = [&](const std::vector<Key>& keys) {
    options.keys = keys;
    ui::Gui gui(engine.facilitator());
    REQUIRE(gui.run(options) == 0);
    // Every command the windows sent is applied before the test reads the session: a command
    // waits its turn in the engine's queue, so one more, sent now, comes back after them all.
    REQUIRE_FALSE(engine.execute({0, SetPrivacyThreshold{3}}).error);
    return gui.clicks();
  };
  const auto statuses = [&] {
    std::string out;
    for (const auto& st : engine.snapshot()->state.statements) {
      out += st.status == StatementStatus::Pending ? 'w' : st.status == StatementStatus::Approved ? 'a' : 'h';
    }
    return out;
  };

  SECTION("Moderation: Approve twice on the first waiting statement approves it alone") {
    options.consoleTab = "Moderation";
    const auto clicks = run({clicked(5, "Approve"), clickedAgain(8)});
    REQUIRE(clicks.size() == 2);
    CHECK(clicks[0].label == "Approve");
    CHECK(clicks[0].tookItsPlace.empty());
    CHECK(clicks[1].label.empty()); // the row stayed, its buttons greyed
    CHECK(
        eventually(engine, [](const SessionState& s) { return s.statements[0].status == StatementStatus::Approved; }));
    CHECK(statuses() == "aww");

    // Hide twice on the first statement still waiting (the second): the third's Hide does not slide in.
    const auto hides = run({clicked(5, "Hide"), clickedAgain(8)});
    REQUIRE(hides.size() == 2);
    CHECK(hides[0].label == "Hide");
    CHECK(hides[0].tookItsPlace.empty());
    CHECK(hides[1].label.empty());
    CHECK(eventually(engine, [](const SessionState& s) { return s.statements[1].status == StatementStatus::Hidden; }));
    CHECK(statuses() == "ahw");
  }
  SECTION("Balcony: Make a topic, pressed twice, makes one topic") {
    for (int p = 4; p <= 6; ++p)
      REQUIRE_FALSE(engine.execute({0, Join{"ROOM", test::token(p), "Police"}}).error);
    REQUIRE_FALSE(engine.execute({0, OpenRound{}}).error);
    for (int p = 1; p <= 6; ++p) {
      for (int b = 0; b < 3; ++b)
        REQUIRE_FALSE(engine.execute({0, AnswerBelief{test::token(p), 1, b, p <= 3 ? 5 : 1}}).error);
    }
    REQUIRE_FALSE(engine.execute({0, RevealResults{}}).error);
    options.consoleTab = "Balcony";
    const auto clicks = run({clicked(5, "Make a topic"), clickedAgain(8)});
    REQUIRE(clicks.size() == 2);
    CHECK(clicks[0].label == "Make a topic");
    CHECK(clicks[0].tookItsPlace.empty());
    REQUIRE(engine.snapshot()->state.topics.size() == 1);
    CHECK(engine.snapshot()->state.topics[0].title.rfind("Where we differ on: ", 0) == 0);
  }
  SECTION("Clarity: Approve then Agree for now, each pressed twice, each does one thing") {
    REQUIRE_FALSE(engine.execute({0, ProposeClarityItem{test::token(1), "Share the nurse rota with GPs"}}).error);
    options.consoleTab = "Clarity";
    const auto approve = run({clicked(5, "Approve"), clickedAgain(8)});
    keep(dir.path() / "console.png", "console-clarity-double-click.png");
    REQUIRE(approve.size() == 2);
    CHECK(approve[0].label == "Approve");
    CHECK(approve[0].tookItsPlace.empty());
    CHECK(approve[1].label.empty()); // greyed once the proposal is approved
    REQUIRE(eventually(engine, [](const SessionState& s) { return s.clarity.at(0).approved; }));
    CHECK(engine.snapshot()->state.clarity.at(0).status == ClarityStatus::Proposed);

    const auto agree = run({clicked(5, "Agree for now"), clickedAgain(8)});
    REQUIRE(agree.size() == 2);
    CHECK(agree[0].label == "Agree for now");
    CHECK(agree[0].tookItsPlace.empty());
    CHECK(agree[1].label.empty()); // greyed once agreed; "Reopen" stays in its own place
    CHECK(eventually(engine, [](const SessionState& s) { return s.clarity.at(0).status == ClarityStatus::Agreed; }));
    CHECK(engine.snapshot()->state.clarity.at(0).status == ClarityStatus::Agreed); // not reopened, not done
  }
  SECTION("the Present tab: a double click on Blank blanks the projector once, not blank and back") {
    options.consoleTab = "Present";
    const auto clicks = run({clicked(5, "Blank the projector [B]"), clickedAgain(8)});
    REQUIRE(clicks.size() == 2);
    CHECK(clicks[0].label == "Blank the projector [B]");
    CHECK(clicks[0].tookItsPlace.empty());
    CHECK(clicks[1].label == "Show the board again [B]"); // the same button, saying what it would do
    const Image projector(dir.path() / "projector.png");
    CHECK(projector.count(0, 0, 0) == projector.w * projector.h);
  }
}
