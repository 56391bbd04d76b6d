// The machine's IPv4 network interfaces, as the OS reports them (getifaddrs / GetAdaptersAddresses).
// Which one phones should use is decided elsewhere (net/lan_address), from this list.
#pragma once

#include <string>
#include <vector>

namespace balcony::platform {

// Hotspot: the laptop's own Wi-Fi hotspot (Windows' Mobile hotspot), which phones join when the
// venue's Wi-Fi keeps devices apart: the address to show once it is on.
enum class InterfaceKind { Hotspot, Wired, Wireless, Virtual, Other, Loopback };

struct NetworkInterface {
  std::string name;    // "enp3s0" on Linux, "Wi-Fi" or "Ethernet" on Windows
  std::string address; // dotted IPv4
  InterfaceKind kind = InterfaceKind::Other;
};

// Interfaces that are up and have an IPv4 address, in the order the OS lists them.
std::vector<NetworkInterface> listNetworkInterfaces();

// How Linux names tell the kind of an interface (en*/eth* wired, wl* wireless, bridges and
// container links virtual). Pure, so tests can check it on any OS.
InterfaceKind kindFromLinuxName(const std::string& name);

} // namespace balcony::platform
