// The windows' options and the callbacks they use to reach the database (library, archive, export).
#include "gui_options.hpp"

#if BALCONY_WITH_GUI
#include "exports.hpp"
#include "templates.hpp"

#include "balcony/core/calendar.hpp"
#include "balcony/platform/reachability_advice.hpp"
#include "balcony/platform/utf8.hpp"

#include <iostream>

namespace balcony::app {

ui::GuiOptions guiOptions(const GuiSetup& setup, ui::Gui& gui, std::vector<std::thread>& exportThreads) {
  const auto& options = setup.options;
  const auto dbPath = options.database;
  const auto session = setup.session;
  ui::GuiOptions o;
  o.joinUrl = setup.joinUrl;
  o.databasePath = dbPath.string();
  o.screenshotDir = options.screenshotDir;
  o.frameStatsSeconds = options.frameStatsSeconds;
  o.beliefView = options.view;
  o.darkProjector = options.theme == "dark";
  o.highContrastProjector = options.theme == "high-contrast";
  o.darkConsole = options.consoleTheme == "dark";
  o.templates = loadTemplates();
  o.notice = setup.notice;
  o.exportFolder = defaultExportFolder(dbPath).string();
  // The facilitator's own templates sit beside the database, like the exports.
  o.templateFolder = platform::utf8FromPath(dbPath.parent_path() / "templates");
  o.saveTemplate = [](const std::string& path, const core::SessionState& state) {
    return saveTemplateFile(platform::pathFromUtf8(path), core::templateOf(state));
  };
  o.session = session;
  o.listSessions = [dbPath] {
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
  o.archiveSession = [dbPath](std::int64_t id, bool archived) -> std::string {
    try {
      store::setArchived(dbPath, id, archived);
      return {};
    } catch (const store::StoreError& e) {
      return e.what();
    }
  };
  o.exportAll = [dbPath, session, g = &gui, &exportThreads](const std::string& folder,
                                                            std::shared_ptr<ui::ExportProgress> progress) {
    progress->total = static_cast<int>(exportFormats().size());
    exportThreads.emplace_back([=] {
      std::string message;
      try {
        message = exportEverything(dbPath, session, platform::pathFromUtf8(folder), true, [&](int done, int total) {
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
  for (const auto& i : setup.interfaces) {
    if (!i.loopback || setup.interfaces.size() == 1) {
      o.joinAddresses.push_back({i.name, net::joinUrl(i.address, setup.port, setup.roomCode)});
    }
  }
  if (setup.reachable) {
    o.reachabilityAdvice = platform::reachabilityAdvice();
  }
  o.noNetwork = options.bind == "0.0.0.0" && net::joinHost(options.bind, setup.interfaces) == "127.0.0.1";
  return o;
}

} // namespace balcony::app
#endif
