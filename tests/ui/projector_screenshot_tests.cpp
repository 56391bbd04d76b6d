// Renders the real console and projector windows (under Xvfb) from a real engine with answers,
// writes the PNGs, and checks that the charts are actually drawn in them.
#include "balcony/engine/engine.hpp"
#include "balcony/ui/gui.hpp"
#include "test_support.hpp"
#include "topics/avoidance_signals.hpp"
#include "ui/screenshot_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <utility>

using namespace balcony;
using namespace balcony::core;
using test::Image;
using test::keep;

namespace {

void answerAll(engine::Engine& engine, int participants) {
  const char* groups[] = {"Health", "Police", "Schools"};
  for (int i = 1; i <= participants; ++i) {
    REQUIRE_FALSE(engine.execute({0, Join{"ROOM", test::token(i), groups[i % 3]}}).error);
    // Belief 1 mostly agree, belief 3 mostly disagree: "a good goal, but it won't happen".
    engine.execute({0, AnswerBelief{test::token(i), 1, 0, i % 4 == 0 ? 4 : 5}});
    engine.execute({0, AnswerBelief{test::token(i), 1, 1, 2 + i % 3}});
    engine.execute({0, AnswerBelief{test::token(i), 1, 2, i % 5 == 0 ? 2 : 1}});
  }
}

} // namespace

TEST_CASE("The projector shows each belief's distribution once revealed", "[ui][screenshot]") {
  test::TempDir dir;
  store::Store db(dir.path() / "balcony.sqlite");
  engine::Engine engine(db, db.createSession(1), [] { return Millis{1'700'000'000'000}; });
  engine.start();
  engine.execute({0, CreateSession{"Partnership board: winter pressures", "ROOM", {"Health", "Police", "Schools"}}});
  engine.execute({0, OpenRound{}});
  answerAll(engine, 24);

  const auto outDir = dir.path();
  ui::GuiOptions options;
  options.joinUrl = "http://192.0.2.10:8080/?room=ROOM";
  options.databasePath = "~/.local/share/balcony/balcony.sqlite"; // as a user would see it
  options.screenshotDir = outDir.string();

  SECTION("hidden: no bars, only counts") {
    ui::Gui gui(engine.facilitator());
    REQUIRE(gui.run(options) == 0);
    const Image projector(outDir / "projector.png");
    CHECK(projector.w == options.projectorWidth);
    CHECK(projector.count(213, 94, 0) < 50); // no "disagree" bars yet
    CHECK(projector.count(0, 0, 0) < 100);   // a question is open: the join panel is a strip, no QR code
    const auto texts = gui.projectorText();
    CHECK(std::any_of(texts.begin(), texts.end(), [](const ui::ProjectorText& t) {
      return t.full.find("Room code ROOM") != std::string::npos && t.full.find("192.0.2.10:8080") != std::string::npos;
    }));
    keep(outDir / "projector.png", "projector-join-strip.png");
  }
  SECTION("the join panel kept in full (J): the QR code is there") {
    options.joinPanel = "full";
    ui::Gui gui(engine.facilitator());
    REQUIRE(gui.run(options) == 0);
    const Image projector(outDir / "projector.png");
    CHECK(projector.count(0, 0, 0) > 1000);
  }
  SECTION("blank (B): nothing on the wall") {
    options.projectorBlank = true;
    ui::Gui gui(engine.facilitator());
    REQUIRE(gui.run(options) == 0);
    const Image projector(outDir / "projector.png");
    CHECK(projector.count(0, 0, 0) == projector.w * projector.h);
    CHECK(gui.projectorText().empty());
  }
  SECTION("revealed: the agree and disagree bars are drawn") {
    engine.execute({0, RevealResults{}});
    ui::Gui gui(engine.facilitator());
    REQUIRE(gui.run(options) == 0);
    const Image projector(outDir / "projector.png");
    CHECK(projector.count(0, 114, 178) > 2000); // value 5: blue
    CHECK(projector.count(213, 94, 0) > 2000);  // value 1: vermillion
    const Image console(outDir / "console.png");
    CHECK(console.w == options.consoleWidth);
    keep(outDir / "projector.png", "projector.png");
    keep(outDir / "console.png", "console.png");
  }
  SECTION("by group: each group side by side, the widest gap outlined") {
    engine.execute({0, RevealResults{}});
    options.beliefView = "groups";
    ui::Gui gui(engine.facilitator());
    REQUIRE(gui.run(options) == 0);
    const Image projector(outDir / "projector.png");
    CHECK(projector.count(213, 94, 0) > 300); // the gap outline and low bars
    CHECK(projector.count(0, 114, 178) > 300);
    keep(outDir / "projector.png", "projector-groups.png");
  }
}

