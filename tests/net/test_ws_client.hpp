// A small blocking WebSocket client for tests, written from RFC 6455: it can also send what a
// browser never would (unmasked frames, bad opcodes), to test how the server copes.
#pragma once

#include <asio/ip/tcp.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace balcony::test {

struct Frame {
  std::uint8_t opcode = 0;
  std::string payload;
  std::uint16_t closeCode() const;
};

class WsClient {
public:
  // Connects to 127.0.0.1:port (from localAddress, another loopback address, when given) and
  // performs the opening handshake.
  // receiveBuffer > 0 shrinks the socket's receive buffer, to play a phone that cannot keep up.
  explicit WsClient(std::uint16_t port, std::string origin = "", const std::string& localAddress = "",
                    int receiveBuffer = 0);
  int handshakeStatus() const { return m_status; }

  void sendFrame(std::uint8_t opcode, const std::string& payload, bool masked = true, bool fin = true);
  void sendText(const std::string& text) { sendFrame(0x1, text); }
  void sendRaw(const std::string& bytes); // exactly these bytes, whatever they are
  void sendJson(const nlohmann::json& j) { sendText(j.dump()); }

  // The next frame, or nothing if none arrives in time or the connection is closed.
  std::optional<Frame> readFrame(std::chrono::milliseconds timeout = std::chrono::seconds(5));
  // Skips frames until a text message of this type arrives.
  std::optional<nlohmann::json> waitFor(const std::string& type,
                                        std::chrono::milliseconds timeout = std::chrono::seconds(5));
  // Reads until the server closes; returns the close code it sent (0 if none).
  std::uint16_t waitForClose(std::chrono::milliseconds timeout = std::chrono::seconds(5));

  // Reads (answering pings) until the server hangs up; false if it is still there at the timeout.
  bool closedWithin(std::chrono::milliseconds timeout);

  int statesSeen() const { return m_states; }

private:
  bool readExact(std::string& out, std::size_t n, std::chrono::steady_clock::time_point deadline);

  asio::io_context m_io;
  asio::ip::tcp::socket m_socket{m_io};
  std::string m_buffered;
  int m_status = 0;
  int m_states = 0;
  bool m_closed = false;
};

// One HTTP request over a fresh connection; returns the whole response as text.
std::string httpRequest(std::uint16_t port, const std::string& request);

} // namespace balcony::test
