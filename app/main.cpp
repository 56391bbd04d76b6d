// Balcony's entry point: reads the command line and runs what it asks for: a meeting (run.cpp,
// again when the console asks for the next session or another one of the library), an export, or
// the list of sessions.
#include "command_line.hpp"
#include "run.hpp"
#include "subcommands.hpp"

#include "balcony/platform/open_file_limit.hpp"
#include "balcony/platform/utf8.hpp"

#if BALCONY_WITH_GUI
#include "balcony/ui/gui.hpp"
#endif

#include <iostream>

int main(int argc, char** argv) {
  using namespace balcony;
  platform::useUtf8Terminal();
  auto command = app::parseCommandLine(argc, argv);
  switch (command.action) {
  case app::CommandLine::Action::Exit: return command.exitCode;
  case app::CommandLine::Action::Export: return app::exportSession(command.exportOptions);
  case app::CommandLine::Action::ListSessions: return app::listSessions(command.sessionsDatabase);
  case app::CommandLine::Action::Run: break;
  }
  auto& options = command.run;
#if !BALCONY_WITH_GUI
  if (!options.headless) {
    std::cerr << "balcony: this build has no windows; run with --headless\n";
    return 1;
  }
#endif
  // A socket per phone: a full hall needs more than the 1,024 open files a desktop session allows
  // by default. Raised as far as the system lets a user; what is left decides how many phones.
  const auto openFiles = platform::raiseOpenFileLimit();
  options.maxConnections = app::connectionsFor(openFiles, options.maxConnections);
  if (options.maxConnections < 10'000) {
    std::cerr << "balcony: this system allows " << openFiles << " open files, so Balcony takes at most "
              << options.maxConnections << " phones at once (raise the limit, e.g. ulimit -n 11000, to take more)\n";
  }
  // The console's "next session of this series" and the library's "Open" end a run; the next run
  // opens the session asked for.
  store::SessionId reopen = 0;
  int status = app::run(options, &reopen);
#if BALCONY_WITH_GUI
  while (status == ui::Gui::kNextSessionRequested || status == ui::Gui::kOpenSessionRequested) {
    options.newSession = status == ui::Gui::kNextSessionRequested;
    options.openSession = status == ui::Gui::kOpenSessionRequested ? reopen : 0;
    options.newSeries = false;
    options.templateName.clear();
    status = app::run(options, &reopen);
  }
#endif
  return status;
}
