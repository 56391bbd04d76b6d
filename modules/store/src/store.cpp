// SQLite access for the event log. Every write is one transaction; nothing is cached here.
#include "balcony/store/store.hpp"

#include "balcony/platform/local_time.hpp"
#include "balcony/platform/utf8.hpp"
#include "balcony/store/event_codec.hpp"
#include "belief/belief_aggregate.hpp"
#include "db_lock.hpp"

#include <sqlite3.h>

#include <ctime>
#include <system_error>

namespace balcony::store {
namespace {

// SQLite takes file names in UTF-8 on every OS; a Windows path is UTF-16 inside.
std::string utf8(const std::filesystem::path& path) {
  return platform::utf8FromPath(path);
}

} // namespace

namespace {

constexpr int kSchemaVersion = 3;

class Statement {
public:
  Statement(sqlite3* db, const char* sql) : m_db(db) {
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
      throw StoreError(std::string("Database error: ") + sqlite3_errmsg(db));
    }
  }
  ~Statement() { sqlite3_finalize(m_stmt); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  void bind(int index, std::int64_t value) { sqlite3_bind_int64(m_stmt, index, value); }
  void bind(int index, const std::string& value) {
    sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
  }
  bool step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
      return true;
    }
    if (rc == SQLITE_DONE) {
      return false;
    }
    throw StoreError(std::string("Database error: ") + sqlite3_errmsg(m_db));
  }
  void reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
  }
  std::int64_t integer(int column) { return sqlite3_column_int64(m_stmt, column); }
  std::string text(int column) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p == nullptr ? std::string{}
                        : std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)));
  }

private:
  sqlite3* m_db;
  sqlite3_stmt* m_stmt = nullptr;
};

} // namespace

Store::Store(const std::filesystem::path& path) : m_path(path) {
  std::error_code ec;
  if (path.has_parent_path()) {
    std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) {
      throw StoreError("Cannot create the folder " + path.parent_path().string() + ": " + ec.message() +
                       ". Choose another place with --db.");
    }
  }
  m_lock = std::make_unique<DbLock>(path);
  if (sqlite3_open_v2(utf8(path).c_str(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                      nullptr) != SQLITE_OK) {
    std::string message = m_db != nullptr ? sqlite3_errmsg(m_db) : "out of memory";
    sqlite3_close(m_db);
    m_db = nullptr;
    throw StoreError("Cannot open the database " + path.string() + ": " + message);
  }
  sqlite3_busy_timeout(m_db, 2000);
  try {
    exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA synchronous=FULL");
    exec("PRAGMA foreign_keys=ON");
    migrate();
  } catch (const StoreError& e) {
    sqlite3_close(m_db);
    m_db = nullptr;
    throw StoreError(std::string(e.what()) + " (" + path.string() + ")");
  }
}

Store::~Store() {
  if (m_db != nullptr) {
    sqlite3_close(m_db);
  }
}

void Store::exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string message = err != nullptr ? err : "unknown error";
    sqlite3_free(err);
    throw StoreError("Database error: " + message);
  }
}

void Store::migrate() {
  std::int64_t current = 0;
  {
    Statement version(m_db, "PRAGMA user_version");
    version.step();
    current = version.integer(0);
  } // finished before anything below (VACUUM INTO refuses to run beside an open statement)
  if (current > kSchemaVersion) {
    throw StoreError("This database was written by a newer Balcony (schema " + std::to_string(current) +
                     "); update Balcony to open it");
  }
  if (current > 0 && current < kSchemaVersion) {
    // An older Balcony's database: keep a copy as it was before changing anything in it.
    auto backup = m_path;
    backup += ".v" + std::to_string(current) + ".bak";
    if (!std::filesystem::exists(backup)) {
      Statement copy(m_db, "VACUUM INTO ?");
      copy.bind(1, utf8(backup));
      copy.step();
    }
  }
  if (current == 0) {
    exec("BEGIN IMMEDIATE");
    exec("CREATE TABLE IF NOT EXISTS sessions ("
         " id INTEGER PRIMARY KEY,"
         " created_at INTEGER NOT NULL)");
    exec("CREATE TABLE IF NOT EXISTS events ("
         " seq INTEGER PRIMARY KEY,"
         " session_id INTEGER NOT NULL REFERENCES sessions(id),"
         " at_ms INTEGER NOT NULL,"
         " type TEXT NOT NULL,"
         " body TEXT NOT NULL)");
    exec("CREATE INDEX IF NOT EXISTS events_by_session ON events(session_id, seq)");
    exec("PRAGMA user_version=1");
    exec("COMMIT");
  }
  if (current < 2) {
    // Version 2: sessions belong to a series, so trends and clarity carry from one meeting to the next.
    exec("BEGIN IMMEDIATE");
    exec("ALTER TABLE sessions ADD COLUMN series_id INTEGER");
    exec("UPDATE sessions SET series_id = id WHERE series_id IS NULL");
    exec("CREATE INDEX IF NOT EXISTS sessions_by_series ON sessions(series_id, id)");
    exec("PRAGMA user_version=2");
    exec("COMMIT");
  }
  if (current < 3) {
    // Version 3: sessions can be archived out of the library list without deleting anything.
    exec("BEGIN IMMEDIATE");
    exec("ALTER TABLE sessions ADD COLUMN archived INTEGER NOT NULL DEFAULT 0");
    exec("PRAGMA user_version=3");
    exec("COMMIT");
  }
}

SessionId Store::latestSession() {
  Statement q(m_db, "SELECT COALESCE(MAX(id), 0) FROM sessions");
  q.step();
  return q.integer(0);
}

