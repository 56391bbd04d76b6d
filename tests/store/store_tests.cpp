// The event log on a real SQLite file: written, closed, reopened, and guarded against a second user.
#include "balcony/core/session_state.hpp"
#include "balcony/store/event_codec.hpp"

#include "balcony/store/store.hpp"
#include "known_session.hpp"
#include "test_support.hpp"
#include <sqlite3.h>

#include <catch2/catch.hpp>

#include <fstream>

using namespace balcony;
using namespace balcony::core;

TEST_CASE("Events written to a file come back in order after closing and reopening it", "[store]") {
  test::TempDir dir;
  const auto path = dir.path() / "nested" / "balcony.sqlite"; // missing folders are created
  store::SessionId session = 0;
  {
    store::Store db(path);
    CHECK(db.latestSession() == 0);
    session = db.createSession(100);
    db.append(session, {{101, SessionCreated{"Case review", "K7QP", {"Health", "Schools"}}},
                        {102, ParticipantJoined{1, test::token(1), "Schools"}}});
    db.append(session, {{103, RoundOpened{1, kDefaultBeliefStatements, 0, 10}}, {104, BeliefAnswered{1, 1, 2, 7}}});
  }
  store::Store reopened(path);
  CHECK(reopened.latestSession() == session);
  const auto events = reopened.loadEvents(session);
  REQUIRE(events.size() == 4);
  CHECK(events[0].at == 101);
  CHECK(events[3].at == 104);
  const auto state = replay(events);
  CHECK(state.title == "Case review");
  CHECK(state.groups == std::vector<std::string>{"Health", "Schools"});
  CHECK(state.findByToken(test::token(1))->group == "Schools");
  CHECK(state.rounds.at(0).scaleMax == 10);
  CHECK(state.rounds.at(0).answers.at(1)[2] == 7);
}

TEST_CASE("Every event type survives encoding and decoding", "[store][codec]") {
  const std::vector<EventBody> all = {
      SessionCreated{"T \"quoted\" \xE2\x80\x94 dash", "ABCD", {"A", "B"}},
      ParticipantJoined{3, test::token(3), "A"},
      GroupChosen{3, "B"},
      RoundOpened{2, {"one", "two", "three"}, 1, 5},
      RoundClosed{2},
      ResultsRevealed{2},
      BeliefAnswered{3, 2, 1, 4},
      PollOpened{1, "Where next?", PollKind::Options, 1, 5, {"Here", "There"}, true, false},
      PollOpened{2, "How urgent?", PollKind::Scale, 0, 10, {}, false, true},
      PollClosed{1},
      PollRevealed{1},
      PollAnswered{3, 1, {0, 1}},
      BoardShown{Board::Poll},
      PrivacyThresholdSet{5},
  };
  for (const auto& event : all) {
    const auto encoded = store::encodeEvent(event);
    const auto decoded = store::decodeEvent(encoded.type, encoded.body);
    CHECK(decoded.index() == event.index());
    CHECK(store::encodeEvent(decoded).body == encoded.body);
  }
  CHECK_THROWS_AS(store::decodeEvent("from_the_future", "{}"), store::StoreError);
  CHECK_THROWS_AS(store::decodeEvent("round_closed", "{\"round\":\"x\"}"), store::StoreError);
  CHECK_THROWS_AS(store::decodeEvent("round_closed", "not json"), store::StoreError);
  CHECK_THROWS_AS(store::decodeEvent("board_shown", "{\"board\":\"stage\"}"), store::StoreError);
}

TEST_CASE("A second Balcony on the same database is refused with a clear message", "[store][lock]") {
  test::TempDir dir;
  const auto path = dir.path() / "balcony.sqlite";
  store::Store first(path);
  try {
    store::Store second(path);
    FAIL("the second store opened");
  } catch (const store::StoreError& e) {
    CHECK_THAT(e.what(), Catch::Contains("Another Balcony is already using"));
  }
}

TEST_CASE("A file that is not a database is refused, not overwritten", "[store]") {
  test::TempDir dir;
  const auto path = dir.path() / "notes.sqlite";
  {
    std::ofstream out(path);
    out << "These are my meeting notes, not a database. Please keep them.\n";
  }
  CHECK_THROWS_AS(store::Store(path), store::StoreError);
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  CHECK(line == "These are my meeting notes, not a database. Please keep them.");
}

