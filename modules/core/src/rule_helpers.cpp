// Text that looks blank, read as UTF-8 (invalid bytes count as something shown).
#include "balcony/core/rule_helpers.hpp"

namespace balcony::core::rules {

namespace {

bool blankCodePoint(char32_t c) {
  return c == 0x20 || (c >= 0x09 && c <= 0x0D) || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0x2800 || c == 0x3164 ||
         c == 0x115F || c == 0x1160 || c == 0xFFA0 || c == 0x180E;
}

} // namespace

bool isBlank(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    char32_t c = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < n; ++k) {
      const auto next = static_cast<unsigned char>(s[i + k]);
      if ((next >> 6) != 0x2) return false;
      c = (c << 6) | (next & 0x3F);
    }
    if (!blankCodePoint(c)) return false;
    i += n;
  }
  return true;
}

const std::string& groupAtAnswer(const std::map<ParticipantId, std::string>& groups, ParticipantId participant) {
  static const std::string none;
  const auto it = groups.find(participant);
  return it != groups.end() ? it->second : none;
}

} // namespace balcony::core::rules
