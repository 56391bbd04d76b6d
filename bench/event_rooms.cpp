// An event of many rooms, measured: a real mosquitto on 127.0.0.1 with the plenary's generated
// configuration, a plenary (engine, database, link), and ROOMS rooms of PHONES phones each. The
// first REAL rooms are whole Balconies (engine and database); the others are simulated publishers:
// the same link and the same summary, over a session kept in memory. Every phone answers the three
// beliefs once, spread over SECONDS. Printed: the time from an answer in a room to the plenary's
// snapshot showing it (p50, p99, max), and the CPU the broker and the plenary's link used.
//
//   balcony_event_bench [ROOMS=40] [PHONES=200] [SECONDS=30] [REAL=4]
#include "balcony/core/session_state.hpp"
#include "balcony/engine/engine.hpp"
#include "balcony/federation/broker_setup.hpp"
#include "balcony/federation/event_link.hpp"
#include "balcony/metrics/latency_histogram.hpp"
#include "balcony/platform/tcp_probe.hpp"
#include "balcony/platform/wall_clock.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <random>
#include <thread>

using namespace balcony;
using namespace balcony::core;
using Clock = std::chrono::steady_clock;

namespace {

std::string token(int n) {
  std::string t = std::to_string(n);
  return std::string(32 - t.size(), 'a') + t;
}

// A process's CPU seconds so far (user + system), from /proc.
double processCpu(int pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string s;
  std::getline(in, s);
  const auto close = s.rfind(')');
  if (close == std::string::npos) return 0;
  std::istringstream rest(s.substr(close + 2));
  std::string field;
  unsigned long long utime = 0;
  unsigned long long stime = 0;
  for (int i = 3; i <= 15 && rest >> field; ++i) {
    if (i == 14) utime = std::stoull(field);
    if (i == 15) stime = std::stoull(field);
  }
  return static_cast<double>(utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

// A simulated room: a session in memory behind the facilitator port the link reads.
class SimulatedRoom final : public FacilitatorPort {
public:
  explicit SimulatedRoom(const std::string& title) {
    run(CreateSession{title, "ROOM", {"Health", "Police", "Schools", "Social care", "Service users"}});
    run(OpenRound{kDefaultBeliefStatements, 1, 5, true});
  }
  void submit(FacilitatorCommand command, Reply reply) override {
    std::visit([&](auto& body) { run(std::move(body)); }, command.body);
    if (reply) reply(CommandResult{});
  }
  SnapshotPtr snapshot() const override {
    std::lock_guard lock(m_mutex);
    return m_snapshot;
  }
  template <class C> void run(C body) {
    std::lock_guard lock(m_mutex);
    const auto at = platform::wallClock();
    auto decision = decide(m_state, Command{at, CommandBody{std::move(body)}});
    for (auto& e : decision.events)
      apply(m_state, Event{at, std::move(e)});
    auto next = std::make_shared<Snapshot>();
    next->state = m_state;
    next->version = ++m_version;
    m_snapshot = next;
  }

private:
  mutable std::mutex m_mutex;
  SessionState m_state;
  std::uint64_t m_version = 0;
  SnapshotPtr m_snapshot;
};

} // namespace

int main(int argc, char** argv) {
  const int rooms = argc > 1 ? std::atoi(argv[1]) : 40;
  const int phones = argc > 2 ? std::atoi(argv[2]) : 200;
  const int seconds = argc > 3 ? std::atoi(argv[3]) : 30;
  const int real = std::min(rooms, argc > 4 ? std::atoi(argv[4]) : 4);
  if (federation::findMosquitto().empty()) {
    std::cerr << "mosquitto is not installed (third_party/install-deps.sh)\n";
    return 1;
  }
  char folder[] = "/tmp/balcony-event-bench-XXXXXX";
  if (mkdtemp(folder) == nullptr) return 1;
  const std::filesystem::path dir = folder;
  std::vector<std::string> names;
  for (int r = 1; r <= rooms; ++r)
    names.push_back("room-" + std::to_string(r));
  const int port = platform::freeLoopbackPort();
  const auto prepared = federation::prepareBroker({"bench", names, "127.0.0.1", port, dir / "broker"});
  federation::BrokerProcess broker(prepared.config, port);

  // The plenary: a whole Balcony, whose snapshots are what is timed.
  store::Store plenaryDb(dir / "plenary.sqlite");
  const auto plenarySession = plenaryDb.createSession(1);
  engine::Engine plenary(plenaryDb, plenarySession, platform::wallClock);
  federation::LinkOptions po;
  po.role = EventRole::Plenary;
  po.event = "bench";
  po.port = port;
  po.password = prepared.passwords.at("plenary");
  federation::EventLink plenaryLink(po, plenary.facilitator(), platform::wallClock,
                                    [&plenary](auto view) { plenary.setEventLink(std::move(view)); });

  // When each room's n-th answer was given, and when the plenary's snapshot first showed it.
  std::mutex timesMutex;
  std::vector<std::vector<Clock::time_point>> given(static_cast<std::size_t>(rooms));
  std::vector<std::size_t> seen(static_cast<std::size_t>(rooms), 0);
  metrics::LatencyHistogram latency;
  std::uint64_t measured = 0;
  plenary.addListener([&](const SnapshotPtr& s) {
    if (!s->event) return;
    const auto now = Clock::now();
    std::lock_guard lock(timesMutex);
    for (const auto& r : s->event->rooms) {
      if (r.summary.beliefs.empty()) continue;
      const auto index = static_cast<std::size_t>(std::stoi(r.summary.room.substr(5)) - 1);
      const auto shown = static_cast<std::size_t>(r.summary.beliefs[2].overall.answered);
      auto& times = given[index];
      for (; seen[index] < shown && seen[index] < times.size(); ++seen[index]) {
        latency.add(std::chrono::duration_cast<std::chrono::nanoseconds>(now - times[seen[index]]));
        ++measured;
      }
    }
  });
  plenary.start();
  plenary.execute({0, CreateSession{"Plenary", "PLEN", {"Health", "Police"}}});
  plenaryLink.start();

  struct RealRoom {
    std::unique_ptr<store::Store> db;
    std::unique_ptr<engine::Engine> engine;
  };
  std::vector<RealRoom> realRooms;
  std::vector<std::unique_ptr<SimulatedRoom>> simulated;
  std::vector<std::unique_ptr<federation::EventLink>> links;
  const std::vector<std::string> groups{"Health", "Police", "Schools", "Social care", "Service users"};
  for (int r = 0; r < rooms; ++r) {
    federation::LinkOptions ro;
    ro.event = "bench";
    ro.room = names[static_cast<std::size_t>(r)];
    ro.port = port;
    ro.password = prepared.passwords.at(ro.room);
    FacilitatorPort* roomPort = nullptr;
    if (r < real) {
      RealRoom rr;
      rr.db = std::make_unique<store::Store>(dir / (ro.room + ".sqlite"));
      rr.engine = std::make_unique<engine::Engine>(*rr.db, rr.db->createSession(1), platform::wallClock);
      roomPort = &rr.engine->facilitator();
      realRooms.push_back(std::move(rr));
    } else {
      simulated.push_back(std::make_unique<SimulatedRoom>(ro.room));
      roomPort = simulated.back().get();
    }
    links.push_back(std::make_unique<federation::EventLink>(ro, *roomPort, platform::wallClock, nullptr));
    if (r < real) {
      auto& e = *realRooms.back().engine;
      e.addListener([l = links.back().get()](const SnapshotPtr&) { l->sessionChanged(); });
      e.start();
      e.execute({0, CreateSession{ro.room, "ROOM", groups}});
      e.execute({0, OpenRound{kDefaultBeliefStatements, 1, 5, true}});
    }
    links.back()->start();
  }
  // Everyone joins first (not timed), then the links settle.
  for (int r = 0; r < rooms; ++r) {
    for (int p = 1; p <= phones; ++p) {
      Join join{"ROOM", token(p), groups[static_cast<std::size_t>(p % 5)]};
      if (r < real) {
        realRooms[static_cast<std::size_t>(r)].engine->submit({0, join}, nullptr);
      } else {
        simulated[static_cast<std::size_t>(r - real)]->run(join);
        links[static_cast<std::size_t>(r)]->sessionChanged();
      }
    }
  }
  std::this_thread::sleep_for(std::chrono::seconds(3));
  const double brokerCpu0 = processCpu(broker.pid());
  const double plenaryCpu0 = plenaryLink.stats().threadCpuSeconds;
  std::cout << "event bench: " << rooms << " rooms (" << real << " whole Balconies, " << rooms - real
            << " simulated publishers), " << phones << " phones each, answering over " << seconds << " s" << std::endl;

  // Answers: phone p of every room answers at a moment spread evenly over the run.
  std::mt19937 random(7);
  std::uniform_int_distribution<int> value(1, 5);
  const auto start = Clock::now();
  for (int p = 1; p <= phones; ++p) {
    const auto due = start + std::chrono::milliseconds(static_cast<long long>(seconds) * 1000 * p / phones);
    std::this_thread::sleep_until(due);
    for (int r = 0; r < rooms; ++r) {
      {
        std::lock_guard lock(timesMutex);
        given[static_cast<std::size_t>(r)].push_back(Clock::now());
      }
      for (int b = 0; b < 3; ++b) {
        AnswerBelief a{token(p), 1, b, value(random)};
        if (r < real) {
          realRooms[static_cast<std::size_t>(r)].engine->participants().submit({0, a}, nullptr);
        } else {
          simulated[static_cast<std::size_t>(r - real)]->run(a);
        }
      }
      if (r >= real) links[static_cast<std::size_t>(r)]->sessionChanged();
    }
  }
  // Wait for the last answers to be shown.
  const auto until = Clock::now() + std::chrono::seconds(10);
  while (Clock::now() < until) {
    std::lock_guard lock(timesMutex);
    if (measured >= static_cast<std::uint64_t>(rooms) * static_cast<std::uint64_t>(phones)) break;
  }
  const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  const double brokerCpu = processCpu(broker.pid()) - brokerCpu0;
  const double plenaryCpu = plenaryLink.stats().threadCpuSeconds - plenaryCpu0;
  std::uint64_t published = 0;
  for (const auto& l : links)
    published += l->stats().published;
  const auto ps = plenaryLink.stats();
  std::printf("answers shown on the plenary: %llu of %d\n", static_cast<unsigned long long>(measured), rooms * phones);
  std::printf("answer in a room -> plenary's snapshot: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
              latency.percentileMs(50), latency.percentileMs(99), latency.maxMs());
  std::printf("summaries published by the rooms: %llu (%.1f a second); taken in by the plenary: %llu; refused: %llu\n",
              static_cast<unsigned long long>(published), static_cast<double>(published) / elapsed,
              static_cast<unsigned long long>(ps.received), static_cast<unsigned long long>(ps.refused));
  std::printf("CPU over %.1f s: broker %.2f s (%.1f%% of one core), plenary's link thread %.2f s (%.1f%%)\n", elapsed,
              brokerCpu, 100 * brokerCpu / elapsed, plenaryCpu, 100 * plenaryCpu / elapsed);
  for (auto& l : links)
    l->stop();
  plenaryLink.stop();
  for (auto& rr : realRooms)
    rr.engine->stop();
  plenary.stop();
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
  return measured == static_cast<std::uint64_t>(rooms) * static_cast<std::uint64_t>(phones) ? 0 : 1;
}
