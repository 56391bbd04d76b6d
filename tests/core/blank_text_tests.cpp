// Text that shows nothing is refused like an empty one: every kind of space and blank-drawing filler.
#include "balcony/core/rule_helpers.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace balcony;
using namespace balcony::core;

TEST_CASE("Text that looks blank counts as blank, and text that shows something does not", "[core][text]") {
  const auto blank =
      GENERATE(as<std::string>{}, "", " \t", "\xC2\xA0", "\xE2\x80\x80\xE2\x80\x8A", "\xE3\x80\x80", "\xE2\xA0\x80",
               "\xE3\x85\xA4", "\xE1\x85\x9F\xE1\x85\xA0", "\xEF\xBE\xA0", "\xE2\x80\xAF\xE2\x81\x9F");
  INFO("bytes: " << blank.size());
  CHECK(rules::isBlank(blank));
  CHECK_FALSE(rules::validText(blank, 200));
  const auto shown = GENERATE(as<std::string>{}, "a", " \xC2\xA0x", "\xE4\xBC\x9A", "\xF0\x9F\x98\x80", "\xC3");
  CHECK_FALSE(rules::isBlank(shown));
}

TEST_CASE("A statement, a note, a proposal or flag words of spaces alone are refused", "[core][text]") {
  const std::string ideographic = "\xE3\x80\x80\xE3\x80\x80";
  auto state = replay({
      {1, SessionCreated{"T", "ABCD", {"Health"}}},
      {2, ParticipantJoined{1, test::token(1), "Health"}},
      {3, PromptAdded{1, "A case", "case", 1, 5, true}},
      {4, PromptShown{1}},
  });
  auto refused = [&](CommandBody body) { return decide(state, {10, std::move(body)}).error.has_value(); };
  CHECK(refused(SubmitStatement{test::token(1), ideographic}));
  CHECK(refused(AnswerPrompt{test::token(1), 1, 3, "\xC2\xA0\xE2\x80\x83"}));
  CHECK(refused(ProposeClarityItem{test::token(1), "\xE2\xA0\x80"}));
  CHECK(refused(RaiseFlag{test::token(1), FlagKind::Circles, ideographic}));
  CHECK_FALSE(refused(SubmitStatement{test::token(1), "\xE3\x80\x80ok"}));
}
