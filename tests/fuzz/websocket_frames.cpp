// Fuzzes what a phone sends once its WebSocket is open: the bytes go, as they are, to a real
// server (real engine, SQLite file, io thread) over loopback, through the same WebSocket session code phones
// reach. One server runs for the whole process; each input is one connection: the opening
// handshake, a join when the first byte says so, the fuzzed bytes, then a half-close. The server
// must close the connection and still answer the next one.
//
// Input: byte 0 bit 0 = join first; the rest = raw client-to-server frames (seeds mask with a
// zero key, so their payloads read as plain text).
#include "balcony/engine/engine.hpp"
#include "balcony/net/server.hpp"
#include "balcony/store/store.hpp"

#include <asio/connect.hpp>
#include <asio/io_context.hpp>
#include <asio/ip/tcp.hpp>
#include <asio/write.hpp>

#include <cerrno>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace balcony;
using Clock = std::chrono::steady_clock;

namespace {

constexpr auto kPatience = std::chrono::seconds(10); // far beyond any answer on loopback

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "websocket_frames: %s\n", what);
  __builtin_trap();
}

std::filesystem::path scratchFolder() {
  std::filesystem::path base;
  if (const char* env = std::getenv("BALCONY_FUZZ_TMP"); env != nullptr && *env != '\0') {
    base = env;
  } else if (std::filesystem::is_directory("/dev/shm")) {
    base = "/dev/shm"; // commits fsync: memory keeps a run quick
  } else {
    base = std::filesystem::temp_directory_path();
  }
  auto path = base / ("balcony-fuzz-" + std::to_string(::getpid()));
  std::filesystem::create_directories(path);
  return path;
}

// One server for the whole run: what a laptop in a meeting runs, on 127.0.0.1 and a free port.
struct LiveServer {
  std::filesystem::path folder = scratchFolder();
  store::Store db{folder / "balcony.sqlite"};
  store::SessionId session = db.createSession(1);
  engine::Engine engine{db, session, [] {
                          return std::chrono::duration_cast<std::chrono::milliseconds>(
                                     std::chrono::system_clock::now().time_since_epoch())
                              .count();
                        }};
  asio::io_context io;
  net::Server server{io, engine.participants()};
  std::uint16_t port = 0;
  std::thread thread;

  LiveServer() {
    engine.addListener([this](const core::SnapshotPtr& s) { server.publish(s); });
    engine.start();
    // Something on every board, so that answers, votes and proposals reach the deciding code.
    const std::vector<core::CommandBody> setup = {
        core::CreateSession{"Fuzz", "ROOM", {"Health", "Police"}},
        core::OpenRound{},
        core::OpenPoll{"Which?", core::PollKind::Options, 1, 5, {"one", "two", "three"}, true, true},
        core::AddPrompt{"A case", "case", 1, 5, true},
        core::ShowPrompt{1},
        core::AddTopic{"Budget", 10},
        core::StartTopic{1},
        core::SetEndeavour{"Better services"},
        core::AddClarityItem{{"Agreed thing", "Ann", "", "2030-01-01", 1}, core::ClarityStatus::Agreed},
    };
    for (const auto& body : setup) {
      if (engine.execute({0, body}).error) {
        fail("the session could not be set up");
      }
    }
    port = server.listen("127.0.0.1", 0);
    thread = std::thread([this] { io.run(); });
  }
  ~LiveServer() {
    server.stop();
    thread.join();
    engine.stop();
  }
  LiveServer(const LiveServer&) = delete;
  LiveServer& operator=(const LiveServer&) = delete;
};

LiveServer* live = nullptr;

void shutDown() {
  const auto folder = live->folder;
  delete live;
  live = nullptr;
  std::error_code ec;
  std::filesystem::remove_all(folder, ec);
}

