// The two ways in, kept apart by type: the network's commands cannot hold a facilitator action, the
// console's cannot hold a participant's, and each widens to the command decide() takes unchanged.
#include "balcony/core/ports.hpp"

#include <catch2/catch.hpp>

#include <type_traits>

using namespace balcony::core;

// Checked by the compiler: a mistake here does not build.
static_assert(!std::is_constructible_v<ParticipantCommandBody, OpenRound>);
static_assert(!std::is_constructible_v<ParticipantCommandBody, RevealResults>);
static_assert(!std::is_constructible_v<ParticipantCommandBody, HideStatement>);
static_assert(!std::is_constructible_v<ParticipantCommandBody, SetPrivacyThreshold>);
static_assert(!std::is_constructible_v<FacilitatorCommandBody, AnswerBelief>);
static_assert(!std::is_constructible_v<FacilitatorCommandBody, Join>);
static_assert(!std::is_invocable_v<decltype(&ParticipantPort::submit), ParticipantPort&, FacilitatorCommand, Reply>);
static_assert(!std::is_invocable_v<decltype(&FacilitatorPort::submit), FacilitatorPort&, ParticipantCommand, Reply>);

TEST_CASE("A participant's and a facilitator's commands widen to the same command, unchanged", "[core][ports]") {
  const auto answer = toCommand(ParticipantCommand{1234, AnswerBelief{"token", 2, 1, 4}});
  CHECK(answer.at == 1234);
  REQUIRE(std::holds_alternative<AnswerBelief>(answer.body));
  CHECK(std::get<AnswerBelief>(answer.body).token == "token");
  CHECK(std::get<AnswerBelief>(answer.body).value == 4);

  const auto reveal = widen(FacilitatorCommandBody{RevealResults{}});
  CHECK(std::holds_alternative<RevealResults>(reveal));
}
