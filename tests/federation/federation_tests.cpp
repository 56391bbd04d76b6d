// Many rooms, one event, end to end: a real mosquitto on 127.0.0.1 with the configuration the
// plenary writes, rooms and a plenary each with its own engine and database, and a subscriber that
// records every message of the event. The broker is killed and started again, rooms crash, restart
// and leave: the plenary converges, and marks what is not current.
#include "balcony/engine/engine.hpp"
#include "balcony/federation/broker_setup.hpp"
#include "balcony/federation/event_link.hpp"
#include "balcony/federation/summary_codec.hpp"
#include "balcony/platform/tcp_probe.hpp"
#include "balcony/platform/wall_clock.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>
#include <mosquitto.h>

#include <chrono>
#include <cstdlib>
#include <functional>
#include <mutex>
#include <thread>

using namespace balcony;
using namespace balcony::core;
using namespace std::chrono_literals;

namespace {

// A broker and its clients take longer to settle than one process: a longer patience by default.
bool waitFor(const std::function<bool()>& ready, std::chrono::milliseconds limit = 15s) {
  return test::waitUntil(ready, limit);
}

const std::string kEvent = "spring-forum";

struct Broker {
  test::TempDir dir;
  int port = platform::freeLoopbackPort();
  federation::PreparedBroker prepared;
  federation::BrokerProcess process;

  explicit Broker(std::vector<std::string> rooms) {
    federation::BrokerPlan plan{kEvent, std::move(rooms), "127.0.0.1", port, dir.path() / "broker"};
    prepared = federation::prepareBroker(plan);
    start();
  }
  void start() { process = federation::BrokerProcess(prepared.config, port); }
};

// One Balcony: a database, an engine, and its link to the event, through the switch the app uses
// (the engine's listener reaches the link of the moment, whatever replaced it).
struct Side {
  test::TempDir dir;
  std::unique_ptr<store::Store> db = std::make_unique<store::Store>(dir.path() / "balcony.sqlite");
  store::SessionId session = db->createSession(1);
  std::unique_ptr<engine::Engine> engine = std::make_unique<engine::Engine>(*db, session, platform::wallClock);
  federation::EventSwitch events{engine->facilitator(), platform::wallClock,
                                 [e = engine.get()](auto view) { e->setEventLink(std::move(view)); }};
  federation::LinkOptions options;

  Side(const Broker& broker, EventRole role, const std::string& room, std::string password = "",
       std::string user = "") {
    options.role = role;
    options.event = kEvent;
    options.room = room;
    options.port = broker.port;
    options.user = std::move(user);
    options.password =
        password.empty() ? broker.prepared.passwords.at(role == EventRole::Plenary ? "plenary" : room) : password;
    options.keepAliveSeconds = 5;
    engine->addListener([this](const SnapshotPtr&) { events.sessionChanged(); });
    engine->start();
    REQUIRE_FALSE(engine->execute({0, CreateSession{room, "ROOM", {"Health", "Police", "Schools"}}}).error);
    REQUIRE(events.join(options).empty());
  }
  ~Side() {
    events.stop();
    engine->stop();
  }
  std::shared_ptr<federation::EventLink> link() const { return events.link(); }
  // A room whose laptop stops and starts again: a new link over the same engine and database.
  void restartLink() { REQUIRE(events.join(options).empty()); }
  std::shared_ptr<const EventLinkView> view() const { return engine->snapshot()->event; }
  template <class C> void ok(C body) { REQUIRE_FALSE(engine->execute({0, CommandBody{std::move(body)}}).error); }
  void join(int n, const std::string& group) {
    REQUIRE_FALSE(engine->execute({0, Join{"ROOM", test::token(n), group}}).error);
  }
  void answer(int n, int round, std::array<int, 3> values) {
    for (int b = 0; b < 3; ++b) {
      REQUIRE_FALSE(
          engine->execute({0, AnswerBelief{test::token(n), round, b, values[static_cast<std::size_t>(b)]}}).error);
    }
  }
};

const EventRoom* roomIn(const std::shared_ptr<const EventLinkView>& view, const std::string& name) {
  if (!view) return nullptr;
  for (const auto& r : view->rooms) {
    if (r.summary.room == name) return &r;
  }
  return nullptr;
}

int answeredIn(const std::shared_ptr<const EventLinkView>& view, const std::string& name) {
  const auto* r = roomIn(view, name);
  return r == nullptr || r->summary.beliefs.empty() ? -1 : r->summary.beliefs[0].overall.answered;
}

// Every message of the event, as the plenary's credentials can read them.
struct Recorder {
  mosquitto* mosq = nullptr;
  std::mutex mutex;
  std::vector<std::pair<std::string, std::string>> messages;

