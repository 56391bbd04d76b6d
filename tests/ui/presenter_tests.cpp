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
    REQUIRE_FALSE(e.execute({0, Join{"ROOM", test::token(i), i % 3 == 0 ? "Health" : i % 3 == 1 ? "Police" : "Schools"}})
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

// The console sends commands to the engine's queue: wait (a little) until they are applied.
template <class Pred>
bool eventually(engine::Engine& e, Pred pred) {
  for (int i = 0; i < 200; ++i) {
    if (pred(e.snapshot()->state)) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return pred(e.snapshot()->state);
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
    for (int b = 0; b < 3; ++b) engine.execute({0, AnswerBelief{test::token(i), 1, b, b == 0 ? 5 : 1 + i % 5}});
  }
  REQUIRE_FALSE(engine.execute({0, RevealResults{}}).error);
  const auto size = GENERATE(std::pair{1024, 768}, std::pair{3840, 2160});
  const bool dark = GENERATE(false, true);
  auto options = optionsIn(dir.path());
  options.consoleWidth = size.first;
  options.consoleHeight = size.second;
  options.darkProjector = dark;
  ui::Gui gui(engine.facilitator());
  REQUIRE(gui.run(options) == 0);
  const Image console(dir.path() / "console.png");
  INFO(size.first << "x" << size.second << (dark ? " dark" : " light"));
  CHECK(console.w == size.first);
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
  using Key = ui::GuiOptions::ScriptedKey;

  SECTION("Page Down on the console opens the first step, and again reveals it") {
    options.keys = {Key{1, false, GLFW_KEY_PAGE_DOWN, 0, ""}};
    {
      ui::Gui gui(engine.facilitator());
      REQUIRE(gui.run(options) == 0);
    }
    REQUIRE(eventually(engine, [](const SessionState& s) { return s.planPosition == 1; }));
    REQUIRE(engine.snapshot()->state.currentRound() != nullptr);
    CHECK(engine.snapshot()->state.currentRound()->open);
    options.keys = {Key{1, false, GLFW_KEY_PAGE_DOWN, 0, ""}};
    ui::Gui again(engine.facilitator());
    REQUIRE(again.run(options) == 0);
    CHECK(eventually(engine, [](const SessionState& s) { return s.currentRound()->revealed; }));
  }
  SECTION("the projector window has the keyboard: Page Down works there too") {
    options.keys = {Key{1, true, GLFW_KEY_PAGE_DOWN, 0, ""}};
    ui::Gui gui(engine.facilitator());
    REQUIRE(gui.run(options) == 0);
    CHECK(eventually(engine, [](const SessionState& s) { return s.planPosition == 1; }));
  }
  SECTION("a clicker's Right arrow on the projector, then its blank key") {
    options.keys = {Key{1, true, GLFW_KEY_RIGHT, 0, ""}, Key{2, true, GLFW_KEY_B, 0, ""}};
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
    options.keys = {Key{1, false, GLFW_KEY_P, GLFW_MOD_CONTROL, ""}, Key{5, false, 0, 0, "Who else?"},
                    Key{6, false, GLFW_KEY_O, GLFW_MOD_CONTROL, ""}, Key{8, false, GLFW_KEY_PAGE_DOWN, 0, ""},
                    Key{10, false, GLFW_KEY_TAB, 0, ""},          Key{12, false, 0, 0, "Housing"},
                    Key{13, false, GLFW_KEY_TAB, 0, ""},          Key{15, false, 0, 0, "GPs"},
                    Key{16, false, GLFW_KEY_P, GLFW_MOD_CONTROL, ""}};
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
