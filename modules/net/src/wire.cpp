// JSON both ways with nlohmann-json; every field is type-checked before a command is built.
#include "wire.hpp"

#include "belief/belief_aggregate.hpp"
#include "clarity/clarity_lists.hpp"
#include "balcony/core/text.hpp"

#include <nlohmann/json.hpp>

namespace balcony::net::wire {

using nlohmann::json;

namespace {

DecodeError badField(std::string_view name) {
  return {"bad_field", "The field '" + std::string(name) + "' is missing or has the wrong type."};
}

bool getString(const json& j, const char* name, std::string& out, std::size_t maxLength, bool required) {
  auto it = j.find(name);
  if (it == j.end()) {
    return !required;
  }
  if (!it->is_string() || it->get_ref<const std::string&>().size() > maxLength) {
    return false;
  }
  out = it->get<std::string>();
  return true;
}

// Words a participant typed: cleaned of invisible tricks before anything else sees them.
bool getText(const json& j, const char* name, std::string& out, std::size_t maxLength, bool required) {
  if (!getString(j, name, out, maxLength, required)) {
    return false;
  }
  out = core::cleanParticipantText(out);
  return true;
}

template <typename Int> bool getInt(const json& j, const char* name, Int& out, std::int64_t lo, std::int64_t hi) {
  auto it = j.find(name);
  if (it == j.end() || !it->is_number_integer()) {
    return false;
  }
  const auto v = it->get<std::int64_t>();
  if (v < lo || v > hi) {
    return false;
  }
  out = static_cast<Int>(v);
  return true;
}

json roundJson(const core::Snapshot& snapshot) {
  const auto& state = snapshot.state;
  const auto* round = state.currentRound();
  if (round == nullptr) {
    return nullptr;
  }
  json r = {{"number", round->number},          {"open", round->open},          {"revealed", round->revealed},
            {"statements", round->statements},  {"scale_min", round->scaleMin}, {"scale_max", round->scaleMax},
            {"answered", round->answers.size()}};
  if (round->revealed) {
    json results = json::array();
    for (const auto& summary : core::summarizeRound(state, *round)) {
      results.push_back({{"counts", summary.overall.counts},
                         {"answered", summary.overall.answered},
                         {"median", summary.overall.median},
                         {"mean", summary.overall.mean}});
    }
    r["results"] = std::move(results);
  }
  return r;
}

json pollJson(const core::Snapshot& snapshot) {
  const auto* poll = snapshot.state.currentPoll();
  if (poll == nullptr) {
    return nullptr;
  }
  json p = {{"number", poll->number},
            {"question", poll->question},
            {"kind", poll->kind == core::PollKind::Scale ? "scale" : "options"},
            {"scale_min", poll->scaleMin},
            {"scale_max", poll->scaleMax},
            {"options", poll->options},
            {"multiple", poll->multiple},
            {"open", poll->open},
            {"revealed", poll->revealed},
            {"answered", poll->answers.size()}};
  if (poll->revealed) {
    const auto summary = core::summarizePoll(*poll);
    p["results"] = {{"counts", summary.counts}, {"answered", summary.answered}};
    if (poll->kind == core::PollKind::Scale) {
      p["results"]["median"] = summary.scale.median;
      p["results"]["mean"] = summary.scale.mean;
    }
  }
  return p;
}

// The difference board as phones see it: the prompt to answer and the approved statements to
// vote on. No ratings, notes or group figures: those are for the projector only.
json differenceJson(const core::Snapshot& snapshot) {
  const auto& state = snapshot.state;
  json d = {{"prompt", nullptr}, {"statements", json::array()}};
  if (const auto* prompt = state.findPrompt(state.currentPrompt)) {
    d["prompt"] = {{"number", prompt->number},          {"text", prompt->text},          {"kind", prompt->kind},
                   {"scale_min", prompt->scaleMin},     {"scale_max", prompt->scaleMax}, {"notes", prompt->notes},
                   {"answered", prompt->ratings.size()}};
  }
  for (const auto& st : state.statements) {
    if (st.status == core::StatementStatus::Approved) {
      d["statements"].push_back({{"id", st.id}, {"text", st.text}});
    }
  }
  return d;
}

// The clarity board as phones see it: the endeavour, what is agreed for now, and the proposals
// open for energy with their counts. Never who proposed what.
json clarityJson(const core::Snapshot& snapshot) {
  const auto& state = snapshot.state;
  json c = {{"endeavour", state.endeavour},
            {"energy_budget", state.energyBudget},
            {"agreed", json::array()},
            {"proposals", json::array()}};
  for (const auto* item : core::agreedItems(state)) {
    c["agreed"].push_back({{"id", item->id},
                           {"what", item->fields.what},
                           {"owner", item->fields.owner},
                           {"resources", item->fields.resources},
                           {"review_date", item->fields.reviewDate},
                           {"status", core::clarityStatusName(item->status)}});
  }
  for (const auto* item : core::proposalsByEnergy(state)) {
    c["proposals"].push_back({{"id", item->id}, {"what", item->fields.what}, {"energy", item->energy.size()}});
  }
  return c;
}

} // namespace

std::variant<ClientMessage, DecodeError> decode(std::string_view text) {
  const json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    return DecodeError{"bad_json", "The message is not a JSON object."};
  }
  int version = 0;
  if (!getInt(j, "v", version, 0, 1'000'000) || version != kProtocolVersion) {
    return DecodeError{"bad_version", "This page is out of date. Please reload it."};
  }
  std::string type;
  if (!getString(j, "type", type, 32, true)) {
    return badField("type");
  }
  if (type == "join") {
    JoinMsg m;
    if (!getString(j, "room", m.room, 16, true)) return badField("room");
    if (!getString(j, "token", m.token, 64, false)) return badField("token");
    if (!getString(j, "group", m.group, core::kMaxGroupNameLength, false)) return badField("group");
    return m;
  }
  if (type == "group") {
    GroupMsg m;
    if (!getString(j, "group", m.group, core::kMaxGroupNameLength, true)) return badField("group");
    return m;
  }
  if (type == "answer") {
    AnswerMsg m;
    if (!getInt(j, "id", m.id, 0, (std::int64_t{1} << 53))) return badField("id");
    if (!getInt(j, "round", m.round, 1, 1'000'000)) return badField("round");
    if (!getInt(j, "belief", m.belief, 0, 100)) return badField("belief");
    if (!getInt(j, "value", m.value, -1000, 1000)) return badField("value");
    return m;
  }
  if (type == "poll_answer") {
    PollAnswerMsg m;
    if (!getInt(j, "id", m.id, 0, (std::int64_t{1} << 53))) return badField("id");
    if (!getInt(j, "poll", m.poll, 1, 1'000'000)) return badField("poll");
    auto it = j.find("choices");
    if (it == j.end() || !it->is_array() || it->size() > core::kMaxPollOptions) return badField("choices");
    for (const auto& c : *it) {
      if (!c.is_number_integer() || c.get<std::int64_t>() < -1000 || c.get<std::int64_t>() > 1000) {
        return badField("choices");
      }
      m.choices.push_back(c.get<int>());
    }
    return m;
  }
  if (type == "prompt_answer") {
    PromptAnswerMsg m;
    if (!getInt(j, "id", m.id, 0, (std::int64_t{1} << 53))) return badField("id");
    if (!getInt(j, "prompt", m.prompt, 1, 1'000'000)) return badField("prompt");
    if (!getInt(j, "rating", m.rating, -1000, 1000)) return badField("rating");
    if (!getText(j, "note", m.note, core::kMaxNoteLength * 4, false)) return badField("note");
    return m;
  }
  if (type == "statement") {
    StatementMsg m;
    if (!getInt(j, "id", m.id, 0, (std::int64_t{1} << 53))) return badField("id");
    if (!getText(j, "text", m.text, core::kMaxParticipantStatementLength * 4, true)) return badField("text");
    return m;
  }
  if (type == "vote") {
    VoteMsg m;
    std::string vote;
    if (!getInt(j, "id", m.id, 0, (std::int64_t{1} << 53))) return badField("id");
    if (!getInt(j, "statement", m.statement, 1, 1'000'000)) return badField("statement");
    if (!getString(j, "vote", vote, 16, true) || !core::voteFromName(vote)) return badField("vote");
    m.vote = *core::voteFromName(vote);
    return m;
  }
  if (type == "proposal") {
    ProposalMsg m;
    if (!getInt(j, "id", m.id, 0, (std::int64_t{1} << 53))) return badField("id");
    if (!getText(j, "what", m.what, core::kMaxClarityTextLength * 4, true)) return badField("what");
    return m;
  }
  if (type == "energy") {
    EnergyMsg m;
    if (!getInt(j, "id", m.id, 0, (std::int64_t{1} << 53))) return badField("id");
    if (!getInt(j, "item", m.item, 1, 1'000'000)) return badField("item");
    auto on = j.find("on");
    if (on == j.end() || !on->is_boolean()) return badField("on");
    m.on = on->get<bool>();
    return m;
  }
  if (type == "flag") {
    FlagMsg m;
    std::string kind;
    if (!getInt(j, "id", m.id, 0, (std::int64_t{1} << 53))) return badField("id");
    if (!getString(j, "kind", kind, 16, true) || !core::flagKindFromName(kind)) return badField("kind");
    m.kind = *core::flagKindFromName(kind);
    if (!getText(j, "words", m.words, core::kMaxFlagWordsLength * 4, false)) return badField("words");
    return m;
  }
  return DecodeError{"unknown_type", "Unknown message type."};
}

