// Balcony's entry point: parses the command line, opens the database, and wires the engine (one
// writer), the participant server (ASIO thread) and, unless headless, the console and projector.
#include "app_paths.hpp"
#include "room_code.hpp"
#include "storage_report.hpp"
#include "templates.hpp"
#include "terminal_console.hpp"

#include "clarity/clarity_lists.hpp"
#include "balcony/net/lan_address.hpp"
#include "balcony/net/server.hpp"
#include "balcony/platform/console_window.hpp"
#include "balcony/platform/listen_error.hpp"
#include "balcony/platform/local_time.hpp"
#include "balcony/platform/open_file_limit.hpp"
#include "balcony/platform/reachability_advice.hpp"
#include "balcony/platform/stop_requests.hpp"
#include "balcony/platform/utf8.hpp"
#include "balcony/report/csv_export.hpp"
#include "balcony/report/html_report.hpp"
#include "balcony/report/ics_export.hpp"
#include "balcony/report/markdown_summary.hpp"
#include "balcony/engine/engine.hpp"
#include "balcony/store/event_codec.hpp"
#include "balcony/store/store.hpp"

#if BALCONY_WITH_GUI
#include "balcony/ui/gui.hpp"
#endif

#include <CLI/CLI.hpp>
#include <asio/io_context.hpp>
#include <asio/post.hpp>
#include <asio/steady_timer.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <optional>
#include <thread>

