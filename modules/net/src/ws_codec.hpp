// RFC 6455 framing for the server side, with no I/O: a reader that turns a participant's bytes
// into whole messages and control frames, enforcing every rule a server must (masking, reserved
// bits, opcodes, control-frame size, fragmentation order, message size, UTF-8), and the headers
// of the unmasked frames the server sends.
//
// Our own rather than a library's: the one library considered kept 8.6 KiB of buffers per
// connection, more than Balcony's whole budget per participant. This reader holds nothing but a
// few integers between messages, so a phone that is only listening costs next to nothing.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace balcony::net::ws {

enum class Opcode : std::uint8_t { Continuation = 0x0, Text = 0x1, Binary = 0x2, Close = 0x8, Ping = 0x9, Pong = 0xA };

// Close codes (RFC 6455 section 7.4.1).
inline constexpr std::uint16_t kCloseProtocolError = 1002;
inline constexpr std::uint16_t kCloseUnsupportedData = 1003;
inline constexpr std::uint16_t kCloseInvalidPayload = 1007;
inline constexpr std::uint16_t kClosePolicy = 1008;
inline constexpr std::uint16_t kCloseTooBig = 1009;

bool validUtf8(std::string_view text);

// A close code a peer may send in a close frame.
bool validCloseCode(std::uint16_t code);

// The header of one unmasked, final frame of `size` payload bytes: 2, 4 or 10 bytes long.
struct FrameHeader {
  std::array<char, 10> bytes{};
  std::size_t size = 0;
};
FrameHeader frameHeader(Opcode opcode, std::size_t size);

// The payload of a close frame: the code, then a reason of at most 123 bytes.
std::string closePayload(std::uint16_t code, std::string_view reason);

class FrameReader {
public:
  explicit FrameReader(std::size_t maxMessageBytes) : m_max(maxMessageBytes) {}

  // One complete text or binary message, or one control frame (close, ping, pong).
  struct Message {
    Opcode opcode;
    std::string_view payload;
  };

  // Reads bytes, calling onMessage(const Message&) for each message as it completes. Returns 0,
  // or the close code to send when the peer broke the protocol: nothing more is read after that.
  // For a close frame the payload has been checked (length, code, UTF-8 reason).
  template <typename OnMessage> std::uint16_t feed(const char* data, std::size_t size, OnMessage&& onMessage) {
    while (size > 0 && m_failed == 0) {
      if (m_stage == Stage::Header) {
        const auto taken = readHeader(data, size);
        data += taken;
        size -= taken;
        if (m_failed != 0 || m_stage == Stage::Header) {
          continue;
        }
      }
      if (m_stage == Stage::Payload) {
        const auto taken = readPayload(data, size);
        data += taken;
        size -= taken;
      }
      if (m_failed == 0 && m_stage == Stage::Complete) {
        finishFrame(onMessage);
      }
    }
    return m_failed;
  }

  // Called by feed for frames with no payload too.
  template <typename OnMessage> void finishFrame(OnMessage&& onMessage) {
    m_stage = Stage::Header;
    m_headerSize = 0;
    if (isControl(m_opcode)) {
      if (m_opcode == Opcode::Close && !checkClose()) {
        return;
      }
      onMessage(Message{m_opcode, std::string_view(m_control.data(), m_controlSize)});
      return;
    }
    if (!m_fin) {
      return; // more fragments to come
    }
    if (m_messageOpcode == Opcode::Text && !validUtf8(m_message)) {
      m_failed = kCloseInvalidPayload;
      return;
    }
    m_inMessage = false;
    onMessage(Message{m_messageOpcode, m_message});
    release();
  }

  std::uint16_t failure() const { return m_failed; }
  // Part of a frame or of a fragmented message has come, and the rest has not yet.
  bool midMessage() const { return m_stage != Stage::Header || m_headerSize > 0 || m_inMessage; }

private:
  enum class Stage : std::uint8_t { Header, Payload, Complete };

  static bool isControl(Opcode op) { return (static_cast<std::uint8_t>(op) & 0x8) != 0; }
  std::size_t readHeader(const char* data, std::size_t size);
  std::size_t readPayload(const char* data, std::size_t size);
  bool checkClose();
  void release(); // gives back a large message buffer once its message is delivered

  std::size_t m_max;
  Stage m_stage = Stage::Header;
  std::uint16_t m_failed = 0;
  std::array<unsigned char, 14> m_header{};
  std::size_t m_headerSize = 0;
  bool m_fin = false;
  Opcode m_opcode = Opcode::Continuation;
  std::array<unsigned char, 4> m_mask{};
  std::uint64_t m_remaining = 0; // payload bytes of the current frame still to read
  std::uint64_t m_offset = 0;    // payload bytes of the current frame read so far (for the mask)
  bool m_inMessage = false;      // a fragmented text or binary message has begun
  Opcode m_messageOpcode = Opcode::Text;
  std::string m_message;
  std::array<char, 125> m_control{};
  std::size_t m_controlSize = 0;
};

} // namespace balcony::net::ws
