// Every outcome export in one table: its name on the command line, the file it becomes in an
// "export everything" folder, and how it is made. The console's export, `balcony export` and its
// --format choices all read this table.
#pragma once

#include "balcony/core/events.hpp"
#include "balcony/core/session_state.hpp"
#include "balcony/store/store.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace balcony::app {

// What a format is made from: one session's events and the state they fold to.
struct ExportSource {
  const std::vector<core::Event>& events;
  const core::SessionState& state;
  store::SessionId session = 0;
  std::filesystem::path database; // names the calendar entries, so two laptops never clash
};

struct ExportFormat {
  std::string name;        // --format <name>
  std::string fileSuffix;  // balcony-session-<n>-<date><suffix> in an "everything" folder
  std::string description; // for --help
  std::function<std::string(const ExportSource&)> make;
};

const std::vector<ExportFormat>& exportFormats();

// Writes every format of a session into a folder: what the facilitator takes away. Reads through a
// read-only connection, so the meeting can go on meanwhile. Reports each file to `progress` and
// returns what the facilitator should read (it starts "Exported" when all went well).
// `live`: the meeting is running, so a topic under way counts up to now; otherwise up to the
// session's last event.
std::string exportEverything(const std::filesystem::path& database, store::SessionId session,
                             const std::filesystem::path& folder, bool live,
                             const std::function<void(int, int)>& progress);

// The moment an export's figures are read at: now while the meeting runs, else its last event.
core::Millis exportMoment(const std::vector<core::Event>& events, bool live);

// Where exports go unless the facilitator says otherwise: `exports` beside the database.
std::filesystem::path defaultExportFolder(const std::filesystem::path& database);

} // namespace balcony::app