  explicit Recorder(const Broker& broker) {
    mosquitto_lib_init();
    mosq = mosquitto_new(nullptr, true, this);
    mosquitto_username_pw_set(mosq, "plenary", broker.prepared.passwords.at("plenary").c_str());
    mosquitto_message_callback_set(mosq, [](mosquitto*, void* obj, const mosquitto_message* m) {
      auto* self = static_cast<Recorder*>(obj);
      std::lock_guard lock(self->mutex);
      self->messages.emplace_back(
          m->topic, std::string(static_cast<const char*>(m->payload), static_cast<std::size_t>(m->payloadlen)));
    });
    mosquitto_connect_callback_set(mosq, [](mosquitto* m, void*, int rc) {
      if (rc == 0) mosquitto_subscribe(m, nullptr, "balcony/#", 1);
    });
    REQUIRE(mosquitto_connect(mosq, "127.0.0.1", broker.port, 10) == MOSQ_ERR_SUCCESS);
    mosquitto_loop_start(mosq);
  }
  ~Recorder() {
    mosquitto_disconnect(mosq);
    mosquitto_loop_stop(mosq, false);
    mosquitto_destroy(mosq);
  }
  std::vector<std::pair<std::string, std::string>> all() {
    std::lock_guard lock(mutex);
    return messages;
  }
};

} // namespace

TEST_CASE("Answers in three rooms reach the plenary's snapshot, and its exports keep every room", "[federation]") {
  if (federation::findMosquitto().empty()) FAIL("mosquitto is not installed (third_party/install-deps.sh)");
  Broker broker({"room-1", "room-2", "room-3"});
  Side plenary(broker, EventRole::Plenary, "plenary");
  std::vector<std::unique_ptr<Side>> rooms;
  for (int r = 1; r <= 3; ++r)
    rooms.push_back(std::make_unique<Side>(broker, EventRole::Room, "room-" + std::to_string(r)));
  for (int r = 0; r < 3; ++r) {
    auto& room = *rooms[static_cast<std::size_t>(r)];
    room.ok(OpenRound{kDefaultBeliefStatements, 1, 5, true});
    for (int p = 1; p <= 6; ++p) {
      room.join(p, p <= 3 ? "Health" : "Police");
      room.answer(p, 1, {p <= 3 ? 5 : 1 + r, 3, 2});
    }
  }
  REQUIRE(waitFor([&] {
    const auto v = plenary.view();
    return answeredIn(v, "room-1") == 6 && answeredIn(v, "room-2") == 6 && answeredIn(v, "room-3") == 6;
  }));
  const auto view = plenary.view();
  CHECK(view->connected);
  CHECK(view->rooms.size() == 3);
  for (const auto& r : view->rooms)
    CHECK(r.link == RoomLink::Live);
  // Room 2: Health answered 5 three times, Police 2 three times: a mean of 3.5.
  CHECK(roomIn(view, "room-2")->summary.beliefs[0].overall.mean == Approx(3.5));
  const auto figures = mergeRooms(view->rooms);
  REQUIRE(figures.beliefByGroup.size() == 3);
  const auto& first = figures.beliefByGroup[0];
  CHECK(first.overall.answered == 18);
  REQUIRE(first.byGroup.size() == 2);
  CHECK(first.byGroup[0].group == "Health");
  CHECK(first.byGroup[0].distribution.answered == 9);
  CHECK(first.byGroup[0].distribution.mean == Approx(5.0));
  CHECK(first.byGroup[1].distribution.mean == Approx(2.0)); // Police: 1, 2 and 3 across the rooms
  CHECK(figures.participants == 18);

  // The plenary keeps every room in its own session; each room keeps only its own.
  plenary.link()->keepAll();
  REQUIRE(waitFor([&] {
    const auto& kept = plenary.engine->snapshot()->state.keptRooms;
    if (kept.size() != 3) return false;
    auto fromKept = std::make_shared<EventLinkView>();
    fromKept->rooms = federation::keptRooms(plenary.engine->snapshot()->state);
    return fromKept->rooms.size() == 3 && answeredIn(fromKept, "room-3") == 6;
  }));
  for (const auto& room : rooms)
    CHECK(room->engine->snapshot()->state.keptRooms.empty());
}

