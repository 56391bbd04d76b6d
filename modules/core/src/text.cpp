#include "balcony/core/text.hpp"

#include <cstdint>
#include <optional>

namespace balcony::core {
namespace {

struct Decoded {
  char32_t cp;
  std::size_t length;
};

std::optional<Decoded> decodeOne(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return Decoded{c, 1};
  const std::size_t length = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  if (length == 0 || i + length > s.size()) return std::nullopt;
  char32_t cp = c & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return std::nullopt;
    cp = (cp << 6) | (b & 0x3F);
  }
  if ((length == 3 && cp < 0x800) || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF)) {
    return std::nullopt; // overlong, out of range, or a surrogate
  }
  return Decoded{cp, length};
}

bool removed(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) ||      // control characters
         cp == 0x061C || cp == 0x200E || cp == 0x200F || // bidirectional marks
         (cp >= 0x202A && cp <= 0x202E) ||               // embeddings and overrides
         (cp >= 0x2066 && cp <= 0x2069) ||               // isolates
         cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || // zero-width space, word joiner, BOM
         (cp >= 0x2061 && cp <= 0x2064) ||               // invisible operators
         (cp >= 0x206A && cp <= 0x206F) ||               // deprecated format characters
         cp == 0x00AD || cp == 0x180E || cp == 0x034F || // soft hyphen, Mongolian separator, grapheme joiner
         cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || // Hangul fillers: blank, not space
         (cp >= 0xE0000 && cp <= 0xE007F) ||                             // tag characters
         (cp >= 0xFFF9 && cp <= 0xFFFB);                                 // interlinear annotation
}

bool lineBreak(char32_t cp) {
  return cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x2028 || cp == 0x2029 || cp == 0x85;
}

bool joiner(char32_t cp) {
  return cp == 0x200C || cp == 0x200D; // kept between visible characters: emoji sequences, Persian, Indic
}

// Variation selectors choose a glyph's form (emoji or text): one after a character is kept, and
// they never end a run of combining marks.
bool variationSelector(char32_t cp) {
  return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x180B && cp <= 0x180D) || (cp >= 0xE0100 && cp <= 0xE01EF);
}

// Marks that sit on the letter before them: the general diacritics a flood is made of, and those of
// the scripts where floods are made too (Hebrew, Arabic, Thai). Real words put a few on a letter.
bool combining(char32_t cp) {
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x0483 && cp <= 0x0489) || (cp >= 0x0591 && cp <= 0x05BD) ||
         cp == 0x05BF || cp == 0x05C1 || cp == 0x05C2 || cp == 0x05C4 || cp == 0x05C5 || cp == 0x05C7 ||
         (cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 ||
         (cp >= 0x06D6 && cp <= 0x06DC) || (cp >= 0x06DF && cp <= 0x06E4) || cp == 0x06E7 || cp == 0x06E8 ||
         (cp >= 0x06EA && cp <= 0x06ED) || cp == 0x0E31 || (cp >= 0x0E34 && cp <= 0x0E3A) ||
         (cp >= 0x0E47 && cp <= 0x0E4E) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
         (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F);
}

} // namespace

std::string cleanParticipantText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  int marks = 0;         // combining marks on the current letter
  bool selected = false; // a variation selector already follows the current letter
  bool pendingJoiner = false;
  std::string joinerBytes;
  for (std::size_t i = 0; i < text.size();) {
    const auto d = decodeOne(text, i);
    if (!d) {
      ++i; // not UTF-8: dropped
      continue;
    }
    const auto bytes = text.substr(i, d->length);
    i += d->length;
    const char32_t cp = d->cp;
    if (lineBreak(cp)) {
      pendingJoiner = false;
      marks = 0;
      selected = false;
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    if (removed(cp)) {
      continue;
    }
    if (joiner(cp)) {
      if (!out.empty() && out.back() != ' ') {
        pendingJoiner = true; // kept only if a visible character follows
        joinerBytes = bytes;
      }
      continue;
    }
    if (variationSelector(cp)) {
      if (out.empty() || out.back() == ' ' || selected) {
        continue;
      }
      selected = true;
      out += bytes;
      continue;
    }
    if (combining(cp)) {
      if (out.empty() || out.back() == ' ' || ++marks > kMaxCombiningMarksInARow) {
        continue;
      }
    } else {
      marks = 0;
      selected = false;
    }
    if (pendingJoiner && cp != ' ') {
      out += joinerBytes;
    }
    pendingJoiner = false;
    out += bytes;
  }
  // No leading or trailing spaces, and no runs of them.
  std::string trimmed;
  trimmed.reserve(out.size());
  for (char c : out) {
    if (c == ' ' && (trimmed.empty() || trimmed.back() == ' ')) continue;
    trimmed += c;
  }
  while (!trimmed.empty() && trimmed.back() == ' ')
    trimmed.pop_back();
  return trimmed;
}

} // namespace balcony::core
