// The real server on 127.0.0.1, port 0, with a real engine and database, through real sockets:
// the page, joining, answering, privacy, coalesced broadcasts, polls and moderation.
#include "live_server.hpp"
#include "socket_wait.hpp"

#include <asio/write.hpp>
#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

using namespace balcony;
using namespace balcony::core;
using nlohmann::json;
using test::answer;
using test::joinAs;
using test::LiveServer;

TEST_CASE("The participant page is served with a strict security policy", "[net][http]") {
  LiveServer live;
  const auto page = test::httpRequest(live.port, "GET /?room=ROOM HTTP/1.1\r\nHost: " + live.host() +
                                                     "\r\nConnection: close\r\n\r\n");
  CHECK_THAT(page, Catch::StartsWith("HTTP/1.1 200 OK"));
  CHECK_THAT(page, Catch::Contains("Content-Security-Policy: default-src 'none'; script-src 'self'"));
  CHECK_THAT(page, Catch::Contains("<script src=\"app.js\" defer></script>"));
  CHECK_THAT(
      test::httpRequest(live.port, "GET /app.js HTTP/1.1\r\nHost: " + live.host() + "\r\nConnection: close\r\n\r\n"),
      Catch::Contains("Content-Type: text/javascript"));

  SECTION("only known files, only GET and HEAD") {
    CHECK_THAT(test::httpRequest(live.port, "GET /../../etc/passwd HTTP/1.1\r\nHost: " + live.host() +
                                                "\r\nConnection: close\r\n\r\n"),
               Catch::StartsWith("HTTP/1.1 404"));
    CHECK_THAT(
        test::httpRequest(live.port, "DELETE / HTTP/1.1\r\nHost: " + live.host() + "\r\nConnection: close\r\n\r\n"),
        Catch::StartsWith("HTTP/1.1 405"));
    const auto head =
        test::httpRequest(live.port, "HEAD / HTTP/1.1\r\nHost: " + live.host() + "\r\nConnection: close\r\n\r\n");
    CHECK_THAT(head, Catch::StartsWith("HTTP/1.1 200"));
    CHECK(head.find("<html") == std::string::npos);
  }
  SECTION("malformed and oversized requests get the right status and a plain reason") {
    CHECK_THAT(test::httpRequest(live.port, "NONSENSE\r\n\r\n"), Catch::StartsWith("HTTP/1.1 400"));
    const std::string longUrl(5000, 'a');
    CHECK_THAT(test::httpRequest(live.port, "GET /" + longUrl + " HTTP/1.1\r\nHost: " + live.host() + "\r\n\r\n"),
               Catch::StartsWith("HTTP/1.1 414"));
    const std::string bigHeader = "X-Big: " + std::string(9000, 'b') + "\r\n";
    CHECK_THAT(test::httpRequest(live.port, "GET / HTTP/1.1\r\nHost: " + live.host() + "\r\n" + bigHeader + "\r\n"),
               Catch::StartsWith("HTTP/1.1 431"));
    CHECK_THAT(
        test::httpRequest(live.port, "POST / HTTP/1.1\r\nHost: " + live.host() + "\r\nContent-Length: 5\r\n\r\nhello"),
        Catch::StartsWith("HTTP/1.1 413"));
  }
}

