// The library listing and the exports, from the command line. Each takes the database's lock when
// it can; while a meeting runs (another Balcony holds it), the exports read beside it through
// read-only connections instead. Each says plainly what is missing.
#include "subcommands.hpp"

#include "exports.hpp"

#include "balcony/core/calendar.hpp"
#include "balcony/platform/utf8.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <memory>

namespace balcony::app {

int listSessions(const std::filesystem::path& database) {
  if (!std::filesystem::exists(database)) {
    std::cerr << "balcony: no database at " << database.string() << "\n";
    return 2;
  }
  try {
    store::Store db(database); // upgrades an older file first
    for (const auto& e : store::listSessions(database)) {
      std::cout << e.id << "\t" << core::isoDate(e.createdAt) << "\tseries " << e.series << "\t" << e.participants
                << " participants\t" << e.title << (e.archived ? "\t(archived)" : "") << "\n";
    }
  } catch (const store::StoreError& e) {
    std::cerr << "balcony: " << e.what() << "\n";
    return 2;
  }
  return 0;
}

namespace {

// The latest session, and a session's events: through the lock when free (an older file is
// upgraded first), else read-only beside the Balcony that has the database open.
struct StoredSessions {
  std::unique_ptr<store::Store> db;
  std::filesystem::path path;

  explicit StoredSessions(const std::filesystem::path& database) : path(database) {
    try {
      db = std::make_unique<store::Store>(database);
    } catch (const store::DatabaseInUse&) {
      std::cerr << "balcony: a meeting is running on this database; exporting what it has stored so far\n";
    }
  }
  store::SessionId latest() const {
    if (db) return db->latestSession();
    const auto sessions = store::listSessions(path);
    return sessions.empty() ? 0 : sessions.back().id;
  }
  bool live() const { return db == nullptr; } // another Balcony holds the database: a meeting runs
  std::vector<core::Event> events(store::SessionId session) const {
    return db ? db->loadEvents(session) : store::readEventsReadOnly(path, session);
  }
};

int exportAll(const ExportOptions& options) {
  if (options.output.empty() || options.output == "-") {
    std::cerr << "balcony: --format all writes several files: give a folder with -o\n";
    return 1;
  }
  try {
    const StoredSessions source(options.database);
    const auto latest = source.latest();
    const auto session = options.session == 0 ? latest : options.session;
    if (session <= 0 || session > latest) {
      std::cerr << "balcony: there is no session " << session << " (see balcony sessions)\n";
      return 2;
    }
    const auto message = exportEverything(
        options.database, session, platform::pathFromUtf8(options.output), source.live(),
        [](int done, int total) { std::cerr << "balcony: export " << done << " of " << total << "\n"; });
    std::cerr << "balcony: " << message << "\n";
    return message.starts_with("Exported") ? 0 : 2;
  } catch (const store::StoreError& e) {
    std::cerr << "balcony: " << e.what() << "\n";
    return 2;
  }
}

} // namespace

int exportSession(const ExportOptions& options) {
  if (options.format == "all") {
    return exportAll(options);
  }
  if (!std::filesystem::exists(options.database)) {
    std::cerr << "balcony: no database at " << options.database.string() << "\n";
    return 2;
  }
  const auto& formats = exportFormats();
  const auto format =
      std::find_if(formats.begin(), formats.end(), [&](const auto& f) { return f.name == options.format; });
  if (format == formats.end()) {
    std::cerr << "balcony: no export format called " << options.format << "\n";
    return 1;
  }
  std::string text;
  try {
    const StoredSessions source(options.database);
    const auto latest = source.latest();
    const auto session = options.session == 0 ? latest : options.session;
    if (latest == 0 || session > latest || session < 0) {
      std::cerr << "balcony: "
                << (latest == 0 ? std::string("the database holds no session yet")
                                : "there is no session " + std::to_string(session) + " (see balcony sessions)")
                << "\n";
      return 2;
    }
    const auto events = source.events(session);
    auto state = core::replay(events);
    state.asOf = exportMoment(events, source.live());
    text = format->make({events, state, session, options.database});
  } catch (const store::StoreError& e) {
    std::cerr << "balcony: " << e.what() << "\n";
    return 2;
  }
  if (options.output.empty() || options.output == "-") {
    std::cout << text;
    return 0;
  }
  std::ofstream out(platform::pathFromUtf8(options.output), std::ios::binary);
  out << text;
  if (!out.flush()) {
    std::cerr << "balcony: cannot write " << options.output << "\n";
    return 2;
  }
  std::cerr << "balcony: wrote " << options.output << "\n";
  return 0;
}

} // namespace balcony::app
