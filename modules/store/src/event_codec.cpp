// The stored form of each event. Type names are part of the file format: never rename one.
#include "balcony/store/event_codec.hpp"

#include "balcony/core/session_state.hpp"
#include "balcony/store/store.hpp"

#include <nlohmann/json.hpp>

#include <set>
#include <type_traits>

namespace balcony::store {

using nlohmann::json;

namespace {

template <typename>
[[maybe_unused]] inline constexpr bool kAlwaysFalse = false; // clang sees no use in a discarded branch

core::Board boardNamed(const std::string& name) {
  if (const auto board = core::boardFromName(name)) return *board;
  throw StoreError("Damaged event in the database: unknown board '" + name + "'");
}

core::FlagKind flagKindNamed(const std::string& name) {
  if (const auto kind = core::flagKindFromName(name)) return *kind;
  throw StoreError("Damaged event in the database: unknown flag kind '" + name + "'");
}

core::ClarityStatus clarityStatusNamed(const std::string& name) {
  if (const auto status = core::clarityStatusFromName(name)) return *status;
  throw StoreError("Damaged event in the database: unknown clarity status '" + name + "'");
}

json fieldsJson(const core::ClarityFields& f) {
  return {{"what", f.what},
          {"owner", f.owner},
          {"resources", f.resources},
          {"review_date", f.reviewDate},
          {"topic", f.topic}};
}

core::ClarityFields fieldsFrom(const json& j) {
  return {j.at("what").get<std::string>(), j.at("owner").get<std::string>(), j.at("resources").get<std::string>(),
          j.at("review_date").get<std::string>(), j.at("topic").get<int>()};
}

core::Vote voteNamed(const std::string& name) {
  if (const auto vote = core::voteFromName(name)) return *vote;
  throw StoreError("Damaged event in the database: unknown vote '" + name + "'");
}

const char* pollKindName(core::PollKind k) {
  return k == core::PollKind::Scale ? "scale" : "options";
}

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
          j = {{"round", e.round},
               {"statements", e.statements},
               {"scale_min", e.scaleMin},
               {"scale_max", e.scaleMax},
               {"revealed", e.revealed}};
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
          j = {{"poll", e.poll},          {"question", e.question},  {"kind", pollKindName(e.kind)},
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
          j = {{"board", core::boardName(e.board)}};
        } else if constexpr (std::is_same_v<T, core::PrivacyThresholdSet>) {
          type = "privacy_threshold_set";
          j = {{"threshold", e.threshold}};
        } else if constexpr (std::is_same_v<T, core::PromptAdded>) {
          type = "prompt_added";
          j = {{"prompt", e.prompt},      {"text", e.text},          {"kind", e.kind},
               {"scale_min", e.scaleMin}, {"scale_max", e.scaleMax}, {"notes", e.notes}};
        } else if constexpr (std::is_same_v<T, core::PromptShown>) {
          type = "prompt_shown";
          j = {{"prompt", e.prompt}};
        } else if constexpr (std::is_same_v<T, core::PromptAnswered>) {
          type = "prompt_answered";
          j = {{"participant", e.participant}, {"prompt", e.prompt}, {"rating", e.rating}};
        } else if constexpr (std::is_same_v<T, core::NoteAdded>) {
          type = "note_added";
          j = {{"note", e.note}, {"participant", e.participant}, {"prompt", e.prompt}, {"text", e.text}};
        } else if constexpr (std::is_same_v<T, core::NoteHidden>) {
          type = "note_hidden";
          j = {{"note", e.note}};
        } else if constexpr (std::is_same_v<T, core::StatementSubmitted>) {
          type = "statement_submitted";
          j = {{"statement", e.statement}, {"participant", e.participant}, {"text", e.text}};
        } else if constexpr (std::is_same_v<T, core::StatementApproved>) {
          type = "statement_approved";
          j = {{"statement", e.statement}};
        } else if constexpr (std::is_same_v<T, core::StatementHidden>) {
          type = "statement_hidden";
          j = {{"statement", e.statement}};
        } else if constexpr (std::is_same_v<T, core::StatementVoted>) {
          type = "statement_voted";
          j = {{"participant", e.participant}, {"statement", e.statement}, {"vote", core::voteName(e.vote)}};
        } else if constexpr (std::is_same_v<T, core::TopicAdded>) {
          type = "topic_added";
          j = {{"topic", e.topic}, {"title", e.title}, {"budget_minutes", e.budgetMinutes}};
        } else if constexpr (std::is_same_v<T, core::TopicStarted>) {
          type = "topic_started";
          j = {{"topic", e.topic}};
        } else if constexpr (std::is_same_v<T, core::DecisionRecorded>) {
          type = "decision_recorded";
          j = {{"topic", e.topic}, {"text", e.text}};
        } else if constexpr (std::is_same_v<T, core::FlagRaised>) {
          type = "flag_raised";
          j = {{"flag", e.flag},
               {"participant", e.participant},
               {"kind", core::flagKindName(e.kind)},
               {"words", e.words}};
        } else if constexpr (std::is_same_v<T, core::FlagWordsApproved>) {
          type = "flag_words_approved";
          j = {{"flag", e.flag}};
        } else if constexpr (std::is_same_v<T, core::AlertResolved>) {
          type = "alert_resolved";
          j = {{"key", e.key}, {"acknowledged", e.acknowledged}};
        } else if constexpr (std::is_same_v<T, core::SignalSettingsSet>) {
          type = "signal_settings_set";
          j = {{"revisit_limit", e.revisitLimit},
               {"overtime_percent", e.overtimePercent},
               {"flag_share_percent", e.flagSharePercent},
               {"flag_window_minutes", e.flagWindowMinutes},
               {"flag_lifetime_minutes", e.flagLifetimeMinutes},
               {"flag_cooldown_seconds", e.flagCooldownSeconds},
               {"alerts_on_projector", e.alertsOnProjector}};
        } else if constexpr (std::is_same_v<T, core::EndeavourSet>) {
          type = "endeavour_set";
          j = {{"text", e.text}};
        } else if constexpr (std::is_same_v<T, core::ClarityItemAdded>) {
          type = "clarity_item_added";
          j = {{"item", e.item},
               {"fields", fieldsJson(e.fields)},
               {"proposed_by", e.proposedBy},
               {"status", core::clarityStatusName(e.status)}};
        } else if constexpr (std::is_same_v<T, core::ClarityItemEdited>) {
          type = "clarity_item_edited";
          j = {{"item", e.item}, {"fields", fieldsJson(e.fields)}};
        } else if constexpr (std::is_same_v<T, core::ClarityStatusSet>) {
          type = "clarity_status_set";
          j = {{"item", e.item}, {"status", core::clarityStatusName(e.status)}};
        } else if constexpr (std::is_same_v<T, core::ClarityItemApproved>) {
          type = "clarity_item_approved";
          j = {{"item", e.item}};
        } else if constexpr (std::is_same_v<T, core::ClarityItemHidden>) {
          type = "clarity_item_hidden";
          j = {{"item", e.item}};
        } else if constexpr (std::is_same_v<T, core::ClarityItemMoved>) {
          type = "clarity_item_moved";
          j = {{"item", e.item}, {"position", e.position}};
        } else if constexpr (std::is_same_v<T, core::EnergyVoted>) {
          type = "energy_voted";
          j = {{"participant", e.participant}, {"item", e.item}, {"on", e.on}};
        } else if constexpr (std::is_same_v<T, core::EnergyBudgetSet>) {
          type = "energy_budget_set";
          j = {{"votes", e.votes}};
        } else if constexpr (std::is_same_v<T, core::SessionRetitled>) {
          type = "session_retitled";
          j = {{"title", e.title}};
        } else if constexpr (std::is_same_v<T, core::GroupsSet>) {
          type = "groups_set";
          j = {{"groups", e.groups}};
        } else if constexpr (std::is_same_v<T, core::BeliefStatementsSet>) {
          type = "belief_statements_set";
          j = {{"statements", e.statements}};
        } else if constexpr (std::is_same_v<T, core::JoiningLocked>) {
          type = "joining_locked";
          j = {{"locked", e.locked}};
        } else {
          static_assert(kAlwaysFalse<T>, "every event type needs a stored form");
        }
        // Text that is not valid UTF-8 (a mistyped terminal line) is stored with replacement
        // characters rather than thrown out of the engine thread.
        return {type, j.dump(-1, ' ', false, json::error_handler_t::replace)};
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
      return core::ParticipantJoined{j.at("participant").get<core::ParticipantId>(), j.at("token").get<std::string>(),
                                     j.at("group").get<std::string>()};
    }
    if (type == "group_chosen") {
      return core::GroupChosen{j.at("participant").get<core::ParticipantId>(), j.at("group").get<std::string>()};
    }
    if (type == "round_opened") {
      return core::RoundOpened{j.at("round").get<int>(), j.at("statements").get<core::BeliefStatements>(),
                               j.at("scale_min").get<int>(), j.at("scale_max").get<int>(), j.value("revealed", false)};
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
      return core::BoardShown{boardNamed(j.at("board").get<std::string>())};
    }
    if (type == "privacy_threshold_set") {
      return core::PrivacyThresholdSet{j.at("threshold").get<int>()};
    }
    if (type == "prompt_added") {
      return core::PromptAdded{j.at("prompt").get<int>(),       j.at("text").get<std::string>(),
                               j.at("kind").get<std::string>(), j.at("scale_min").get<int>(),
                               j.at("scale_max").get<int>(),    j.at("notes").get<bool>()};
    }
    if (type == "prompt_shown") {
      return core::PromptShown{j.at("prompt").get<int>()};
    }
    if (type == "prompt_answered") {
      return core::PromptAnswered{j.at("participant").get<core::ParticipantId>(), j.at("prompt").get<int>(),
                                  j.at("rating").get<int>()};
    }
    if (type == "note_added") {
      return core::NoteAdded{j.at("note").get<int>(), j.at("participant").get<core::ParticipantId>(),
                             j.at("prompt").get<int>(), j.at("text").get<std::string>()};
    }
    if (type == "note_hidden") {
      return core::NoteHidden{j.at("note").get<int>()};
    }
    if (type == "statement_submitted") {
      return core::StatementSubmitted{j.at("statement").get<int>(), j.at("participant").get<core::ParticipantId>(),
                                      j.at("text").get<std::string>()};
    }
    if (type == "statement_approved") {
      return core::StatementApproved{j.at("statement").get<int>()};
    }
    if (type == "statement_hidden") {
      return core::StatementHidden{j.at("statement").get<int>()};
    }
    if (type == "topic_added") {
      return core::TopicAdded{j.at("topic").get<int>(), j.at("title").get<std::string>(),
                              j.at("budget_minutes").get<int>()};
    }
    if (type == "topic_started") {
      return core::TopicStarted{j.at("topic").get<int>()};
    }
    if (type == "decision_recorded") {
      return core::DecisionRecorded{j.at("topic").get<int>(), j.at("text").get<std::string>()};
    }
    if (type == "flag_raised") {
      return core::FlagRaised{j.at("flag").get<int>(), j.at("participant").get<core::ParticipantId>(),
                              flagKindNamed(j.at("kind").get<std::string>()), j.at("words").get<std::string>()};
    }
    if (type == "flag_words_approved") {
      return core::FlagWordsApproved{j.at("flag").get<int>()};
    }
    if (type == "alert_resolved") {
      return core::AlertResolved{j.at("key").get<std::string>(), j.at("acknowledged").get<bool>()};
    }
    if (type == "signal_settings_set") {
      return core::SignalSettingsSet{j.at("revisit_limit").get<int>(),         j.at("overtime_percent").get<int>(),
                                     j.at("flag_share_percent").get<int>(),    j.at("flag_window_minutes").get<int>(),
                                     j.at("flag_lifetime_minutes").get<int>(), j.at("flag_cooldown_seconds").get<int>(),
                                     j.at("alerts_on_projector").get<bool>()};
    }
    if (type == "endeavour_set") {
      return core::EndeavourSet{j.at("text").get<std::string>()};
    }
    if (type == "clarity_item_added") {
      return core::ClarityItemAdded{j.at("item").get<int>(), fieldsFrom(j.at("fields")),
                                    j.at("proposed_by").get<core::ParticipantId>(),
                                    clarityStatusNamed(j.at("status").get<std::string>())};
    }
    if (type == "clarity_item_edited") {
      return core::ClarityItemEdited{j.at("item").get<int>(), fieldsFrom(j.at("fields"))};
    }
    if (type == "clarity_status_set") {
      return core::ClarityStatusSet{j.at("item").get<int>(), clarityStatusNamed(j.at("status").get<std::string>())};
    }
    if (type == "clarity_item_approved") {
      return core::ClarityItemApproved{j.at("item").get<int>()};
    }
    if (type == "clarity_item_hidden") {
      return core::ClarityItemHidden{j.at("item").get<int>()};
    }
    if (type == "clarity_item_moved") {
      return core::ClarityItemMoved{j.at("item").get<int>(), j.at("position").get<int>()};
    }
    if (type == "energy_voted") {
      return core::EnergyVoted{j.at("participant").get<core::ParticipantId>(), j.at("item").get<int>(),
                               j.at("on").get<bool>()};
    }
    if (type == "energy_budget_set") {
      return core::EnergyBudgetSet{j.at("votes").get<int>()};
    }
    if (type == "session_retitled") {
      return core::SessionRetitled{j.at("title").get<std::string>()};
    }
    if (type == "groups_set") {
      return core::GroupsSet{j.at("groups").get<std::vector<std::string>>()};
    }
    if (type == "belief_statements_set") {
      return core::BeliefStatementsSet{j.at("statements").get<core::BeliefStatements>()};
    }
    if (type == "joining_locked") {
      return core::JoiningLocked{j.at("locked").get<bool>()};
    }
    if (type == "statement_voted") {
      return core::StatementVoted{j.at("participant").get<core::ParticipantId>(), j.at("statement").get<int>(),
                                  voteNamed(j.at("vote").get<std::string>())};
    }
  } catch (const json::exception& e) {
    throw StoreError("Damaged event '" + type + "' in the database: " + e.what());
  }
  throw StoreError("Unknown event type '" + type + "' in the database: written by a newer Balcony?");
}

