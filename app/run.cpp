// A meeting's run: opens the database and the session, wires the engine (one writer), the
// participant server (ASIO thread) and, unless headless, the console and projector, and stops
// cleanly with every acknowledged answer stored.
#include "run.hpp"

#include "exports.hpp"
#include "gui_options.hpp"
#include "session_start.hpp"
#include "storage_report.hpp"
#include "terminal_console.hpp"

#include "balcony/engine/engine.hpp"
#include "balcony/net/lan_address.hpp"
#include "balcony/net/server.hpp"
#include "balcony/platform/console_window.hpp"
#include "balcony/platform/listen_error.hpp"
#include "balcony/platform/reachability_advice.hpp"
#include "balcony/platform/stop_requests.hpp"
#include "balcony/platform/utf8.hpp"
#include "balcony/platform/wall_clock.hpp"
#include "balcony/store/store.hpp"

#if BALCONY_WITH_GUI
#include "balcony/ui/gui.hpp"
#endif
#if BALCONY_WITH_FEDERATION
#include "balcony/federation/broker_setup.hpp"
#include "balcony/federation/event_link.hpp"
#endif

#include <asio/io_context.hpp>
#include <asio/post.hpp>
#include <asio/steady_timer.hpp>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <iostream>
#include <thread>

namespace balcony::app {

namespace {

// How long the join address is up with nobody joining before the terminal says what to try (the
// windowed console waits as long).
constexpr long kReachabilityWaitMs = 90'000;

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

#if BALCONY_WITH_FEDERATION
// Joins the event named on the command line, starting the plenary's own broker first when asked.
// Returns a problem in plain words (the meeting does not start), or empty.
std::string joinFromCommandLine(const RunOptions& options, const std::string& lanHost,
                                std::optional<federation::BrokerProcess>& broker, federation::EventSwitch& event) {
  core::EventJoin join;
  join.role = options.plenary ? core::EventRole::Plenary : core::EventRole::Room;
  join.event = options.event;
  join.room = options.room;
  join.broker = options.broker;
  join.user = options.brokerUser;
  join.password = options.brokerPassword;
  join.autoAccept = options.autoAccept;
  if (!options.startBroker) return event.join(join);
  federation::BrokerPlan plan;
  plan.event = options.event;
  plan.rooms = options.eventRooms;
  plan.port = options.brokerPort;
  plan.bind = options.bind; // where phones reach this laptop, rooms reach its broker
  plan.folder = options.database.parent_path() / ("event-" + options.event);
  join.broker = federation::brokerHost(plan.bind) + ":" + std::to_string(plan.port);
  std::string problem;
  auto linkOptions = federation::linkOptions(join, problem);
  if (!linkOptions) return problem;
  try {
    const auto prepared = federation::prepareBroker(plan);
    broker.emplace(prepared.config, plan.port, plan.bind);
    linkOptions->password = prepared.passwords.at("plenary");
    for (const auto& room : plan.rooms) {
      linkOptions->joinHelp += room + ": balcony --event " + options.event + " --room " + room + " --broker " +
                               lanHost + ":" + std::to_string(plan.port) + " --broker-password " +
                               prepared.passwords.at(room) + "\n";
    }
  } catch (const std::exception& e) {
    return std::string("Cannot start the event's broker: ") + e.what();
  }
  return event.join(std::move(*linkOptions));
}
#endif

} // namespace

int run(const RunOptions& options, [[maybe_unused]] store::SessionId* reopen) {
  const auto& dbPath = options.database;
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

  std::optional<ChosenSession> chosen;
  try {
    chosen = chooseSession(*db, options);
  } catch (const store::StoreError& e) {
    std::cerr << "balcony: " << e.what() << "\n";
    return 2;
  }
  if (!chosen) {
    return 2;
  }
  const auto session = chosen->id;
  std::unique_ptr<engine::Engine> enginePtr;
  try {
    enginePtr = std::make_unique<engine::Engine>(*db, session, platform::wallClock);
    enginePtr->setHistory(store::seriesHistory(*db, session));
  } catch (const store::StoreError& e) {
    std::cerr << "balcony: cannot read the session: " << e.what() << "\n";
    return 2;
  }
  auto& engine = *enginePtr;

  asio::io_context io;
  net::Limits limits;
  limits.maxConnections = options.maxConnections;
  net::Server server(io, engine.participants(), limits); // phones: participant commands and presence only
  if (!chosen->endedRoomCode.empty()) server.setEndedRoomCodes({chosen->endedRoomCode});
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
  core::EventPort* eventPort = nullptr;
#if BALCONY_WITH_FEDERATION
  // The link to an event of many rooms: joined now from the command line, or later from the
  // console's Rooms tab or the terminal's `join`.
  std::optional<federation::BrokerProcess> eventBroker;
  federation::EventSwitch eventSwitch(engine.facilitator(), platform::wallClock,
                                      [&engine](auto view) { engine.setEventLink(std::move(view)); });
  eventPort = &eventSwitch;
  engine.addListener([&eventSwitch](const core::SnapshotPtr&) { eventSwitch.sessionChanged(); });
#else
  if (!options.event.empty()) {
    std::cerr << "balcony: this build cannot join an event of many rooms (it was built without libmosquitto)\n";
    return 2;
  }
#endif
#if BALCONY_WITH_GUI
  std::unique_ptr<ui::Gui> gui;
  if (!options.headless) {
    gui = std::make_unique<ui::Gui>(engine.facilitator());
    engine.addListener([g = gui.get()](const core::SnapshotPtr&) { g->wake(); });
    stopNow = [g = gui.get()](const std::string&) { g->requestClose(); };
  }
#endif
  if (options.headless) {
    engine.addListener(storageReport(std::cerr));
  }
  engine.start();

  if (!engine.snapshot()->state.created && !setUpNewSession(engine, *chosen, options)) {
    engine.stop(); // before the listeners' objects go
    return 2;
  }

#if BALCONY_WITH_FEDERATION
  if (!options.event.empty()) {
    const auto problem =
        joinFromCommandLine(options, net::joinHost(options.bind, net::listInterfaces()), eventBroker, eventSwitch);
    if (!problem.empty()) {
      std::cerr << "balcony: " << problem << "\n";
      engine.stop();
      return 2;
    }
    if (const auto link = eventSwitch.link(); link && !link->view()->joinHelp.empty()) {
      std::cerr << "balcony: the event's broker is running; each room's facilitator starts Balcony with:\n"
                << link->view()->joinHelp;
    }
  }
#endif
  const auto interfaces = net::listInterfaces();
  const auto roomCode = engine.snapshot()->state.roomCode;
  const auto url = net::joinUrl(net::joinHost(options.bind, interfaces), port, roomCode);
  std::cout << url << std::endl;
  std::cerr << "balcony: database " << dbPath.string() << ", session " << session << "; exports go to "
            << defaultExportFolder(dbPath).string() << "\n";

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
    auto gopts =
        guiOptions({options, session, url, roomCode, port, notice, reachable, interfaces}, *gui, exportThreads);
    gopts.event = eventPort;
    status = gui->run(gopts);
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
    const auto exportFolder = defaultExportFolder(dbPath).string();
    TerminalConsole terminal(
        engine.facilitator(), std::cout, [&] { return figuresLine(engine, server); },
        [&](const std::string& folder) {
          try {
            return exportEverything(
                dbPath, session, platform::pathFromUtf8(folder.empty() ? exportFolder : folder), true,
                [](int done, int total) { std::cerr << "balcony: export " << done << " of " << total << "\n"; });
          } catch (const std::exception& e) {
            return std::string("The export failed: ") + e.what();
          }
        },
        eventPort);
    netThread.join();
  }
  if (netThread.joinable()) {
    netThread.join();
  }
#if BALCONY_WITH_FEDERATION
  eventSwitch.stop(); // a room says it left; the plenary keeps every room
#endif
  // The clean stop, recorded: read afterwards, a running topic, the session and the plan's step
  // count to this moment (after a crash they count to the last event).
  if (engine.snapshot()->state.created) engine.execute({0, core::StopSession{}});
  engine.stop(); // every queued command is decided and committed before this returns
  const auto stats = engine.stats();
  std::cerr << "balcony: stopped cleanly; " << stats.eventsStored << " events stored this run\n";
  return status;
}

} // namespace balcony::app