TEST_CASE("A room's credentials cannot publish as another room, and each refusal says which", "[federation]") {
  if (federation::findMosquitto().empty()) FAIL("mosquitto is not installed (third_party/install-deps.sh)");
  Broker broker({"room-1", "room-2"});
  Recorder recorder(broker);
  Side plenary(broker, EventRole::Plenary, "plenary");
  // Room 1's name and password, claiming to be room 2.
  Side impostor(broker, EventRole::Room, "room-2", broker.prepared.passwords.at("room-1"), "room-1");
  REQUIRE(waitFor([&] {
    const auto v = impostor.view();
    return v && v->problem.find("refused this room's summary") != std::string::npos;
  }));
  CHECK(impostor.view()->problem.find("'room-1' may not publish as room 'room-2'") != std::string::npos);
  // The real room 1 is heard; nothing at all under room 2's topic reached anyone.
  Side room1(broker, EventRole::Room, "room-1");
  REQUIRE(waitFor([&] {
    return roomIn(plenary.view(), "room-1") != nullptr && roomIn(plenary.view(), "room-1")->summary.version > 0;
  }));
  std::this_thread::sleep_for(300ms);
  CHECK(roomIn(plenary.view(), "room-2") == nullptr);
  bool sawRoom1 = false;
  for (const auto& [topic, payload] : recorder.all()) {
    CHECK(topic.find("/rooms/room-2/") == std::string::npos);
    sawRoom1 = sawRoom1 || topic == federation::summaryTopic(kEvent, "room-1");
  }
  CHECK(sawRoom1); // the recorder does see what is allowed

  // A wrong password, and a broker that is not there: each in its own words; the meeting goes on.
  Side wrong(broker, EventRole::Room, "room-2", "not-the-password");
  REQUIRE(waitFor([&] {
    return wrong.view() && wrong.view()->problem.find("refused the name 'room-2' or its password") != std::string::npos;
  }));
  CHECK_FALSE(wrong.view()->connected);
  wrong.join(1, "Health"); // the room's own meeting carries on
  CHECK(wrong.engine->snapshot()->state.participants.size() == 1);
  federation::LinkOptions nowhere = wrong.options;
  nowhere.port = platform::freeLoopbackPort();
  federation::EventLink lonely(nowhere, wrong.engine->facilitator(), platform::wallClock, nullptr);
  lonely.start();
  REQUIRE(waitFor([&] { return lonely.view()->problem.find("Cannot reach the event's broker") != std::string::npos; }));
  lonely.stop();
}

