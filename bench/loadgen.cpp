// A load generator: N simulated participants over real WebSockets on loopback. They join, answer a
// belief check within one second (each at a random moment), raise a flag, and some drop their
// connection and come back with the same token. It prints join time, answer-to-acknowledgement
// latency, answer-to-view latency for every other participant, the server's memory and CPU (when
// given its process id), and the counts acknowledged and shown. Not a test: a measurement.
//
// Connections come from many loopback addresses (127.0.0.1 to 127.0.x.y) so the server's limit
// of connections per address is measured as it would be in a room, not tripped by one address.
//
// Incoming messages are recognised by a few fixed substrings rather than parsed in full, so that
// the generator, which shares the machine with the server, spends as little CPU as it can.
#include "loadgen_parts.hpp"

#include <asio.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

using namespace balcony::bench;

struct Shared {
  int joined = 0;
  int connectFailures = 0;
  int errors = 0;
  std::map<std::string, int> errorCodes;
  Histogram join;
  Histogram ack;
  Histogram flagAck;
  Histogram rejoin;
  int acked = 0;
  int flagsAcked = 0;
  int rejoined = 0;
  int rejoinedWithAnswer = 0;
  int dropped = 0;        // connections the server closed
  bool measuring = false; // record view changes from now on
};

class Client : public std::enable_shared_from_this<Client> {
public:
  Client(asio::io_context& io, Shared& shared, int index, asio::ip::tcp::endpoint server, std::string room)
      : m_io(io), m_socket(io), m_timer(io), m_shared(shared), m_index(index), m_server(server),
        m_room(std::move(room)) {}

