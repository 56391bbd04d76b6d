// The engine thread: batches of commands become one transaction each (group commit), so the cost
// of a durable commit is shared by everyone who answered in the same few milliseconds.
#include "balcony/engine/engine.hpp"

#include <algorithm>
#include <future>
#include <utility>

namespace balcony::engine {
namespace {

// What the latency figures are about: a participant's answer to what is on the board.
bool isAnswer(const core::CommandBody& body) {
  return std::holds_alternative<core::AnswerBelief>(body) || std::holds_alternative<core::AnswerPoll>(body) ||
         std::holds_alternative<core::AnswerPrompt>(body) || std::holds_alternative<core::VoteStatement>(body);
}

} // namespace

Engine::Engine(store::Store& store, store::SessionId session, Clock clock)
    : m_store(store), m_session(session), m_clock(std::move(clock)) {
  m_state = core::replay(m_store.loadEvents(m_session));
  publish();
}

Engine::~Engine() {
  stop();
}

void Engine::addListener(Listener listener) {
  m_listeners.push_back(std::move(listener));
}

void Engine::setHistory(std::vector<core::TrendPoint> history) {
  m_history = std::make_shared<const std::vector<core::TrendPoint>>(std::move(history));
  publish();
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

void Engine::setQueueLimit(std::size_t limit) {
  std::lock_guard lock(m_mutex);
  m_queueLimit = limit;
}

void Engine::submit(core::Command command, Reply reply, bool fromParticipant) {
  {
    std::lock_guard lock(m_mutex);
    if (m_stopping) {
      if (reply) {
        reply({core::CommandError{core::ErrorCode::Conflict, "Balcony is shutting down."}, 0, 0});
      }
      return;
    }
    if (fromParticipant && m_queue.size() >= m_queueLimit) {
      if (reply) {
        reply({core::CommandError{core::ErrorCode::Busy, "Balcony is busy: please try again in a moment."}, 0, 0});
      }
      return;
    }
    m_queue.push_back({std::move(command), std::move(reply), std::chrono::steady_clock::now()});
  }
  m_wake.notify_one();
}

void Engine::Participants::submit(core::ParticipantCommand command, Reply reply) {
  m_engine.submit(core::toCommand(std::move(command)), std::move(reply), true);
}

void Engine::Facilitator::submit(core::FacilitatorCommand command, Reply reply) {
  m_engine.submit(core::toCommand(std::move(command)), std::move(reply));
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

void Engine::setNetworkNotices(std::vector<core::NetworkNotice> notices) {
  {
    std::lock_guard lock(m_mutex);
    if (m_networkNotices == notices) {
      return;
    }
    m_networkNotices = std::move(notices);
    m_presentChanged = true; // published like presence: a new snapshot, nothing stored
  }
  m_wake.notify_one();
}

void Engine::setEventLink(std::shared_ptr<const core::EventLinkView> link) {
  {
    std::lock_guard lock(m_mutex);
    m_eventLink = std::move(link);
    m_presentChanged = true; // published like presence: a new snapshot, nothing stored
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
      publish();
    }
  }
}

void Engine::processBatch(std::vector<Pending>& batch, bool presentChanged) {
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

  // The projector and the phones see the batch at once; the promise to each participant, the
  // acknowledgement, waits for the commit below. If the commit fails, the durable state is put
  // back and shown again with the error, so a shown answer that was not saved is not kept.
  const bool changed = !events.empty();
  if (changed) {
    publish(Durability::Pending);
  }
  const auto published = std::chrono::steady_clock::now();
  bool failed = false;
  try {
    m_store.append(m_session, events);
  } catch (const std::exception& e) {
    // Nothing of this batch is durable: undo it in memory and tell everyone who asked. The error
    // stays on every snapshot (presence changes too) until a batch is saved again.
    failed = true;
    ++m_failedSaves;
    m_storageError = std::string("Answers could not be saved: ") + e.what();
    m_state = m_durable->state;
    for (auto& r : results) {
      if (!r.error) {
        r.error = core::CommandError{core::ErrorCode::Conflict,
                                     "Your answer could not be saved. Please try again in a moment."};
      }
    }
  }
  const auto committed = std::chrono::steady_clock::now();
  const bool recovered = changed && !failed && !m_storageError.empty();
  if (recovered) {
    m_storageError.clear(); // something was written: the database works again
    m_failedSaves = 0;
  }
  if (failed || recovered || (!changed && presentChanged)) {
    publish(); // a batch of rejected or repeated commands changes nothing to show
  } else if (changed) {
    std::lock_guard lock(m_mutex);
    m_durable = m_snapshot;
  }
  if (failed) {
    events.clear();
  }
  {
    std::lock_guard lock(m_mutex);
    ++m_stats.batches;
    m_stats.commands += batch.size();
    m_stats.eventsStored += events.size();
    m_stats.largestBatch = std::max<std::uint64_t>(m_stats.largestBatch, batch.size());
    if (changed) {
      m_stats.commitTime.add(committed - published);
      for (std::size_t i = 0; i < batch.size(); ++i) {
        if (!results[i].error && isAnswer(batch[i].command.body)) {
          m_stats.snapshotLatency.add(published - batch[i].received);
        }
      }
    }
  }
  const auto version = snapshot()->version;
  for (std::size_t i = 0; i < batch.size(); ++i) {
    results[i].version = version;
    if (batch[i].reply) {
      batch[i].reply(results[i]);
    }
  }
  const auto replied = std::chrono::steady_clock::now();
  std::lock_guard lock(m_mutex);
  for (const auto& pending : batch) {
    if (isAnswer(pending.command.body)) {
      m_stats.replyLatency.add(replied - pending.received);
    }
  }
}

void Engine::publish(Durability durability) {
  auto next = std::make_shared<core::Snapshot>();
  next->state = m_state;
  next->storageError = m_storageError;
  next->failedSaves = m_failedSaves;
  next->history = m_history;
  {
    std::lock_guard lock(m_mutex);
    next->version = m_snapshot ? m_snapshot->version + 1 : 1;
    if (durability == Durability::Saved) {
      m_durable = next;
    }
    next->present = m_present;
    next->networkNotices = m_networkNotices;
    next->event = m_eventLink;
    m_snapshot = next;
  }
  for (const auto& listener : m_listeners) {
    listener(next);
  }
}

} // namespace balcony::engine
