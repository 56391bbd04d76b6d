// Linux names its interfaces by kind (systemd's predictable names, and the older eth/wlan ones).
#include "balcony/platform/network_interfaces.hpp"

namespace balcony::platform {

InterfaceKind kindFromLinuxName(const std::string& n) {
  if (n == "lo") return InterfaceKind::Loopback;
  if (n.starts_with("en") || n.starts_with("eth")) return InterfaceKind::Wired;
  if (n.starts_with("wl")) return InterfaceKind::Wireless;
  if (n.starts_with("docker") || n.starts_with("br-") || n.starts_with("veth") || n.starts_with("virbr")) {
    return InterfaceKind::Virtual;
  }
  return InterfaceKind::Other;
}

} // namespace balcony::platform