TEST_CASE("Nothing a room may not see leaves it: no token, no single answer, nothing hidden or waiting",
          "[federation]") {
  if (federation::findMosquitto().empty()) FAIL("mosquitto is not installed (third_party/install-deps.sh)");
  Broker broker({"room-1"});
  Recorder recorder(broker);
  Side room(broker, EventRole::Room, "room-1");
  // Five from health, two from the police (below the threshold of 3), one from schools.
  for (int p = 1; p <= 8; ++p)
    room.join(p, p <= 5 ? "Health" : p <= 7 ? "Police" : "Schools");
  room.ok(OpenRound{}); // not shown live: the room has not seen the figures
  for (int p = 1; p <= 8; ++p)
    room.answer(p, 1, {p <= 5 ? 4 : 1, 2, 3});
  // Statements: one waiting for approval, one hidden, one approved with votes.
  REQUIRE_FALSE(room.engine->execute({0, SubmitStatement{test::token(1), "WAITING-STATEMENT-TEXT"}}).error);
  REQUIRE_FALSE(room.engine->execute({0, SubmitStatement{test::token(2), "HIDDEN-STATEMENT-TEXT"}}).error);
  REQUIRE_FALSE(room.engine->execute({0, SubmitStatement{test::token(3), "Approved statement one"}}).error);
  const auto statements = room.engine->snapshot()->state.statements;
  REQUIRE(statements.size() == 3);
  room.ok(HideStatement{statements[1].id});
  room.ok(ApproveStatement{statements[2].id});
  for (int p = 1; p <= 8; ++p) {
    REQUIRE_FALSE(
        room.engine->execute({0, VoteStatement{test::token(p), statements[2].id, p % 2 ? Vote::Agree : Vote::Disagree}})
            .error);
  }
  // A prompt rated by four: three from health, one from the police (a group of one here).
  room.ok(AddPrompt{"J, 14, missing from school", "case", 1, 5, false});
  room.ok(ShowPrompt{1});
  for (int p : {1, 2, 3, 6})
    REQUIRE_FALSE(room.engine->execute({0, AnswerPrompt{test::token(p), 1, p == 6 ? 1 : 5, ""}}).error);
  // Wait for the summary that holds all of this (the approved statement's votes, the prompt).
  auto heard = [&](const std::string& what) {
    for (const auto& [topic, payload] : recorder.all()) {
      if (payload.find(what) != std::string::npos) return true;
    }
    return false;
  };
  REQUIRE(waitFor([&] { return heard("\"agree\":4") && heard("J, 14, missing from school"); }));
  auto beliefShown = [&] {
    for (const auto& [topic, payload] : recorder.all()) {
      if (payload.find("\"statement\":\"" + kDefaultBeliefStatements[0]) != std::string::npos) return true;
    }
    return false;
  };
  CHECK_FALSE(beliefShown()); // not revealed in the room: not sent
  room.ok(RevealResults{});
  REQUIRE(waitFor(beliefShown));

  const auto messages = recorder.all();
  REQUIRE_FALSE(messages.empty());
  std::string error;
  std::optional<RoomSummary> last;
  for (const auto& [topic, payload] : messages) {
    for (int p = 1; p <= 8; ++p)
      CHECK(payload.find(test::token(p)) == std::string::npos);
    CHECK(payload.find("WAITING-STATEMENT-TEXT") == std::string::npos);
    CHECK(payload.find("HIDDEN-STATEMENT-TEXT") == std::string::npos);
    CHECK(payload.find("Police") == std::string::npos);  // two people: never a group of their own
    CHECK(payload.find("Schools") == std::string::npos); // one person
    if (topic == federation::summaryTopic(kEvent, "room-1")) last = federation::decodeSummary(payload, error);
  }
  REQUIRE(last);
  REQUIRE(last->beliefs.size() == 3);
  CHECK(last->beliefs[0].overall.answered == 8);
  // Health on its own; police and schools together as "other groups" (3 people: at the threshold).
  REQUIRE(last->beliefs[0].byGroup.size() == 2);
  CHECK(last->beliefs[0].byGroup[0].group == "Health");
  CHECK(last->beliefs[0].byGroup[1].group == kOtherGroups);
  REQUIRE(last->statements.size() == 1);
  CHECK(last->statements[0].text == "Approved statement one");
  CHECK(last->statements[0].overall.agree == 4);
  // The prompt: how many answered and the groups shown, never the room's spread (which, less the
  // health group, would be the one police officer's rating).
  REQUIRE(last->prompts.size() == 1);
  CHECK(last->prompts[0].overall.answered == 4);
  CHECK(last->prompts[0].overall.counts.empty());
  CHECK(last->prompts[0].overall.mean == 0.0);
  // Three health workers and one police officer rated it: Health beside "4 answered" would give
  // the officer away by subtraction, so Health is folded too and no group is shown on its own.
  REQUIRE(last->prompts[0].byGroup.size() == 1);
  CHECK(last->prompts[0].byGroup[0].group == kOtherGroups);
  CHECK(last->prompts[0].byGroup[0].distribution.answered == 4);
}

