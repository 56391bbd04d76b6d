// Blocking socket with a receive timeout: enough for tests, never used by the product.
#include "test_ws_client.hpp"

#include "socket_wait.hpp"

#include <asio/connect.hpp>
#include <asio/read.hpp>
#include <asio/write.hpp>

#include <random>

namespace balcony::test {

std::uint16_t Frame::closeCode() const {
  if (opcode != 0x8 || payload.size() < 2) {
    return 0;
  }
  return static_cast<std::uint16_t>((static_cast<unsigned char>(payload[0]) << 8) |
                                    static_cast<unsigned char>(payload[1]));
}

WsClient::WsClient(std::uint16_t port, std::string origin, const std::string& localAddress, int receiveBuffer) {
  if (!localAddress.empty() || receiveBuffer > 0) {
    m_socket.open(asio::ip::tcp::v4());
  }
  if (receiveBuffer > 0) {
    m_socket.set_option(asio::socket_base::receive_buffer_size(receiveBuffer));
  }
  if (!localAddress.empty()) {
    m_socket.bind(asio::ip::tcp::endpoint(asio::ip::make_address(localAddress), 0));
  }
  m_socket.connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  const std::string host = "127.0.0.1:" + std::to_string(port);
  if (origin.empty()) {
    origin = "http://" + host;
  }
  const std::string request = "GET /ws HTTP/1.1\r\nHost: " + host +
                              "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                              "Sec-WebSocket-Version: 13\r\nOrigin: " +
                              origin + "\r\n\r\n";
  std::error_code ec;
  asio::write(m_socket, asio::buffer(request), ec); // a refused connection shows as status 0
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  std::string head;
  while (head.find("\r\n\r\n") == std::string::npos) {
    std::string one;
    if (!readExact(one, 1, deadline)) {
      break;
    }
    head += one;
  }
  if (head.size() > 12) {
    m_status = std::stoi(head.substr(9, 3));
  }
}

bool WsClient::readExact(std::string& out, std::size_t n, std::chrono::steady_clock::time_point deadline) {
  while (m_buffered.size() < n) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      return false;
    }
    char buf[4096];
    const auto got = receiveWithin(m_socket, buf, sizeof buf, left);
    if (got.what == Received::TimedOut) {
      continue;
    }
    if (got.what != Received::Data) {
      m_closed = true;
      return false;
    }
    m_buffered.append(buf, got.bytes);
  }
  out = m_buffered.substr(0, n);
  m_buffered.erase(0, n);
  return true;
}

void WsClient::sendFrame(std::uint8_t opcode, const std::string& payload, bool masked, bool fin) {
  std::string frame;
  frame += static_cast<char>((fin ? 0x80 : 0x00) | opcode);
  const auto n = payload.size();
  const char maskBit = masked ? '\x80' : '\x00';
  if (n < 126) {
    frame += static_cast<char>(maskBit | static_cast<char>(n));
  } else if (n < 65536) {
    frame += static_cast<char>(maskBit | 126);
    frame += static_cast<char>((n >> 8) & 0xFF);
    frame += static_cast<char>(n & 0xFF);
  } else {
    frame += static_cast<char>(maskBit | 127);
    for (int shift = 56; shift >= 0; shift -= 8) {
      frame += static_cast<char>((static_cast<std::uint64_t>(n) >> shift) & 0xFF);
    }
  }
  std::string body = payload;
  if (masked) {
    static std::mt19937 rng(42);
    char key[4];
    for (auto& k : key) {
      k = static_cast<char>(rng() & 0xFF);
    }
    frame.append(key, 4);
    for (std::size_t i = 0; i < body.size(); ++i) {
      body[i] = static_cast<char>(body[i] ^ key[i % 4]);
    }
  }
  frame += body;
  std::error_code ec;
  asio::write(m_socket, asio::buffer(frame), ec);
}

std::optional<Frame> WsClient::readFrame(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::string head;
  if (!readExact(head, 2, deadline)) {
    return std::nullopt;
  }
  Frame frame;
  frame.opcode = static_cast<std::uint8_t>(head[0] & 0x0F);
  std::uint64_t len = static_cast<unsigned char>(head[1]) & 0x7Fu;
  std::string ext;
  if (len == 126) {
    if (!readExact(ext, 2, deadline)) return std::nullopt;
    len = (static_cast<std::uint64_t>(static_cast<unsigned char>(ext[0])) << 8) | static_cast<unsigned char>(ext[1]);
  } else if (len == 127) {
    if (!readExact(ext, 8, deadline)) return std::nullopt;
    len = 0;
    for (char c : ext) {
      len = (len << 8) | static_cast<unsigned char>(c);
    }
  }
  if (!readExact(frame.payload, static_cast<std::size_t>(len), deadline)) {
    return std::nullopt;
  }
  if (frame.opcode == 0x9) {
    sendFrame(0xA, frame.payload); // answer pings as a browser does
  }
  return frame;
}

std::optional<nlohmann::json> WsClient::waitFor(const std::string& type, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    auto frame = readFrame(left);
    if (!frame) {
      return std::nullopt;
    }
    if (frame->opcode != 0x1) {
      continue;
    }
    auto j = nlohmann::json::parse(frame->payload);
    if (j.value("type", "") == "state") {
      ++m_states;
    }
    if (j.value("type", "") == type) {
      return j;
    }
  }
  return std::nullopt;
}

std::uint16_t WsClient::waitForClose(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    auto frame =
        readFrame(std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()));
    if (!frame) {
      return 0;
    }
    if (frame->opcode == 0x8) {
      return frame->closeCode();
    }
  }
  return 0;
}

void WsClient::sendRaw(const std::string& bytes) {
  std::error_code ec;
  asio::write(m_socket, asio::buffer(bytes), ec); // the server may have hung up: that is for the test to see
}

bool WsClient::closedWithin(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!m_closed && std::chrono::steady_clock::now() < deadline) {
    readFrame(std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()));
  }
  return m_closed;
}

std::string httpRequest(std::uint16_t port, const std::string& request) {
  asio::io_context io;
  asio::ip::tcp::socket socket(io);
  socket.connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  asio::write(socket, asio::buffer(request));
  std::string response;
  char buf[4096];
  for (;;) {
    const auto got = receiveWithin(socket, buf, sizeof buf, std::chrono::seconds(5));
    if (got.what != Received::Data) {
      break;
    }
    response.append(buf, got.bytes);
  }
  return response;
}

} // namespace balcony::test
