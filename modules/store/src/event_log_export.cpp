// The JSON export of a session's event log, and reading one back (format "balcony-events").
#include "balcony/store/event_codec.hpp"

#include "balcony/core/moderation.hpp"
#include "balcony/store/store.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace balcony::store {

using nlohmann::json;

namespace {

// A note is edited in place, and may be hidden, edited, approved and hidden again: the words of
// every version the facilitator hid, or that was written while it was hidden, are blanked, even
// when the note shows at the end. Returns the events to blank, and the state after all of them.
std::set<std::size_t> hiddenNoteWords(const std::vector<core::Event>& events, core::SessionState& state) {
  std::set<std::size_t> blank;
  std::map<int, std::size_t> wroteWords; // note -> the event that wrote its words now
  // Only words that are now the note's (apply ignores an edit of someone else's note).
  auto wrote = [&](std::size_t i, int prompt, core::ParticipantId participant, int note) {
    const auto* p = state.findPrompt(prompt);
    const auto* n = p != nullptr ? p->noteOf(participant) : nullptr;
    if (n == nullptr || n->id != note) return;
    wroteWords[note] = i;
    if (n->hidden) blank.insert(i);
  };
  for (std::size_t i = 0; i < events.size(); ++i) {
    core::apply(state, events[i]);
    if (const auto* added = std::get_if<core::NoteAdded>(&events[i].body)) {
      wrote(i, added->prompt, added->participant, added->note);
    } else if (const auto* edited = std::get_if<core::NoteEdited>(&events[i].body)) {
      wrote(i, edited->prompt, edited->participant, edited->note);
    } else if (const auto* hid = std::get_if<core::NoteHidden>(&events[i].body)) {
      if (const auto it = wroteWords.find(hid->note); it != wroteWords.end()) blank.insert(it->second);
    }
  }
  return blank;
}

} // namespace

std::string exportEventLog(const std::vector<core::Event>& events, std::int64_t session) {
  // Moderated text leaves no export: find what was hidden, then blank it where it was written.
  core::SessionState final;
  const auto hiddenNotes = hiddenNoteWords(events, final);
  const auto hiddenTexts = core::hiddenTexts(final);
  const auto& hiddenStatements = hiddenTexts.statements;
  const auto& hiddenItems = hiddenTexts.clarityItems;
  const auto& unapprovedWords = hiddenTexts.flagWords;
  int hidden = 0;
  auto blank = [&](json& field) {
    field = "";
    ++hidden;
  };
  json log = json::array();
  for (std::size_t i = 0; i < events.size(); ++i) {
    const auto& e = events[i];
    const auto encoded = encodeEvent(e.body);
    auto body = json::parse(encoded.body);
    body.erase("token");
    if (hiddenNotes.contains(i)) {
      blank(body["text"]);
    } else if (encoded.type == "statement_submitted" && hiddenStatements.contains(body.at("statement").get<int>())) {
      blank(body["text"]);
    } else if (encoded.type == "clarity_item_added" && hiddenItems.contains(body.at("item").get<int>())) {
      blank(body["fields"]["what"]);
    } else if (encoded.type == "clarity_item_edited" && hiddenItems.contains(body.at("item").get<int>())) {
      body["fields"]["what"] = "";
    } else if (encoded.type == "flag_raised" && unapprovedWords.contains(body.at("flag").get<int>())) {
      blank(body["words"]);
    } else if (encoded.type == "reflection_shared" &&
               hiddenTexts.reflections.contains(body.at("reflection").get<int>())) {
      blank(body["text"]);
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