TEST_CASE("The plenary converges when the broker dies and returns, a room crashes and restarts, a room leaves",
          "[federation]") {
  if (federation::findMosquitto().empty()) FAIL("mosquitto is not installed (third_party/install-deps.sh)");
  Broker broker({"room-1", "room-2", "room-3"});
  Side plenary(broker, EventRole::Plenary, "plenary");
  Side room1(broker, EventRole::Room, "room-1");
  Side room2(broker, EventRole::Room, "room-2");
  Side room3(broker, EventRole::Room, "room-3");
  room1.ok(OpenRound{kDefaultBeliefStatements, 1, 5, true});
  for (int p = 1; p <= 3; ++p) { // three: the room's figures show from the privacy threshold up
    room1.join(p, "Health");
    room1.answer(p, 1, {4, 4, 4});
  }
  REQUIRE(waitFor([&] {
    const auto v = plenary.view();
    return answeredIn(v, "room-1") == 3 && roomIn(v, "room-2") && roomIn(v, "room-3");
  }));

  // The broker dies: every room says the plenary link is down; the plenary shows nothing as current.
  broker.process.kill();
  REQUIRE(waitFor([&] { return !room1.view()->connected && !plenary.view()->connected; }));
  CHECK(room1.view()->problem.find("Plenary link down") != std::string::npos);
  for (const auto& r : plenary.view()->rooms)
    CHECK(r.link == RoomLink::Stale);
  // The room's meeting carries on meanwhile.
  room1.join(4, "Health");
  room1.answer(4, 1, {2, 2, 2});
  CHECK(room1.engine->snapshot()->state.currentRound()->answers.size() == 4);

  // The broker returns (it kept nothing): each room publishes again, and the plenary catches up.
  broker.start();
  REQUIRE(waitFor(
      [&] {
        const auto v = plenary.view();
        if (!v->connected || answeredIn(v, "room-1") != 4) return false;
        for (const auto& r : v->rooms) {
          if (r.link != RoomLink::Live) return false;
        }
        return v->rooms.size() == 3;
      },
      20s));

  // Room 2's laptop crashes: the broker tells the plenary, which marks it stale (not left).
  const auto before = roomIn(plenary.view(), "room-2")->summary.version;
  room2.link()->stop(false); // as a crash: nothing said, the broker's will tells
  REQUIRE(waitFor([&] { return roomIn(plenary.view(), "room-2")->link == RoomLink::Stale; }));
  // ... and it starts again: live, with a newer summary.
  room2.restartLink();
  REQUIRE(waitFor([&] {
    const auto* r = roomIn(plenary.view(), "room-2");
    return r->link == RoomLink::Live && r->summary.version > before;
  }));

  // Room 3 leaves: left, not stale.
  room3.link()->stop(true);
  const auto leftAt = platform::wallClock();
  REQUIRE(waitFor([&] { return roomIn(plenary.view(), "room-3")->link == RoomLink::Left; }));
  CHECK(std::llabs(roomIn(plenary.view(), "room-3")->since - leftAt) < 2000); // when the room left
  CHECK(roomLinkWords(RoomLink::Left, "15:30") == "left at 15:30");
  CHECK(roomIn(plenary.view(), "room-1")->link == RoomLink::Live);
}