namespace {

using namespace balcony;

core::Millis wallClock() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// How long the join address is up with nobody joining before the terminal says what to try (the
// windowed console waits as long).
constexpr long kReachabilityWaitMs = 90'000;

const std::vector<std::string> kDefaultGroups = {"Health", "Police", "Schools", "Social care", "Service users"};

std::string defaultTitle() {
  const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  char date[32];
  const std::tm local = platform::localTime(now);
  std::strftime(date, sizeof date, "%d %B %Y", &local);
  return std::string("Partnership meeting, ") + date;
}

std::string portProblem(const std::system_error& e, const std::string& bind, unsigned port) {
  const auto err = platform::classifyListenError(e.code());
  if (err == platform::ListenError::PortInUse) {
    return "Port " + std::to_string(port) +
           " is already in use by another program. Start Balcony with "
           "--port 0 to pick a free port, or close the other program.";
  }
  if (err == platform::ListenError::AddressNotHere) {
    return "The address " + bind +
           " is not one of this computer's. Use --bind 0.0.0.0 to listen on all "
           "networks.";
  }
  if (err == platform::ListenError::NeedsPrivilege) {
    return "Port " + std::to_string(port) + " needs administrator rights. Use a port above 1024.";
  }
  return "Cannot listen on " + bind + ":" + std::to_string(port) + ": " + e.code().message();
}

// The next meeting of a series starts where the last one ended: the endeavour, and the items
// still open (agreed for now, reopened, or proposed and approved), with their review dates.
void carryForward(engine::Engine& engine, const core::SessionState& previous) {
  if (!previous.endeavour.empty()) {
    engine.execute({0, core::SetEndeavour{previous.endeavour}});
  }
  int carried = 0;
  for (const auto& item : previous.clarity) {
    const bool open = item.status == core::ClarityStatus::Agreed || item.status == core::ClarityStatus::Reopened ||
                      (item.status == core::ClarityStatus::Proposed && item.approved);
    if (item.hidden || !open) {
      continue;
    }
    auto fields = item.fields;
    fields.topic = 0; // topics belong to the earlier agenda
    if (!engine.execute({0, core::AddClarityItem{fields, item.status}}).error) {
      ++carried;
    }
  }
  std::cerr << "balcony: carried the endeavour and " << carried << " open items from the last session\n";
  if (carried > 0 || !previous.endeavour.empty()) {
    // The meeting opens where the last one ended: what was clear for now, due dates highlighted.
    engine.execute({0, core::ShowBoard{core::Board::Clarity}});
  }
}

std::string lower(std::string s) {
  for (auto& c : s)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Applies a shipped template to the new session, through the same checked commands as the console.
void applyTemplate(engine::Engine& engine, const std::string& name) {
  for (const auto& t : app::loadTemplates()) {
    if (lower(t.name) != lower(name)) continue;
    for (auto& command : core::templateCommands(t)) {
      if (const auto r = engine.execute({0, core::widen(std::move(command))}); r.error) {
        std::cerr << "balcony: template \"" << t.name << "\": " << r.error->message << "\n";
      }
    }
    std::cerr << "balcony: set up from the \"" << t.name << "\" template\n";
    return;
  }
  std::cerr << "balcony: no template called \"" << name << "\"; the session starts empty\n";
}

// Writes every export of a session into a folder: what the facilitator takes away. Reads through a
// read-only connection, so the meeting can go on meanwhile. Reports each step to `progress`.
std::string exportEverything(const std::filesystem::path& dbPath, store::SessionId session,
                             const std::filesystem::path& folder, const std::function<void(int, int)>& progress) {
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) {
    return "Cannot create the folder " + folder.string() + ": " + ec.message() + ". Choose another folder.";
  }
  const auto events = store::readEventsReadOnly(dbPath, session);
  const auto state = core::replay(events);
  const std::string stem = "balcony-session-" + std::to_string(session) + "-" + core::isoDate(state.createdAt);
  const std::vector<std::pair<std::string, std::function<std::string()>>> files = {
      {".html", [&] { return report::htmlReport(state); }},
      {".md", [&] { return report::markdownSummary(state); }},
      {"-responses.csv", [&] { return report::csvResponses(state); }},
      {"-review-dates.ics",
       [&] { return report::icsReviewDates(state, std::to_string(session) + "-" + dbPath.stem().string()); }},
      {"-events.json", [&] { return store::exportEventLog(events, session); }},
  };
  int done = 0;
  for (const auto& [suffix, make] : files) {
    const auto path = folder / (stem + suffix);
    std::ofstream out(path, std::ios::binary);
    out << make();
    if (!out.flush()) {
      return "Could not write " + path.string() + ". Is the disk full, or the folder read-only?";
    }
    progress(++done, static_cast<int>(files.size()));
  }
  return "Exported " + std::to_string(files.size()) + " files to " + folder.string() + " (" + stem + ".*).";
}

struct RunOptions {
  bool headless = false;
  bool newSession = false;
  bool newSeries = false;
  store::SessionId openSession = 0;
  unsigned port = 8080;
  std::string bind = "0.0.0.0";
  std::string db;
  std::string screenshotDir;
  int frameStatsSeconds = 0;
  std::string templateName;
  std::string view = "room";
  std::string theme = "light";
};

// The "stats" line of the headless console: what the engine and the server measured since start.
std::string figuresLine(const engine::Engine& engine, const net::Server& server) {
  const auto e = engine.stats();
  const auto n = server.stats();
  const auto snapshot = engine.snapshot();
  std::size_t shown = 0; // belief answers in the snapshot the projector draws
  if (const auto* round = snapshot->state.currentRound()) {
    for (const auto& [participant, answers] : round->answers) {
      shown += static_cast<std::size_t>(
          std::count_if(answers.begin(), answers.end(), [](int a) { return a != core::kNoAnswer; }));
    }
  }
  char line[800];
  std::snprintf(line, sizeof line,
                "stats: %llu commands in %llu batches (largest %llu); commit p50 %.2f ms, p99 %.2f ms; "
                "snapshot after receipt p50 %.2f ms, p99 %.2f ms, max %.2f ms; reply after receipt p50 %.2f ms, "
                "p99 %.2f ms; %zu connections, %zu participants, %llu board updates sent (encoding p99 %.2f ms, "
                "writing to every phone p50 %.2f ms, p99 %.2f ms); %zu answers shown",
                static_cast<unsigned long long>(e.commands), static_cast<unsigned long long>(e.batches),
                static_cast<unsigned long long>(e.largestBatch), e.commitTime.percentileMs(50),
                e.commitTime.percentileMs(99), e.snapshotLatency.percentileMs(50), e.snapshotLatency.percentileMs(99),
                e.snapshotLatency.maxMs(), e.replyLatency.percentileMs(50), e.replyLatency.percentileMs(99),
                n.connections, n.participants, static_cast<unsigned long long>(n.broadcasts),
                n.encodeTime.percentileMs(99), n.fanOutTime.percentileMs(50), n.fanOutTime.percentileMs(99), shown);
  return line;
}

int run(const RunOptions& options, [[maybe_unused]] store::SessionId* reopen) {
  const std::filesystem::path dbPath =
      options.db.empty() ? app::defaultDatabasePath() : platform::pathFromUtf8(options.db);
  if (!options.screenshotDir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(platform::pathFromUtf8(options.screenshotDir), ec);
    if (ec) {
      std::cerr << "balcony: cannot create the screenshot folder " << options.screenshotDir << ": " << ec.message()
                << "\n";
      return 2;
    }
  }
  std::unique_ptr<store::Store> db;
  try {
    db = std::make_unique<store::Store>(dbPath);
  } catch (const store::StoreError& e) {
    std::cerr << "balcony: " << e.what() << "\n";
#if BALCONY_WITH_GUI
    if (!options.headless) {
      return ui::showProblem(
          std::string(e.what()) +
          "\n\nTo use another file, start Balcony with --db and a path in a folder you can write to.");
    }
#endif
    return 2;
  }

  store::SessionId session = 0;
  std::vector<std::string> groups = kDefaultGroups;
  std::optional<core::SessionState> previous;
  try {
    session = db->latestSession();
    if (options.openSession != 0) {
      if (options.openSession < 1 || options.openSession > session) {
        std::cerr << "balcony: there is no session " << options.openSession << " (see balcony sessions)\n";
        return 2;
      }
      session = options.openSession;
    } else if (session != 0 && options.newSession) {
      // The next meeting of the same partnership: same groups, same series, so trends carry on.
      previous = core::replay(db->loadEvents(session));
      if (previous->created) {
        groups = previous->groups;
      }
      session = db->createSession(wallClock(), session);
    } else if (session == 0 || options.newSeries || options.newSession) {
      session = db->createSession(wallClock());
    }
  } catch (const store::StoreError& e) {
    std::cerr << "balcony: " << e.what() << "\n";
    return 2;
  }
  std::unique_ptr<engine::Engine> enginePtr;
  try {
    enginePtr = std::make_unique<engine::Engine>(*db, session, wallClock);
    enginePtr->setHistory(store::seriesHistory(*db, session));
  } catch (const store::StoreError& e) {
    std::cerr << "balcony: cannot read the session: " << e.what() << "\n";
    return 2;
  }
  auto& engine = *enginePtr;

  asio::io_context io;
  net::Server server(io, engine.participants()); // phones: participant commands and presence only
  // Asked to stop from outside (SIGINT/SIGTERM, Ctrl+C, the console window closing): handled on the
  // network thread once it runs, by closing the windows or, headless, by stopping the server.
  asio::steady_timer nobodyYet(io); // headless: says what to try when no phone has joined a while after start
  std::function<void(const std::string&)> stopNow = [&](const std::string& why) {
    std::cerr << "balcony: " << why << ", shutting down\n";
    nobodyYet.cancel();
    server.stop();
  };
  // Installed before the address is printed: a Ctrl+C right after it must still stop cleanly.
  platform::StopRequests stopRequests([&](const std::string& why) { asio::post(io, [&, why] { stopNow(why); }); });
  std::uint16_t port = 0;
  std::string notice;
  try {
    port = server.listen(options.bind, static_cast<std::uint16_t>(options.port));
  } catch (const std::system_error& e) {
    const auto problem = portProblem(e, options.bind, options.port);
    std::cerr << "balcony: " << problem << "\n";
    // With windows, a busy port is not the end: take a free one and say so on the console.
    if (options.headless || platform::classifyListenError(e.code()) != platform::ListenError::PortInUse) {
      return 3;
    }
    try {
      port = server.listen(options.bind, 0);
      notice = "Port " + std::to_string(options.port) + " is used by another program, so Balcony is using port " +
               std::to_string(port) + ". Phones use the address and QR code on the projector as usual.";
    } catch (const std::system_error& again) {
      std::cerr << "balcony: " << portProblem(again, options.bind, 0) << "\n";
      return 3;
    }
  }

  engine.addListener([&server](const core::SnapshotPtr& s) { server.publish(s); });
#if BALCONY_WITH_GUI
  std::unique_ptr<ui::Gui> gui;
  if (!options.headless) {
    gui = std::make_unique<ui::Gui>(engine.facilitator());
    engine.addListener([g = gui.get()](const core::SnapshotPtr&) { g->wake(); });
    stopNow = [g = gui.get()](const std::string&) { g->requestClose(); };
  }
#endif
  if (options.headless) {
    engine.addListener(app::storageReport(std::cerr));
  }
  engine.start();

  if (!engine.snapshot()->state.created) {
    const auto r = engine.execute({0, core::CreateSession{defaultTitle(), app::newRoomCode(), groups}});
    if (r.error) {
      std::cerr << "balcony: cannot set up the session: " << r.error->message << "\n";
      engine.stop(); // before the listeners' objects go
      return 2;
    }
    if (previous) {
      carryForward(engine, *previous);
    }
    if (!options.templateName.empty()) {
      applyTemplate(engine, options.templateName);
    }
  }

  const auto interfaces = net::listInterfaces();
  const auto url = net::joinUrl(net::joinHost(options.bind, interfaces), port, engine.snapshot()->state.roomCode);
  std::cout << url << std::endl;
  std::cerr << "balcony: database " << dbPath.string() << ", session " << session << "\n";

  // Phones can only be missing where they could come in: not on a loopback-only server.
  const bool reachable = options.bind != "127.0.0.1" && options.bind != "localhost";
  if (options.headless && reachable) {
    // As the windowed console does: a facilitator at a terminal hears why phones may not get in.
    // Armed before the network thread runs, so a stop already queued cancels it.
    nobodyYet.expires_after(std::chrono::milliseconds(kReachabilityWaitMs));
    nobodyYet.async_wait([&engine](std::error_code ec) {
      if (!ec && engine.snapshot()->state.participants.empty()) {
        std::cerr << "balcony: " << platform::reachabilityAdvice() << "\n";
      }
    });
  }
  std::thread netThread([&io] { io.run(); });
  int status = 0;
#if BALCONY_WITH_GUI
  std::vector<std::thread> exportThreads;
  if (gui) {
    platform::releaseOwnConsole();
    ui::GuiOptions guiOptions;
    guiOptions.joinUrl = url;
    guiOptions.databasePath = dbPath.string();
    guiOptions.screenshotDir = options.screenshotDir;
    guiOptions.frameStatsSeconds = options.frameStatsSeconds;
    guiOptions.beliefView = options.view;
    guiOptions.darkProjector = options.theme == "dark";
    guiOptions.templates = app::loadTemplates();
    guiOptions.notice = notice;
    guiOptions.exportFolder = (app::defaultDatabasePath().parent_path() / "exports").string();
    guiOptions.session = session;
    guiOptions.listSessions = [dbPath] {
      std::vector<ui::LibraryEntry> entries;
      try {
        for (const auto& e : store::listSessions(dbPath)) {
          entries.push_back({e.id, e.series, core::isoDate(e.createdAt), e.title, e.participants, e.archived});
        }
      } catch (const store::StoreError& e) {
        std::cerr << "balcony: " << e.what() << "\n";
      }
      return entries;
    };
    guiOptions.archiveSession = [dbPath](std::int64_t id, bool archived) -> std::string {
      try {
        store::setArchived(dbPath, id, archived);
        return {};
      } catch (const store::StoreError& e) {
        return e.what();
      }
    };
    guiOptions.exportAll = [dbPath, session, g = gui.get(),
                            &exportThreads](const std::string& folder, std::shared_ptr<ui::ExportProgress> progress) {
      progress->total = 5;
      exportThreads.emplace_back([=] {
        std::string message;
        try {
          message = exportEverything(dbPath, session, platform::pathFromUtf8(folder), [&](int done, int total) {
            progress->total = total;
            progress->done = done;
            g->wake();
          });
        } catch (const std::exception& e) {
          message = std::string("The export failed: ") + e.what();
        }
        {
          std::lock_guard lock(progress->mutex);
          progress->message = message;
        }
        progress->running = false;
        g->wake();
      });
    };
    guiOptions.highContrastProjector = options.theme == "high-contrast";
    for (const auto& i : interfaces) {
      if (!i.loopback || interfaces.size() == 1) {
        guiOptions.joinAddresses.push_back({i.name, net::joinUrl(i.address, port, engine.snapshot()->state.roomCode)});
      }
    }
    if (reachable) {
      guiOptions.reachabilityAdvice = platform::reachabilityAdvice();
    }
    guiOptions.noNetwork = options.bind == "0.0.0.0" && net::joinHost(options.bind, interfaces) == "127.0.0.1";
    status = gui->run(guiOptions);
    if (status == ui::Gui::kOpenSessionRequested) {
      *reopen = gui->requestedSession();
    }
    for (auto& t : exportThreads) {
      t.join(); // an export under way finishes before Balcony goes
    }
    server.stop();
  } else
#endif
  {
    std::cerr << "balcony: type 'help' for facilitator commands\n";
    app::TerminalConsole terminal(engine.facilitator(), std::cout, [&] { return figuresLine(engine, server); });
    netThread.join();
  }
  if (netThread.joinable()) {
    netThread.join();
  }
  engine.stop(); // every queued command is decided and committed before this returns
  const auto stats = engine.stats();
  std::cerr << "balcony: stopped cleanly; " << stats.eventsStored << " events stored this run\n";
  return status;
}

int listSessions(const std::string& dbArg) {
  const std::filesystem::path dbPath = dbArg.empty() ? app::defaultDatabasePath() : platform::pathFromUtf8(dbArg);
  if (!std::filesystem::exists(dbPath)) {
    std::cerr << "balcony: no database at " << dbPath.string() << "\n";
    return 2;
  }
  try {
    store::Store db(dbPath); // upgrades an older file first
    for (const auto& e : store::listSessions(dbPath)) {
      std::cout << e.id << "\t" << core::isoDate(e.createdAt) << "\tseries " << e.series << "\t" << e.participants
                << " participants\t" << e.title << (e.archived ? "\t(archived)" : "") << "\n";
    }
  } catch (const store::StoreError& e) {
    std::cerr << "balcony: " << e.what() << "\n";
    return 2;
  }
  return 0;
}

int exportSession(const std::string& dbArg, const std::string& format, const std::string& output,
                  store::SessionId chosen) {
  if (format == "all") {
    if (output.empty() || output == "-") {
      std::cerr << "balcony: --format all writes several files: give a folder with -o\n";
      return 1;
    }
    const std::filesystem::path dbPath = dbArg.empty() ? app::defaultDatabasePath() : platform::pathFromUtf8(dbArg);
    try {
      store::Store db(dbPath); // takes the lock: no Balcony is writing it meanwhile
      const auto session = chosen == 0 ? db.latestSession() : chosen;
      if (session <= 0 || session > db.latestSession()) {
        std::cerr << "balcony: there is no session " << session << " (see balcony sessions)\n";
        return 2;
      }
      const auto message = exportEverything(dbPath, session, platform::pathFromUtf8(output), [](int done, int total) {
        std::cerr << "balcony: export " << done << " of " << total << "\n";
      });
      std::cerr << "balcony: " << message << "\n";
      return message.starts_with("Exported") ? 0 : 2;
    } catch (const store::StoreError& e) {
      std::cerr << "balcony: " << e.what() << "\n";
      return 2;
    }
  }
  const std::filesystem::path dbPath = dbArg.empty() ? app::defaultDatabasePath() : platform::pathFromUtf8(dbArg);
  if (!std::filesystem::exists(dbPath)) {
    std::cerr << "balcony: no database at " << dbPath.string() << "\n";
    return 2;
  }
  std::string text;
  try {
    store::Store db(dbPath);
    const auto latest = db.latestSession();
    const auto session = chosen == 0 ? latest : chosen;
    if (latest == 0 || session > latest || session < 0) {
      std::cerr << "balcony: "
                << (latest == 0 ? std::string("the database holds no session yet")
                                : "there is no session " + std::to_string(session) + " (see balcony sessions)")
                << "\n";
      return 2;
    }
    const auto events = db.loadEvents(session);
    if (format == "markdown") {
      text = report::markdownSummary(core::replay(events));
    } else if (format == "html") {
      text = report::htmlReport(core::replay(events));
    } else if (format == "csv") {
      text = report::csvResponses(core::replay(events));
    } else if (format == "ics") {
      text = report::icsReviewDates(core::replay(events), std::to_string(session) + "-" + dbPath.stem().string());
    } else {
      text = store::exportEventLog(events, session);
    }
  } catch (const store::StoreError& e) {
    std::cerr << "balcony: " << e.what() << "\n";
    return 2;
  }
  if (output.empty() || output == "-") {
    std::cout << text;
    return 0;
  }
  std::ofstream out(platform::pathFromUtf8(output), std::ios::binary);
  out << text;
  if (!out.flush()) {
    std::cerr << "balcony: cannot write " << output << "\n";
    return 2;
  }
  std::cerr << "balcony: wrote " << output << "\n";
  return 0;
}

} // namespace

