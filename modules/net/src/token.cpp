// Tokens come from the kernel's random source; they are the only proof of who a participant is.
#include "token.hpp"

#include <array>
#include <random>

namespace balcony::net {

std::string newParticipantToken() {
  static thread_local std::random_device device;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string token;
  token.reserve(32);
  for (int i = 0; i < 4; ++i) {
    const auto word = device();
    for (int nibble = 0; nibble < 8; ++nibble) {
      token += kHex[(word >> (nibble * 4)) & 0xFu];
    }
  }
  return token;
}

} // namespace balcony::net
