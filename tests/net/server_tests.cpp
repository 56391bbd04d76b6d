// The real server on 127.0.0.1, port 0, with a real engine and database, through real sockets.
#include "balcony/net/server.hpp"
#include "balcony/engine/engine.hpp"
#include "test_support.hpp"
#include "socket_wait.hpp"
#include "test_ws_client.hpp"

#include <asio/write.hpp>
#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

using namespace balcony;
using namespace balcony::core;
using nlohmann::json;

namespace {

struct LiveServer {
  test::TempDir dir;
  store::Store db{dir.path() / "balcony.sqlite"};
  store::SessionId session = db.createSession(1);
  engine::Engine engine{db, session, [] { return Millis{1'700'000'000'000}; }};
  asio::io_context io;
  net::Server server;
  std::uint16_t port = 0;
  std::thread thread;

  explicit LiveServer(net::Limits limits = {}) : server(io, engine.participants(), limits) {
    engine.addListener([this](const SnapshotPtr& s) { server.publish(s); });
    engine.start();
    REQUIRE_FALSE(engine.execute({0, CreateSession{"Live", "ROOM", {"Health", "Police", "Schools"}}}).error);
    port = server.listen("127.0.0.1", 0);
    thread = std::thread([this] { io.run(); });
  }
  ~LiveServer() {
    server.stop();
    thread.join();
    engine.stop();
  }
};

json joinAs(test::WsClient& client, const std::string& group, const std::string& token = "") {
  json msg = {{"v", 1}, {"type", "join"}, {"room", "ROOM"}};
  if (!token.empty()) {
    msg["token"] = token;
  }
  if (!group.empty()) {
    msg["group"] = group;
  }
  client.sendJson(msg);
  auto welcome = client.waitFor("welcome");
  REQUIRE(welcome);
  return *welcome;
}

json answer(int id, int round, int belief, int value) {
  return {{"v", 1}, {"type", "answer"}, {"id", id}, {"round", round}, {"belief", belief}, {"value", value}};
}

} // namespace