TEST_CASE("Requests for another name are not served, an upgrade included (DNS rebinding)", "[net][http][host]") {
  LiveServer live;
  const auto port = std::to_string(live.port);
  CHECK_THAT(
      test::httpRequest(live.port, "GET / HTTP/1.1\r\nHost: evil.example:" + port + "\r\nConnection: close\r\n\r\n"),
      Catch::StartsWith("HTTP/1.1 421"));
  const auto upgrade = test::httpRequest(
      live.port, "GET /ws HTTP/1.1\r\nHost: evil.example:" + port +
                     "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                     "Sec-WebSocket-Version: 13\r\nOrigin: http://evil.example:" +
                     port + "\r\n\r\n");
  CHECK_THAT(upgrade, Catch::StartsWith("HTTP/1.1 421"));
  CHECK_THAT(test::httpRequest(live.port, "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(live.port + 1) +
                                              "\r\nConnection: close\r\n\r\n"),
             Catch::StartsWith("HTTP/1.1 421"));
  // The machine's own address is served, and an upgrade from another page's origin is refused.
  CHECK_THAT(test::httpRequest(live.port, "GET / HTTP/1.1\r\nHost: " + live.host() + "\r\nConnection: close\r\n\r\n"),
             Catch::StartsWith("HTTP/1.1 200"));
  CHECK_THAT(test::httpRequest(live.port, "GET /ws HTTP/1.1\r\nHost: " + live.host() +
                                              "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                                              "dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nOrigin: "
                                              "http://evil.example:" +
                                              port + "\r\n\r\n"),
             Catch::StartsWith("HTTP/1.1 403"));
}

TEST_CASE("A participant joins, answers, and is acknowledged after the answer is stored", "[net][ws]") {
  LiveServer live;
  live.engine.execute({0, OpenRound{}});
  test::WsClient phone(live.port);
  REQUIRE(phone.handshakeStatus() == 101);
  const auto welcome = joinAs(phone, "Police");
  CHECK(welcome["group"] == "Police");
  const std::string token = welcome["token"];
  CHECK(token.size() == 32); // 128 random bits, hex

  const auto state = phone.waitFor("state");
  REQUIRE(state);
  CHECK((*state)["title"] == "Live");
  CHECK((*state)["round"]["number"] == 1);

  phone.sendJson(answer(11, 1, 2, 4));
  const auto ack = phone.waitFor("ack");
  REQUIRE(ack);
  CHECK((*ack)["id"] == 11);
  const auto stored = replay(live.db.loadEvents(live.session));
  const auto* p = stored.findByToken(token);
  REQUIRE(p != nullptr);
  CHECK(stored.currentRound()->answers.at(p->id)[2] == 4);
}

TEST_CASE("A participant who reconnects with their token is the same participant", "[net][ws]") {
  LiveServer live;
  live.engine.execute({0, OpenRound{}});
  std::string token;
  {
    test::WsClient phone(live.port);
    token = joinAs(phone, "Health")["token"];
    phone.sendJson(answer(1, 1, 0, 5));
    REQUIRE(phone.waitFor("ack"));
  }
  test::WsClient again(live.port);
  const auto welcome = joinAs(again, "", token);
  CHECK(welcome["token"] == token);
  CHECK(welcome["group"] == "Health");
  CHECK(welcome["mine"]["answers"] == json::array({5, -1, -1}));
  again.sendJson(answer(2, 1, 0, 3)); // changing the answer while open
  REQUIRE(again.waitFor("ack"));
  const auto state = live.engine.snapshot()->state;
  CHECK(state.participants.size() == 1);
  CHECK(state.currentRound()->answers.at(1)[0] == 3);
}

TEST_CASE("Results stay on the server until the facilitator reveals them", "[net][ws][privacy]") {
  LiveServer live;
  live.engine.execute({0, SetPrivacyThreshold{1}}); // a room small enough that one answer may be shown
  live.engine.execute({0, OpenRound{}});
  test::WsClient phone(live.port);
  joinAs(phone, "Schools");
  phone.sendJson(answer(1, 1, 0, 2));
  REQUIRE(phone.waitFor("ack"));
  // Every state the participant can get before the reveal lacks results.
  auto state = phone.waitFor("state", std::chrono::milliseconds(600));
  while (state) {
    CHECK_FALSE((*state)["round"].contains("results"));
    state = phone.waitFor("state", std::chrono::milliseconds(300));
  }
  live.engine.execute({0, RevealResults{}});
  const auto revealed = phone.waitFor("state");
  REQUIRE(revealed);
  REQUIRE((*revealed)["round"].contains("results"));
  CHECK((*revealed)["round"]["results"][0]["counts"] == json::array({0, 1, 0, 0, 0}));
}