TEST_CASE("Sessions belong to a series: the next session continues it", "[store][series]") {
  test::TempDir dir;
  store::Store db(dir.path() / "balcony.sqlite");
  const auto a1 = db.createSession(1);
  const auto b1 = db.createSession(2); // another partnership
  const auto a2 = db.createSession(3, a1);
  const auto a3 = db.createSession(4, a2);
  CHECK(db.seriesOf(a3) == std::vector<store::SessionId>{a1, a2, a3});
  CHECK(db.seriesOf(b1) == std::vector<store::SessionId>{b1});
  CHECK(db.latestSession() == a3);

  db.append(a1, {{10, SessionCreated{"Autumn", "ABCD", {"Health"}}},
                 {11, ParticipantJoined{1, test::token(1), "Health"}},
                 {12, RoundOpened{1, kDefaultBeliefStatements, 1, 5, true}},
                 {13, BeliefAnswered{1, 1, 0, 5}},
                 {14, ParticipantJoined{2, test::token(2), "Health"}},
                 {15, BeliefAnswered{2, 1, 0, 5}},
                 {16, ParticipantJoined{3, test::token(3), "Health"}},
                 {17, BeliefAnswered{3, 1, 0, 5}},
                 {18, BeliefAnswered{3, 1, 1, 4}}});
  const auto history = store::seriesHistory(db, a3);
  REQUIRE(history.size() == 1);
  CHECK(history[0].round == 1);
  CHECK(history[0].label.ends_with(" R1"));
  REQUIRE(history[0].overall[0]);
  CHECK(*history[0].overall[0] == Approx(1.0));
  CHECK_FALSE(history[0].overall[1]); // one answer: under the privacy threshold, not in the trend
  CHECK(store::seriesHistory(db, a1).empty());
}

