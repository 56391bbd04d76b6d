// Which monitor the projector window goes to. A pure function over a list of monitors, so it is
// tested with made-up lists (a test machine has one screen, a meeting room has two).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace balcony::ui {

struct MonitorInfo {
  std::string name;
  int x = 0;
  int y = 0;
  int width = 0;
  int height = 0;
  bool primary = false;
};

// The monitor for the projector, full screen: one that is not the console's, preferring one that
// is not the primary (the laptop's own screen usually is). None when there is only one monitor:
// the projector is then a window.
std::optional<std::size_t> chooseProjectorMonitor(const std::vector<MonitorInfo>& monitors,
                                                  std::optional<std::size_t> consoleMonitor);

// The monitor a window's centre lies on, if any.
std::optional<std::size_t> monitorAt(const std::vector<MonitorInfo>& monitors, int x, int y);

} // namespace balcony::ui
