// The projector's monitor, chosen from made-up monitor lists.
#include "monitor_choice.hpp"

#include <catch2/catch.hpp>

using namespace balcony::ui;

TEST_CASE("The projector goes full screen on a second monitor, never the console's", "[ui][monitors]") {
  const MonitorInfo laptop{"eDP-1", 0, 0, 1920, 1080, true};
  const MonitorInfo projector{"HDMI-1", 1920, 0, 1024, 768, false};
  const MonitorInfo tv{"DP-2", -3840, 0, 3840, 2160, false};

  CHECK_FALSE(chooseProjectorMonitor({}, std::nullopt));
  CHECK_FALSE(chooseProjectorMonitor({laptop}, 0)); // one screen: a window
  CHECK(chooseProjectorMonitor({laptop, projector}, 0) == 1u);
  CHECK(chooseProjectorMonitor({projector, laptop}, 1) == 0u);
  CHECK(chooseProjectorMonitor({laptop, projector}, std::nullopt) == 1u); // not the primary
  // The console was moved to the projector's screen: the projector takes the laptop's.
  CHECK(chooseProjectorMonitor({laptop, projector}, 1) == 0u);
  CHECK(chooseProjectorMonitor({laptop, projector, tv}, 0) == 1u);
}

TEST_CASE("A window belongs to the monitor its centre is on", "[ui][monitors]") {
  const std::vector<MonitorInfo> monitors = {{"eDP-1", 0, 0, 1920, 1080, true}, {"HDMI-1", 1920, 0, 1024, 768, false}};
  CHECK(monitorAt(monitors, 100, 100) == 0u);
  CHECK(monitorAt(monitors, 2000, 700) == 1u);
  CHECK_FALSE(monitorAt(monitors, 2000, 900));
}
