// Every board, in the light and dark themes, at 1024x768 (an old projector) and at 4K: rendered
// by the real GUI and checked to hold a readable amount of drawing, within the window.
#include "balcony/engine/engine.hpp"
#include "balcony/ui/gui.hpp"
#include "sample_rooms.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>
#include <stb/stb_image.h>

#include <cstdlib>

using namespace balcony;
using namespace balcony::core;

namespace {

// Share of pixels that differ clearly from the background (the top-left pixel).
double inkShare(const std::filesystem::path& path, int& w, int& h) {
  int channels = 0;
  unsigned char* data = stbi_load(path.c_str(), &w, &h, &channels, 3);
  REQUIRE(data != nullptr);
  const auto n = static_cast<std::size_t>(w) * static_cast<std::size_t>(h);
  std::size_t ink = 0;
  for (std::size_t i = 0; i < n; ++i) {
    int diff = 0;
    for (int c = 0; c < 3; ++c)
      diff += std::abs(data[i * 3 + static_cast<std::size_t>(c)] - data[static_cast<std::size_t>(c)]);
    ink += diff > 90 ? 1 : 0;
  }
  stbi_image_free(data);
  return static_cast<double>(ink) / static_cast<double>(n);
}

void fill(engine::Engine& e) {
  e.execute({0, CreateSession{"Partnership board: a long title that has to fit on a small projector screen",
                              "ROOM",
                              {"Health", "Police", "Schools", "Social care"}}});
  const char* groups[] = {"Health", "Police", "Schools", "Social care"};
  for (int i = 1; i <= 12; ++i)
    e.execute({0, Join{"ROOM", test::token(i), groups[i % 4]}});
  e.execute({0, OpenRound{kDefaultBeliefStatements, 1, 5, true}});
  for (int i = 1; i <= 12; ++i) {
    for (int b = 0; b < 3; ++b)
      e.execute({0, AnswerBelief{test::token(i), 1, b, 1 + (i + b * 2) % 5}});
  }
  OpenPoll poll;
  poll.question = "Who else should be in the room next time?";
  poll.options = {"Housing", "GPs", "Voluntary sector", "Nobody else"};
  poll.multiple = true;
  poll.showLive = true;
  e.execute({0, poll});
  for (int i = 1; i <= 12; ++i)
    e.execute({0, AnswerPoll{test::token(i), 1, {i % 4}}});
  e.execute({0, AddPrompt{"J, 14, missing from school three times this month", "case", 1, 5, true}});
  e.execute({0, ShowPrompt{1}});
  for (int i = 1; i <= 12; ++i) {
    e.execute({0, AnswerPrompt{test::token(i), 1, 1 + i % 5,
                               i % 3 ? ""
                                     : "A long note that keeps going to check that long participant text wraps "
                                       "and clips instead of breaking the layout of the board"}});
  }
  e.execute({0, AddTopic{"Who funds step-down beds", 20}});
  e.execute({0, StartTopic{1}});
  e.execute({0, RaiseFlag{test::token(1), FlagKind::Circles, ""}});
  e.execute({0, SetEndeavour{"Every child grows up safe, well and learning"}});
  e.execute(
      {0, AddClarityItem{{"Weekly huddle on missing children", "Schools and police", "One officer", "2027-01-10", 0},
                         ClarityStatus::Agreed}});
  e.execute({0, AddClarityItem{{"A joint front door", "", "", "", 0}, ClarityStatus::Proposed}});
  e.execute({0, OpenReflection{ReflectionStage::Observation, {}, Lens::Historian}});
  const char* reflections[] = {"I felt unheard when the budget came up", "The same three people speak first",
                               "We keep blaming the referral form", "Trust between schools and police is growing",
                               "We agreed actions but nobody owns them"};
  const Dimension dims[] = {Dimension::Feeling, Dimension::Perceiving, Dimension::Thinking, Dimension::Relating,
                            Dimension::Doing};
  for (int i = 0; i < 5; ++i) {
    e.execute({0, ShareReflection{test::token(i + 1), reflections[i], dims[i]}});
    e.execute({0, ApproveReflection{i + 1}});
  }
  test::keepSampleRooms(e, 1'800'000'000'000, false);
}

} // namespace

TEST_CASE("Every board reads at 1024x768 and at 4K, in both themes", "[ui][screenshot][legibility]") {
  test::TempDir dir;
  store::Store db(dir.path() / "balcony.sqlite");
  engine::Engine engine(db, db.createSession(1), [] { return Millis{1'800'000'000'000}; });
  engine.start();
  fill(engine);
  const auto board = GENERATE(Board::Belief, Board::Poll, Board::Difference, Board::Topics, Board::Clarity,
                              Board::Reflection, Board::Balcony, Board::Rooms);
  const auto dark = GENERATE(false, true);
  const auto size = GENERATE(std::pair{1024, 768}, std::pair{3840, 2160});
  engine.execute({0, ShowBoard{board}});

  ui::GuiOptions options;
  options.joinUrl = "http://192.0.2.10:8080/?room=ROOM";
  options.databasePath = "balcony.sqlite";
  options.screenshotDir = dir.path().string();
  options.projectorWidth = size.first;
  options.projectorHeight = size.second;
  options.darkProjector = dark;
  options.clock = [] { return Millis{1'800'000'000'000}; };
  ui::Gui gui(engine.facilitator());
  REQUIRE(gui.run(options) == 0);
  int w = 0;
  int h = 0;
  const double ink = inkShare(dir.path() / "projector.png", w, h);
  INFO(std::string(boardName(board)) << (dark ? " dark " : " light ") << size.first << "x" << size.second);
  CHECK(w == size.first);
  CHECK(h == size.second);
  CHECK(ink > 0.02); // something readable is drawn
  CHECK(ink < 0.6);  // and the board is not a smear
  if (const char* keep = std::getenv("BALCONY_SCREENSHOT_DIR")) {
    const auto name = std::string("board-") + std::string(boardName(board)) + (dark ? "-dark-" : "-light-") +
                      std::to_string(size.first) + ".png";
    std::filesystem::copy_file(dir.path() / "projector.png", std::filesystem::path(keep) / name,
                               std::filesystem::copy_options::overwrite_existing);
  }
}