TEST_CASE("Board updates are coalesced: participants never get one message per vote", "[net][ws][broadcast]") {
  LiveServer live;
  live.engine.execute({0, OpenRound{}});
  constexpr int kPhones = 30;
  std::vector<std::unique_ptr<test::WsClient>> phones;
  for (int i = 0; i < kPhones; ++i) {
    phones.push_back(std::make_unique<test::WsClient>(live.port));
    joinAs(*phones.back(), "Health");
  }
  for (int i = 0; i < kPhones; ++i) {
    phones[static_cast<std::size_t>(i)]->sendJson(answer(1, 1, 0, 1 + i % 5));
  }
  for (auto& phone : phones) {
    REQUIRE(phone->waitFor("ack"));
  }
  // Drain what is left; every phone must end on the final count, in far fewer states than votes.
  for (auto& phone : phones) {
    int lastAnswered = -1;
    while (auto state = phone->waitFor("state", std::chrono::milliseconds(250))) {
      lastAnswered = (*state)["round"]["answered"];
    }
    if (lastAnswered != -1) {
      CHECK(lastAnswered == kPhones);
    }
    CHECK(phone->statesSeen() < kPhones);
  }
  CHECK(live.engine.snapshot()->state.currentRound()->answers.size() == kPhones);
}

TEST_CASE("Bad messages get a clear error and change nothing", "[net][ws][validation]") {
  LiveServer live;
  live.engine.execute({0, OpenRound{}});
  test::WsClient phone(live.port);

  phone.sendJson(answer(1, 1, 0, 3));
  CHECK((*phone.waitFor("error"))["code"] == "not_joined");
  phone.sendJson({{"v", 1}, {"type", "join"}, {"room", "XXXX"}});
  CHECK((*phone.waitFor("error"))["code"] == "wrong_room");
  joinAs(phone, "Health");

  const std::vector<std::pair<std::string, std::string>> cases = {
      {"{not json", "bad_json"},
      {"[1,2,3]", "bad_json"},
      {R"({"type":"answer"})", "bad_version"},
      {R"({"v":2,"type":"answer"})", "bad_version"},
      {R"({"v":1,"type":"launch"})", "unknown_type"},
      {R"({"v":1,"type":"answer","id":1,"round":1,"belief":0,"value":"5"})", "bad_field"},
      {R"({"v":1,"type":"answer","id":1,"round":1,"belief":7,"value":3})", "bad_request"},
      {R"({"v":1,"type":"answer","id":1,"round":1,"belief":0,"value":99})", "bad_request"},
      {R"({"v":1,"type":"answer","id":1,"round":9,"belief":0,"value":3})", "not_open"},
  };
  for (const auto& [text, code] : cases) {
    INFO(text);
    phone.sendText(text);
    const auto error = phone.waitFor("error");
    REQUIRE(error);
    CHECK((*error)["code"] == code);
    CHECK_FALSE((*error)["message"].get<std::string>().empty());
  }
  CHECK(live.engine.snapshot()->state.currentRound()->answers.empty());
}

TEST_CASE("Quick poll answers are acknowledged and results stay hidden until revealed", "[net][ws][poll]") {
  LiveServer live;
  live.engine.execute({0, SetPrivacyThreshold{1}}); // a room small enough that one answer may be shown
  OpenPoll poll;
  poll.question = "Bring in housing?";
  poll.options = {"Yes", "No"};
  REQUIRE_FALSE(live.engine.execute({0, poll}).error);
  test::WsClient phone(live.port);
  const std::string token = joinAs(phone, "Police")["token"];
  const auto state = phone.waitFor("state");
  REQUIRE(state);
  CHECK((*state)["board"] == "poll");
  CHECK((*state)["poll"]["question"] == "Bring in housing?");
  CHECK_FALSE((*state)["poll"].contains("results"));

  phone.sendJson({{"v", 1}, {"type", "poll_answer"}, {"id", 4}, {"poll", 1}, {"choices", {1}}});
  CHECK((*phone.waitFor("ack"))["id"] == 4);
  phone.sendJson({{"v", 1}, {"type", "poll_answer"}, {"id", 5}, {"poll", 1}, {"choices", {0, 1}}});
  const auto refused = phone.waitFor("error");
  REQUIRE(refused);
  CHECK((*refused)["id"] == 5);
  CHECK((*refused)["code"] == "bad_request");
  phone.sendJson({{"v", 1}, {"type", "poll_answer"}, {"id", 6}, {"poll", 1}, {"choices", "yes"}});
  CHECK((*phone.waitFor("error"))["code"] == "bad_field");

  while (auto s = phone.waitFor("state", std::chrono::milliseconds(300))) {
    CHECK_FALSE((*s)["poll"].contains("results"));
  }
  live.engine.execute({0, RevealPoll{}});
  const auto revealed = phone.waitFor("state");
  REQUIRE(revealed);
  CHECK((*revealed)["poll"]["results"]["counts"] == json::array({0, 1}));

  test::WsClient again(live.port); // a reloaded page gets its poll answer back
  const auto welcome = joinAs(again, "", token);
  CHECK(welcome["mine_poll"]["choices"] == json::array({1}));
}

