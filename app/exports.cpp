// The export formats, and writing all of them into one folder.
#include "exports.hpp"

#include "balcony/core/calendar.hpp"
#include "balcony/report/csv_export.hpp"
#include "balcony/report/html_report.hpp"
#include "balcony/report/ics_export.hpp"
#include "balcony/report/markdown_summary.hpp"
#include "balcony/store/event_codec.hpp"

#include <chrono>
#include <fstream>

namespace balcony::app {

const std::vector<ExportFormat>& exportFormats() {
  static const std::vector<ExportFormat> formats = {
      {"html", ".html", "report with charts", [](const ExportSource& s) { return report::htmlReport(s.state); }},
      {"markdown", ".md", "summary", [](const ExportSource& s) { return report::markdownSummary(s.state); }},
      {"csv", "-responses.csv", "raw responses", [](const ExportSource& s) { return report::csvResponses(s.state); }},
      {"ics", "-review-dates.ics", "review dates",
       [](const ExportSource& s) {
         return report::icsReviewDates(s.state, std::to_string(s.session) + "-" + s.database.stem().string());
       }},
      {"json", "-events.json", "event log",
       [](const ExportSource& s) { return store::exportEventLog(s.events, s.session); }},
  };
  return formats;
}

core::Millis exportMoment(const std::vector<core::Event>& events, bool live) {
  if (live) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
  return events.empty() ? 0 : events.back().at;
}

std::filesystem::path defaultExportFolder(const std::filesystem::path& database) {
  return database.parent_path() / "exports";
}

std::string exportEverything(const std::filesystem::path& database, store::SessionId session,
                             const std::filesystem::path& folder, bool live,
                             const std::function<void(int, int)>& progress) {
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) {
    return "Cannot create the folder " + folder.string() + ": " + ec.message() + ". Choose another folder.";
  }
  const auto events = store::readEventsReadOnly(database, session);
  auto state = core::replay(events);
  state.asOf = exportMoment(events, live);
  const ExportSource source{events, state, session, database};
  const std::string stem = "balcony-session-" + std::to_string(session) + "-" + core::isoDate(state.createdAt);
  const auto& formats = exportFormats();
  int done = 0;
  for (const auto& format : formats) {
    const auto path = folder / (stem + format.fileSuffix);
    std::ofstream out(path, std::ios::binary);
    out << format.make(source);
    if (!out.flush()) {
      return "Could not write " + path.string() + ". Is the disk full, or the folder read-only?";
    }
    progress(++done, static_cast<int>(formats.size()));
  }
  return "Exported " + std::to_string(formats.size()) + " files to " + folder.string() + " (" + stem + ".*).";
}

} // namespace balcony::app