  void connect() {
    const asio::ip::address_v4 local(0x7F000000u + 1u + static_cast<unsigned>(m_index / 60)); // 60 per address
    m_socket = asio::ip::tcp::socket(m_io);
    m_socket.open(asio::ip::tcp::v4());
    std::error_code ec;
    m_socket.bind(asio::ip::tcp::endpoint(local, 0), ec);
    m_upgraded = false;
    m_welcomed = false;
    m_in.clear();
    m_out.clear();
    m_start = Clock::now();
    m_socket.async_connect(m_server, [self = shared_from_this(), generation = m_generation](std::error_code e) {
      if (generation != self->m_generation) return;
      if (e) {
        ++self->m_shared.connectFailures;
        return;
      }
      self->send("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(self->m_server.port()) +
                 "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
      self->read();
    });
  }

  void answerAt(Clock::time_point when, int round) {
    m_round = round;
    m_timer.expires_at(when);
    m_timer.async_wait([self = shared_from_this()](std::error_code e) {
      if (!e) self->answer();
    });
  }

  void flag() {
    m_flagSent = Clock::now();
    send(frame(R"({"v":1,"type":"flag","id":2,"kind":"circles"})"));
  }

  // Drops the connection without a goodbye, as a phone leaving the Wi-Fi does, then returns with
  // the same token and sends its answer again in case the acknowledgement had been lost.
  void dropAndReturn() {
    ++m_generation;
    std::error_code ec;
    m_socket.close(ec);
    m_returning = true;
    connect();
  }

  bool joined() const { return m_welcomed; }
  int index() const { return m_index; }
  Clock::time_point sent() const { return m_sent; }
  std::optional<Clock::time_point> ackedAt() const { return m_ackedAt; }
  long ackVersion() const { return m_ackVersion; }
  long answeredSeen() const { return m_answeredSeen; }
  const std::vector<std::pair<Clock::time_point, long>>& views() const { return m_views; }

private:
  void answer() {
    m_answered = true;
    m_sent = Clock::now();
    send(frame(R"({"v":1,"type":"answer","id":1,"round":)" + std::to_string(m_round) + R"(,"belief":0,"value":)" +
               std::to_string(1 + m_index % 5) + "}"));
  }
  void send(std::string bytes) {
    m_out.push_back(std::move(bytes));
    if (m_out.size() == 1) write();
  }
  void write() {
    asio::async_write(m_socket, asio::buffer(m_out.front()),
                      [self = shared_from_this(), generation = m_generation](std::error_code e, std::size_t) {
                        if (e || generation != self->m_generation) return;
                        self->m_out.erase(self->m_out.begin());
                        if (!self->m_out.empty()) self->write();
                      });
  }
  void read() {
    m_socket.async_read_some(asio::buffer(m_buf),
                             [self = shared_from_this(), generation = m_generation](std::error_code e, std::size_t n) {
                               if (generation != self->m_generation) return;
                               if (e) {
                                 ++self->m_shared.dropped;
                                 return;
                               }
                               self->m_in.append(self->m_buf.data(), n);
                               self->parse();
                               self->read();
                             });
  }
  void parse() {
    if (!m_upgraded) {
      const auto end = m_in.find("\r\n\r\n");
      if (end == std::string::npos) return;
      m_upgraded = m_in.starts_with("HTTP/1.1 101");
      m_in.erase(0, end + 4);
      if (!m_upgraded) {
        ++m_shared.errors;
        ++m_shared.errorCodes["upgrade refused"];
        return;
      }
      const std::string token = m_token.empty() ? "" : R"(,"token":")" + m_token + "\"";
      send(frame(R"({"v":1,"type":"join","room":")" + m_room + R"(","group":"Health")" + token + "}"));
    }
    for (;;) {
      if (m_in.size() < 2) return;
      const auto op = static_cast<std::uint8_t>(m_in[0]) & 0x0F;
      std::size_t len = static_cast<std::uint8_t>(m_in[1]) & 0x7F;
      std::size_t head = 2;
      if (len == 126) {
        if (m_in.size() < 4) return;
        len = (static_cast<std::size_t>(static_cast<std::uint8_t>(m_in[2])) << 8) | static_cast<std::uint8_t>(m_in[3]);
        head = 4;
      } else if (len == 127) {
        if (m_in.size() < 10) return;
        len = 0;
        for (int i = 2; i < 10; ++i)
          len = (len << 8) | static_cast<std::uint8_t>(m_in[static_cast<std::size_t>(i)]);
        head = 10;
      }
      if (m_in.size() < head + len) return;
      const std::string payload = m_in.substr(head, len);
      m_in.erase(0, head + len);
      if (op == 0x9) {
        send(frame(payload, 0xA));
      } else if (op == 0x1) {
        handle(payload);
      }
    }
  }
  void handle(const std::string& m) {
    const auto now = Clock::now();
    if (m.find(R"("type":"state")") != std::string::npos) {
      if (m_shared.measuring) {
        if (const auto answered = numberAfter(m, "answered", R"("round":{)")) m_answeredSeen = *answered;
        if (const auto version = numberAfter(m, "state_version")) {
          if (m_views.empty() || m_views.back().second < *version) m_views.emplace_back(now, *version);
        }
      }
    } else if (m.find(R"("type":"ack")") != std::string::npos) {
      if (numberAfter(m, "id") == 2) {
        ++m_shared.flagsAcked;
        m_shared.flagAck.add(ms(now - m_flagSent));
      } else if (!m_ackedAt) {
        m_ackedAt = now;
        m_ackVersion = numberAfter(m, "state_version").value_or(0);
        ++m_shared.acked;
        m_shared.ack.add(ms(now - m_sent));
      }
    } else if (m.find(R"("type":"welcome")") != std::string::npos) {
      if (m_welcomed) return;
      m_welcomed = true;
      if (m_returning) {
        ++m_shared.rejoined;
        m_shared.rejoin.add(ms(now - m_start));
        if (m.find(R"("mine":{)") != std::string::npos) ++m_shared.rejoinedWithAnswer;
        if (m_answered) answer(); // the same answer again: it must not count twice
      } else {
        m_token = stringAfter(m, "token");
        ++m_shared.joined;
        m_shared.join.add(ms(now - m_start));
      }
    } else if (m.find(R"("type":"error")") != std::string::npos) {
      ++m_shared.errors;
      ++m_shared.errorCodes[stringAfter(m, "code")];
    }
  }

  asio::io_context& m_io;
  asio::ip::tcp::socket m_socket;
  asio::steady_timer m_timer;
  Shared& m_shared;
  int m_index;
  asio::ip::tcp::endpoint m_server;
  std::string m_room;
  std::string m_token;
  std::array<char, 16384> m_buf{};
  std::string m_in;
  std::vector<std::string> m_out;
  int m_generation = 0;
  int m_round = 1;
  bool m_upgraded = false;
  bool m_welcomed = false;
  bool m_returning = false;
  bool m_answered = false;
  Clock::time_point m_start{};
  Clock::time_point m_sent{};
  Clock::time_point m_flagSent{};
  std::optional<Clock::time_point> m_ackedAt;
  long m_ackVersion = 0;   // the first board state that includes this phone's answer
  long m_answeredSeen = 0; // the count of answers in the latest board state this phone has
  std::vector<std::pair<Clock::time_point, long>> m_views; // when each newer board state arrived
};

