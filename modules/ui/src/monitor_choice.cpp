// The projector goes to a second screen when there is one; see monitor_choice.hpp.
#include "monitor_choice.hpp"

namespace balcony::ui {

std::optional<std::size_t> monitorAt(const std::vector<MonitorInfo>& monitors, int x, int y) {
  for (std::size_t i = 0; i < monitors.size(); ++i) {
    const auto& m = monitors[i];
    if (x >= m.x && x < m.x + m.width && y >= m.y && y < m.y + m.height) {
      return i;
    }
  }
  return std::nullopt;
}

std::optional<std::size_t> chooseProjectorMonitor(const std::vector<MonitorInfo>& monitors,
                                                  std::optional<std::size_t> consoleMonitor) {
  if (monitors.size() < 2) {
    return std::nullopt;
  }
  std::optional<std::size_t> best;
  for (std::size_t i = 0; i < monitors.size(); ++i) {
    if (consoleMonitor && *consoleMonitor == i) {
      continue;
    }
    if (!best || (monitors[*best].primary && !monitors[i].primary)) {
      best = i;
    }
  }
  return best;
}

} // namespace balcony::ui
