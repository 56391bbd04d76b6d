// The engine thread: batches of commands become one transaction each (group commit), so the cost
// of a durable commit is shared by everyone who answered in the same few milliseconds.
#include "balcony/store/engine.hpp"

#include <future>
#include <utility>

namespace balcony::store {

Engine::Engine(Store& store, SessionId session, Clock clock)
    : m_store(store), m_session(session), m_clock(std::move(clock)) {
  m_state = core::replay(m_store.loadEvents(m_session));
  publish({});
}

Engine::~Engine() {
  stop();
}

void Engine::addListener(Listener listener) {
  m_listeners.push_back(std::move(listener));
}

void Engine::setHistory(std::vector<core::TrendPoint> history) {
  m_history = std::make_shared<const std::vector<core::TrendPoint>>(std::move(history));
  publish({});
}

void Engine::start() {
  std::lock_guard lock(m_mutex);
  if (!m_thread.joinable()) {
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
  }
}

void Engine::stop() {
  {
    std::lock_guard lock(m_mutex);
    m_stopping = true;
  }
  m_wake.notify_all();
  if (m_thread.joinable()) {
    m_thread.join();
  }
}

void Engine::submit(core::Command command, Reply reply) {
  {
    std::lock_guard lock(m_mutex);
    if (m_stopping) {
      if (reply) {
        reply({core::CommandError{core::ErrorCode::Conflict, "Balcony is shutting down."}, 0, 0});
      }
      return;
    }
    m_queue.push_back({std::move(command), std::move(reply)});
  }
  m_wake.notify_one();
}

core::CommandResult Engine::execute(core::Command command) {
  auto promise = std::make_shared<std::promise<core::CommandResult>>();
  auto future = promise->get_future();
  submit(std::move(command), [promise](const core::CommandResult& r) { promise->set_value(r); });
  return future.get();
}

core::SnapshotPtr Engine::snapshot() const {
  std::lock_guard lock(m_mutex);
  return m_snapshot;
}

void Engine::setPresent(int present) {
  {
    std::lock_guard lock(m_mutex);
    if (m_present == present) {
      return;
    }
    m_present = present;
    m_presentChanged = true;
  }
  m_wake.notify_one();
}

Engine::Stats Engine::stats() const {
  std::lock_guard lock(m_mutex);
  return m_stats;
}

void Engine::run() {
  std::vector<Pending> batch;
  for (;;) {
    bool presentChanged = false;
    {
      std::unique_lock lock(m_mutex);
      m_wake.wait(lock, [&] { return m_stopping || !m_queue.empty() || m_presentChanged; });
      if (m_queue.empty() && m_stopping) {
        return;
      }
      batch.assign(std::make_move_iterator(m_queue.begin()), std::make_move_iterator(m_queue.end()));
      m_queue.clear();
      presentChanged = std::exchange(m_presentChanged, false);
    }
    if (!batch.empty()) {
      processBatch(batch, presentChanged);
      batch.clear();
    } else if (presentChanged) {
      publish({});
    }
  }
}

void Engine::processBatch(std::vector<Pending>& batch, bool presentChanged) {
  const core::SessionState before = m_state; // what is durable: restored if this batch is not
  std::vector<core::Event> events;
  std::vector<core::CommandResult> results(batch.size());
  for (std::size_t i = 0; i < batch.size(); ++i) {
    auto& command = batch[i].command;
    if (command.at == 0) {
      command.at = m_clock();
    }
    auto decision = core::decide(m_state, command);
    results[i].error = decision.error;
    results[i].participant = decision.participant;
    for (auto& body : decision.events) {
      core::Event event{command.at, std::move(body)};
      core::apply(m_state, event); // later commands in this batch see earlier ones
      events.push_back(std::move(event));
    }
  }

  std::string storageError;
  try {
    m_store.append(m_session, events);
  } catch (const std::exception& e) {
    // Nothing of this batch is durable: undo it in memory and tell everyone who asked.
    storageError = std::string("Answers could not be saved: ") + e.what();
    m_state = before;
    events.clear();
    for (auto& r : results) {
      if (!r.error) {
        r.error = core::CommandError{core::ErrorCode::Conflict,
                                     "Your answer could not be saved. Please try again in a moment."};
      }
    }
  }

  {
    std::lock_guard lock(m_mutex);
    ++m_stats.batches;
    m_stats.commands += batch.size();
    m_stats.eventsStored += events.size();
  }
  if (!events.empty() || presentChanged || !storageError.empty() || !snapshot()->storageError.empty()) {
    publish(storageError); // a batch of rejected or repeated commands changes nothing to show
  }
  const auto version = snapshot()->version;
  for (std::size_t i = 0; i < batch.size(); ++i) {
    results[i].version = version;
    if (batch[i].reply) {
      batch[i].reply(results[i]);
    }
  }
}

void Engine::publish(std::string storageError) {
  auto next = std::make_shared<core::Snapshot>();
  next->state = m_state;
  next->storageError = std::move(storageError);
  next->history = m_history;
  {
    std::lock_guard lock(m_mutex);
    next->version = m_snapshot ? m_snapshot->version + 1 : 1;
    next->present = m_present;
    m_snapshot = next;
  }
  for (const auto& listener : m_listeners) {
    listener(next);
  }
}

} // namespace balcony::store
