#include "ws_codec.hpp"

#include <algorithm>
#include <cstring>

namespace balcony::net::ws {

bool validUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = 0;
    std::uint32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      cp = c & 0x07;
    } else {
      return false; // a continuation byte first, an overlong lead (C0, C1) or beyond F4
    }
    if (i + length > n) {
      return false;
    }
    for (std::size_t k = 1; k < length; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) {
        return false;
      }
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((length == 3 && cp < 0x800) || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false; // overlong, out of range, or a surrogate
    }
    i += length;
  }
  return true;
}

bool validCloseCode(std::uint16_t code) {
  if (code >= 3000 && code <= 4999) {
    return true;
  }
  return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1011);
}

FrameHeader frameHeader(Opcode opcode, std::size_t size) {
  FrameHeader h;
  h.bytes[0] = static_cast<char>(0x80 | static_cast<std::uint8_t>(opcode));
  if (size < 126) {
    h.bytes[1] = static_cast<char>(size);
    h.size = 2;
  } else if (size <= 0xFFFF) {
    h.bytes[1] = 126;
    h.bytes[2] = static_cast<char>((size >> 8) & 0xFF);
    h.bytes[3] = static_cast<char>(size & 0xFF);
    h.size = 4;
  } else {
    h.bytes[1] = 127;
    for (int i = 0; i < 8; ++i) {
      h.bytes[static_cast<std::size_t>(2 + i)] =
          static_cast<char>((static_cast<std::uint64_t>(size) >> (56 - 8 * i)) & 0xFF);
    }
    h.size = 10;
  }
  return h;
}

std::string closePayload(std::uint16_t code, std::string_view reason) {
  std::string p;
  p += static_cast<char>((code >> 8) & 0xFF);
  p += static_cast<char>(code & 0xFF);
  p.append(reason.substr(0, 123));
  return p;
}

std::size_t FrameReader::readHeader(const char* data, std::size_t size) {
  std::size_t taken = 0;
  auto need = [&]() -> std::size_t {
    if (m_headerSize < 2) {
      return 2;
    }
    const auto len = m_header[1] & 0x7F;
    const std::size_t lengthBytes = len == 126 ? 2 : len == 127 ? 8 : 0;
    return 2 + lengthBytes + 4; // the mask key is always there: a client must mask (checked below)
  };
  while (taken < size && m_headerSize < need()) {
    m_header[m_headerSize++] = static_cast<unsigned char>(data[taken++]);
    if (m_headerSize == 2) {
      const auto b0 = m_header[0];
      const auto b1 = m_header[1];
      m_fin = (b0 & 0x80) != 0;
      const auto op = b0 & 0x0F;
      if ((b0 & 0x70) != 0 || (b1 & 0x80) == 0) {
        m_failed = kCloseProtocolError; // reserved bits without an extension, or an unmasked frame
        return taken;
      }
      if (op != 0x0 && op != 0x1 && op != 0x2 && op != 0x8 && op != 0x9 && op != 0xA) {
        m_failed = kCloseProtocolError;
        return taken;
      }
      m_opcode = static_cast<Opcode>(op);
      if (isControl(m_opcode) && (!m_fin || (b1 & 0x7F) > 125)) {
        m_failed = kCloseProtocolError; // control frames are short and never fragmented
        return taken;
      }
      if (m_opcode == Opcode::Continuation && !m_inMessage) {
        m_failed = kCloseProtocolError;
        return taken;
      }
      if ((m_opcode == Opcode::Text || m_opcode == Opcode::Binary) && m_inMessage) {
        m_failed = kCloseProtocolError; // a new message before the last one ended
        return taken;
      }
    }
  }
  if (m_headerSize < need()) {
    return taken;
  }
  const unsigned len7 = m_header[1] & 0x7Fu;
  std::uint64_t length = len7;
  std::size_t at = 2;
  if (len7 == 126) {
    length = (std::uint64_t{m_header[2]} << 8) | m_header[3];
    at = 4;
    if (length < 126) {
      m_failed = kCloseProtocolError; // lengths must use the shortest form
      return taken;
    }
  } else if (len7 == 127) {
    length = 0;
    for (std::size_t i = 0; i < 8; ++i) {
      length = (length << 8) | m_header[2 + i];
    }
    at = 10;
    if ((length >> 63) != 0 || length <= 0xFFFF) {
      m_failed = kCloseProtocolError;
      return taken;
    }
  }
  std::memcpy(m_mask.data(), &m_header[at], 4);
  if (!isControl(m_opcode)) {
    const std::uint64_t already = m_opcode == Opcode::Continuation ? m_message.size() : 0;
    if (length > m_max || already + length > m_max) {
      m_failed = kCloseTooBig; // refused before a byte of it is stored
      return taken;
    }
    if (m_opcode != Opcode::Continuation) {
      m_messageOpcode = m_opcode;
      m_message.clear();
      m_inMessage = true;
    }
    // No reserve from the declared length: a buffer grows only with the bytes that really come.
  } else {
    m_controlSize = 0;
  }
  m_remaining = length;
  m_offset = 0;
  m_stage = m_remaining == 0 ? Stage::Complete : Stage::Payload;
  return taken;
}

std::size_t FrameReader::readPayload(const char* data, std::size_t size) {
  const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(m_remaining, size));
  for (std::size_t i = 0; i < n; ++i) {
    const char c = static_cast<char>(static_cast<unsigned char>(data[i]) ^ m_mask[(m_offset + i) & 3]);
    if (isControl(m_opcode)) {
      m_control[m_controlSize++] = c;
    } else {
      m_message.push_back(c);
    }
  }
  m_offset += n;
  m_remaining -= n;
  if (m_remaining == 0) {
    m_stage = Stage::Complete;
  }
  return n;
}

bool FrameReader::checkClose() {
  if (m_controlSize == 1) {
    m_failed = kCloseProtocolError;
    return false;
  }
  if (m_controlSize >= 2) {
    const auto code = static_cast<std::uint16_t>((static_cast<unsigned char>(m_control[0]) << 8) |
                                                 static_cast<unsigned char>(m_control[1]));
    if (!validCloseCode(code)) {
      m_failed = kCloseProtocolError;
      return false;
    }
    if (!validUtf8(std::string_view(m_control.data() + 2, m_controlSize - 2))) {
      m_failed = kCloseInvalidPayload;
      return false;
    }
  }
  return true;
}

void FrameReader::release() {
  if (m_message.capacity() > 256) {
    std::string().swap(m_message);
  } else {
    m_message.clear();
  }
}

} // namespace balcony::net::ws