TEST_CASE("A database of the first schema is upgraded in place after a backup copy", "[store][migration]") {
  test::TempDir dir;
  const auto path = dir.path() / "old.sqlite";
  {
    std::ifstream in(test::fixturesDir() / "schema-v1.sql");
    const std::string sql((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE_FALSE(sql.empty());
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(path.string().c_str(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
  }
  store::Store db(path);
  CHECK(std::filesystem::exists(path.string() + ".v1.bak"));
  const auto state = replay(db.loadEvents(1));
  CHECK(state.title == "Before the upgrade");
  CHECK(state.rounds.at(0).answers.at(1)[0] == 4);
  CHECK(state.rounds.at(0).revealed == false); // a field the first schema did not have
  CHECK(db.seriesOf(1) == std::vector<store::SessionId>{1});
  const auto next = db.createSession(2, 1);
  CHECK(db.seriesOf(next) == std::vector<store::SessionId>{1, next});

  // The backup is the database as it was: still the first schema.
  sqlite3* backup = nullptr;
  REQUIRE(sqlite3_open((path.string() + ".v1.bak").c_str(), &backup) == SQLITE_OK);
  sqlite3_stmt* q = nullptr;
  sqlite3_prepare_v2(backup, "PRAGMA user_version", -1, &q, nullptr);
  sqlite3_step(q);
  CHECK(sqlite3_column_int(q, 0) == 1);
  sqlite3_finalize(q);
  sqlite3_close(backup);
}

TEST_CASE("The JSON export replayed gives the same state", "[store][export][roundtrip]") {
  test::TempDir dir;
  store::Store db(dir.path() / "b.sqlite");
  const auto session = db.createSession(1);
  std::vector<Event> events = {
      {1, SessionCreated{"Round trip", "ABCD", {"Health", "Police"}}},
      {2, ParticipantJoined{1, test::token(1), "Health"}},
      {3, ParticipantJoined{2, test::token(2), "Police"}},
      {4, RoundOpened{1, kDefaultBeliefStatements, 1, 5, true}},
      {5, BeliefAnswered{1, 1, 0, 5}},
      {6, BeliefAnswered{2, 1, 2, 1}},
      {7, PollOpened{1, "Lunch?", PollKind::Options, 1, 5, {"Yes", "No"}, false, false}},
      {8, PollAnswered{2, 1, {1}}},
      {9, TopicAdded{1, "Beds", 20}},
  };
  events.push_back({10, TopicStarted{1}});
  events.push_back(
      {11, ClarityItemAdded{1, {"Huddle", "Schools", "One officer", "2027-01-10", 1}, 0, ClarityStatus::Agreed}});
  events.push_back({12, EnergyVoted{1, 1, true}});
  events.push_back({13, PromptAdded{1, "A case", "case", 1, 5, true}});
  events.push_back({14, NoteAdded{1, 1, 1, "Words the facilitator hid"}});
  events.push_back({15, NoteHidden{1}});
  db.append(session, events);
  const auto original = replay(db.loadEvents(session));
  const auto exported = store::exportEventLog(db.loadEvents(session), session);
  CHECK(exported.find(test::token(1)) == std::string::npos); // tokens stay on the laptop
  CHECK(exported.find("Words the facilitator hid") == std::string::npos);
  CHECK(exported.find("\"hidden_texts\": 1") != std::string::npos);
  const auto back = replay(store::importEventLog(exported));
  CHECK(back.eventCount == original.eventCount);
  CHECK(back.title == original.title);
  CHECK(back.participants.size() == original.participants.size());
  CHECK(back.participants.at(2).group == "Police");
  CHECK(back.rounds.at(0).answers == original.rounds.at(0).answers);
  CHECK(back.polls.at(0).answers == original.polls.at(0).answers);
  CHECK(back.topics.at(0).visits == 1);
  CHECK(back.clarity.at(0).fields.reviewDate == "2027-01-10");
  CHECK(back.clarity.at(0).energy == original.clarity.at(0).energy);
  CHECK(back.prompts.at(0).notesGiven.at(0).hidden); // still there, still hidden, now without its words
  CHECK_THROWS_AS(store::importEventLog("{\"format\":\"other\"}"), store::StoreError);
  CHECK_THROWS_AS(store::importEventLog("not json"), store::StoreError);
}

TEST_CASE("The JSON export blanks every version of a note that was ever hidden, approved or not",
          "[store][export][notes]") {
  const std::vector<Event> events = {
      {1, SessionCreated{"Notes", "ABCD", {"Health"}}},     {2, ParticipantJoined{1, test::token(1), "Health"}},
      {3, PromptAdded{1, "A case", "case", 1, 5, true}},    {4, PromptShown{1}},
      {5, NoteAdded{1, 1, 1, "first words, hidden later"}}, {6, NoteHidden{1}},
      {7, NoteEdited{1, 1, 1, "written while hidden"}},     {8, NoteApproved{1}},
      {9, NoteEdited{1, 1, 1, "what the room may read"}},
  };
  const auto exported = store::exportEventLog(events, 1);
  CHECK(exported.find("first words") == std::string::npos);
  CHECK(exported.find("written while hidden") == std::string::npos);
  CHECK(exported.find("what the room may read") != std::string::npos);
  CHECK(exported.find("\"hidden_texts\": 2") != std::string::npos);
  const auto back = replay(store::importEventLog(exported));
  REQUIRE(back.prompts.at(0).notesGiven.size() == 1);
  CHECK(back.prompts.at(0).notesGiven[0].text == "what the room may read");
  CHECK_FALSE(back.prompts.at(0).notesGiven[0].hidden);
}

TEST_CASE("The JSON export blanks old rewrites that took a hidden mark, and words hidden a second time",
          "[store][export][notes]") {
  const std::vector<Event> events = {
      {1, SessionCreated{"Notes", "ABCD", {"Health"}}},
      {2, ParticipantJoined{1, test::token(1), "Health"}},
      {3, ParticipantJoined{2, test::token(2), "Health"}},
      {4, PromptAdded{1, "A case", "case", 1, 5, true}},
      {5, PromptShown{1}},
      // From before notes were edited in place: a rewrite is a note of its own, here after a hide.
      {6, NoteAdded{1, 1, 1, "old words, hidden"}},
      {7, NoteHidden{1}},
      {8, NoteAdded{2, 1, 1, "old rewrite, hidden too"}},
      // Hidden, approved, edited while showing, then hidden again.
      {9, NoteAdded{3, 2, 1, "shown first"}},
      {10, NoteHidden{3}},
      {11, NoteApproved{3}},
      {12, NoteEdited{3, 2, 1, "shown, then hidden again"}},
      {13, NoteHidden{3}},
  };
  const auto exported = store::exportEventLog(events, 1);
  for (const char* words : {"old words", "old rewrite", "shown first", "hidden again"}) {
    INFO(words);
    CHECK(exported.find(words) == std::string::npos);
  }
  CHECK(exported.find("\"hidden_texts\": 4") != std::string::npos);
}

TEST_CASE("An imported log whose notes share a number, or whose edit is of another's note, is refused",
          "[store][export][notes]") {
  auto log = [](const std::string& last) {
    return R"({"format":"balcony-events","version":1,"session":1,"hidden_texts":0,"events":[)"
           R"({"at_ms":1,"type":"session_created","data":{"title":"T","room_code":"ABCD","groups":["A"]}},)"
           R"({"at_ms":2,"type":"participant_joined","data":{"participant":1,"group":"A"}},)"
           R"({"at_ms":3,"type":"participant_joined","data":{"participant":2,"group":"A"}},)"
           R"({"at_ms":4,"type":"prompt_added","data":{"prompt":1,"text":"P","kind":"case","scale_min":1,)"
           R"("scale_max":5,"notes":true}},)"
           R"({"at_ms":5,"type":"note_added","data":{"note":1,"participant":1,"prompt":1,"text":"mine"}},)" +
           last + "]}";
  };
  CHECK_NOTHROW(store::importEventLog(
      log(R"({"at_ms":6,"type":"note_edited","data":{"note":1,"participant":1,"prompt":1,"text":"mine, edited"}})")));
  const auto bad = GENERATE(
      R"({"at_ms":6,"type":"note_added","data":{"note":1,"participant":2,"prompt":1,"text":"same number"}})",
      R"({"at_ms":6,"type":"note_edited","data":{"note":1,"participant":2,"prompt":1,"text":"not theirs"}})",
      R"({"at_ms":6,"type":"note_edited","data":{"note":1,"participant":1,"prompt":2,"text":"no such prompt"}})");
  CHECK_THROWS_AS(store::importEventLog(log(bad)), store::StoreError);
}

TEST_CASE("An event log whose values would index or size past what the state holds is refused", "[store][export]") {
  // Found by the export_writers fuzzer: imported events reach apply() and the reports unchecked.
  auto log = [](const std::string& event) {
    return R"({"format":"balcony-events","version":1,"session":1,"hidden_texts":0,"events":[)"
           R"({"at_ms":1,"type":"session_created","data":{"title":"T","room_code":"ABCD","groups":["A"]}},)"
           R"({"at_ms":2,"type":"round_opened","data":{"round":1,"statements":["a","b","c"],"scale_min":1,)"
           R"("scale_max":5,"revealed":true}},)"
           R"({"at_ms":3,"type":"poll_opened","data":{"poll":1,"question":"Q","kind":"options","scale_min":1,)"
           R"("scale_max":5,"options":["x","y"],"multiple":false,"revealed":true}},)" +
           event + "]}";
  };
  CHECK_NOTHROW(store::importEventLog(
      log(R"({"at_ms":4,"type":"belief_answered","data":{"participant":1,"round":1,"belief":2,"value":4}})")));
  const auto bad =
      GENERATE(R"({"at_ms":4,"type":"belief_answered","data":{"participant":1,"round":1,"belief":3,"value":4}})",
               R"({"at_ms":4,"type":"poll_answered","data":{"participant":1,"poll":1,"choices":[2]}})",
               R"({"at_ms":4,"type":"prompt_added","data":{"prompt":1,"text":"P","kind":"case","scale_min":0,)"
               R"("scale_max":2000000000,"notes":true}})",
               R"({"at_ms":-4,"type":"round_closed","data":{"round":1}})");
  INFO(bad);
  CHECK_THROWS_AS(store::importEventLog(log(bad)), store::StoreError);
}

TEST_CASE("A damaged database is refused with a clear message, not replayed", "[store][fault]") {
  test::TempDir dir;
  const auto path = dir.path() / "balcony.sqlite";
  store::SessionId session = 0;
  {
    store::Store db(path);
    session = db.createSession(100);
    db.append(session, {{101, SessionCreated{"Case review", "K7QP", {"Health"}}},
                        {102, ParticipantJoined{1, test::token(1), "Health"}},
                        {103, RoundOpened{1, kDefaultBeliefStatements, 1, 5}}});
  }
  // Something other than Balcony writes an answer to a belief that does not exist.
  sqlite3* raw = nullptr;
  REQUIRE(sqlite3_open(path.string().c_str(), &raw) == SQLITE_OK);
  const std::string sql = "INSERT INTO events(session_id, at_ms, type, body) VALUES (" + std::to_string(session) +
                          R"(, 104, 'belief_answered', '{"participant":1,"round":1,"belief":70000,"value":4}'))";
  REQUIRE(sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(raw);
  store::Store db(path);
  CHECK_THROWS_WITH(db.loadEvents(session), Catch::Contains("Damaged event log: an unknown belief"));
}

TEST_CASE("The known session's JSON event log matches the expected file", "[store][export][golden]") {
  test::checkGolden("known-session.json", store::exportEventLog(test::knownSessionEvents(), 1));
}

TEST_CASE("The session library lists, renames through events, and archives sessions", "[store][library]") {
  test::TempDir dir;
  const auto path = dir.path() / "library.sqlite";
  store::Store db(path);
  const auto first = db.createSession(1'790'000'000'000);
  db.append(first, {{1, SessionCreated{"Autumn board", "ABCD", {"Health"}}},
                    {2, ParticipantJoined{1, test::token(1), "Health"}},
                    {3, SessionRetitled{"Autumn partnership board"}}});
  const auto second = db.createSession(1'795'000'000'000, first);
  db.append(second, {{4, SessionCreated{"Winter board", "EFGH", {"Health"}}}});
  auto list = store::listSessions(path); // a second connection, beside the open store
  REQUIRE(list.size() == 2);
  CHECK(list[0].title == "Autumn partnership board");
  CHECK(list[0].participants == 1);
  CHECK(list[1].series == first);
  CHECK_FALSE(list[0].archived);
  store::setArchived(path, first, true);
  list = store::listSessions(path);
  CHECK(list[0].archived);
  CHECK(replay(db.loadEvents(first)).title == "Autumn partnership board"); // archived, not deleted
}
