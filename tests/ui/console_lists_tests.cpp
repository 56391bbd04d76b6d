// The console's lists that grow with the room, rendered by the real GUI under Xvfb: the Moderation
// tab with long queues draws its rows in scrolling regions, and the rest of the tab stays in view.
#include "balcony/engine/engine.hpp"
#include "balcony/ui/gui.hpp"
#include "test_support.hpp"
#include "ui/screenshot_support.hpp"

using namespace balcony;
using namespace balcony::core;

namespace {

// Whether a band of pixel rows holds no ink: nothing drawn there but the background.
bool blank(const test::Image& image, int fromRow, int toRow) {
  const auto* bg = &image.rgba[0];
  for (int y = fromRow; y < toRow; ++y) {
    for (int x = 0; x < image.w; ++x) {
      const auto* p =
          &image.rgba[(static_cast<std::size_t>(y) * static_cast<std::size_t>(image.w) + static_cast<std::size_t>(x)) *
                      4];
      if (std::abs(p[0] - bg[0]) + std::abs(p[1] - bg[1]) + std::abs(p[2] - bg[2]) > 90) return false;
    }
  }
  return true;
}

} // namespace

TEST_CASE("The Moderation tab keeps long queues in scrolling lists, hidden notes waiting with an Approve",
          "[ui][screenshot][moderation]") {
  test::TempDir dir;
  store::Store db(dir.path() / "balcony.sqlite");
  engine::Engine engine(db, db.createSession(1), [] { return Millis{1'700'000'000'000}; });
  engine.start();
  engine.execute({0, CreateSession{"Case review", "ROOM", {"Health", "Police", "Schools"}}});
  engine.execute({0, AddPrompt{"How worried are you about J?", "case", 1, 5, true}});
  engine.execute({0, ShowPrompt{1}});
  const char* groups[] = {"Health", "Police", "Schools"};
  const int people = 120;
  for (int i = 1; i <= people; ++i) {
    REQUIRE_FALSE(engine.execute({0, Join{"ROOM", test::token(i), groups[i % 3]}}).error);
    engine.execute({0, SubmitStatement{test::token(i), "Statement " + std::to_string(i) +
                                                           ": we need one shared chronology, read by every agency"}});
    engine.execute({0, AnswerPrompt{test::token(i), 1, 1 + i % 5, "Note " + std::to_string(i) + " from where I sit"}});
  }
  for (int i = 1; i <= people / 2; ++i)
    engine.execute({0, ApproveStatement{i}});
  for (int note = 5; note <= people; note += 10)
    REQUIRE_FALSE(engine.execute({0, HideNote{note}}).error);
  // A hidden note edited afterwards stays hidden, and waits there with its new words.
  engine.execute({0, AnswerPrompt{test::token(5), 1, 2, "Note 5, rewritten after it was hidden"}});
  REQUIRE(engine.snapshot()->state.prompts.at(0).noteOf(5)->hidden);

  ui::GuiOptions options;
  options.joinUrl = "http://192.0.2.10:8080/?room=ROOM";
  options.databasePath = "~/.local/share/balcony/balcony.sqlite";
  options.screenshotDir = dir.path().string();
  options.consoleTab = "Moderation";
  ui::Gui gui(engine.facilitator());
  REQUIRE(gui.run(options) == 0);
  const test::Image console(dir.path() / "console.png");
  REQUIRE(console.h == options.consoleHeight);
  // 60 waiting, 60 approved, 108 notes and 12 hidden at one line each would run far below the
  // window; in scrolling lists of a few rows each, the tab ends inside it with room to spare.
  CHECK(blank(console, console.h - 20, console.h));
  test::keep(dir.path() / "console.png", "console-moderation.png");
  engine.stop();
}
