// The one writer. Commands from the network and the console queue here; a single thread decides
// them in batches, applies them and publishes a new immutable snapshot for the projector at once,
// commits the batch's events in one transaction (group commit), and only then replies: an
// acknowledgement always means saved. A failed commit puts the last saved state back on show.
#pragma once

#include "balcony/core/ports.hpp"
#include "balcony/core/snapshot.hpp"
#include "balcony/metrics/latency_histogram.hpp"
#include "balcony/store/store.hpp"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace balcony::engine {

class Engine final {
public:
  using Reply = core::Reply;
  using Clock = std::function<core::Millis()>;
  using Listener = std::function<void(const core::SnapshotPtr&)>;

  // Replays the session's stored events. Throws StoreError if they cannot be read.
  Engine(store::Store& store, store::SessionId session, Clock clock);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Listeners run on the engine thread after each new snapshot; add them before start().
  void addListener(Listener listener);
  // The belief trend of earlier sessions in the series, shown beside this session's; before start().
  void setHistory(std::vector<core::TrendPoint> history);
  void start();
  // Finishes every queued command, then stops the thread. Safe to call twice.
  void stop();

  // Any command: for start-up, templates and tests. The network and the console are handed the
  // narrow ports instead, which can name only their own side's commands.
  // A participant's command (fromParticipant) is refused as busy past the queue limit below.
  void submit(core::Command command, Reply reply, bool fromParticipant = false);
  core::SnapshotPtr snapshot() const;
  void setPresent(int present);
  void setNetworkNotices(std::vector<core::NetworkNotice> notices);
  // The link to an event of many rooms, shown with the next snapshot (not stored).
  void setEventLink(std::shared_ptr<const core::EventLinkView> link);
  core::ParticipantPort& participants() { return m_participants; }
  core::FacilitatorPort& facilitator() { return m_facilitator; }

  // Submits and waits for the reply: for start-up and the console's rare blocking needs.
  core::CommandResult execute(core::Command command);

  struct Stats {
    std::uint64_t batches = 0;
    std::uint64_t commands = 0;
    std::uint64_t eventsStored = 0;
    std::uint64_t largestBatch = 0;
    // From an answer (belief, poll, prompt rating, statement vote) reaching the engine, right after
    // the server decoded it, to the snapshot that shows it being published to the projector.
    metrics::LatencyHistogram snapshotLatency;
    // From an answer reaching the engine to its reply (after the commit): the engine's part of an ack.
    metrics::LatencyHistogram replyLatency;
    metrics::LatencyHistogram commitTime; // one transaction, fsync included
  };
  Stats stats() const;

  // Participants' commands waiting for the engine, at most: past it a phone is told Balcony is
  // busy (memory stays bounded whatever arrives). 20,000 is four messages from each of 5,000
  // phones at once; the engine decides thousands a millisecond, so a room never meets it.
  static constexpr std::size_t kDefaultQueueLimit = 20'000;
  void setQueueLimit(std::size_t limit);

private:
  struct Pending {
    core::Command command;
    Reply reply;
    std::chrono::steady_clock::time_point received;
  };

  class Participants final : public core::ParticipantPort {
  public:
    explicit Participants(Engine& engine) : m_engine(engine) {}
    void submit(core::ParticipantCommand command, Reply reply) override;
    core::SnapshotPtr snapshot() const override { return m_engine.snapshot(); }
    void setPresent(int present) override { m_engine.setPresent(present); }
    void setNetworkNotices(std::vector<core::NetworkNotice> notices) override {
      m_engine.setNetworkNotices(std::move(notices));
    }

  private:
    Engine& m_engine;
  };
  class Facilitator final : public core::FacilitatorPort {
  public:
    explicit Facilitator(Engine& engine) : m_engine(engine) {}
    void submit(core::FacilitatorCommand command, Reply reply) override;
    core::SnapshotPtr snapshot() const override { return m_engine.snapshot(); }

  private:
    Engine& m_engine;
  };

  void run();
  void processBatch(std::vector<Pending>& batch, bool presentChanged);
  enum class Durability { Saved, Pending };
  void publish(Durability durability = Durability::Saved);

  store::Store& m_store;
  store::SessionId m_session;
  Clock m_clock;
  core::SessionState m_state; // touched only by the engine thread once started
  std::shared_ptr<const std::vector<core::TrendPoint>> m_history;
  std::string m_storageError; // the last failed commit's error, until a commit succeeds again
  int m_failedSaves = 0;      // failed commits since the last that succeeded
  std::vector<Listener> m_listeners;

  mutable std::mutex m_mutex;
  std::condition_variable m_wake;
  std::deque<Pending> m_queue;
  bool m_stopping = false;
  bool m_presentChanged = false;
  int m_present = 0;
  std::size_t m_queueLimit = kDefaultQueueLimit;
  std::vector<core::NetworkNotice> m_networkNotices;
  std::shared_ptr<const core::EventLinkView> m_eventLink;
  core::SnapshotPtr m_snapshot;
  core::SnapshotPtr m_durable; // the last snapshot whose state is all committed
  Stats m_stats;
  std::thread m_thread;
  Participants m_participants{*this};
  Facilitator m_facilitator{*this};
};

} // namespace balcony::engine
