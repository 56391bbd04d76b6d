// The link from this Balcony to an event of many rooms, through an MQTT broker (libmosquitto).
//
// A room publishes the summary of what its own room may see (core::summarizeRoom) as its session
// changes, coalesced to at most five times a second, retained at QoS 1 under
// balcony/<event>/rooms/<room>/summary, and its link state ("live", "left", or the broker's "lost"
// when it vanishes) under .../link. It reads the plenary's requests from
// balcony/<event>/plenary/request. The plenary reads every room's and keeps each room's latest
// summary in its own session (core::KeepRoom), so its exports hold every room.
//
// One thread does all the MQTT work: it connects (and reconnects, forever, a little slower each
// time), runs libmosquitto's loop, publishes and keeps. The meeting never waits for it: a broker
// that is slow, gone or refusing is shown on the console as a plain problem, and the room carries
// on; when the broker is back the room publishes its current summary again.
#pragma once

#include "balcony/core/ports.hpp"
#include "balcony/core/snapshot.hpp"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace balcony::federation {

struct LinkOptions {
  core::EventRole role = core::EventRole::Room;
  std::string event;
  std::string room; // a room's name; the plenary's is "plenary"
  std::string host = "127.0.0.1";
  int port = 1883;
  std::string user; // empty: the room's name (or "plenary")
  std::string password;
  bool autoAccept = false;
  int keepAliveSeconds = 10; // the broker reports a vanished room "lost" after 1.5 times this
  std::string joinHelp;      // the plenary with its own broker: what each room's facilitator types
};

// Topics of an event (names are checked by core::validRoomName, so none holds '/', '+' or '#').
std::string summaryTopic(const std::string& event, const std::string& room);
std::string linkTopic(const std::string& event, const std::string& room);
std::string requestTopic(const std::string& event);

class EventLink final {
public:
  using Clock = std::function<core::Millis()>;
  using Show = std::function<void(std::shared_ptr<const core::EventLinkView>)>;

  // `port` is the engine's facilitator port: a room reads its snapshots and opens what it accepts;
  // the plenary keeps rooms through it. `show` gets every new view of the link (from the link's
  // thread). Throws std::invalid_argument for a bad event or room name.
  EventLink(LinkOptions options, core::FacilitatorPort& port, Clock clock, Show show);
  ~EventLink();
  EventLink(const EventLink&) = delete;
  EventLink& operator=(const EventLink&) = delete;

  void start();
  // A room says it has left (retained), the plenary keeps every room's latest; then disconnects.
  // `leaving` false stops as a crash would (tests): nothing is said, the broker's will tells.
  void stop(bool leaving = true);
  // The session changed (from the engine's listener): a room publishes again soon.
  void sessionChanged();
  // The plenary: keeps every room's latest summary now (before an export).
  void keepAll();

  std::shared_ptr<const core::EventLinkView> view() const;

  std::string askEveryRoom(core::RequestKind kind, std::string question, std::vector<std::string> options);
  std::string answerRequest(bool accept);
  void setAutoAccept(bool on);

  struct Stats {
    std::uint64_t published = 0; // summaries a room sent
    std::uint64_t received = 0;  // summaries the plenary took in
    std::uint64_t refused = 0;   // messages the plenary could not read
    std::uint64_t connects = 0;
    double threadCpuSeconds = 0; // the link thread's CPU time so far
  };
  Stats stats() const;
  // The plenary: called (on the link's thread) right after a room's summary is in the view, with
  // the room and its version: for measurements.
  void onSummary(std::function<void(const std::string&, std::uint64_t)> f) { m_onSummary = std::move(f); }

private:
  struct Impl;
  struct NoticeBox;
  void handleMessage(const std::string& topic, std::string_view payload);
  void run();
  void step();
  void leaveNow();
  void pace();
  void publishView();

  LinkOptions m_options;
  core::FacilitatorPort& m_port;
  Clock m_clock;
  Show m_show;
  std::function<void(const std::string&, std::uint64_t)> m_onSummary;
  std::unique_ptr<Impl> m_impl;
  std::shared_ptr<NoticeBox> m_notices;
  std::thread m_thread;
  std::atomic<bool> m_stop{false};
  std::atomic<bool> m_leaving{true};
  std::atomic<bool> m_dirty{true};
  std::atomic<bool> m_keepAll{false};
  mutable std::mutex m_mutex; // guards what the console reads and asks: below
  core::EventLinkView m_view;
  std::shared_ptr<const core::EventLinkView> m_shown;
  std::optional<core::EventRequest> m_toSend; // the plenary's request, sent by the thread
  std::optional<bool> m_answer;               // a room's answer to the request waiting
  Stats m_stats;
};

// LinkOptions from what a facilitator typed; a problem in plain words when the address is wrong.
std::optional<LinkOptions> linkOptions(const core::EventJoin& join, std::string& problem);

// The console's and the terminal's way to the event: joins, leaves and switches the link while the
// meeting runs, and passes their requests to the link of the moment. The engine's listener calls
// sessionChanged() from its thread without ever waiting on a link that is stopping.
class EventSwitch final : public core::EventPort {
public:
  EventSwitch(core::FacilitatorPort& port, EventLink::Clock clock, EventLink::Show show);
  ~EventSwitch() override;
  EventSwitch(const EventSwitch&) = delete;
  EventSwitch& operator=(const EventSwitch&) = delete;

  // Joins with options already made (the plenary's own broker at start).
  std::string join(LinkOptions options);
  std::string join(const core::EventJoin& join) override;
  void leave() override;
  std::string askEveryRoom(core::RequestKind kind, std::string question, std::vector<std::string> options) override;
  std::string answerRequest(bool accept) override;
  void setAutoAccept(bool on) override;

  void sessionChanged();
  void keepAll();
  std::shared_ptr<EventLink> link() const;
  // Stops the link as the meeting closes (a room says it has left; the plenary keeps every room).
  void stop();

private:
  void retire(std::shared_ptr<EventLink> old);

  core::FacilitatorPort& m_port;
  EventLink::Clock m_clock;
  EventLink::Show m_show;
  std::atomic<std::uint64_t> m_generation{0};
  mutable std::mutex m_mutex;
  std::shared_ptr<EventLink> m_link;
  std::vector<std::thread> m_retiring;
};

} // namespace balcony::federation