std::string encodePublicState(const core::Snapshot& snapshot) {
  const auto& state = snapshot.state;
  json j = {{"type", "state"},
            {"v", kProtocolVersion},
            {"title", state.title},
            {"groups", state.groups},
            {"present", snapshot.present},
            {"state_version", snapshot.version},
            {"board", core::boardName(state.board)},
            {"round", roundJson(snapshot)},
            {"poll", pollJson(snapshot)},
            {"difference", differenceJson(snapshot)},
            {"clarity", clarityJson(snapshot)},
            {"topic", state.findTopic(state.currentTopic) != nullptr ? json(state.findTopic(state.currentTopic)->title)
                                                                     : json(nullptr)}};
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string encodeWelcome(const core::Snapshot& snapshot, const std::string& token, core::ParticipantId participant) {
  const auto& state = snapshot.state;
  json j = {{"type", "welcome"}, {"v", kProtocolVersion}, {"token", token}};
  auto p = state.participants.find(participant);
  j["group"] = p != state.participants.end() ? p->second.group : std::string{};
  json mine = nullptr;
  if (const auto* round = state.currentRound()) {
    auto it = round->answers.find(participant);
    if (it != round->answers.end()) {
      mine = {{"round", round->number}, {"answers", it->second}};
    }
  }
  j["mine"] = std::move(mine);
  json minePoll = nullptr;
  if (const auto* poll = state.currentPoll()) {
    auto it = poll->answers.find(participant);
    if (it != poll->answers.end()) {
      minePoll = {{"poll", poll->number}, {"choices", it->second}};
    }
  }
  j["mine_poll"] = std::move(minePoll);
  json minePrompt = nullptr;
  if (const auto* prompt = state.findPrompt(state.currentPrompt)) {
    auto it = prompt->ratings.find(participant);
    if (it != prompt->ratings.end()) {
      minePrompt = {{"prompt", prompt->number}, {"rating", it->second}, {"note", ""}};
      for (const auto& note : prompt->notesGiven) {
        if (note.participant == participant && !note.replaced) {
          minePrompt["note"] = note.text; // the participant's own words, even if hidden from the room
        }
      }
    }
  }
  j["mine_prompt"] = std::move(minePrompt);
  json mineVotes = json::object();
  for (const auto& st : state.statements) {
    auto it = st.votes.find(participant);
    if (st.status == core::StatementStatus::Approved && it != st.votes.end()) {
      mineVotes[std::to_string(st.id)] = core::voteName(it->second);
    }
  }
  j["mine_votes"] = std::move(mineVotes);
  json mineEnergy = json::array();
  for (const auto& item : state.clarity) {
    if (item.energy.contains(participant)) {
      mineEnergy.push_back(item.id);
    }
  }
  j["mine_energy"] = std::move(mineEnergy);
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string encodeAck(std::int64_t id, std::uint64_t stateVersion) {
  return json{{"type", "ack"}, {"id", id}, {"state_version", stateVersion}}.dump();
}

std::string encodeError(std::int64_t id, std::string_view code, std::string_view message) {
  return json{{"type", "error"}, {"id", id}, {"code", code}, {"message", message}}.dump(-1, ' ', false,
                                                                                        json::error_handler_t::replace);
}

} // namespace balcony::net::wire