std::string exportEventLog(const std::vector<core::Event>& events, std::int64_t session) {
  // Moderated text leaves no export: find what ended up hidden, then blank it where it was written.
  const auto final = core::replay(events);
  std::set<int> hiddenNotes;
  for (const auto& prompt : final.prompts) {
    for (const auto& note : prompt.notesGiven) {
      if (note.hidden) hiddenNotes.insert(note.id);
    }
  }
  std::set<int> hiddenStatements;
  for (const auto& st : final.statements) {
    if (st.status == core::StatementStatus::Hidden) hiddenStatements.insert(st.id);
  }
  std::set<int> hiddenItems;
  for (const auto& item : final.clarity) {
    if (item.hidden) hiddenItems.insert(item.id);
  }
  std::set<int> unapprovedWords;
  for (const auto& flag : final.flags) {
    if (!flag.words.empty() && !flag.wordsApproved) unapprovedWords.insert(flag.id);
  }
  int hidden = 0;
  auto blank = [&](json& field) {
    field = "";
    ++hidden;
  };
  json log = json::array();
  for (const auto& e : events) {
    const auto encoded = encodeEvent(e.body);
    auto body = json::parse(encoded.body);
    body.erase("token");
    if (encoded.type == "note_added" && hiddenNotes.contains(body.at("note").get<int>())) {
      blank(body["text"]);
    } else if (encoded.type == "statement_submitted" && hiddenStatements.contains(body.at("statement").get<int>())) {
      blank(body["text"]);
    } else if (encoded.type == "clarity_item_added" && hiddenItems.contains(body.at("item").get<int>())) {
      blank(body["fields"]["what"]);
    } else if (encoded.type == "clarity_item_edited" && hiddenItems.contains(body.at("item").get<int>())) {
      body["fields"]["what"] = "";
    } else if (encoded.type == "flag_raised" && unapprovedWords.contains(body.at("flag").get<int>())) {
      blank(body["words"]);
    }
    log.push_back({{"at_ms", e.at}, {"type", encoded.type}, {"data", std::move(body)}});
  }
  return json{{"format", "balcony-events"},
              {"version", 1},
              {"session", session},
              {"hidden_texts", hidden},
              {"events", std::move(log)}}
             .dump(2, ' ', false, json::error_handler_t::replace) +
         "\n";
}

