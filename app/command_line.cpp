// The options and subcommands, with CLI11: --help, validation and messages for mistakes come from it.
#include "command_line.hpp"

#include "app_paths.hpp"
#include "exports.hpp"
#include "templates.hpp"

#include "balcony/platform/utf8.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <iostream>
#include <vector>

namespace balcony::app {

namespace {

std::filesystem::path databaseOr(const std::string& given, const std::filesystem::path& fallback) {
  return given.empty() ? fallback : platform::pathFromUtf8(given);
}

} // namespace

std::size_t connectionsFor(std::uint64_t openFiles, std::size_t wanted) {
  if (openFiles == 0) return wanted; // the system would not say: assume it allows what is wanted
  constexpr std::uint64_t kKept = 128;
  const auto room = openFiles > 2 * kKept ? openFiles - kKept : openFiles / 2;
  return static_cast<std::size_t>(std::min<std::uint64_t>(wanted, room));
}

CommandLine parseCommandLine(int argc, char** argv) {
  CommandLine result;
  auto& options = result.run;
  options.defaultDatabase = defaultDatabasePath();
  CLI::App cli{"Balcony: a facilitation console for live workshops and meetings.\n"
               "Participants join from their phones over the local network; the projector shows the boards."};
  cli.set_version_flag("--version", std::string("balcony ") + BALCONY_VERSION);
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
  for (const auto& t : loadTemplates())
    templateNames += (templateNames.empty() ? "" : ", ") + t.name;
  cli.add_option("--template", options.templateName, "Set up a new session from a template (" + templateNames + ")");
  cli.add_option("--session", options.openSession, "Open this session of the library (see balcony sessions)")
      ->excludes(newSession);
  std::string db;
  cli.add_option("--db", db,
                 "SQLite database file (default: " + options.defaultDatabase.string() +
                     "); exports go to the folder exports beside it (default: " +
                     defaultExportFolder(options.defaultDatabase).string() + ")");
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
  cli.add_option("--console-theme", options.consoleTheme, "The console's theme (dark for a dark room)")
      ->check(CLI::IsMember({"light", "dark"}))
      ->capture_default_str();
#endif

  // An event of many rooms, over an MQTT broker (see README: "An event with many rooms").
  auto* eventOpt =
      cli.add_option("--event", options.event, "Join an event of many rooms by its name (letters, digits, - and _)")
          ->group("An event with many rooms");
  auto* roomOpt = cli.add_option("--room", options.room, "This Balcony's room in the event")
                      ->group("An event with many rooms")
                      ->needs(eventOpt);
  auto* plenaryOpt = cli.add_flag("--plenary", options.plenary, "Be the event's plenary: see every room")
                         ->group("An event with many rooms")
                         ->needs(eventOpt)
                         ->excludes(roomOpt);
  cli.add_option("--broker", options.broker, "The event's MQTT broker, ADDRESS:PORT")
      ->group("An event with many rooms")
      ->needs(eventOpt);
  cli.add_option("--broker-user", options.brokerUser, "The name to give the broker (default: the room's name)")
      ->group("An event with many rooms");
  cli.add_option("--broker-password", options.brokerPassword, "The password the plenary gave this room")
      ->group("An event with many rooms");
  auto* startBroker = cli.add_flag("--start-broker", options.startBroker,
                                   "The plenary starts its own broker (Debian's mosquitto) and shows what rooms type")
                          ->group("An event with many rooms")
                          ->needs(plenaryOpt);
  cli.add_option("--rooms", options.eventRooms, "The rooms of the event, for --start-broker: room-1,room-2,...")
      ->delimiter(',')
      ->group("An event with many rooms")
      ->needs(startBroker);
  cli.add_option("--broker-port", options.brokerPort, "The port of the broker --start-broker starts")
      ->check(CLI::Range(1, 65535))
      ->group("An event with many rooms")
      ->capture_default_str();
  cli.add_flag("--auto-accept", options.autoAccept, "Open what the plenary asks every room at once")
      ->group("An event with many rooms")
      ->needs(roomOpt);

  auto& exporting = result.exportOptions;
  auto* exportCmd = cli.add_subcommand("export", "Write a session's outcomes to a file or standard output");
  std::string exportDb;
  exportCmd->add_option("--db", exportDb, "SQLite database file");
  std::vector<std::string> formatNames;
  std::string formatHelp;
  for (const auto& f : exportFormats()) {
    formatNames.push_back(f.name);
    formatHelp += f.name + " (" + f.description + "), ";
  }
  formatNames.push_back("all");
  exportCmd
      ->add_option("--format", exporting.format,
                   formatHelp + "or all, which writes every one into the folder given with -o")
      ->check(CLI::IsMember(formatNames))
      ->capture_default_str();
  exportCmd->add_option("-o,--output", exporting.output, "File to write (default: standard output)");
  exportCmd->add_option("--session", exporting.session, "Session number (default: the latest; see balcony sessions)");
  auto* sessionsCmd = cli.add_subcommand("sessions", "List the sessions in the database");
  std::string sessionsDb;
  sessionsCmd->add_option("--db", sessionsDb, "SQLite database file");

  // Parsed from UTF-8 on every OS, so a folder named "Zoë" or "会議" reaches Balcony intact.
  auto arguments = platform::commandLineArguments(argc, argv);
  std::vector<char*> utf8Argv;
  for (auto& a : arguments) {
    utf8Argv.push_back(a.data());
  }
  try {
    cli.parse(static_cast<int>(utf8Argv.size()), utf8Argv.data());
  } catch (const CLI::ParseError& e) {
    result.action = CommandLine::Action::Exit;
    result.exitCode = cli.exit(e);
    return result;
  }
  options.database = databaseOr(db, options.defaultDatabase);
  exporting.database = databaseOr(exportDb, options.defaultDatabase);
  result.sessionsDatabase = databaseOr(sessionsDb, options.defaultDatabase);
  if (!options.event.empty() && options.room.empty() && !options.plenary) {
    std::cerr << "balcony: --event needs --room NAME (to join as a room) or --plenary\n";
    result.action = CommandLine::Action::Exit;
    result.exitCode = 2;
    return result;
  }
  if (!options.event.empty() && options.broker.empty() && !options.startBroker) {
    std::cerr << "balcony: --event needs the broker's address (--broker ADDRESS:PORT), or --start-broker for the "
                 "plenary\n";
    result.action = CommandLine::Action::Exit;
    result.exitCode = 2;
    return result;
  }
  if (*exportCmd) {
    result.action = CommandLine::Action::Export;
  } else if (*sessionsCmd) {
    result.action = CommandLine::Action::ListSessions;
  }
  return result;
}

} // namespace balcony::app
