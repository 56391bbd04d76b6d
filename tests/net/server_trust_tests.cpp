// What one phone, one script or one stranger on the room's network must not be able to do to the
// results: guess the room code, drive the page from another site's name, or look like a crowd.
#include "live_server.hpp"

#include <catch2/catch.hpp>

#include <thread>

using namespace balcony;
using namespace balcony::core;
using nlohmann::json;
using test::joinAs;
using test::LiveServer;

namespace {

json joinRoom(const std::string& room) {
  return {{"v", 1}, {"type", "join"}, {"room", room}};
}

template <class Condition>
bool eventually(Condition condition) {
  for (int i = 0; i < 200; ++i) {
    if (condition()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return condition();
}

} // namespace

TEST_CASE("Three wrong room codes close that connection; the right code works on a new one", "[net][trust][room]") {
  LiveServer live;
  test::WsClient guesser(live.port);
  for (const char* code : {"AAAA", "AAAB"}) {
    guesser.sendJson(joinRoom(code));
    CHECK((*guesser.waitFor("error"))["code"] == "wrong_room");
  }
  guesser.sendJson(joinRoom("AAAC"));
  CHECK((*guesser.waitFor("error"))["code"] == "wrong_room");
  CHECK(guesser.waitForClose() == 1008);

  test::WsClient again(live.port);
  CHECK(joinAs(again, "Health")["type"] == "welcome");
}

TEST_CASE("An address that keeps giving wrong room codes must wait; others join, and the console is told",
          "[net][trust][room]") {
  net::Limits limits;
  limits.wrongCodesPerAddress = 6;
  LiveServer live(limits);
  for (int connection = 0; connection < 2; ++connection) {
    test::WsClient guesser(live.port, "", "127.0.0.9");
    for (int i = 0; i < 3; ++i) {
      guesser.sendJson(joinRoom("ZZZ" + std::to_string(connection * 3 + i)));
      CHECK((*guesser.waitFor("error"))["code"] == "wrong_room");
    }
  }
  // Even the right code is refused from there for a while...
  test::WsClient blocked(live.port, "", "127.0.0.9");
  blocked.sendJson(joinRoom("ROOM"));
  const auto refused = blocked.waitFor("error");
  REQUIRE(refused);
  CHECK((*refused)["code"] == "slow_down");
  // ...while a phone elsewhere in the room joins as usual.
  test::WsClient neighbour(live.port, "", "127.0.0.10");
  CHECK(joinAs(neighbour, "Police")["type"] == "welcome");
  REQUIRE(eventually([&] { return !live.engine.snapshot()->networkNotices.empty(); }));
  const auto notice = live.engine.snapshot()->networkNotices.front();
  CHECK_THAT(notice, Catch::Contains("6 wrong room codes from 127.0.0.9") && Catch::Contains("guessing"));
}

TEST_CASE("Presence counts participants: one phone on several connections is one person present",
          "[net][trust][presence]") {
  LiveServer live;
  test::WsClient first(live.port);
  const auto token = joinAs(first, "Health")["token"].get<std::string>();
  std::vector<std::unique_ptr<test::WsClient>> more;
  for (int i = 0; i < 4; ++i) {
    more.push_back(std::make_unique<test::WsClient>(live.port));
    joinAs(*more.back(), "", token);
  }
  test::WsClient other(live.port);
  joinAs(other, "Police");
  CHECK(eventually([&] { return live.engine.snapshot()->present == 2; }));
  CHECK(live.engine.snapshot()->present == 2);
  CHECK(live.server.stats().participants == 2);
  more.clear(); // four of the same phone's connections go: the person is still there
  first.sendFrame(0x8, std::string("\x03\xE9", 2));
  CHECK(first.waitForClose() == 1001);
  CHECK(eventually([&] { return live.engine.snapshot()->present == 1; }));
  CHECK(live.engine.snapshot()->present == 1);
}