// An event log from a file (or a damaged database) was not written by decide(), and apply() and the
// reports trust every event they fold: values that index, size or multiply are checked here,
// before the first replay.
void checkEvent(const core::SessionState& state, const core::Event& event) {
  constexpr core::Millis kLatest = 253'402'300'799'999; // the last millisecond of the year 9999
  auto refuse = [](const std::string& why) { throw StoreError("Damaged event log: " + why); };
  auto scale = [&](int lo, int hi) {
    if (lo < -1000 || hi > 1000 || lo >= hi) refuse("a scale must run upwards within -1000 to 1000");
  };
  if (event.at < 0 || event.at > kLatest) refuse("a time out of range");
  std::visit(
      [&](const auto& e) {
        using T = std::decay_t<decltype(e)>;
        if constexpr (std::is_same_v<T, core::RoundOpened> || std::is_same_v<T, core::PromptAdded>) {
          scale(e.scaleMin, e.scaleMax);
        } else if constexpr (std::is_same_v<T, core::PollOpened>) {
          if (e.kind == core::PollKind::Scale) scale(e.scaleMin, e.scaleMax); // an options poll has no scale
        }
        if constexpr (std::is_same_v<T, core::BeliefAnswered>) {
          if (e.belief < 0 || static_cast<std::size_t>(e.belief) >= core::kBeliefCount) refuse("an unknown belief");
        } else if constexpr (std::is_same_v<T, core::PollAnswered>) {
          for (const auto& poll : state.polls) {
            if (poll.number != e.poll || poll.kind != core::PollKind::Options) continue;
            for (int c : e.choices) {
              if (c < 0 || static_cast<std::size_t>(c) >= poll.options.size()) refuse("a poll choice out of range");
            }
          }
        } else if constexpr (std::is_same_v<T, core::TopicAdded>) {
          if (e.budgetMinutes < 0 || e.budgetMinutes > 100'000) refuse("a topic budget out of range");
        } else if constexpr (std::is_same_v<T, core::SignalSettingsSet>) {
          for (int v : {e.revisitLimit, e.overtimePercent, e.flagSharePercent, e.flagWindowMinutes,
                        e.flagLifetimeMinutes, e.flagCooldownSeconds}) {
            if (v < 0 || v > 100'000) refuse("a signal setting out of range");
          }
        }
      },
      event.body);
}

std::vector<core::Event> importEventLog(const std::string& text) {
  std::vector<core::Event> events;
  core::SessionState state;
  try {
    const auto j = json::parse(text);
    if (j.at("format") != "balcony-events" || j.at("version") != 1) {
      throw StoreError("Not a Balcony event log (format balcony-events, version 1).");
    }
    std::size_t n = 0;
    for (const auto& e : j.at("events")) {
      auto data = e.at("data");
      if (e.at("type") == "participant_joined") {
        // Tokens were left out of the export; a stand-in keeps each participant distinct.
        data["token"] = "exported-" + std::to_string(++n);
      }
      events.push_back(
          core::Event{e.at("at_ms").get<core::Millis>(), decodeEvent(e.at("type").get<std::string>(), data.dump())});
      checkEvent(state, events.back());
      core::apply(state, events.back());
    }
  } catch (const json::exception& e) {
    throw StoreError(std::string("Damaged event log: ") + e.what());
  }
  return events;
}

} // namespace balcony::store
