// What the windows are given: the join addresses, the templates, the library and exports as
// callbacks onto the database. Only in builds with windows.
#pragma once

#if BALCONY_WITH_GUI
#include "command_line.hpp"

#include "balcony/net/lan_address.hpp"
#include "balcony/ui/gui.hpp"

#include <thread>
#include <vector>

namespace balcony::app {

struct GuiSetup {
  const RunOptions& options;
  store::SessionId session = 0;
  std::string joinUrl;
  std::string roomCode;
  std::uint16_t port = 0;
  std::string notice;
  bool reachable = false; // phones could come in (not a loopback-only server)
  std::vector<net::Interface> interfaces;
};

// Exports run on their own threads, added to `exportThreads`; join them before the windows go.
ui::GuiOptions guiOptions(const GuiSetup& setup, ui::Gui& gui, std::vector<std::thread>& exportThreads);

} // namespace balcony::app
#endif
