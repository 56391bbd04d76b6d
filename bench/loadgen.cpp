// A load generator: N simulated participants over real WebSockets on loopback, joining and
// answering a belief check at once. Prints join time, answer-to-acknowledgement latency and the
// time until every participant's view shows every answer. Not a test: a measurement.
//
// Connections come from many loopback addresses (127.0.0.1 to 127.0.x.y) so the server's limit
// of connections per address is measured as it would be in a room, not tripped by one address.
#include <asio.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

double ms(Clock::duration d) {
  return std::chrono::duration<double, std::milli>(d).count();
}

std::string frame(const std::string& payload, std::uint8_t opcode = 0x1) {
  static std::mt19937 rng(7);
  std::string f;
  f += static_cast<char>(0x80 | opcode);
  const auto n = payload.size();
  if (n < 126) {
    f += static_cast<char>(0x80 | n);
  } else {
    f += static_cast<char>(0x80 | 126);
    f += static_cast<char>((n >> 8) & 0xFF);
    f += static_cast<char>(n & 0xFF);
  }
  char key[4];
  for (auto& k : key)
    k = static_cast<char>(rng() & 0xFF);
  f.append(key, 4);
  for (std::size_t i = 0; i < n; ++i)
    f += static_cast<char>(payload[i] ^ key[i % 4]);
  return f;
}

struct Stats {
  std::vector<double> join;
  std::vector<double> ack;
  std::vector<double> view; // from the last answer sent to this client's first view with all answers
  int acked = 0;
  int errors = 0;
  int joined = 0;
  int connectFailures = 0;
  Clock::time_point burstEnd{};
  int expected = 0;
};

class Client : public std::enable_shared_from_this<Client> {
public:
  Client(asio::io_context& io, Stats& stats, int index, asio::ip::tcp::endpoint server, std::string room)
      : m_socket(io), m_stats(stats), m_index(index), m_server(server), m_room(std::move(room)) {}

  void start() {
    const asio::ip::address_v4 local(0x7F000000u + 1u + static_cast<unsigned>(m_index / 60)); // 60 per address
    m_socket.open(asio::ip::tcp::v4());
    std::error_code ec;
    m_socket.bind(asio::ip::tcp::endpoint(local, 0), ec);
    m_start = Clock::now();
    m_socket.async_connect(m_server, [self = shared_from_this()](std::error_code e) {
      if (e) {
        ++self->m_stats.connectFailures;
        return;
      }
      self->send("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
      self->read();
    });
  }

  void answer(int round) {
    m_sent = Clock::now();
    send(
        frame(json{{"v", 1}, {"type", "answer"}, {"id", 1}, {"round", round}, {"belief", 0}, {"value", 1 + m_index % 5}}
                  .dump()));
  }

  bool joined() const { return m_joined; }

private:
  void send(std::string bytes) {
    m_out.push_back(std::move(bytes));
    if (m_out.size() == 1) write();
  }
  void write() {
    asio::async_write(m_socket, asio::buffer(m_out.front()),
                      [self = shared_from_this()](std::error_code e, std::size_t) {
                        if (e) return;
                        self->m_out.erase(self->m_out.begin());
                        if (!self->m_out.empty()) self->write();
                      });
  }
  void read() {
    m_socket.async_read_some(asio::buffer(m_buf), [self = shared_from_this()](std::error_code e, std::size_t n) {
      if (e) return;
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
        ++m_stats.errors;
        return;
      }
      send(frame(json{{"v", 1}, {"type", "join"}, {"room", m_room}, {"group", "Health"}}.dump()));
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
        handle(json::parse(payload, nullptr, false));
      }
    }
  }
  void handle(const json& m) {
    if (m.is_discarded()) return;
    const auto type = m.value("type", "");
    if (type == "welcome" && !m_joined) {
      m_joined = true;
      ++m_stats.joined;
      m_stats.join.push_back(ms(Clock::now() - m_start));
    } else if (type == "ack") {
      ++m_stats.acked;
      m_stats.ack.push_back(ms(Clock::now() - m_sent));
    } else if (type == "error") {
      ++m_stats.errors;
    } else if (type == "state" && !m_sawAll && m_stats.expected > 0 && m.contains("round") && m["round"].is_object() &&
               m["round"].value("answered", 0) >= m_stats.expected) {
      m_sawAll = true;
      m_stats.view.push_back(ms(Clock::now() - m_stats.burstEnd));
    }
  }

