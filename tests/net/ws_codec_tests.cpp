// The WebSocket frame reader on its own: whole messages out of any split of the bytes, and the
// right close code for every rule a client can break.
#include "ws_codec.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace balcony::net;

namespace {

// A client frame: masked, as RFC 6455 requires of clients unless `masked` is false.
std::string clientFrame(std::uint8_t first, const std::string& payload, bool masked = true) {
  std::string f(1, static_cast<char>(first));
  const auto n = payload.size();
  const char maskBit = masked ? static_cast<char>(0x80) : 0;
  if (n < 126) {
    f += static_cast<char>(maskBit | static_cast<char>(n));
  } else if (n <= 0xFFFF) {
    f += static_cast<char>(maskBit | 126);
    f += static_cast<char>((n >> 8) & 0xFF);
    f += static_cast<char>(n & 0xFF);
  } else {
    f += static_cast<char>(maskBit | 127);
    for (int i = 7; i >= 0; --i)
      f += static_cast<char>((static_cast<std::uint64_t>(n) >> (8 * i)) & 0xFF);
  }
  const char key[4] = {0x12, 0x34, 0x56, 0x78};
  if (masked) f.append(key, 4);
  for (std::size_t i = 0; i < n; ++i)
    f += masked ? static_cast<char>(payload[i] ^ key[i % 4]) : payload[i];
  return f;
}

struct Seen {
  std::vector<std::pair<ws::Opcode, std::string>> messages;
  std::uint16_t failure = 0;
};

Seen read(const std::string& bytes, std::size_t chunk = 0, std::size_t max = 4096) {
  ws::FrameReader reader(max);
  Seen seen;
  auto on = [&](const ws::FrameReader::Message& m) { seen.messages.emplace_back(m.opcode, std::string(m.payload)); };
  if (chunk == 0) {
    seen.failure = reader.feed(bytes.data(), bytes.size(), on);
  } else {
    for (std::size_t i = 0; i < bytes.size() && seen.failure == 0; i += chunk) {
      seen.failure = reader.feed(bytes.data() + i, std::min(chunk, bytes.size() - i), on);
    }
  }
  return seen;
}

} // namespace

TEST_CASE("Messages come out whole however the bytes are split", "[net][ws][codec]") {
  const std::string big(300, 'x'); // a 16-bit length
  const auto bytes = clientFrame(0x81, R"({"type":"join"})") + clientFrame(0x01, "Hel") + clientFrame(0x89, "p!") +
                     clientFrame(0x80, "lo") + clientFrame(0x81, big) + clientFrame(0x81, "");
  for (const std::size_t chunk : {0u, 1u, 2u, 3u, 7u, 64u}) {
    const auto seen = read(bytes, chunk);
    CHECK(seen.failure == 0);
    REQUIRE(seen.messages.size() == 5);
    CHECK(seen.messages[0].second == R"({"type":"join"})");
    CHECK(seen.messages[1].first == ws::Opcode::Ping); // control frames may sit inside a fragmented message
    CHECK(seen.messages[1].second == "p!");
    CHECK(seen.messages[2].first == ws::Opcode::Text);
    CHECK(seen.messages[2].second == "Hello");
    CHECK(seen.messages[3].second == big);
    CHECK(seen.messages[4].second.empty());
  }
}

TEST_CASE("Each broken rule gets its close code and nothing after it is read", "[net][ws][codec]") {
  CHECK(read(clientFrame(0x81, "hi", false)).failure == ws::kCloseProtocolError);           // unmasked
  CHECK(read(clientFrame(0xC1, "hi")).failure == ws::kCloseProtocolError);                  // RSV1 set
  CHECK(read(clientFrame(0x83, "hi")).failure == ws::kCloseProtocolError);                  // opcode 3
  CHECK(read(clientFrame(0x8B, "hi")).failure == ws::kCloseProtocolError);                  // opcode 11
  CHECK(read(clientFrame(0x09, "hi")).failure == ws::kCloseProtocolError);                  // fragmented ping
  CHECK(read(clientFrame(0x89, std::string(126, 'p'))).failure == ws::kCloseProtocolError); // long ping
  CHECK(read(clientFrame(0x80, "hi")).failure == ws::kCloseProtocolError);                  // continuation of nothing
  CHECK(read(clientFrame(0x01, "a") + clientFrame(0x81, "b")).failure == ws::kCloseProtocolError);
  CHECK(read(clientFrame(0x81, "\xC3\x28")).failure == ws::kCloseInvalidPayload);
  CHECK(read(clientFrame(0x81, "\xED\xA0\x80")).failure == ws::kCloseInvalidPayload);     // a surrogate
  CHECK(read(clientFrame(0x81, "\xC0\xAF")).failure == ws::kCloseInvalidPayload);         // overlong '/'
  CHECK(read(clientFrame(0x81, "\xF4\x90\x80\x80")).failure == ws::kCloseInvalidPayload); // beyond U+10FFFF
  CHECK(read(clientFrame(0x88, "\x03")).failure == ws::kCloseProtocolError);              // 1-byte close
  CHECK(read(clientFrame(0x88, "\x03\xEC")).failure == ws::kCloseProtocolError);          // code 1004
  CHECK(read(clientFrame(0x88, "\x03\xE8\xFF")).failure == ws::kCloseInvalidPayload);     // bad reason

  // Too big: refused from the header, before a byte of it is kept; fragments count together.
  CHECK(read(clientFrame(0x81, std::string(5000, 'x'))).failure == ws::kCloseTooBig);
  CHECK(read(clientFrame(0x01, std::string(3000, 'x')) + clientFrame(0x80, std::string(2000, 'x'))).failure ==
        ws::kCloseTooBig);
  std::string huge("\x81\xFF\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x00\x00\x00\x00", 14);
  CHECK(read(huge).failure == ws::kCloseTooBig);
  std::string topBit("\x81\xFF\x80\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00", 14);
  CHECK(read(topBit).failure == ws::kCloseProtocolError); // a 64-bit length with the top bit set
  std::string padded("\x81\xFE\x00\x05\x00\x00\x00\x00hello", 13);
  CHECK(read(padded).failure == ws::kCloseProtocolError); // a length not in its shortest form

  const auto after = read(clientFrame(0x81, "ok") + clientFrame(0x83, "x") + clientFrame(0x81, "never"));
  CHECK(after.failure == ws::kCloseProtocolError);
  REQUIRE(after.messages.size() == 1);
  CHECK(after.messages[0].second == "ok");
}

TEST_CASE("Valid text and close frames pass", "[net][ws][codec]") {
  CHECK(ws::validUtf8("Soziale Arbeit – größer, 社会福祉, 🙂"));
  const auto close = read(clientFrame(0x88, ws::closePayload(1001, "going away")));
  CHECK(close.failure == 0);
  REQUIRE(close.messages.size() == 1);
  CHECK(close.messages[0].first == ws::Opcode::Close);
  CHECK(read(clientFrame(0x88, "")).failure == 0);
  CHECK(ws::frameHeader(ws::Opcode::Text, 5).size == 2);
  CHECK(ws::frameHeader(ws::Opcode::Text, 300).size == 4);
  CHECK(ws::frameHeader(ws::Opcode::Text, 70000).size == 10);
  CHECK(static_cast<unsigned char>(ws::frameHeader(ws::Opcode::Pong, 0).bytes[0]) == 0x8A);
}
