// The SQLite file that holds every session as its ordered event log (WAL, synchronous=FULL).
#pragma once

#include "balcony/core/events.hpp"
#include "belief/belief_trend_point.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

struct sqlite3;

namespace balcony::store {

class StoreError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// Another Balcony has the database open (a meeting is running): it may still be read beside it.
class DatabaseInUse : public StoreError {
public:
  using StoreError::StoreError;
};

using SessionId = std::int64_t;

class DbLock;

class Store {
public:
  // Opens or creates the database, creating its folder. Throws StoreError with a plain message
  // (folder not writable, file locked by another Balcony, not a Balcony database, ...).
  explicit Store(const std::filesystem::path& path);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  SessionId latestSession(); // 0 when the database holds no session yet
  // A new session; continuing = 0 starts a new series, otherwise it joins that session's series.
  SessionId createSession(core::Millis at, SessionId continuing = 0);
  // The sessions of the same series (the same partnership), oldest first, this one included.
  std::vector<SessionId> seriesOf(SessionId session);
  std::vector<core::Event> loadEvents(SessionId session);

  // Appends the events in one transaction: all are durable when this returns, or none is.
  void append(SessionId session, const std::vector<core::Event>& events);

  const std::filesystem::path& path() const { return m_path; }

private:
  void exec(const char* sql);
  void migrate();

  std::filesystem::path m_path;
  std::unique_ptr<DbLock> m_lock;
  sqlite3* m_db = nullptr;
};

// The session library: every session with what a facilitator recognises it by.
struct SessionEntry {
  SessionId id = 0;
  SessionId series = 0;
  core::Millis createdAt = 0;
  std::string title;
  std::size_t participants = 0;
  bool archived = false;
};

// Lists sessions through a separate read-only connection (safe beside a running engine).
std::vector<SessionEntry> listSessions(const std::filesystem::path& path);

// Archives (or brings back) a session: archived sessions stay in the file, out of the list.
void setArchived(const std::filesystem::path& path, SessionId session, bool archived);

// Reads a session's events through a separate read-only connection: safe beside a running engine
// (WAL lets readers in while the writer works), for exports made while the meeting goes on.
std::vector<core::Event> readEventsReadOnly(const std::filesystem::path& path, SessionId session);

// The belief trend of the sessions before this one in its series, each point labelled with its
// session's date ("12 Mar R2"), oldest first.
std::vector<core::TrendPoint> seriesHistory(Store& db, SessionId session);

} // namespace balcony::store
