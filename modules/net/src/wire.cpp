// JSON both ways with nlohmann-json, over the registry: each participant command is read by its
// board's wire part, and each board writes its own part of the state and of the welcome. A board
// whose command has no message form or reader, or that writes no state, does not build.
#include "wire.hpp"

#include "balcony_net_board_parts.hpp"
#include "session_wire.hpp"

namespace balcony::net::wire {

namespace {

template <class... C> constexpr bool typesDistinct(core::TypeList<C...>) {
  const std::string_view types[] = {messageForm(std::type_identity<C>{}).type...};
  for (std::size_t i = 0; i < sizeof...(C); ++i) {
    for (std::size_t j = i + 1; j < sizeof...(C); ++j) {
      if (types[i] == types[j]) return false;
    }
  }
  return true;
}
static_assert(typesDistinct(core::AllParticipantCommands{}), "every participant command has a message type of its own");

std::string dump(const Json& j) {
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace

std::variant<ClientMessage, DecodeError> decode(std::string_view text) {
  const Json j = Json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    return DecodeError{"bad_json", "The message is not a JSON object."};
  }
  const Fields fields(j);
  int version = 0;
  if (!fields.integer("v", version, 0, 1'000'000) || version != kProtocolVersion) {
    return DecodeError{"bad_version", "This page is out of date. Please reload it."};
  }
  std::string type;
  if (!fields.string("type", type, 32, true)) {
    return Fields::bad("type");
  }
  std::variant<ClientMessage, DecodeError> result = DecodeError{"unknown_type", "Unknown message type."};
  core::anyType(core::AllParticipantCommands{}, [&](auto tag) {
    using C = typename decltype(tag)::type;
    const auto form = messageForm(tag);
    if (form.type != type) return false;
    ClientMessage message;
    if (form.acknowledged && !fields.integer("id", message.id, 0, std::int64_t{1} << 53)) {
      result = Fields::bad("id");
      return true;
    }
    C command;
    if (auto error = read(fields, command)) {
      result = std::move(*error);
      return true;
    }
    message.command = std::move(command);
    result = std::move(message);
    return true;
  });
  return result;
}

std::string encodePublicState(const core::Snapshot& snapshot) {
  const auto& state = snapshot.state;
  Json j = {{"type", "state"},
            {"v", kProtocolVersion},
            {"title", state.title},
            {"groups", state.groups},
            {"present", snapshot.present},
            {"state_version", snapshot.version},
            {"board", core::boardName(state.board)}};
  core::forEachType(core::Boards{}, [&](auto board) { writePublic(board, snapshot, j); });
  return dump(j);
}

std::string encodeWelcome(const core::Snapshot& snapshot, const std::string& token, core::ParticipantId participant) {
  const auto& state = snapshot.state;
  Json j = {{"type", "welcome"}, {"v", kProtocolVersion}, {"token", token}};
  auto p = state.participants.find(participant);
  j["group"] = p != state.participants.end() ? p->second.group : std::string{};
  core::forEachType(core::Boards{}, [&](auto board) { writeMine(board, state, participant, j); });
  return dump(j);
}

std::string encodeAck(std::int64_t id, std::uint64_t stateVersion) {
  return Json{{"type", "ack"}, {"id", id}, {"state_version", stateVersion}}.dump();
}

std::string encodeError(std::int64_t id, std::string_view code, std::string_view message) {
  return dump(Json{{"type", "error"}, {"id", id}, {"code", code}, {"message", message}});
}

} // namespace balcony::net::wire