template <typename Done> void runUntil(asio::io_context& io, Done done, std::chrono::seconds limit) {
  const auto start = Clock::now();
  while (!done() && Clock::now() - start < limit) {
    io.restart();
    io.run_for(std::chrono::milliseconds(5));
  }
}

} // namespace

int main(int argc, char** argv) {
  const auto parsed = parse(argc, argv);
  if (!parsed) {
    usageText();
    return 1;
  }
  const Options& o = *parsed;
  const int n = o.participants;
  asio::io_context io;
  Shared shared;
  const asio::ip::tcp::endpoint server(asio::ip::make_address("127.0.0.1"), o.port);
  std::vector<std::shared_ptr<Client>> clients;

  const auto before = usage(o.serverPid);
  const auto joinStart = Clock::now();
  for (int i = 0; i < n; ++i) {
    clients.push_back(std::make_shared<Client>(io, shared, i, server, o.room));
    clients.back()->connect();
    if (i % 200 == 199) { // do not flood the accept queue
      io.restart();
      io.run_for(std::chrono::milliseconds(20));
    }
  }
  runUntil(
      io, [&] { return shared.joined + shared.connectFailures + shared.errors >= n; }, std::chrono::seconds(60));
  const double joinMs = ms(Clock::now() - joinStart);
  runUntil(
      io, [] { return false; }, std::chrono::seconds(1)); // let the server settle before measuring it
  const auto joinedUsage = usage(o.serverPid);
  const double perConnection =
      shared.joined > 0 ? static_cast<double>(joinedUsage.rssKiB - before.rssKiB) / shared.joined : 0.0;
  std::printf("joined %d of %d in %.0f ms: join p50 %.1f ms, p99 %.1f ms; connect failures %d\n", shared.joined, n,
              joinMs, shared.join.percentile(50), shared.join.percentile(99), shared.connectFailures);
  if (o.serverPid > 0) {
    std::printf("server memory: %ld KiB before, %ld KiB with %d connected: %.1f KiB per connection\n", before.rssKiB,
                joinedUsage.rssKiB, shared.joined, perConnection);
  }
  if (o.idle) {
    std::printf("holding %d idle connections for %d s...\n", shared.joined, o.holdSeconds);
    std::fflush(stdout);
    io.restart();
    io.run_for(std::chrono::seconds(o.holdSeconds));
    const auto held = usage(o.serverPid);
    std::printf("RESULT participants=%d joined=%d errors=%d dropped=%d join_p99_ms=%.1f kib_per_connection=%.1f "
                "server_cpu_idle_s=%.3f\n",
                n, shared.joined, shared.errors, shared.dropped, shared.join.percentile(99), perConnection,
                held.cpuSeconds - joinedUsage.cpuSeconds);
    return shared.joined == n && shared.dropped == 0 ? 0 : 2;
  }

  // Every participant answers once at a random moment within the spread.
  shared.measuring = true;
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> offset(0, std::max(0, o.spreadMs - 1));
  const auto burstStart = Clock::now() + std::chrono::milliseconds(20);
  int answering = 0;
  const int wanted = o.answering < 0 ? n : std::clamp(o.answering, 1, n);
  for (int i = 0; i < wanted; ++i) { // spread over the room
    auto& c = clients[static_cast<std::size_t>(static_cast<long>(i) * n / wanted)];
    if (c->joined()) {
      c->answerAt(burstStart + std::chrono::milliseconds(wanted == 1 ? 0 : offset(rng)), o.round);
      ++answering;
    }
  }
  auto allSeen = [&] {
    for (const auto& c : clients) {
      if (c->joined() && c->answeredSeen() < answering) return false;
    }
    return true;
  };
  runUntil(
      io, [&] { return shared.acked + shared.errors >= answering && allSeen(); }, std::chrono::seconds(60));
  const auto afterBurst = usage(o.serverPid);
  const double burstMs = ms(Clock::now() - burstStart);

  // Answer to view: the acknowledgement names the first board state that includes the answer, and
  // every state names its version, so for each answer and each other phone the moment it was shown
  // is the arrival of the first state at least that new.
  Histogram view;
  std::uint64_t notShown = 0;
  std::uint64_t beforeSent = 0; // impossible if the server is right; counted, not hidden
  for (const auto& answer : clients) {
    if (!answer->ackedAt()) continue;
    for (const auto& viewer : clients) {
      if (!viewer->joined() || viewer->index() == answer->index()) continue; // other participants' views
      const auto& v = viewer->views();
      const auto it = std::lower_bound(
          v.begin(), v.end(), answer->ackVersion(),
          [](const std::pair<Clock::time_point, long>& s, long version) { return s.second < version; });
      if (it == v.end()) {
        ++notShown;
      } else if (it->first < answer->sent()) {
        ++beforeSent;
      } else {
        view.add(ms(it->first - answer->sent()));
      }
    }
  }
  std::printf("answers: %d sent within %d ms, %d acknowledged, %d errors; ack p50 %.1f ms, p99 %.1f ms\n", answering,
              o.spreadMs, shared.acked, shared.errors, shared.ack.percentile(50), shared.ack.percentile(99));
  std::printf("answer shown on every other phone: %llu views, p50 %.1f ms, p99 %.1f ms; %llu never shown%s\n",
              static_cast<unsigned long long>(view.count()), view.percentile(50), view.percentile(99),
              static_cast<unsigned long long>(notShown), beforeSent > 0 ? " (and some shown before sent!)" : "");
  const double cpu = afterBurst.cpuSeconds - joinedUsage.cpuSeconds;
  if (o.serverPid > 0) {
    std::printf("server CPU for the answers: %.2f s over %.0f ms (%.0f%% of one core)\n", cpu, burstMs,
                100.0 * cpu / (burstMs / 1000.0));
  }

  if (o.flags) {
    int raised = 0;
    for (auto& c : clients) {
      if (c->joined()) {
        c->flag();
        ++raised;
      }
    }
    runUntil(
        io, [&] { return shared.flagsAcked >= raised; }, std::chrono::seconds(30));
    std::printf("flags: %d raised, %d acknowledged; ack p50 %.1f ms, p99 %.1f ms\n", raised, shared.flagsAcked,
                shared.flagAck.percentile(50), shared.flagAck.percentile(99));
  }

  const int returning = n * o.reconnectPercent / 100;
  const int ackedBefore = shared.acked;
  if (returning > 0) {
    for (int i = 0; i < returning; ++i) {
      clients[static_cast<std::size_t>(i * n / returning)]->dropAndReturn();
    }
    runUntil(
        io, [&] { return shared.rejoined >= returning; }, std::chrono::seconds(30));
    runUntil(
        io, [] { return false; }, std::chrono::seconds(1)); // the repeated answers are acknowledged
    std::printf("returned after a dropped connection: %d of %d, rejoin p50 %.1f ms, p99 %.1f ms; %d found their "
                "answer kept\n",
                shared.rejoined, returning, shared.rejoin.percentile(50), shared.rejoin.percentile(99),
                shared.rejoinedWithAnswer);
  }
  for (const auto& [code, count] : shared.errorCodes) {
    std::printf("error %s: %d\n", code.c_str(), count);
  }
  std::printf("RESULT participants=%d joined=%d join_p99_ms=%.1f kib_per_connection=%.1f acked=%d errors=%d "
              "ack_p50_ms=%.1f ack_p99_ms=%.1f view_p50_ms=%.1f view_p99_ms=%.1f not_shown=%llu "
              "server_cpu_s=%.2f burst_ms=%.0f flag_ack_p99_ms=%.1f rejoined=%d rejoin_p99_ms=%.1f\n",
              n, shared.joined, shared.join.percentile(99), perConnection, ackedBefore, shared.errors,
              shared.ack.percentile(50), shared.ack.percentile(99), view.percentile(50), view.percentile(99),
              static_cast<unsigned long long>(notShown), cpu, burstMs, shared.flagAck.percentile(99), shared.rejoined,
              shared.rejoin.percentile(99));
  const bool ok = shared.joined == n && ackedBefore == answering && notShown == 0 && beforeSent == 0 &&
                  shared.rejoined == returning;
  return ok ? 0 : 2;
}
