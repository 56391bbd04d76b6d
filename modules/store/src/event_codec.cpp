// The stored form of each event. Type names are part of the file format: never rename one.
#include "balcony/store/event_codec.hpp"

#include "balcony/store/store.hpp"

#include <nlohmann/json.hpp>

#include <type_traits>

namespace balcony::store {

using nlohmann::json;

namespace {

const char* boardName(core::Board b) { return b == core::Board::Poll ? "poll" : "belief"; }

core::Board boardFromName(const std::string& name) {
  if (name == "poll") return core::Board::Poll;
  if (name == "belief") return core::Board::Belief;
  throw StoreError("Damaged event in the database: unknown board '" + name + "'");
}

const char* pollKindName(core::PollKind k) { return k == core::PollKind::Scale ? "scale" : "options"; }

core::PollKind pollKindFromName(const std::string& name) {
  if (name == "scale") return core::PollKind::Scale;
  if (name == "options") return core::PollKind::Options;
  throw StoreError("Damaged event in the database: unknown poll kind '" + name + "'");
}

} // namespace

EncodedEvent encodeEvent(const core::EventBody& event) {
  return std::visit(
      [](const auto& e) -> EncodedEvent {
        using T = std::decay_t<decltype(e)>;
        json j;
        std::string type;
        if constexpr (std::is_same_v<T, core::SessionCreated>) {
          type = "session_created";
          j = {{"title", e.title}, {"room_code", e.roomCode}, {"groups", e.groups}};
        } else if constexpr (std::is_same_v<T, core::ParticipantJoined>) {
          type = "participant_joined";
          j = {{"participant", e.participant}, {"token", e.token}, {"group", e.group}};
        } else if constexpr (std::is_same_v<T, core::GroupChosen>) {
          type = "group_chosen";
          j = {{"participant", e.participant}, {"group", e.group}};
        } else if constexpr (std::is_same_v<T, core::RoundOpened>) {
          type = "round_opened";
          j = {{"round", e.round}, {"statements", e.statements}, {"scale_min", e.scaleMin},
               {"scale_max", e.scaleMax}, {"revealed", e.revealed}};
        } else if constexpr (std::is_same_v<T, core::RoundClosed>) {
          type = "round_closed";
          j = {{"round", e.round}};
        } else if constexpr (std::is_same_v<T, core::ResultsRevealed>) {
          type = "results_revealed";
          j = {{"round", e.round}};
        } else if constexpr (std::is_same_v<T, core::BeliefAnswered>) {
          type = "belief_answered";
          j = {{"participant", e.participant}, {"round", e.round}, {"belief", e.belief}, {"value", e.value}};
        } else if constexpr (std::is_same_v<T, core::PollOpened>) {
          type = "poll_opened";
          j = {{"poll", e.poll},         {"question", e.question}, {"kind", pollKindName(e.kind)},
               {"scale_min", e.scaleMin}, {"scale_max", e.scaleMax}, {"options", e.options},
               {"multiple", e.multiple},  {"revealed", e.revealed}};
        } else if constexpr (std::is_same_v<T, core::PollClosed>) {
          type = "poll_closed";
          j = {{"poll", e.poll}};
        } else if constexpr (std::is_same_v<T, core::PollRevealed>) {
          type = "poll_revealed";
          j = {{"poll", e.poll}};
        } else if constexpr (std::is_same_v<T, core::PollAnswered>) {
          type = "poll_answered";
          j = {{"participant", e.participant}, {"poll", e.poll}, {"choices", e.choices}};
        } else if constexpr (std::is_same_v<T, core::BoardShown>) {
          type = "board_shown";
          j = {{"board", boardName(e.board)}};
        } else if constexpr (std::is_same_v<T, core::PrivacyThresholdSet>) {
          type = "privacy_threshold_set";
          j = {{"threshold", e.threshold}};
        }
        return {type, j.dump()};
      },
      event);
}

core::EventBody decodeEvent(const std::string& type, const std::string& body) {
  try {
    const json j = json::parse(body);
    if (type == "session_created") {
      return core::SessionCreated{j.at("title").get<std::string>(), j.at("room_code").get<std::string>(),
                                  j.at("groups").get<std::vector<std::string>>()};
    }
    if (type == "participant_joined") {
      return core::ParticipantJoined{j.at("participant").get<core::ParticipantId>(),
                                     j.at("token").get<std::string>(), j.at("group").get<std::string>()};
    }
    if (type == "group_chosen") {
      return core::GroupChosen{j.at("participant").get<core::ParticipantId>(), j.at("group").get<std::string>()};
    }
    if (type == "round_opened") {
      return core::RoundOpened{j.at("round").get<int>(), j.at("statements").get<core::BeliefStatements>(),
                               j.at("scale_min").get<int>(), j.at("scale_max").get<int>(),
                               j.value("revealed", false)};
    }
    if (type == "round_closed") {
      return core::RoundClosed{j.at("round").get<int>()};
    }
    if (type == "results_revealed") {
      return core::ResultsRevealed{j.at("round").get<int>()};
    }
    if (type == "belief_answered") {
      return core::BeliefAnswered{j.at("participant").get<core::ParticipantId>(), j.at("round").get<int>(),
                                  j.at("belief").get<int>(), j.at("value").get<int>()};
    }
    if (type == "poll_opened") {
      return core::PollOpened{j.at("poll").get<int>(),
                              j.at("question").get<std::string>(),
                              pollKindFromName(j.at("kind").get<std::string>()),
                              j.at("scale_min").get<int>(),
                              j.at("scale_max").get<int>(),
                              j.at("options").get<std::vector<std::string>>(),
                              j.at("multiple").get<bool>(),
                              j.at("revealed").get<bool>()};
    }
    if (type == "poll_closed") {
      return core::PollClosed{j.at("poll").get<int>()};
    }
    if (type == "poll_revealed") {
      return core::PollRevealed{j.at("poll").get<int>()};
    }
    if (type == "poll_answered") {
      return core::PollAnswered{j.at("participant").get<core::ParticipantId>(), j.at("poll").get<int>(),
                                j.at("choices").get<std::vector<int>>()};
    }
    if (type == "board_shown") {
      return core::BoardShown{boardFromName(j.at("board").get<std::string>())};
    }
    if (type == "privacy_threshold_set") {
      return core::PrivacyThresholdSet{j.at("threshold").get<int>()};
    }
  } catch (const json::exception& e) {
    throw StoreError("Damaged event '" + type + "' in the database: " + e.what());
  }
  throw StoreError("Unknown event type '" + type + "' in the database: written by a newer Balcony?");
}

} // namespace balcony::store
