// Balcony's command line: running a session (with windows or headless), `balcony export` and
// `balcony sessions`. Parsed once, with the default database path resolved once.
#pragma once

#include "balcony/store/store.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace balcony::app {

struct RunOptions {
  bool headless = false;
  bool newSession = false;
  bool newSeries = false;
  store::SessionId openSession = 0;
  unsigned port = 8080;
  std::string bind = "0.0.0.0";
  std::filesystem::path database; // as given with --db, or the default in the user's data folder
  std::filesystem::path defaultDatabase;
  std::string screenshotDir;
  int frameStatsSeconds = 0;
  std::string templateName;
  std::string view = "room";
  std::string theme = "light";
  std::string consoleTheme = "light";
  std::size_t maxConnections = 10'000; // lowered at start to what the open-file limit allows
  // An event of many rooms (empty event: none).
  std::string event;
  std::string room;       // join the event as this room
  bool plenary = false;   // or be its plenary
  std::string broker;     // host:port of the event's broker
  std::string brokerUser; // default: the room's name, or "plenary"
  std::string brokerPassword;
  bool startBroker = false;            // the plenary starts mosquitto itself
  std::vector<std::string> eventRooms; // ... for these rooms
  int brokerPort = 1884;
  bool autoAccept = false; // a room opens what the plenary asks at once
};

// Phones Balcony can take with this many open files: one socket each, and 128 kept for the
// database, its journal, the windows and the listening socket.
std::size_t connectionsFor(std::uint64_t openFiles, std::size_t wanted);

struct ExportOptions {
  std::filesystem::path database;
  std::string format = "markdown";
  std::string output;           // empty or "-": standard output
  store::SessionId session = 0; // 0: the latest
};

struct CommandLine {
  enum class Action { Run, Export, ListSessions, Exit };
  Action action = Action::Run;
  int exitCode = 0; // for Exit: --help, --version, or a bad argument (already explained)
  RunOptions run;
  ExportOptions exportOptions;
  std::filesystem::path sessionsDatabase;
};

// Reads the arguments (UTF-8 on every OS). Help, the version and mistakes are printed here.
CommandLine parseCommandLine(int argc, char** argv);

} // namespace balcony::app