// A blocking loopback connection with a deadline on every read.
class Connection {
public:
  explicit Connection(std::uint16_t port) {
    std::error_code ec;
    m_socket.connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port), ec);
    if (ec) {
      fail("the server refused a connection");
    }
  }

  void send(const std::string& bytes) {
    std::error_code ec;
    asio::write(m_socket, asio::buffer(bytes), ec); // the server may already have closed: fine
  }

  void halfClose() {
    std::error_code ec;
    m_socket.shutdown(asio::ip::tcp::socket::shutdown_send, ec);
  }

  // Reads more bytes into the buffer; false at the end of the stream or when the time is up.
  bool readMore(Clock::time_point deadline, bool& timedOut) {
    timedOut = false;
    for (;;) {
      const auto left = std::chrono::duration_cast<std::chrono::microseconds>(deadline - Clock::now()).count();
      if (left <= 0) {
        timedOut = true;
        return false;
      }
      timeval tv{};
      tv.tv_sec = static_cast<time_t>(left / 1'000'000);
      tv.tv_usec = static_cast<suseconds_t>(left % 1'000'000);
      setsockopt(m_socket.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
      char chunk[8192];
      const auto got = ::recv(m_socket.native_handle(), chunk, sizeof chunk, 0);
      if (got > 0) {
        m_in.append(chunk, static_cast<std::size_t>(got));
        return true;
      }
      if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
        continue;
      }
      return false; // closed, or reset because the server closed with our bytes unread
    }
  }

  // The server's reply to the opening handshake: its status code.
  int handshake(std::uint16_t port) {
    const std::string host = "127.0.0.1:" + std::to_string(port);
    send("GET /ws HTTP/1.1\r\nHost: " + host +
         "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ZnV6emluZyB0aGUgZ2x1ZQ==\r\n"
         "Sec-WebSocket-Version: 13\r\nOrigin: http://" +
         host + "\r\n\r\n");
    const auto deadline = Clock::now() + kPatience;
    bool timedOut = false;
    while (m_in.find("\r\n\r\n") == std::string::npos) {
      if (!readMore(deadline, timedOut)) {
        return 0;
      }
    }
    const int status = m_in.size() > 12 ? std::atoi(m_in.c_str() + 9) : 0;
    m_in.erase(0, m_in.find("\r\n\r\n") + 4);
    return status;
  }

  // Skips server frames until a text message containing `needle` arrives.
  bool waitForText(const std::string& needle) {
    const auto deadline = Clock::now() + kPatience;
    bool timedOut = false;
    for (;;) {
      while (m_in.size() >= 2) {
        std::size_t header = 2;
        std::uint64_t length = static_cast<unsigned char>(m_in[1]) & 0x7Fu;
        if (length == 126) {
          header = 4;
        } else if (length == 127) {
          header = 10;
        }
        if (m_in.size() < header) {
          break;
        }
        if (header > 2) {
          length = 0;
          for (std::size_t i = 2; i < header; ++i) {
            length = (length << 8) | static_cast<unsigned char>(m_in[i]);
          }
        }
        if (m_in.size() < header + length) {
          break;
        }
        const auto payload = m_in.substr(header, static_cast<std::size_t>(length));
        const bool text = (static_cast<unsigned char>(m_in[0]) & 0x0Fu) == 0x1;
        m_in.erase(0, header + static_cast<std::size_t>(length));
        if (text && payload.find(needle) != std::string::npos) {
          return true;
        }
      }
      if (!readMore(deadline, timedOut)) {
        return false;
      }
    }
  }

  // Reads (and drops) until the server closes the connection; false if it never does.
  bool waitForServerClose() {
    const auto deadline = Clock::now() + kPatience;
    bool timedOut = false;
    while (readMore(deadline, timedOut)) {
      m_in.clear();
    }
    return !timedOut;
  }

private:
  asio::io_context m_io;
  asio::ip::tcp::socket m_socket{m_io};
  std::string m_in;
};

// A text frame as a browser sends it: final, masked (with a zero key, so it reads as written).
std::string maskedText(const std::string& text) {
  std::string frame = "\x81";
  frame += static_cast<char>(0x80 | static_cast<int>(text.size()));
  frame.append(4, '\0');
  return frame + text;
}

void requireServerAnswers(std::uint16_t port) {
  Connection probe(port);
  probe.send("GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) + "\r\nConnection: close\r\n\r\n");
  const auto deadline = Clock::now() + kPatience;
  bool timedOut = false;
  while (probe.readMore(deadline, timedOut)) {
  }
  if (timedOut) {
    fail("the server no longer answers a page request");
  }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  live = new LiveServer();
  std::atexit(shutDown);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) {
    return 0;
  }
  const bool join = (data[0] & 1) != 0;
  const std::string frames(reinterpret_cast<const char*>(data) + 1, size - 1);
  {
    Connection phone(live->port);
    if (phone.handshake(live->port) != 101) {
      fail("the opening handshake was refused");
    }
    if (join) {
      // Always the same few participants, so that a long run does not fill the room.
      const std::string token = "f0220000000000000000000000000000";
      phone.send(maskedText(R"({"v":1,"type":"join","room":"ROOM","token":")" + token + R"(","group":"Health"})"));
      if (!phone.waitForText("\"welcome\"")) {
        fail("a join got no welcome");
      }
    }
    phone.send(frames);
    phone.halfClose();
    if (!phone.waitForServerClose()) {
      fail("the server kept a connection open after the phone closed its side");
    }
  }
  requireServerAnswers(live->port);
  return 0;
}
