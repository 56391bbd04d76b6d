// What one phone, one script or one stranger on the room's network must not be able to do to the
// results: guess the room code, drive the page from another site's name, or look like a crowd.
#include "live_server.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace balcony;
using namespace balcony::core;
using nlohmann::json;
using test::joinAs;
using test::LiveServer;

namespace {

json joinRoom(const std::string& room) {
  return {{"v", 1}, {"type", "join"}, {"room", room}};
}

} // namespace

TEST_CASE("Three wrong room codes close that connection: the right code works on a new one", "[net][trust][room]") {
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

TEST_CASE("An address that keeps giving wrong room codes must wait: others join, and the console is told",
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
  REQUIRE(test::waitUntil([&] { return !live.engine.snapshot()->networkNotices.empty(); }));
  const auto notice = live.engine.snapshot()->networkNotices.front().text;
  CHECK_THAT(notice, Catch::Contains("wrong room codes from 127.0.0.9") && Catch::Contains("guessing"));
}

TEST_CASE("Wrong codes sent on many connections at once are each counted as they arrive", "[net][trust][room]") {
  // All sent before any answer comes back: none may slip past the limit while the engine is busy.
  net::Limits limits;
  limits.wrongCodesPerAddress = 6;
  LiveServer live(limits);
  std::vector<std::unique_ptr<test::WsClient>> guessers;
  for (int i = 0; i < 20; ++i) {
    guessers.push_back(std::make_unique<test::WsClient>(live.port, "", "127.0.0.9"));
  }
  for (int i = 0; i < 20; ++i) {
    guessers[static_cast<std::size_t>(i)]->sendJson(joinRoom("G" + std::to_string(100 + i)));
  }
  int wrong = 0;
  int held = 0;
  for (auto& guesser : guessers) {
    const auto reply = guesser->waitFor("error");
    REQUIRE(reply);
    wrong += (*reply)["code"] == "wrong_room" ? 1 : 0;
    held += (*reply)["code"] == "slow_down" ? 1 : 0;
  }
  CHECK(wrong == 6);
  CHECK(held == 14);
}

TEST_CASE("Phones back from the session before this one are told it ended, and are not counted as guesses",
          "[net][trust][room]") {
  // "Next session": a whole room behind one network comes back with the old code at once.
  net::Limits limits;
  limits.wrongCodesPerAddress = 6;
  LiveServer live(limits, {"OLD1"});
  std::vector<std::unique_ptr<test::WsClient>> room;
  for (int i = 0; i < 20; ++i) {
    room.push_back(std::make_unique<test::WsClient>(live.port, "", "127.0.0.9"));
    room.back()->sendJson(joinRoom(i % 2 == 0 ? "OLD1" : "old1"));
  }
  for (auto& phone : room) {
    const auto reply = phone->waitFor("error");
    REQUIRE(reply);
    CHECK((*reply)["code"] == "session_ended");
    CHECK_THAT((*reply)["message"].get<std::string>(), Catch::Contains("ended"));
  }
  // The same phone may try the old code again and again (the page shows the form): no close...
  for (int i = 0; i < 4; ++i) {
    room.front()->sendJson(joinRoom("OLD1"));
    CHECK((*room.front()->waitFor("error"))["code"] == "session_ended");
  }
  // ...and with the code on the screen, everyone there gets in.
  for (auto& phone : room) {
    CHECK(joinAs(*phone, "Health")["type"] == "welcome");
  }
  CHECK(live.engine.snapshot()->networkNotices.empty());
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
  CHECK(test::waitUntil([&] { return live.engine.snapshot()->present == 2; }));
  CHECK(live.engine.snapshot()->present == 2);
  CHECK(live.server.stats().participants == 2);
  more.clear(); // four of the same phone's connections go: the person is still there
  first.sendFrame(0x8, std::string("\x03\xE9", 2));
  CHECK(first.waitForClose() == 1001);
  CHECK(test::waitUntil([&] { return live.engine.snapshot()->present == 1; }));
  CHECK(live.engine.snapshot()->present == 1);
}

TEST_CASE("A connection that never joins is closed: one that joined stays", "[net][trust][join]") {
  net::Limits limits;
  limits.joinTimeout = std::chrono::milliseconds(300);
  LiveServer live(limits);
  test::WsClient joined(live.port);
  joinAs(joined, "Health");
  test::WsClient idle(live.port);
  CHECK(idle.closedWithin(std::chrono::milliseconds(3000)));
  CHECK_FALSE(joined.closedWithin(std::chrono::milliseconds(500)));
}

TEST_CASE("New identities from one address past the burst wait for the facilitator: returning participants and "
          "other addresses do not",
          "[net][trust][identities]") {
  net::Limits limits;
  limits.newIdentitiesBurst = 5;
  LiveServer live(limits);
  std::string token;
  for (int i = 0; i < 5; ++i) {
    test::WsClient phone(live.port, "", "127.0.0.11");
    const auto welcome = joinAs(phone, "Health");
    token = welcome["token"].get<std::string>();
  }
  test::WsClient sixth(live.port, "", "127.0.0.11");
  sixth.sendJson({{"v", 1}, {"type", "join"}, {"room", "ROOM"}});
  const auto waiting = sixth.waitFor("error");
  REQUIRE(waiting);
  CHECK((*waiting)["code"] == "waiting_admission");
  CHECK_THAT((*waiting)["message"].get<std::string>(), Catch::Contains("the facilitator is asked to let you in"));
  // A made-up token is a new identity too.
  sixth.sendJson({{"v", 1}, {"type", "join"}, {"room", "ROOM"}, {"token", std::string(32, 'a')}});
  CHECK((*sixth.waitFor("error"))["code"] == "waiting_admission");
  // Someone coming back with their token gets in, and so does a phone on another address.
  test::WsClient back(live.port, "", "127.0.0.11");
  CHECK(joinAs(back, "", token)["type"] == "welcome");
  test::WsClient elsewhere(live.port, "", "127.0.0.12");
  CHECK(joinAs(elsewhere, "Police")["type"] == "welcome");
  CHECK(live.engine.snapshot()->state.participants.size() == 6);
  REQUIRE(test::waitUntil([&] { return !live.engine.snapshot()->networkNotices.empty(); }));
  const auto notice = live.engine.snapshot()->networkNotices.front();
  CHECK(notice.waitingFrom == "127.0.0.11");
  CHECK(notice.waiting == 1);
  CHECK_THAT(notice.text, Catch::Contains("New participants from 127.0.0.11 wait for you"));
  // The facilitator keeps them out: the phone is told so, and the notice goes.
  REQUIRE_FALSE(live.engine.execute({0, DecideNewcomers{"127.0.0.11", false}}).error);
  sixth.sendJson({{"v", 1}, {"type", "join"}, {"room", "ROOM"}});
  const auto out = sixth.waitFor("error");
  REQUIRE(out);
  CHECK((*out)["code"] == "kept_out");
  CHECK(test::waitUntil([&] { return live.engine.snapshot()->networkNotices.empty(); }));
  CHECK(live.engine.snapshot()->state.participants.size() == 6);
}

TEST_CASE("300 identities from one address: 100 in, 200 wait with the console told, one click lets them in",
          "[net][trust][identities][waiting]") {
  net::Limits limits;
  limits.maxConnectionsPerAddress = 400; // a script holding every connection open
  LiveServer live(limits);
  std::vector<std::unique_ptr<test::WsClient>> phones;
  int in = 0;
  int waiting = 0;
  for (int i = 0; i < 300; ++i) {
    phones.push_back(std::make_unique<test::WsClient>(live.port, "", "127.0.0.21"));
    phones.back()->sendJson({{"v", 1}, {"type", "join"}, {"room", "ROOM"}, {"group", "Health"}});
    const auto reply = phones.back()->readFrame();
    REQUIRE(reply);
    const auto j = nlohmann::json::parse(reply->payload);
    if (j["type"] == "welcome") ++in;
    if (j["type"] == "error" && j["code"] == "waiting_admission") ++waiting;
  }
  CHECK(in == 100);
  CHECK(waiting == 200);
  CHECK(live.engine.snapshot()->state.participants.size() == 100);
  // The console: one line for the address, with how many wait.
  REQUIRE(test::waitUntil([&] {
    const auto& n = live.engine.snapshot()->networkNotices;
    return n.size() == 1 && n.front().waiting == 200;
  }));
  CHECK(live.engine.snapshot()->networkNotices.front().waitingFrom == "127.0.0.21");
  // Nothing more gets in while they wait, however often they ask.
  for (int i = 100; i < 300; ++i) {
    phones[static_cast<std::size_t>(i)]->sendJson({{"v", 1}, {"type", "join"}, {"room", "ROOM"}});
    CHECK((*phones[static_cast<std::size_t>(i)]->waitFor("error"))["code"] == "waiting_admission");
  }
  CHECK(live.engine.snapshot()->state.participants.size() == 100);
  // "Let them in": the waiting phones join on their next try, and the notice goes.
  REQUIRE_FALSE(live.engine.execute({0, DecideNewcomers{"127.0.0.21", true}}).error);
  for (int i = 100; i < 300; ++i) {
    phones[static_cast<std::size_t>(i)]->sendJson({{"v", 1}, {"type", "join"}, {"room", "ROOM"}});
    CHECK(phones[static_cast<std::size_t>(i)]->waitFor("welcome"));
  }
  CHECK(live.engine.snapshot()->state.participants.size() == 300);
  CHECK(test::waitUntil([&] { return live.engine.snapshot()->networkNotices.empty(); }));
}

TEST_CASE("The message allowance is the participant's, and a flood costs one reply a second, then a close",
          "[net][trust][rate]") {
  net::Limits limits;
  limits.messagesPerSecond = 0.5; // slow enough that nothing refills while the test runs
  limits.messageBurst = 4;
  LiveServer live(limits);
  live.engine.execute({0, OpenRound{}});
  test::WsClient first(live.port);
  const auto token = joinAs(first, "Health")["token"].get<std::string>();
  test::WsClient second(live.port);
  joinAs(second, "", token);
  // Joining used each connection's own allowance. Four answers over the two connections use up
  // the participant's allowance of four...
  for (int i = 0; i < 2; ++i) {
    first.sendJson(test::answer(10 + i, 1, 0, 1 + i));
    second.sendJson(test::answer(20 + i, 1, 1, 1 + i));
  }
  int acks = 0;
  for (int i = 0; i < 2; ++i) {
    acks += first.waitFor("ack") ? 1 : 0;
    acks += second.waitFor("ack") ? 1 : 0;
  }
  CHECK(acks == 4);
  // ...so the next one is refused on either connection.
  second.sendJson(test::answer(30, 1, 2, 3));
  CHECK((*second.waitFor("error"))["code"] == "rate_limited");

  // Flooding on: no more error replies within the second, and a close once it goes on.
  test::WsClient flooder(live.port);
  joinAs(flooder, "Police");
  for (int i = 0; i < 40; ++i) {
    flooder.sendJson(test::answer(100 + i, 1, 0, 1 + i % 5));
  }
  int errors = 0;
  std::uint16_t closeCode = 0;
  while (auto frame = flooder.readFrame(std::chrono::milliseconds(1000))) {
    if (frame->opcode == 0x8) {
      closeCode = frame->closeCode();
      break;
    }
    if (frame->opcode == 0x1 && frame->payload.find("\"rate_limited\"") != std::string::npos) ++errors;
  }
  CHECK(errors == 1);
  CHECK(closeCode == 1008);
}

TEST_CASE("A message begun must be finished by its own deadline, not at the next ping", "[net][trust][deadline]") {
  net::Limits limits;
  limits.headerTimeout = std::chrono::milliseconds(300);
  limits.pingInterval = std::chrono::seconds(20); // no ping tick comes to the rescue in this test
  LiveServer live(limits);
  test::WsClient trickler(live.port);
  joinAs(trickler, "Health");
  trickler.sendRaw(std::string("\x81\x8A", 2)); // a masked text frame of ten bytes, then nothing more
  CHECK(trickler.closedWithin(std::chrono::milliseconds(3000)));
}

TEST_CASE("A phone that stops reading goes at the write deadline, not at the next ping", "[net][trust][deadline]") {
  net::Limits limits;
  limits.pingInterval = std::chrono::seconds(20);
  limits.writeTimeout = std::chrono::milliseconds(300);
  LiveServer live(limits);
  test::WsClient stuck(live.port, "", "", 1024); // a tiny receive window, and nothing read after joining
  joinAs(stuck, "Health");
  test::WsClient reader(live.port, "", "127.0.0.2");
  joinAs(reader, "Police");
  for (int i = 0; i < 300 && live.server.stats().participants == 2; ++i) {
    live.engine.execute({0, RetitleSession{std::to_string(i) + std::string(190, 'w')}});
    reader.waitFor("state", std::chrono::milliseconds(50));
  }
  CHECK(test::waitUntil([&] { return live.server.stats().participants == 1; }));
}
