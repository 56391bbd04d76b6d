// The WebSocket frame reader on its own, at full speed: any bytes, cut anywhere. The messages it
// delivers and the close code it ends with must not depend on how the bytes were split, every
// text message must be valid UTF-8 within the size limit, and control frames are at most 125 bytes.
#include "ws_codec.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using balcony::net::ws::FrameReader;
using balcony::net::ws::Opcode;

constexpr std::size_t kMax = 4096;

struct Outcome {
  std::vector<std::pair<Opcode, std::string>> messages;
  std::uint16_t failure = 0;
};

Outcome read(const std::uint8_t* data, std::size_t size, std::size_t chunk) {
  FrameReader reader(kMax);
  Outcome out;
  auto on = [&](const FrameReader::Message& m) {
    if (m.opcode == Opcode::Text && (m.payload.size() > kMax || !balcony::net::ws::validUtf8(m.payload))) {
      std::abort();
    }
    if ((m.opcode == Opcode::Close || m.opcode == Opcode::Ping || m.opcode == Opcode::Pong) && m.payload.size() > 125) {
      std::abort();
    }
    out.messages.emplace_back(m.opcode, std::string(m.payload));
  };
  const auto* bytes = reinterpret_cast<const char*>(data);
  for (std::size_t i = 0; i < size && out.failure == 0; i += chunk) {
    out.failure = reader.feed(bytes + i, std::min(chunk, size - i), on);
  }
  return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) {
    return 0;
  }
  const std::size_t chunk = 1 + data[0] % 17; // the first byte picks how the rest is cut
  const auto whole = read(data + 1, size - 1, size);
  const auto pieces = read(data + 1, size - 1, chunk);
  if (whole.failure != pieces.failure || whole.messages != pieces.messages) {
    std::abort();
  }
  return 0;
}