TEST_CASE("The trend view draws a line per belief across this session and the series", "[ui][screenshot]") {
  test::TempDir dir;
  store::Store db(dir.path() / "balcony.sqlite");
  const auto first = db.createSession(1'699'000'000'000);
  {
    engine::Engine earlier(db, first, [] { return Millis{1'699'000'000'000}; });
    earlier.start();
    earlier.execute({0, CreateSession{"Partnership board: autumn", "ROOM", {"Health", "Police", "Schools"}}});
    for (int r = 0; r < 2; ++r) {
      earlier.execute({0, OpenRound{}});
      for (int i = 1; i <= 9; ++i) {
        earlier.execute({0, Join{"ROOM", test::token(i), i % 2 ? "Health" : "Police"}});
        earlier.execute({0, AnswerBelief{test::token(i), r + 1, 0, 4}});
        earlier.execute({0, AnswerBelief{test::token(i), r + 1, 1, 2 + r}});
        earlier.execute({0, AnswerBelief{test::token(i), r + 1, 2, 1}});
      }
      earlier.execute({0, RevealResults{}});
    }
  }
  const auto second = db.createSession(1'700'000'000'000, first);
  engine::Engine engine(db, second, [] { return Millis{1'700'000'000'000}; });
  engine.setHistory(store::seriesHistory(db, second));
  engine.start();
  engine.execute({0, CreateSession{"Partnership board: winter", "ROOM", {"Health", "Police", "Schools"}}});
  engine.execute({0, OpenRound{}});
  answerAll(engine, 12);
  engine.execute({0, RevealResults{}});
  REQUIRE(engine.snapshot()->history->size() == 2);

  ui::GuiOptions options;
  options.joinUrl = "http://192.0.2.10:8080/?room=ROOM";
  options.databasePath = "~/.local/share/balcony/balcony.sqlite"; // as a user would see it
  options.screenshotDir = dir.path().string();
  options.beliefView = "trend";
  SECTION("a line per belief") {
    ui::Gui gui(engine.facilitator());
    REQUIRE(gui.run(options) == 0);
    const Image projector(dir.path() / "projector.png");
    CHECK(projector.count(0, 114, 178) > 400); // belief 1's line
    CHECK(projector.count(230, 159, 0) > 400); // belief 2's line
    CHECK(projector.count(0, 158, 115) > 400); // belief 3's line
    keep(dir.path() / "projector.png", "projector-trend.png");
  }
  SECTION("a line per group, in the dark theme") {
    options.trendByGroup = true;
    options.trendBelief = 2;
    options.darkProjector = true;
    ui::Gui gui(engine.facilitator());
    REQUIRE(gui.run(options) == 0);
    const Image projector(dir.path() / "projector.png");
    CHECK(projector.count(24, 27, 33) > 100000); // the dark background
    CHECK(projector.count(0, 114, 178) > 200);   // first group's line
    keep(dir.path() / "projector.png", "projector-trend-groups-dark.png");
  }
}

