// Participant text that tries to hide, reorder or climb out of its line is made plain.
#include "balcony/core/text.hpp"

#include <catch2/catch.hpp>

using balcony::core::cleanParticipantText;

TEST_CASE("Bidirectional overrides, zero-width and control characters are removed", "[core][text]") {
  // "\u202E" would show "gnirts" reversed and everything after it too.
  CHECK(cleanParticipantText("abc\u202Egnirts\u202C def") == "abcgnirts def");
  CHECK(cleanParticipantText("\u2066x\u2069 \u200Fy\u200E") == "x y");
  CHECK(cleanParticipantText("in\u200Bvis\u2060ible\uFEFF") == "invisible");
  CHECK(cleanParticipantText("bell\x07 escape\x1B[31m") == "bell escape[31m");
  CHECK(cleanParticipantText("line one\nline two\r\n\tthree") == "line one line two three");
  CHECK(cleanParticipantText("  spaced   out  ") == "spaced out");
  CHECK(cleanParticipantText("\u200B\u200D\u202E \n").empty()); // nothing visible: blank, so refused later
}

TEST_CASE("A flood of combining marks is cut to a few per letter", "[core][text]") {
  std::string zalgo = "Z";
  for (int i = 0; i < 60; ++i)
    zalgo += "\u0336\u0317"; // 120 marks on one letter
  zalgo += "!";
  const auto cleaned = cleanParticipantText(zalgo);
  CHECK(cleaned == "Z\u0336\u0317\u0336\u0317!");
  CHECK(cleanParticipantText("\u0301\u0301start") == "start"); // marks with no letter under them

  // Variation selectors between the marks do not start a new count, and only one is kept.
  std::string interleaved = "a";
  for (int i = 0; i < 10; ++i)
    interleaved += "\u0301\u0301\u0301\u0301\uFE0F";
  CHECK(cleanParticipantText(interleaved) == "a\u0301\u0301\u0301\u0301\uFE0F");
  // Floods in other scripts' marks: Thai and Arabic.
  std::string thai = "\u0E01";
  for (int i = 0; i < 30; ++i)
    thai += "\u0E49";
  CHECK(cleanParticipantText(thai) == "\u0E01\u0E49\u0E49\u0E49\u0E49");
  std::string arabic = "\u0628";
  for (int i = 0; i < 30; ++i)
    arabic += "\u064E";
  CHECK(cleanParticipantText(arabic) == "\u0628\u064E\u064E\u064E\u064E");
}

TEST_CASE("Characters that look blank but are not spaces are removed", "[core][text]") {
  CHECK(cleanParticipantText("\u3164\u115F\uFFA0\u2061").empty());
  CHECK(cleanParticipantText("a\u3164b") == "ab");
  CHECK(cleanParticipantText("bad \xC0\xAF \xED\xA0\x80 \xF5\x80\x80\x80 bytes") == "bad bytes");
}

TEST_CASE("Real languages, accents and emoji pass untouched", "[core][text]") {
  for (const std::string text : {"Schulsozialarbeit für alle", "Tiếng Việt có dấu", "العمل الاجتماعي", "עֲבוֹדָה",
                                 "ภาษาไทย น้ำ", "Heart ❤️ and ✌🏽", "सामाजिक कार्य", "社会福祉",
                                 "می‌خواهم", "Family 👨‍👩‍👧 ok", "e\u0301te\u0301"}) {
    CHECK(cleanParticipantText(text) == text);
  }
  CHECK(cleanParticipantText("\u200Dlonely joiner\u200D") == "lonely joiner");
}