  asio::ip::tcp::socket m_socket;
  Stats& m_stats;
  int m_index;
  asio::ip::tcp::endpoint m_server;
  std::string m_room;
  std::array<char, 16384> m_buf{};
  std::string m_in;
  std::vector<std::string> m_out;
  bool m_upgraded = false;
  bool m_joined = false;
  bool m_sawAll = false;
  Clock::time_point m_start{};
  Clock::time_point m_sent{};
};

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p / 100.0 * static_cast<double>(v.size())))];
}

void runFor(asio::io_context& io, std::chrono::milliseconds d) {
  io.restart();
  io.run_for(d);
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    std::cerr << "usage: balcony_loadgen PORT ROOM PARTICIPANTS ROUND [answer|idle]\n"
                 "  connects PARTICIPANTS phones to 127.0.0.1:PORT, joins room ROOM, and (answer) has every one\n"
                 "  answer belief 1 of ROUND at once; idle keeps them connected for 10 s.\n";
    return 1;
  }
  const auto port = static_cast<unsigned short>(std::stoi(argv[1]));
  const std::string room = argv[2];
  const int n = std::stoi(argv[3]);
  const int round = std::stoi(argv[4]);
  const bool idle = argc > 5 && std::string(argv[5]) == "idle";
  asio::io_context io;
  Stats stats;
  const asio::ip::tcp::endpoint server(asio::ip::make_address("127.0.0.1"), port);
  std::vector<std::shared_ptr<Client>> clients;
  const auto joinStart = Clock::now();
  for (int i = 0; i < n; ++i) {
    clients.push_back(std::make_shared<Client>(io, stats, i, server, room));
    clients.back()->start();
    if (i % 200 == 199) runFor(io, std::chrono::milliseconds(20)); // do not flood the accept queue
  }
  while (stats.joined + stats.connectFailures + stats.errors < n &&
         Clock::now() - joinStart < std::chrono::seconds(60)) {
    runFor(io, std::chrono::milliseconds(20));
  }
  std::printf("participants %d: joined %d in %.0f ms (join p50 %.1f ms, p99 %.1f ms), connect failures %d\n", n,
              stats.joined, ms(Clock::now() - joinStart), percentile(stats.join, 50), percentile(stats.join, 99),
              stats.connectFailures);
  if (idle) {
    std::printf("holding %d idle connections for 10 s...\n", stats.joined);
    std::fflush(stdout);
    runFor(io, std::chrono::seconds(10));
    return stats.joined == n ? 0 : 2;
  }
  stats.expected = stats.joined;
  for (auto& c : clients) {
    if (c->joined()) c->answer(round);
  }
  stats.burstEnd = Clock::now();
  const auto burst = Clock::now();
  while ((stats.acked < stats.joined || static_cast<int>(stats.view.size()) < stats.joined) &&
         Clock::now() - burst < std::chrono::seconds(30)) {
    runFor(io, std::chrono::milliseconds(5));
  }
  std::printf("answers: %d sent, %d acknowledged, %d errors; ack p50 %.1f ms, p99 %.1f ms\n", stats.joined, stats.acked,
              stats.errors, percentile(stats.ack, 50), percentile(stats.ack, 99));
  std::printf("views showing all %d answers: %zu; after the burst p50 %.1f ms, p99 %.1f ms\n", stats.expected,
              stats.view.size(), percentile(stats.view, 50), percentile(stats.view, 99));
  return stats.acked == stats.joined ? 0 : 2;
}
