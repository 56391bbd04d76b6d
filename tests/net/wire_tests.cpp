// The wire format: decoding untrusted text, and what the public state may and may not contain.
#include "test_support.hpp"
#include "wire.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace balcony;
using namespace balcony::net;

namespace {

// The command a decoded message asks for, of the type expected.
template <class C> C commandOf(const std::variant<wire::ClientMessage, wire::DecodeError>& decoded) {
  REQUIRE(std::holds_alternative<wire::ClientMessage>(decoded));
  const auto& command = std::get<wire::ClientMessage>(decoded).command;
  REQUIRE(std::holds_alternative<C>(command));
  return std::get<C>(command);
}

} // namespace

TEST_CASE("Client messages decode straight into participant commands", "[net][wire]") {
  const auto j = commandOf<core::Join>(wire::decode(R"({"v":1,"type":"join","room":"ABCD","group":"Health"})"));
  CHECK(j.roomCode == "ABCD");
  CHECK(j.group == "Health");
  CHECK(j.token.empty());

  auto answer = wire::decode(R"({"v":1,"type":"answer","id":7,"round":2,"belief":1,"value":4})");
  const auto a = commandOf<core::AnswerBelief>(answer);
  CHECK(std::get<wire::ClientMessage>(answer).id == 7);
  CHECK(a.round == 2);
  CHECK(a.value == 4);
  CHECK(a.token.empty()); // the connection says whose answer it is, never the message
}

TEST_CASE("Every kind of participant text arrives cleaned of invisible tricks", "[net][wire][text]") {
  const std::string hostile = R"(\u202Eevil\u200B\u0000 words\n)";
  auto statement = wire::decode(R"({"v":1,"type":"statement","id":1,"text":")" + hostile + R"("})");
  CHECK(commandOf<core::SubmitStatement>(statement).text == "evil words");
  auto note =
      wire::decode(R"({"v":1,"type":"prompt_answer","id":1,"prompt":1,"rating":3,"note":")" + hostile + R"("})");
  CHECK(commandOf<core::AnswerPrompt>(note).note == "evil words");
  auto flag = wire::decode(R"({"v":1,"type":"flag","id":1,"kind":"circles","words":")" + hostile + R"("})");
  CHECK(commandOf<core::RaiseFlag>(flag).words == "evil words");
  auto proposal = wire::decode(R"({"v":1,"type":"proposal","id":1,"what":")" + hostile + R"("})");
  CHECK(commandOf<core::ProposeClarityItem>(proposal).what == "evil words");
}

TEST_CASE("Malformed client messages give a coded error", "[net][wire]") {
  struct Row {
    std::string text;
    std::string code;
  };
  const auto row = GENERATE(values<Row>({
      {"", "bad_json"},
      {"null", "bad_json"},
      {"{\"v\":1,\"type\":\"join\"", "bad_json"},
      {R"({"v":"1","type":"join"})", "bad_version"},
      {R"({"v":1})", "bad_field"},
      {R"({"v":1,"type":5})", "bad_field"},
      {R"({"v":1,"type":"join"})", "bad_field"},
      {R"({"v":1,"type":"join","room":"ABCD","token":7})", "bad_field"},
      {R"({"v":1,"type":"join","room":")" + std::string(100, 'x') + R"("})", "bad_field"},
      {R"({"v":1,"type":"answer","id":-1,"round":1,"belief":0,"value":1})", "bad_field"},
      {R"({"v":1,"type":"answer","id":1,"round":1,"belief":0,"value":1.5})", "bad_field"},
      {R"({"v":1,"type":"answer","id":1,"round":1,"belief":0,"value":1e300})", "bad_field"},
      {R"({"v":1,"type":"facilitator_reveal"})", "unknown_type"},
  }));
  INFO(row.text);
  const auto decoded = wire::decode(row.text);
  REQUIRE(std::holds_alternative<wire::DecodeError>(decoded));
  CHECK(std::get<wire::DecodeError>(decoded).code == row.code);
}

TEST_CASE("The public state carries results only once revealed, and no identities", "[net][wire][privacy]") {
  core::Snapshot snapshot;
  snapshot.state = core::replay({
      {1, core::SessionCreated{"T", "ABCD", {"Health"}}},
      {2, core::ParticipantJoined{1, test::token(1), "Health"}},
      {3, core::RoundOpened{1, core::kDefaultBeliefStatements, 1, 5}},
      {4, core::BeliefAnswered{1, 1, 0, 3}},
      {5, core::PrivacyThresholdSet{1}}, // a room small enough that one answer may be shown
  });
  auto hidden = nlohmann::json::parse(wire::encodePublicState(snapshot));
  CHECK(hidden["round"]["answered"] == 1);
  CHECK_FALSE(hidden["round"].contains("results"));
  CHECK(wire::encodePublicState(snapshot).find(test::token(1)) == std::string::npos);

  core::apply(snapshot.state, {5, core::ResultsRevealed{1}});
  auto shown = nlohmann::json::parse(wire::encodePublicState(snapshot));
  CHECK(shown["round"]["results"][0]["counts"] == nlohmann::json::array({0, 0, 1, 0, 0}));
}