TEST_CASE("A quick poll shows its question and, once revealed, a bar per option", "[ui][screenshot]") {
  test::TempDir dir;
  store::Store db(dir.path() / "balcony.sqlite");
  engine::Engine engine(db, db.createSession(1), [] { return Millis{1'700'000'000'000}; });
  engine.start();
  engine.execute({0, CreateSession{"Case review", "ROOM", {"Health", "Police"}}});
  OpenPoll poll;
  poll.question = "Should we bring the housing team into the next meeting?";
  poll.options = {"Yes", "No", "Not sure"};
  REQUIRE_FALSE(engine.execute({0, poll}).error);
  for (int i = 1; i <= 10; ++i) {
    engine.execute({0, Join{"ROOM", test::token(i), "Health"}});
    engine.execute({0, AnswerPoll{test::token(i), 1, {i <= 6 ? 0 : i <= 8 ? 1 : 2}}});
  }
  engine.execute({0, RevealPoll{}});
  ui::GuiOptions options;
  options.joinUrl = "http://192.0.2.10:8080/?room=ROOM";
  options.databasePath = "~/.local/share/balcony/balcony.sqlite"; // as a user would see it
  options.screenshotDir = dir.path().string();
  ui::Gui gui(engine.facilitator());
  REQUIRE(gui.run(options) == 0);
  const Image projector(dir.path() / "projector.png");
  CHECK(projector.count(0, 114, 178) > 3000); // "Yes", the longest bar
  CHECK(projector.count(230, 159, 0) > 1000); // "No"
  keep(dir.path() / "projector.png", "projector-poll.png");
  keep(dir.path() / "console.png", "console-poll.png");
}

TEST_CASE("Difference surfacing: groups side by side with notes, the ranking, and statements", "[ui][screenshot]") {
  test::TempDir dir;
  store::Store db(dir.path() / "balcony.sqlite");
  engine::Engine engine(db, db.createSession(1), [] { return Millis{1'700'000'000'000}; });
  engine.start();
  engine.execute({0, CreateSession{"Case review: Child J", "ROOM", {"Health", "Police", "Schools", "Social care"}}});
  engine.execute(
      {0, AddPrompt{"J, 14, missing from school three times this month. How worried are you?", "case", 1, 5, true}});
  engine.execute({0, AddPrompt{"Information is shared quickly between our agencies", "statement", 1, 5, false}});
  engine.execute({0, AddPrompt{"A placement breakdown before Christmas", "risk", 1, 5, true}});
  const char* groups[] = {"Health", "Police", "Schools", "Social care"};
  for (int i = 1; i <= 16; ++i) {
    engine.execute({0, Join{"ROOM", test::token(i), groups[i % 4]}});
  }
  // Prompt 2: everyone alike (common ground); prompt 3: some difference; prompt 1 last, showing.
  engine.execute({0, ShowPrompt{2}});
  for (int i = 1; i <= 16; ++i)
    engine.execute({0, AnswerPrompt{test::token(i), 2, 2, ""}});
  engine.execute({0, ShowPrompt{3}});
  for (int i = 1; i <= 16; ++i)
    engine.execute({0, AnswerPrompt{test::token(i), 3, 3 + i % 2, ""}});
  engine.execute({0, ShowPrompt{1}});
  const char* notes[] = {
      "We see him at 2am in A&E, never the daytime picture",
      "Three missing reports, each time found at the same address",
      "Attendance has dropped to 60%; he says he is tired",
      ("Mum is asking for help and has been for a year. This is a very long note that has to wrap over several "
       "lines without breaking the layout of the board, however long it gets, and it goes on and on"),
  };
  for (int i = 1; i <= 16; ++i) {
    const int g = i % 4;
    const int rating = g == 0 ? 5 : g == 1 ? 1 : g == 2 ? 2 : 4;
    engine.execute({0, AnswerPrompt{test::token(i), 1, rating, i <= 8 ? notes[g] : ""}});
  }
  engine.execute({0, AnswerPrompt{test::token(16), 1, 5, "Hidden words that must never show"}});
  const int hiddenNote = engine.snapshot()->state.noteCount;
  engine.execute({0, HideNote{hiddenNote}});
  engine.execute({0, SubmitStatement{test::token(1), "We need one shared chronology"}});
  engine.execute({0, SubmitStatement{test::token(2), "School exclusion should be the last resort"}});
  engine.execute({0, ApproveStatement{1}});
  engine.execute({0, ApproveStatement{2}});
  for (int i = 1; i <= 16; ++i) {
    engine.execute({0, VoteStatement{test::token(i), 1, Vote::Agree}});
    engine.execute({0, VoteStatement{test::token(i), 2, i % 4 == 2 ? Vote::Disagree : Vote::Agree}});
  }

  ui::GuiOptions options;
  options.joinUrl = "http://192.0.2.10:8080/?room=ROOM";
  options.databasePath = "~/.local/share/balcony/balcony.sqlite"; // as a user would see it
  options.screenshotDir = dir.path().string();
  SECTION("the prompt, by perspective") {
    ui::Gui gui(engine.facilitator());
    REQUIRE(gui.run(options) == 0);
    const Image projector(dir.path() / "projector.png");
    CHECK(projector.count(213, 94, 0) > 200);  // rating 1 bars (police)
    CHECK(projector.count(0, 114, 178) > 200); // rating 5 bars (social care)
    keep(dir.path() / "projector.png", "projector-difference.png");
  }
  SECTION("most divided first, and the common ground") {
    options.differenceView = "ranking";
    ui::Gui gui(engine.facilitator());
    REQUIRE(gui.run(options) == 0);
    const Image projector(dir.path() / "projector.png");
    CHECK(projector.count(0, 158, 115) > 50); // a common-ground bar
    keep(dir.path() / "projector.png", "projector-difference-ranking.png");
  }
  SECTION("statements that divide and unite") {
    options.differenceView = "statements";
    ui::Gui gui(engine.facilitator());
    REQUIRE(gui.run(options) == 0);
    const Image projector(dir.path() / "projector.png");
    CHECK(projector.count(0, 114, 178) > 200);
    keep(dir.path() / "projector.png", "projector-difference-statements.png");
  }
}

