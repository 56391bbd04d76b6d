// The one writer. Commands from the network and the console queue here; a single thread decides
// them in batches, commits each batch's events in one transaction (group commit), applies them,
// publishes a new immutable snapshot, and only then replies.
#pragma once

#include "balcony/core/snapshot.hpp"
#include "balcony/store/store.hpp"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace balcony::store {

class Engine final : public core::CommandPort {
public:
  using Clock = std::function<core::Millis()>;
  using Listener = std::function<void(const core::SnapshotPtr&)>;

  // Replays the session's stored events. Throws StoreError if they cannot be read.
  Engine(Store& store, SessionId session, Clock clock);
  ~Engine() override;
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Listeners run on the engine thread after each new snapshot; add them before start().
  void addListener(Listener listener);
  // The belief trend of earlier sessions in the series, shown beside this session's; before start().
  void setHistory(std::vector<core::TrendPoint> history);
  void start();
  // Finishes every queued command, then stops the thread. Safe to call twice.
  void stop();

  void submit(core::Command command, Reply reply) override;
  core::SnapshotPtr snapshot() const override;
  void setPresent(int present) override;

  // Submits and waits for the reply: for start-up and the console's rare blocking needs.
  core::CommandResult execute(core::Command command);

  struct Stats {
    std::uint64_t batches = 0;
    std::uint64_t commands = 0;
    std::uint64_t eventsStored = 0;
  };
  Stats stats() const;

private:
  struct Pending {
    core::Command command;
    Reply reply;
  };

  void run();
  void processBatch(std::vector<Pending>& batch, bool presentChanged);
  void publish(std::string storageError);

  Store& m_store;
  SessionId m_session;
  Clock m_clock;
  core::SessionState m_state; // touched only by the engine thread once started
  std::shared_ptr<const std::vector<core::TrendPoint>> m_history;
  std::vector<Listener> m_listeners;

  mutable std::mutex m_mutex;
  std::condition_variable m_wake;
  std::deque<Pending> m_queue;
  bool m_stopping = false;
  bool m_presentChanged = false;
  int m_present = 0;
  core::SnapshotPtr m_snapshot;
  Stats m_stats;
  std::thread m_thread;
};

} // namespace balcony::store