SessionId Store::createSession(core::Millis at, SessionId continuing) {
  exec("BEGIN IMMEDIATE");
  try {
    Statement q(m_db, "INSERT INTO sessions(created_at, series_id) VALUES (?, "
                      "COALESCE((SELECT series_id FROM sessions WHERE id = ?), NULL))");
    q.bind(1, at);
    q.bind(2, continuing);
    q.step();
    const auto id = sqlite3_last_insert_rowid(m_db);
    Statement own(m_db, "UPDATE sessions SET series_id = id WHERE id = ? AND series_id IS NULL");
    own.bind(1, id);
    own.step();
    exec("COMMIT");
    return id;
  } catch (...) {
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

std::vector<SessionId> Store::seriesOf(SessionId session) {
  Statement q(m_db, "SELECT id FROM sessions WHERE series_id = (SELECT series_id FROM sessions WHERE id = ?) "
                    "ORDER BY id");
  q.bind(1, session);
  std::vector<SessionId> ids;
  while (q.step()) {
    ids.push_back(q.integer(0));
  }
  return ids;
}

std::vector<core::Event> Store::loadEvents(SessionId session) {
  Statement q(m_db, "SELECT at_ms, type, body FROM events WHERE session_id = ? ORDER BY seq");
  q.bind(1, session);
  std::vector<core::Event> events;
  core::SessionState state; // a damaged file must give a clear error, never a crash in replay
  while (q.step()) {
    events.push_back(core::Event{q.integer(0), decodeEvent(q.text(1), q.text(2))});
    checkEvent(state, events.back());
    core::apply(state, events.back());
  }
  return events;
}

void Store::append(SessionId session, const std::vector<core::Event>& events) {
  if (events.empty()) {
    return;
  }
  exec("BEGIN IMMEDIATE");
  try {
    Statement insert(m_db, "INSERT INTO events(session_id, at_ms, type, body) VALUES (?, ?, ?, ?)");
    for (const auto& event : events) {
      const auto encoded = encodeEvent(event.body);
      insert.bind(1, session);
      insert.bind(2, event.at);
      insert.bind(3, encoded.type);
      insert.bind(4, encoded.body);
      insert.step();
      insert.reset();
    }
    exec("COMMIT");
  } catch (...) {
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

namespace {

sqlite3* openSide(const std::filesystem::path& path, int flags) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(utf8(path).c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    std::string message = db != nullptr ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    throw StoreError("Cannot open " + path.string() + ": " + message);
  }
  sqlite3_busy_timeout(db, 2000);
  return db;
}

} // namespace

std::vector<SessionEntry> listSessions(const std::filesystem::path& path) {
  sqlite3* db = openSide(path, SQLITE_OPEN_READONLY);
  std::vector<SessionEntry> out;
  try {
    Statement q(db, "SELECT id, series_id, created_at, archived FROM sessions ORDER BY id");
    while (q.step()) {
      out.push_back({q.integer(0), q.integer(1), q.integer(2), "", 0, q.integer(3) != 0});
    }
    Statement events(db, "SELECT at_ms, type, body FROM events WHERE session_id = ? AND type IN "
                         "('session_created', 'session_retitled', 'participant_joined') ORDER BY seq");
    for (auto& entry : out) {
      events.bind(1, entry.id);
      while (events.step()) {
        const auto body = decodeEvent(events.text(1), events.text(2));
        if (const auto* c = std::get_if<core::SessionCreated>(&body)) entry.title = c->title;
        if (const auto* r = std::get_if<core::SessionRetitled>(&body)) entry.title = r->title;
        if (std::holds_alternative<core::ParticipantJoined>(body)) ++entry.participants;
      }
      events.reset();
    }
  } catch (...) {
    sqlite3_close(db);
    throw;
  }
  sqlite3_close(db);
  return out;
}

void setArchived(const std::filesystem::path& path, SessionId session, bool archived) {
  sqlite3* db = openSide(path, SQLITE_OPEN_READWRITE);
  try {
    Statement q(db, "UPDATE sessions SET archived = ? WHERE id = ?");
    q.bind(1, archived ? 1 : 0);
    q.bind(2, session);
    q.step();
  } catch (...) {
    sqlite3_close(db);
    throw;
  }
  sqlite3_close(db);
}

std::vector<core::Event> readEventsReadOnly(const std::filesystem::path& path, SessionId session) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(utf8(path).c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    std::string message = db != nullptr ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    throw StoreError("Cannot read " + path.string() + ": " + message);
  }
  sqlite3_busy_timeout(db, 2000);
  std::vector<core::Event> events;
  try {
    Statement q(db, "SELECT at_ms, type, body FROM events WHERE session_id = ? ORDER BY seq");
    q.bind(1, session);
    while (q.step()) {
      events.push_back(core::Event{q.integer(0), decodeEvent(q.text(1), q.text(2))});
    }
  } catch (...) {
    sqlite3_close(db);
    throw;
  }
  sqlite3_close(db);
  return events;
}

std::vector<core::TrendPoint> seriesHistory(Store& db, SessionId session) {
  std::vector<core::TrendPoint> history;
  for (const auto id : db.seriesOf(session)) {
    if (id >= session) {
      break;
    }
    const auto earlier = core::replay(db.loadEvents(id));
    const auto when = static_cast<std::time_t>(earlier.createdAt / 1000);
    const std::tm local = platform::localTime(when);
    char label[32];
    std::strftime(label, sizeof label, "%d %b ", &local);
    for (auto& point : core::beliefTrend(earlier, label)) {
      history.push_back(std::move(point));
    }
  }
  return history;
}

} // namespace balcony::store