int main(int argc, char** argv) {
  CLI::App cli{"Balcony: a facilitation console for live workshops and meetings.\n"
               "Participants join from their phones over the local network; the projector shows the boards."};
  cli.set_version_flag("--version", std::string("balcony ") + BALCONY_VERSION);
  RunOptions options;
  cli.add_flag("--headless", options.headless, "Run without windows; print the join address as the first line");
  cli.add_option("--port", options.port, "Port participants connect to (0 = any free port)")
      ->check(CLI::Range(0u, 65535u))
      ->capture_default_str();
  cli.add_option("--bind", options.bind, "Address to listen on")->capture_default_str();
  auto* newSession =
      cli.add_flag("--new-session", options.newSession,
                   "Start the next session of the latest session's series (same groups; trends carry on)");
  cli.add_flag("--new-series", options.newSeries, "Start a session of a new series (another partnership)")
      ->excludes(newSession);
  std::string templateNames;
  for (const auto& t : app::loadTemplates())
    templateNames += (templateNames.empty() ? "" : ", ") + t.name;
  cli.add_option("--template", options.templateName, "Set up a new session from a template (" + templateNames + ")");
  cli.add_option("--session", options.openSession, "Open this session of the library (see balcony sessions)")
      ->excludes(newSession);
  cli.add_option("--db", options.db, "SQLite database file (default: " + app::defaultDatabasePath().string() + ")");
#if BALCONY_WITH_GUI
  cli.add_option("--screenshot", options.screenshotDir,
                 "Render the console and projector once, write console.png and projector.png to this folder, "
                 "and exit");
  cli.add_option("--frame-stats", options.frameStatsSeconds,
                 "Draw every frame for this many seconds, print the CPU time frames took, and exit (a benchmark)")
      ->check(CLI::Range(1, 3600));
  cli.add_option("--view", options.view, "The projector's first belief view")
      ->check(CLI::IsMember({"room", "groups", "trend"}))
      ->capture_default_str();
  cli.add_option("--theme", options.theme, "The projector's theme")
      ->check(CLI::IsMember({"light", "dark", "high-contrast"}))
      ->capture_default_str();
#endif

  auto* exportCmd = cli.add_subcommand("export", "Write a session's outcomes to a file or standard output");
  std::string exportDb;
  std::string format = "markdown";
  std::string output;
  exportCmd->add_option("--db", exportDb, "SQLite database file");
  exportCmd
      ->add_option("--format", format,
                   "markdown (summary), html (report with charts), json (event log), csv (raw responses) or "
                   "ics (review dates); all writes every one into the folder given with -o")
      ->check(CLI::IsMember({"markdown", "html", "json", "csv", "ics", "all"}))
      ->capture_default_str();
  exportCmd->add_option("-o,--output", output, "File to write (default: standard output)");
  store::SessionId exportSessionId = 0;
  exportCmd->add_option("--session", exportSessionId, "Session number (default: the latest; see balcony sessions)");
  auto* sessionsCmd = cli.add_subcommand("sessions", "List the sessions in the database");
  std::string sessionsDb;
  sessionsCmd->add_option("--db", sessionsDb, "SQLite database file");

  platform::useUtf8Terminal();
  // Parsed from UTF-8 on every OS, so a folder named "Zoë" or "会議" reaches Balcony intact.
  auto arguments = platform::commandLineArguments(argc, argv);
  std::vector<char*> utf8Argv;
  for (auto& a : arguments) {
    utf8Argv.push_back(a.data());
  }
  CLI11_PARSE(cli, static_cast<int>(utf8Argv.size()), utf8Argv.data());
  if (*exportCmd) {
    return exportSession(exportDb, format, output, exportSessionId);
  }
  if (*sessionsCmd) {
    return listSessions(sessionsDb);
  }
#if !BALCONY_WITH_GUI
  if (!options.headless) {
    std::cerr << "balcony: this build has no windows; run with --headless\n";
    return 1;
  }
#endif
  platform::raiseOpenFileLimit(); // a socket per phone: a full hall needs more than Linux's default 1,024
  // The console's "next session of this series" and the library's "Open" end a run; the next run
  // opens the session asked for.
  store::SessionId reopen = 0;
  int status = run(options, &reopen);
#if BALCONY_WITH_GUI
  while (status == ui::Gui::kNextSessionRequested || status == ui::Gui::kOpenSessionRequested) {
    options.newSession = status == ui::Gui::kNextSessionRequested;
    options.openSession = status == ui::Gui::kOpenSessionRequested ? reopen : 0;
    options.newSeries = false;
    options.templateName.clear();
    status = run(options, &reopen);
  }
#endif
  return status;
}