TEST_CASE("The topics board shows the timeline, flags and a calm alert", "[ui][screenshot][topics]") {
  test::TempDir dir;
  store::Store db(dir.path() / "balcony.sqlite");
  auto now = std::make_shared<Millis>(1'700'000'000'000);
  engine::Engine engine(db, db.createSession(1), [now] { return *now; });
  engine.start();
  engine.execute({0, CreateSession{"Partnership board", "ROOM", {"Health", "Police"}}});
  engine.execute({0, AddTopic{"Who funds step-down beds", 20}});
  engine.execute({0, AddTopic{"Data sharing agreement", 15}});
  engine.execute({0, AddTopic{"Winter communications", 10}});
  for (int i = 1; i <= 8; ++i)
    engine.execute({0, Join{"ROOM", test::token(i), "Health"}});
  engine.execute({0, StartTopic{1}});
  for (int loop = 0; loop < 3; ++loop) {
    *now += 6 * 60'000;
    engine.execute({0, StartTopic{2}});
    *now += 4 * 60'000;
    engine.execute({0, StartTopic{1}});
  }
  engine.execute({0, RecordDecision{2, "Use the regional template for now"}});
  for (int i = 1; i <= 3; ++i) {
    *now += 40'000;
    engine.execute({0, RaiseFlag{test::token(i), i == 2 ? FlagKind::Elephant : FlagKind::Circles,
                                 i == 2 ? "Nobody says the budget is gone" : ""}});
  }
  engine.execute({0, ApproveFlagWords{2}});
  engine.execute({0, ShowBoard{Board::Topics}});
  engine.setPresent(8);

  ui::GuiOptions options;
  options.joinUrl = "http://192.0.2.10:8080/?room=ROOM";
  options.databasePath = "~/.local/share/balcony/balcony.sqlite"; // as a user would see it
  options.screenshotDir = dir.path().string();
  options.consoleTab = "Topics"; // the agenda and the flag words waiting
  options.clock = [now] { return *now + 30'000; };
  const auto signals = core::signalsAt(engine.snapshot()->state, *now + 30'000, 8);
  REQUIRE(signals.size() == 2); // circles on topic 1, and the flags

  SECTION("alerts on the projector") {
    ui::Gui gui(engine.facilitator());
    REQUIRE(gui.run(options) == 0);
    const Image projector(dir.path() / "projector.png");
    CHECK(projector.count(243, 219, 198) > 20000); // the alerts' soft amber banners
    keep(dir.path() / "projector.png", "projector-topics.png");
    keep(dir.path() / "console.png", "console-topics.png");
  }
  SECTION("alerts on the console only") {
    SetSignalSettings quiet;
    quiet.alertsOnProjector = false;
    engine.execute({0, quiet});
    ui::Gui gui(engine.facilitator());
    REQUIRE(gui.run(options) == 0);
    const Image projector(dir.path() / "projector.png");
    CHECK(projector.count(243, 219, 198) < 100); // no banners
    CHECK(projector.count(213, 94, 0) > 500);    // the flags are still charted
  }
}

TEST_CASE("Clarity for now: the endeavour, agreed items readable, review due highlighted, proposals by energy",
          "[ui][screenshot][clarity]") {
  test::TempDir dir;
  store::Store db(dir.path() / "balcony.sqlite");
  constexpr Millis today = 1'800'000'000'000; // 2027-01-15
  engine::Engine engine(db, db.createSession(1), [] { return today; });
  engine.start();
  engine.execute({0, CreateSession{"Partnership board", "ROOM", {"Health", "Police", "Schools"}}});
  engine.execute({0, SetEndeavour{"Every child in the city grows up safe, well and learning, with services that "
                                  "work as one around the family"}});
  engine.execute({0, AddClarityItem{{"Weekly huddle on children missing from school", "Schools and police",
                                     "One officer, one attendance lead, 30 minutes", "2027-01-10", 0},
                                    ClarityStatus::Agreed}});
  engine.execute({0, AddClarityItem{{"One shared chronology for the three pilot families", "Social care",
                                     "Case worker time", "2027-03-01", 0},
                                    ClarityStatus::Agreed}});
  for (const char* what : {"A joint front door for referrals", "Training together on trauma-informed practice",
                           "Share the school nurse rota with the GP practices"}) {
    engine.execute({0, AddClarityItem{{what, "", "", "", 0}, ClarityStatus::Proposed}});
  }
  for (int i = 1; i <= 9; ++i) {
    engine.execute({0, Join{"ROOM", test::token(i), "Health"}});
    engine.execute({0, ToggleEnergy{test::token(i), 4, true}});
    if (i % 2) engine.execute({0, ToggleEnergy{test::token(i), 3, true}});
  }
  engine.execute({0, ShowBoard{Board::Clarity}});
  ui::GuiOptions options;
  options.joinUrl = "http://192.0.2.10:8080/?room=ROOM";
  options.databasePath = "~/.local/share/balcony/balcony.sqlite"; // as a user would see it
  options.screenshotDir = dir.path().string();
  options.consoleTab = "Clarity"; // the items, their status and approval
  options.clock = [] { return today; };
  ui::Gui gui(engine.facilitator());
  REQUIRE(gui.run(options) == 0);
  const Image projector(dir.path() / "projector.png");
  CHECK(projector.count(243, 219, 198) > 5000); // the item due for review, highlighted
  CHECK(projector.count(0, 158, 115) > 500);    // energy bars
  keep(dir.path() / "projector.png", "projector-clarity.png");
  keep(dir.path() / "console.png", "console-clarity.png");
}

TEST_CASE("When nobody has joined a while after start, the console says what to try", "[ui][screenshot][reach]") {
  test::TempDir dir;
  store::Store db(dir.path() / "balcony.sqlite");
  constexpr Millis start = 1'700'000'000'000;
  engine::Engine engine(db, db.createSession(1), [] { return start; });
  engine.start();
  engine.execute({0, CreateSession{"Partnership board", "ROOM", {"Health", "Police"}}});

  ui::GuiOptions options;
  options.joinUrl = "http://192.0.2.10:8080/?room=ROOM";
  options.databasePath = "~/.local/share/balcony/balcony.sqlite";
  options.screenshotDir = dir.path().string();
  options.reachabilityAdvice = "No phone has reached Balcony yet. Allow Balcony through the firewall on private "
                               "networks, or turn on this laptop's hotspot and have phones join it.";
  // The windows open at `start`; every later frame is drawn `later` ms on.
  const auto clockFrom = [](Millis later) {
    auto first = std::make_shared<bool>(true);
    return [later, first] { return std::exchange(*first, false) ? start : start + later; };
  };
  const auto amber = [&] {
    ui::Gui gui(engine.facilitator());
    REQUIRE(gui.run(options) == 0);
    return Image(dir.path() / "console.png").count(170, 80, 0);
  };

  SECTION("nobody joined for 100 s: the advice is shown") {
    options.clock = clockFrom(100'000);
    CHECK(amber() > 100);
    keep(dir.path() / "console.png", "console-nobody-joined.png");
  }
  SECTION("nobody joined yet, but only just started: nothing to worry about") {
    options.clock = clockFrom(10'000);
    CHECK(amber() < 30);
  }
  SECTION("a phone has joined: no advice, however long") {
    REQUIRE_FALSE(engine.execute({0, Join{"ROOM", test::token(1), "Health"}}).error);
    options.clock = clockFrom(100'000);
    CHECK(amber() < 30);
  }
}

TEST_CASE("Reflection and the view from the balcony, on the wall and on the console", "[ui][screenshot][reflection]") {
  test::TempDir dir;
  store::Store db(dir.path() / "balcony.sqlite");
  constexpr Millis today = 1'800'000'000'000;
  engine::Engine engine(db, db.createSession(1), [] { return today; });
  engine.start();
  engine.execute({0, CreateSession{"Partnership board", "ROOM", {"Health", "Police", "Schools"}}});
  const char* groups[] = {"Health", "Police", "Schools"};
  for (int i = 1; i <= 9; ++i)
    engine.execute({0, Join{"ROOM", test::token(i), groups[(i - 1) / 3]}});
  // Health believes it will happen, Police does not; Schools stay quiet.
  engine.execute({0, OpenRound{}});
  for (int i = 1; i <= 6; ++i) {
    for (int b = 0; b < 3; ++b)
      engine.execute({0, AnswerBelief{test::token(i), 1, b, i <= 3 ? 5 : 2}});
  }
  engine.execute({0, RevealResults{}});
  engine.execute({0, OpenReflection{ReflectionStage::SenseMaking, {}, Lens::AerialPhotographer}});
  const std::pair<const char*, Dimension> shared[] = {
      {"We keep going back to the referral form instead of talking about the family", Dimension::Thinking},
      {"I notice the police voice gets cut off first", Dimension::Perceiving},
      {"There is more trust in the room than in September", Dimension::Relating},
      {"I feel tired of the same argument", Dimension::Feeling},
      {"Waiting: not approved yet", Dimension::Doing},
      {"Nobody has asked the family what they want", Dimension::None}};
  for (int i = 0; i < 6; ++i) {
    engine.execute({0, ShareReflection{test::token(i + 1), shared[i].first, shared[i].second}});
    if (i != 4) engine.execute({0, ApproveReflection{i + 1}});
  }
  engine.execute({0, ShowBoard{Board::Reflection}});
  ui::GuiOptions options;
  options.joinUrl = "http://192.0.2.10:8080/?room=ROOM";
  options.databasePath = "~/.local/share/balcony/balcony.sqlite";
  options.screenshotDir = dir.path().string();
  options.consoleTab = "Reflection";
  options.clock = [] { return today; };
  {
    ui::Gui gui(engine.facilitator());
    REQUIRE(gui.run(options) == 0);
  }
  const Image reflection(dir.path() / "projector.png");
  CHECK(reflection.count(213, 94, 0) > 2500); // the two cells not yet touched, outlined in the warning colour
  keep(dir.path() / "projector.png", "projector-reflection.png");
  keep(dir.path() / "console.png", "console-reflection.png");

  engine.execute({0, ShowBoard{Board::Balcony}});
  options.consoleTab = "Balcony";
  {
    ui::Gui gui(engine.facilitator());
    REQUIRE(gui.run(options) == 0);
  }
  const Image balcony(dir.path() / "projector.png");
  CHECK(balcony.count(0, 114, 178) > 500); // each pattern's accent bar
  keep(dir.path() / "projector.png", "projector-balcony.png");
  keep(dir.path() / "console.png", "console-balcony.png");
}
