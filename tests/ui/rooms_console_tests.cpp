// The rooms of an event on the console: a room's facilitator sees the plenary's request and
// accepts it with one key (Ctrl+Y) or its button; the plenary's facilitator sees every room's
// state and asks every room at once. The link itself is tested against a real broker in
// tests/federation; here a recording EventPort stands in for it, so only the console is under test.
#include "balcony/engine/engine.hpp"
#include "balcony/federation/summary_codec.hpp"
#include "balcony/ui/gui.hpp"
#include "sample_rooms.hpp"
#include "test_support.hpp"
#include "ui/screenshot_support.hpp"

#include <GLFW/glfw3.h>
#include <catch2/catch.hpp>

using namespace balcony;
using namespace balcony::core;

namespace {

constexpr Millis kRoomsNow = 1'800'000'000'000;

struct RecordingPort final : EventPort {
  std::vector<std::pair<RequestKind, std::string>> asked;
  std::vector<bool> answers;
  std::vector<EventJoin> joined;
  int left = 0;
  std::string join(const EventJoin& j) override {
    joined.push_back(j);
    return "";
  }
  void leave() override { ++left; }
  std::string askEveryRoom(RequestKind kind, std::string question, std::vector<std::string>) override {
    asked.emplace_back(kind, std::move(question));
    return "";
  }
  std::string answerRequest(bool accept) override {
    answers.push_back(accept);
    return accept ? "Opened a belief check, as the plenary asked (shown live)." : "Declined the plenary's request.";
  }
  void setAutoAccept(bool) override {}
};

ui::GuiOptions optionsIn(const std::filesystem::path& dir, RecordingPort& port) {
  ui::GuiOptions options;
  options.joinUrl = "http://192.0.2.10:8080/?room=ROOM";
  options.databasePath = "balcony.sqlite";
  options.screenshotDir = dir.string();
  options.clock = [] { return kRoomsNow; };
  options.consoleTab = "Rooms";
  options.event = &port;
  return options;
}

} // namespace

TEST_CASE("A room's console shows the plenary's request: Ctrl+Y or Accept answers it once", "[ui][rooms]") {
  test::TempDir dir;
  store::Store db(dir.path() / "balcony.sqlite");
  engine::Engine engine(db, db.createSession(1), [] { return kRoomsNow; });
  engine.start();
  REQUIRE_FALSE(engine.execute({0, CreateSession{"Room 3", "ROOM", {"Health", "Police"}}}).error);
  auto view = std::make_shared<EventLinkView>();
  view->role = EventRole::Room;
  view->event = "spring-forum";
  view->room = "room-3";
  view->broker = "192.0.2.20:1884";
  view->connected = true;
  view->published = 12;
  view->request = EventRequest{1, RequestKind::Belief, "", {}, kRoomsNow};
  engine.setEventLink(view);
  REQUIRE(test::waitUntil([&] { return engine.snapshot()->event != nullptr; }));
  RecordingPort port;
  auto options = optionsIn(dir.path(), port);
  ui::GuiOptions::ScriptedKey k;
  SECTION("Ctrl+Y, on any tab") {
    options.consoleTab = "Moderation";
    k.frame = 5;
    k.key = GLFW_KEY_Y;
    k.mods = GLFW_MOD_CONTROL;
  }
  SECTION("the Accept button, with the mouse") {
    k.frame = 5;
    k.click = "Accept (Ctrl+Y)";
  }
  options.keys = {k};
  ui::Gui gui(engine.facilitator());
  REQUIRE(gui.run(options) == 0);
  REQUIRE(port.answers.size() == 1);
  CHECK(port.answers[0]);
  test::keep(dir.path() / "console.png", "console-room-request.png");
}

TEST_CASE("The plenary's console lists every room's state and asks every room at once", "[ui][rooms][screenshot]") {
  test::TempDir dir;
  store::Store db(dir.path() / "balcony.sqlite");
  engine::Engine engine(db, db.createSession(1), [] { return kRoomsNow; });
  engine.start();
  REQUIRE_FALSE(engine.execute({0, CreateSession{"Plenary", "ROOM", {"Health", "Police"}}}).error);
  test::keepSampleRooms(engine, kRoomsNow, false);
  auto view = std::make_shared<EventLinkView>();
  view->role = EventRole::Plenary;
  view->event = "spring-forum";
  view->room = "plenary";
  view->broker = "127.0.0.1:1884";
  view->connected = true;
  view->joinHelp = "room-1: balcony --event spring-forum --room room-1 --broker 192.0.2.10:1884 --broker-password "
                   "abcd-efgh-jkmn\n";
  view->rooms = federation::keptRooms(engine.snapshot()->state);
  REQUIRE(view->rooms.size() == 8);
  engine.setEventLink(view);
  REQUIRE(test::waitUntil([&] { return engine.snapshot()->event != nullptr; }));
  REQUIRE_FALSE(engine.execute({0, ShowBoard{Board::Rooms}}).error);
  RecordingPort port;
  auto options = optionsIn(dir.path(), port);
  ui::GuiOptions::ScriptedKey k;
  k.frame = 5;
  k.click = "Open a belief check in every room";
  options.keys = {k};
  options.consoleWidth = 1280;
  options.consoleHeight = 800;
  ui::Gui gui(engine.facilitator());
  REQUIRE(gui.run(options) == 0);
  REQUIRE(port.asked.size() == 1);
  CHECK(port.asked[0].first == RequestKind::Belief);
  test::keep(dir.path() / "console.png", "console-rooms-plenary.png");
  test::keep(dir.path() / "projector.png", "projector-rooms-plenary.png");
}