TEST_CASE("The plenary asks every room at once: rooms accept with one key, or by themselves", "[federation]") {
  if (federation::findMosquitto().empty()) FAIL("mosquitto is not installed (third_party/install-deps.sh)");
  Broker broker({"room-1", "room-2"});
  Side plenary(broker, EventRole::Plenary, "plenary");
  Side manual(broker, EventRole::Room, "room-1");
  Side automatic(broker, EventRole::Room, "room-2");
  automatic.link()->setAutoAccept(true);
  REQUIRE(waitFor([&] { return roomIn(plenary.view(), "room-1") && roomIn(plenary.view(), "room-2"); }));
  REQUIRE(plenary.link()->askEveryRoom(RequestKind::Poll, "Lunch first?", {"Yes", "No"}).empty());
  REQUIRE(waitFor([&] { return manual.view()->request.has_value(); }));
  CHECK(manual.view()->request->question == "Lunch first?");
  CHECK(manual.engine->snapshot()->state.polls.empty()); // nothing opens until the facilitator accepts
  REQUIRE(waitFor([&] {
    const auto* p = automatic.engine->snapshot()->state.currentPoll();
    return p != nullptr && p->open && p->revealed;
  }));
  CHECK(automatic.engine->snapshot()->state.board == Board::Poll);
  CHECK(manual.link()->answerRequest(true).find("Opened the plenary's poll") == 0);
  REQUIRE(waitFor([&] { return manual.engine->snapshot()->state.currentPoll() != nullptr; }));
  CHECK(waitFor([&] { return !manual.view()->request.has_value(); }));

  // Answers then reach the plenary as they arrive.
  for (int p = 1; p <= 3; ++p) {
    manual.join(p, "Health");
    const int poll = manual.engine->snapshot()->state.currentPoll()->number;
    REQUIRE_FALSE(manual.engine->execute({0, AnswerPoll{test::token(p), poll, {p == 3 ? 1 : 0}}}).error);
  }
  REQUIRE(waitFor([&] {
    const auto* r = roomIn(plenary.view(), "room-1");
    return r != nullptr && r->summary.poll && r->summary.poll->figures.answered == 3;
  }));
  CHECK(roomIn(plenary.view(), "room-1")->summary.poll->figures.counts == std::vector<int>{2, 1});
  // A room cannot ask; a poll needs its options.
  CHECK_FALSE(manual.link()->askEveryRoom(RequestKind::Belief, "", {}).empty());
  CHECK_FALSE(plenary.link()->askEveryRoom(RequestKind::Poll, "No options", {}).empty());
}

TEST_CASE("A summary that is not well formed is refused with a reason", "[federation]") {
  std::string why;
  CHECK_FALSE(federation::decodeSummary("not json", why));
  CHECK(why == "the summary is not JSON");
  RoomSummary s;
  s.room = "room-1";
  s.version = 3;
  auto text = federation::encodeSummary(s);
  auto back = federation::decodeSummary(text, why);
  REQUIRE(back);
  CHECK(back->room == "room-1");
  CHECK(back->version == 3);
  auto bad = text;
  bad.replace(bad.find("room-1"), 6, "room/1");
  CHECK_FALSE(federation::decodeSummary(bad, why));
  CHECK(why == "'room' is not a room's name");
  CHECK_FALSE(federation::decodeRequest(R"({"id":1,"kind":"poll","question":"Q","options":["A"],"at":0})", why));
  CHECK(why == "a poll needs a question and 2 to 10 options");
}