TEST_CASE("Moderated text never reaches a phone: approved statements do", "[net][ws][moderation]") {
  LiveServer live;
  live.engine.execute({0, AddPrompt{"A missed appointment, again", "case", 1, 5, true}});
  live.engine.execute({0, ShowPrompt{1}});
  test::WsClient author(live.port);
  joinAs(author, "Health");
  test::WsClient reader(live.port);
  joinAs(reader, "Police");

  author.sendJson({{"v", 1},
                   {"type", "prompt_answer"},
                   {"id", 1},
                   {"prompt", 1},
                   {"rating", 4},
                   {"note", "Secret words only the room should see"}});
  REQUIRE(author.waitFor("ack"));
  author.sendJson({{"v", 1}, {"type", "statement"}, {"id", 2}, {"text", "Pending words"}});
  REQUIRE(author.waitFor("ack"));
  author.sendJson({{"v", 1}, {"type", "statement"}, {"id", 3}, {"text", "Approved words"}});
  REQUIRE(author.waitFor("ack"));
  author.sendJson({{"v", 1}, {"type", "vote"}, {"id", 4}, {"statement", 2}, {"vote", "agree"}});
  CHECK((*author.waitFor("error"))["code"] == "not_open"); // not approved yet
  author.sendJson({{"v", 1}, {"type", "vote"}, {"id", 5}, {"statement", 1}, {"vote", "maybe"}});
  CHECK((*author.waitFor("error"))["code"] == "bad_field");

  live.engine.execute({0, ApproveStatement{2}});
  live.engine.execute({0, HideStatement{1}});
  // Notes are for the projector only; pending and hidden statements for the console only.
  std::optional<json> last;
  while (auto s = reader.waitFor("state", std::chrono::milliseconds(400))) {
    last = s;
    const auto text = s->dump();
    CHECK(text.find("Secret words") == std::string::npos);
    CHECK(text.find("Pending words") == std::string::npos);
  }
  REQUIRE(last);
  REQUIRE((*last)["difference"]["statements"].size() == 1);
  CHECK((*last)["difference"]["statements"][0]["text"] == "Approved words");
  CHECK((*last)["difference"]["prompt"]["answered"] == 1);

  reader.sendJson({{"v", 1}, {"type", "vote"}, {"id", 6}, {"statement", 2}, {"vote", "disagree"}});
  CHECK((*reader.waitFor("ack"))["id"] == 6);
  live.engine.execute({0, HideStatement{2}});
  // A board update for the vote may still be on its way; the one after the hiding must show none.
  bool hidden = false;
  while (auto after = reader.waitFor("state", std::chrono::milliseconds(1000))) {
    if ((*after)["difference"]["statements"].empty()) {
      hidden = true;
      break;
    }
  }
  CHECK(hidden);
  reader.sendJson({{"v", 1}, {"type", "vote"}, {"id", 7}, {"statement", 2}, {"vote", "agree"}});
  CHECK((*reader.waitFor("error"))["code"] == "not_open");
}
