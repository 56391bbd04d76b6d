// The engine: replies only after commit, batches share a transaction, snapshots are immutable,
// and a failed write is reported rather than lost.
#include "balcony/engine/engine.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <sqlite3.h>
#include <thread>

#include <atomic>
#include <future>
#include <vector>

using namespace balcony;
using namespace balcony::core;

namespace {

Millis fixedClock() {
  return 1'700'000'000'000;
}

struct Fixture {
  test::TempDir dir;
  std::filesystem::path path = dir.path() / "balcony.sqlite";
  std::unique_ptr<store::Store> db = std::make_unique<store::Store>(path);
  store::SessionId session = db->createSession(1);
  std::unique_ptr<engine::Engine> engine = std::make_unique<engine::Engine>(*db, session, fixedClock);

  Fixture() {
    engine->start();
    REQUIRE_FALSE(engine->execute({0, CreateSession{"T", "ABCD", {"Health", "Police"}}}).error);
  }

  void reopen() {
    engine.reset();
    db.reset();
    db = std::make_unique<store::Store>(path);
    engine = std::make_unique<engine::Engine>(*db, session, fixedClock);
    engine->start();
  }
};

} // namespace

TEST_CASE("An answer is acknowledged only once it is in the database file", "[engine]") {
  Fixture f;
  REQUIRE_FALSE(f.engine->execute({0, Join{"ABCD", test::token(1), "Health"}}).error);
  REQUIRE_FALSE(f.engine->execute({0, OpenRound{}}).error);

  std::promise<std::size_t> storedAtReply;
  const auto path = f.path;
  f.engine->submit({0, AnswerBelief{test::token(1), 1, 0, 4}}, [&](const CommandResult& r) {
    REQUIRE_FALSE(r.error);
    // Read the file through a separate connection, as a crash-recovery would.
    sqlite3* raw = nullptr;
    sqlite3_open_v2(path.string().c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* q = nullptr;
    sqlite3_prepare_v2(raw, "SELECT COUNT(*) FROM events WHERE type = 'belief_answered'", -1, &q, nullptr);
    sqlite3_step(q);
    storedAtReply.set_value(static_cast<std::size_t>(sqlite3_column_int64(q, 0)));
    sqlite3_finalize(q);
    sqlite3_close(raw);
  });
  CHECK(storedAtReply.get_future().get() == 1);
}

TEST_CASE("Commands that arrive together are committed in one transaction", "[engine]") {
  Fixture f;
  f.engine->execute({0, OpenRound{}});
  const auto before = f.engine->stats();
  constexpr int kParticipants = 200;
  std::atomic<int> acknowledged{0};
  std::promise<void> allDone;
  // Submit from two threads at once, as the network thread and the console would.
  auto burst = [&](int from, int to) {
    for (int i = from; i < to; ++i) {
      f.engine->submit({0, Join{"ABCD", test::token(i), i % 2 ? "Health" : "Police"}}, nullptr);
      f.engine->submit({0, AnswerBelief{test::token(i), 1, 0, 1 + i % 5}}, [&](const CommandResult& r) {
        if (!r.error && ++acknowledged == kParticipants) {
          allDone.set_value();
        }
      });
    }
  };
  std::thread a(burst, 1, kParticipants / 2 + 1);
  std::thread b(burst, kParticipants / 2 + 1, kParticipants + 1);
  a.join();
  b.join();
  allDone.get_future().wait();
  const auto after = f.engine->stats();
  CHECK(after.commands - before.commands == 2 * kParticipants);
  CHECK(after.eventsStored - before.eventsStored == 2 * kParticipants);
  CHECK(after.batches - before.batches < 2 * kParticipants); // grouped, not one commit per command
  CHECK(f.engine->snapshot()->state.currentRound()->answers.size() == kParticipants);

  f.reopen();
  CHECK(f.engine->snapshot()->state.currentRound()->answers.size() == kParticipants);
}

TEST_CASE("A snapshot never changes after it is published", "[engine]") {
  Fixture f;
  const auto before = f.engine->snapshot();
  const auto participantsBefore = before->state.participants.size();
  f.engine->execute({0, Join{"ABCD", test::token(1), ""}});
  CHECK(before->state.participants.size() == participantsBefore);
  const auto after = f.engine->snapshot();
  CHECK(after->version > before->version);
  CHECK(after->state.participants.size() == participantsBefore + 1);
}

TEST_CASE("Listeners hear of each new snapshot, and presence is not stored", "[engine]") {
  test::TempDir dir;
  store::Store db(dir.path() / "b.sqlite");
  const auto session = db.createSession(1);
  engine::Engine engine(db, session, fixedClock);
  std::atomic<std::uint64_t> lastSeen{0};
  engine.addListener([&](const SnapshotPtr& s) { lastSeen = s->version; });
  engine.start();
  engine.execute({0, CreateSession{"T", "ABCD", {"Health"}}});
  CHECK(lastSeen == engine.snapshot()->version);
  const auto stored = engine.stats().eventsStored;
  engine.setPresent(7);
  engine.execute({0, Join{"ABCD", test::token(1), ""}}); // the queue is in order: presence came first
  CHECK(engine.snapshot()->present == 7);
  CHECK(engine.stats().eventsStored == stored + 1);
}

TEST_CASE("Stopping finishes every queued command first", "[engine]") {
  Fixture f;
  f.engine->execute({0, OpenRound{}});
  std::atomic<int> replies{0};
  for (int i = 1; i <= 50; ++i) {
    f.engine->submit({0, Join{"ABCD", test::token(i), ""}}, [&](const CommandResult&) { ++replies; });
  }
  f.engine->stop();
  CHECK(replies == 50);
  f.reopen();
  CHECK(f.engine->snapshot()->state.participants.size() == 50);
}

TEST_CASE("When the database cannot be written, nobody is told their answer is in", "[engine][fault]") {
  Fixture f;
  f.engine->execute({0, Join{"ABCD", test::token(1), "Health"}});
  f.engine->execute({0, OpenRound{}});

  // Another process holds the write lock longer than the engine waits for it.
  sqlite3* other = nullptr;
  REQUIRE(sqlite3_open(f.path.string().c_str(), &other) == SQLITE_OK);
  REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);

  const auto failed = f.engine->execute({0, AnswerBelief{test::token(1), 1, 0, 5}});
  REQUIRE(failed.error);
  CHECK_THAT(failed.error->message, Catch::Contains("could not be saved"));
  const auto snapshot = f.engine->snapshot();
  CHECK_THAT(snapshot->storageError, Catch::Contains("could not be saved"));
  CHECK(snapshot->failedSaves == 1);
  CHECK(snapshot->state.currentRound()->answers.empty()); // memory matches the file
  // A phone coming or going does not clear the warning while nothing can be saved.
  f.engine->setPresent(3);
  for (int i = 0; i < 200 && f.engine->snapshot()->present != 3; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  REQUIRE(f.engine->snapshot()->present == 3);
  CHECK_THAT(f.engine->snapshot()->storageError, Catch::Contains("could not be saved"));

  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  CHECK_FALSE(f.engine->execute({0, AnswerBelief{test::token(1), 1, 0, 5}}).error);
  CHECK(f.engine->snapshot()->storageError.empty());
  CHECK(f.engine->snapshot()->failedSaves == 0);
  f.reopen();
  CHECK(f.engine->snapshot()->state.currentRound()->answers.at(1)[0] == 5);
}

TEST_CASE("Past its queue limit the engine tells a participant it is busy, and still takes the console's commands",
          "[engine][trust]") {
  test::TempDir dir;
  store::Store db(dir.path() / "balcony.sqlite");
  engine::Engine engine(db, db.createSession(1), [] { return core::Millis{1'700'000'000'000}; });
  engine.start();
  REQUIRE_FALSE(engine.execute({0, core::CreateSession{"T", "ABCD", {"Health"}}}).error);
  // A limit of none waiting: every participant command meets it, deterministically.
  engine.setQueueLimit(0);
  std::promise<core::CommandResult> refused;
  engine.participants().submit({0, core::Join{"ABCD", test::token(1), ""}},
                               [&](const core::CommandResult& r) { refused.set_value(r); });
  const auto r = refused.get_future().get();
  REQUIRE(r.error);
  CHECK(r.error->code == core::ErrorCode::Busy);
  CHECK(core::errorCodeName(r.error->code) == "busy");
  std::promise<core::CommandResult> console;
  engine.facilitator().submit({0, core::SetPrivacyThreshold{5}},
                              [&](const core::CommandResult& c) { console.set_value(c); });
  CHECK_FALSE(console.get_future().get().error);
  engine.setQueueLimit(engine::Engine::kDefaultQueueLimit);
  std::promise<core::CommandResult> admitted;
  engine.participants().submit({0, core::Join{"ABCD", test::token(1), ""}},
                               [&](const core::CommandResult& c) { admitted.set_value(c); });
  CHECK_FALSE(admitted.get_future().get().error);
  engine.stop();
  CHECK(engine.snapshot()->state.participants.size() == 1);
  CHECK(engine.snapshot()->state.privacyThreshold == 5);
}
