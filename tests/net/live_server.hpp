// A real server on 127.0.0.1, port 0, with a real engine and database, for the server tests; and
// the messages they send.
#pragma once

#include "balcony/engine/engine.hpp"
#include "balcony/net/server.hpp"
#include "test_support.hpp"
#include "test_ws_client.hpp"

#include <catch2/catch.hpp>

#include <thread>

namespace balcony::test {

using core::CreateSession;
using core::Millis;
using core::SnapshotPtr;
using nlohmann::json;

struct LiveServer {
  TempDir dir;
  store::Store db{dir.path() / "balcony.sqlite"};
  store::SessionId session = db.createSession(1);
  engine::Engine engine{db, session, [] { return Millis{1'700'000'000'000}; }};
  asio::io_context io;
  net::Server server;
  std::uint16_t port = 0;
  std::thread thread;

  explicit LiveServer(net::Limits limits = {}, std::vector<std::string> endedRoomCodes = {})
      : server(io, engine.participants(), limits) {
    server.setEndedRoomCodes(std::move(endedRoomCodes));
    engine.addListener([this](const SnapshotPtr& s) { server.publish(s); });
    engine.start();
    REQUIRE_FALSE(engine.execute({0, CreateSession{"Live", "ROOM", {"Health", "Police", "Schools"}}}).error);
    port = server.listen("127.0.0.1", 0);
    thread = std::thread([this] { io.run(); });
  }
  // The Host header of a request for this server.
  std::string host() const { return "127.0.0.1:" + std::to_string(port); }
  ~LiveServer() {
    server.stop();
    thread.join();
    engine.stop();
  }
};

inline json joinAs(WsClient& client, const std::string& group, const std::string& token = "") {
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

inline json answer(int id, int round, int belief, int value) {
  return {{"v", 1}, {"type", "answer"}, {"id", id}, {"round", round}, {"belief", belief}, {"value", value}};
}

} // namespace balcony::test