TEST_CASE("The participant page is served with a strict security policy", "[net][http]") {
  LiveServer live;
  const auto page = test::httpRequest(live.port, "GET /?room=ROOM HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  CHECK_THAT(page, Catch::StartsWith("HTTP/1.1 200 OK"));
  CHECK_THAT(page, Catch::Contains("Content-Security-Policy: default-src 'none'; script-src 'self'"));
  CHECK_THAT(page, Catch::Contains("<script src=\"app.js\" defer></script>"));
  CHECK_THAT(test::httpRequest(live.port, "GET /app.js HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
             Catch::Contains("Content-Type: text/javascript"));

  SECTION("only known files, only GET and HEAD") {
    CHECK_THAT(test::httpRequest(live.port, "GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
               Catch::StartsWith("HTTP/1.1 404"));
    CHECK_THAT(test::httpRequest(live.port, "DELETE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
               Catch::StartsWith("HTTP/1.1 405"));
    const auto head = test::httpRequest(live.port, "HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    CHECK_THAT(head, Catch::StartsWith("HTTP/1.1 200"));
    CHECK(head.find("<html") == std::string::npos);
  }
  SECTION("malformed and oversized requests get the right status and a plain reason") {
    CHECK_THAT(test::httpRequest(live.port, "NONSENSE\r\n\r\n"), Catch::StartsWith("HTTP/1.1 400"));
    const std::string longUrl(5000, 'a');
    CHECK_THAT(test::httpRequest(live.port, "GET /" + longUrl + " HTTP/1.1\r\nHost: x\r\n\r\n"),
               Catch::StartsWith("HTTP/1.1 414"));
    const std::string bigHeader = "X-Big: " + std::string(9000, 'b') + "\r\n";
    CHECK_THAT(test::httpRequest(live.port, "GET / HTTP/1.1\r\nHost: x\r\n" + bigHeader + "\r\n"),
               Catch::StartsWith("HTTP/1.1 431"));
    CHECK_THAT(test::httpRequest(live.port, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"),
               Catch::StartsWith("HTTP/1.1 413"));
  }
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

TEST_CASE("A phone that says goodbye gets its close answered and is gone at once", "[net][ws][close]") {
  LiveServer live;
  test::WsClient phone(live.port);
  joinAs(phone, "Health");
  CHECK(live.server.stats().participants == 1);
  phone.sendFrame(0x8, std::string("\x03\xE9", 2)); // 1001: going away, as a page being left sends
  CHECK(phone.waitForClose() == 1001);
  CHECK(phone.closedWithin(std::chrono::milliseconds(1000)));
  for (int i = 0; i < 100 && live.engine.snapshot()->present != 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  CHECK(live.server.stats().participants == 0);
  CHECK(live.engine.snapshot()->present == 0);

  test::WsClient rude(live.port);
  rude.sendFrame(0x1, "x", false); // unmasked: closed with 1002, and then the connection ends
  CHECK(rude.waitForClose() == 1002);
  CHECK(rude.closedWithin(std::chrono::milliseconds(1000)));
}

TEST_CASE("Protocol violations close that connection with the right code while others carry on",
          "[net][ws][protocol]") {
  LiveServer live;
  live.engine.execute({0, OpenRound{}});
  test::WsClient bystander(live.port);
  joinAs(bystander, "Police");

  SECTION("unmasked frame: protocol error") {
    test::WsClient bad(live.port);
    bad.sendFrame(0x1, R"({"v":1})", false);
    CHECK(bad.waitForClose() == 1002);
  }
  SECTION("unknown opcode: protocol error") {
    test::WsClient bad(live.port);
    bad.sendFrame(0x3, "x");
    CHECK(bad.waitForClose() == 1002);
  }
  SECTION("invalid UTF-8: invalid payload") {
    test::WsClient bad(live.port);
    bad.sendText("\xC3\x28");
    CHECK(bad.waitForClose() == 1007);
  }
  SECTION("oversized message: too big") {
    test::WsClient bad(live.port);
    bad.sendText(std::string(5000, ' '));
    CHECK(bad.waitForClose() == 1009);
  }
  SECTION("binary message: unsupported data") {
    test::WsClient bad(live.port);
    bad.sendFrame(0x2, "\x01\x02");
    CHECK(bad.waitForClose() == 1003);
  }
  SECTION("another site's page may not connect") {
    test::WsClient bad(live.port, "http://evil.example");
    CHECK(bad.handshakeStatus() == 403);
  }
  bystander.sendJson(answer(3, 1, 1, 5));
  CHECK(bystander.waitFor("ack"));
}

TEST_CASE("A participant who floods is slowed down without affecting others", "[net][ws][limits]") {
  net::Limits limits;
  limits.messagesPerSecond = 5;
  limits.messageBurst = 5;
  LiveServer live(limits);
  live.engine.execute({0, OpenRound{}});
  test::WsClient flooder(live.port);
  joinAs(flooder, "Health");
  for (int i = 0; i < 20; ++i) {
    flooder.sendJson(answer(100 + i, 1, 0, 1 + i % 5));
  }
  bool limited = false;
  while (auto error = flooder.waitFor("error", std::chrono::milliseconds(500))) {
    limited = limited || (*error)["code"] == "rate_limited";
  }
  CHECK(limited);
  test::WsClient other(live.port);
  joinAs(other, "Police");
  other.sendJson(answer(1, 1, 0, 4));
  CHECK(other.waitFor("ack"));
}

TEST_CASE("Connections per address are capped", "[net][limits]") {
  net::Limits limits;
  limits.maxConnectionsPerAddress = 2;
  LiveServer live(limits);
  test::WsClient a(live.port);
  test::WsClient b(live.port);
  test::WsClient c(live.port);
  CHECK(a.handshakeStatus() == 101);
  CHECK(b.handshakeStatus() == 101);
  CHECK(c.handshakeStatus() == 0); // closed before any response
  CHECK(live.server.stats().rejectedConnections == 1);
}

TEST_CASE("A slowloris from one address does not stop others joining, and its connections time out",
          "[net][limits][abuse]") {
  net::Limits limits;
  limits.maxConnectionsPerAddress = 8;
  limits.headerTimeout = std::chrono::milliseconds(600);
  LiveServer live(limits);
  live.engine.execute({0, OpenRound{}});

  // Eight connections that send a request line and then a header byte now and then, never ending it.
  asio::io_context io;
  std::vector<asio::ip::tcp::socket> slow;
  for (int i = 0; i < 8; ++i) {
    slow.emplace_back(io);
    slow.back().connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), live.port));
    asio::write(slow.back(), asio::buffer(std::string("GET / HTTP/1.1\r\nX-Slow: ")));
  }
  std::atomic<bool> trickling{true};
  std::thread trickle([&] {
    while (trickling) {
      for (auto& s : slow) {
        std::error_code ec;
        asio::write(s, asio::buffer("x", 1), ec);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });
  test::WsClient ninth(live.port); // the same address: over its cap
  CHECK(ninth.handshakeStatus() == 0);

  // Someone else in the room joins and answers while the slow connections hang on.
  const auto start = std::chrono::steady_clock::now();
  test::WsClient phone(live.port, "", "127.0.0.2");
  REQUIRE(phone.handshakeStatus() == 101);
  joinAs(phone, "Health");
  phone.sendJson(answer(1, 1, 0, 4));
  CHECK(phone.waitFor("ack"));
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(500));

  // However slowly the bytes keep coming, the header deadline ends each slow connection.
  std::this_thread::sleep_for(std::chrono::milliseconds(900));
  trickling = false;
  trickle.join();
  int ended = 0;
  for (auto& s : slow) {
    char buf[512];
    test::ReceiveResult got;
    while ((got = test::receiveWithin(s, buf, sizeof buf, std::chrono::seconds(2))).what == test::Received::Data) {
    }
    ended += got.what == test::Received::Closed || got.what == test::Received::Reset ? 1 : 0;
  }
  CHECK(ended == 8);
  test::WsClient again(live.port); // the address may connect again
  CHECK(again.handshakeStatus() == 101);
}

TEST_CASE("A phone that stops answering pings is dropped; one that answers stays", "[net][limits][ping]") {
  net::Limits limits;
  limits.pingInterval = std::chrono::milliseconds(100);
  limits.idleTimeout = std::chrono::milliseconds(350);
  LiveServer live(limits);
  test::WsClient gone(live.port);
  joinAs(gone, "Health");
  test::WsClient present(live.port, "", "127.0.0.2");
  joinAs(present, "Police");
  // `present` reads, and so answers every ping, for a second; `gone` reads nothing meanwhile.
  CHECK_FALSE(present.closedWithin(std::chrono::milliseconds(1000)));
  CHECK(gone.closedWithin(std::chrono::milliseconds(100)));
  CHECK(live.server.stats().participants == 1);
}

TEST_CASE("A phone that stops reading is dropped; the others keep getting the board", "[net][limits][slow]") {
  net::Limits limits;
  limits.pingInterval = std::chrono::milliseconds(100);
  limits.writeTimeout = std::chrono::milliseconds(300);
  limits.idleTimeout = std::chrono::seconds(30); // the stuck phone keeps sending pongs' worth of nothing
  LiveServer live(limits);
  // A phone whose browser has frozen: a tiny receive window, and nothing read after joining.
  test::WsClient stuck(live.port, "", "", 1024);
  joinAs(stuck, "Health");
  test::WsClient reader(live.port, "", "127.0.0.2");
  joinAs(reader, "Police");
  // Board updates the frozen phone cannot take: a long title changed again and again.
  for (int i = 0; i < 400 && live.server.stats().participants == 2; ++i) {
    live.engine.execute({0, RetitleSession{std::to_string(i) + std::string(190, 'w')}});
    reader.waitFor("state", std::chrono::milliseconds(50)); // keeps reading, as a live phone does
    std::this_thread::sleep_for(std::chrono::milliseconds(12));
  }
  CHECK(live.server.stats().participants == 1); // the frozen phone was let go
  live.engine.execute({0, RetitleSession{"After"}});
  bool sawLatest = false;
  while (auto state = reader.waitFor("state", std::chrono::milliseconds(1000))) {
    if ((*state)["title"] == "After") {
      sawLatest = true;
      break;
    }
  }
  CHECK(sawLatest);
}

TEST_CASE("A flood of pings gets a bounded number of pongs, and a message begun must be finished",
          "[net][limits][abuse]") {
  net::Limits limits;
  limits.pingInterval = std::chrono::milliseconds(100);
  limits.headerTimeout = std::chrono::milliseconds(400);
  LiveServer live(limits);

  SECTION("pings count against the rate, with one pong waiting at most") {
    test::WsClient pinger(live.port);
    const auto started = std::chrono::steady_clock::now();
    for (int i = 0; i < 2000; ++i) {
      pinger.sendFrame(0x9, "p");
    }
    int pongs = 0;
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(600);
    while (std::chrono::steady_clock::now() < until) { // the server's own pings arrive too
      if (auto frame = pinger.readFrame(std::chrono::milliseconds(100))) {
        pongs += frame->opcode == 0xA ? 1 : 0;
      }
    }
    // The burst, and what the rate refilled while the pings were written and read (longer where
    // each write is slower, under Wine say); never anywhere near the 2,000 sent.
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
    const double allowed = limits.messageBurst + limits.messagesPerSecond * took.count() + 1;
    CHECK(pongs >= 1);
    CHECK(pongs <= allowed);
    CHECK(allowed < 200);
  }
  SECTION("a frame trickled a byte at a time is cut off at the deadline") {
    test::WsClient trickler(live.port);
    const std::string frame = "\x81\xFE\x01\x00" + std::string(4, '\0') + std::string(256, ' ');
    const auto start = std::chrono::steady_clock::now();
    bool closed = false;
    for (std::size_t i = 0; i < frame.size() && !closed; ++i) {
      trickler.sendRaw(frame.substr(i, 1)); // each byte keeps the idle timer happy
      closed = trickler.closedWithin(std::chrono::milliseconds(50));
    }
    CHECK(closed);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
  }
}

TEST_CASE("Quick poll answers are acknowledged and results stay hidden until revealed", "[net][ws][poll]") {
  LiveServer live;
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

TEST_CASE("Moderated text never reaches a phone; approved statements do", "[net][ws][moderation]") {
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
