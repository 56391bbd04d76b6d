// The JSON export of a session's event log, and reading one back (format "balcony-events").
#include "balcony/store/event_codec.hpp"

#include "balcony/core/moderation.hpp"
#include "balcony/store/store.hpp"

#include <nlohmann/json.hpp>

namespace balcony::store {

using nlohmann::json;

std::string exportEventLog(const std::vector<core::Event>& events, std::int64_t session) {
  // Moderated text leaves no export: find what ended up hidden, then blank it where it was written.
  const auto final = core::replay(events);
  const auto hiddenTexts = core::hiddenTexts(final);
  const auto& hiddenNotes = hiddenTexts.notes;
  const auto& hiddenStatements = hiddenTexts.statements;
  const auto& hiddenItems = hiddenTexts.clarityItems;
  const auto& unapprovedWords = hiddenTexts.flagWords;
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
