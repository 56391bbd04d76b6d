// Which address participants should type: the machine's IPv4 interfaces, best first.
#pragma once

#include "balcony/platform/network_interfaces.hpp"

#include <string>
#include <vector>

namespace balcony::net {

struct Interface {
  std::string name;
  std::string address;
  bool loopback = false;
  platform::InterfaceKind kind = platform::InterfaceKind::Other;
};

// Interfaces that are up, IPv4, non-loopback first (the laptop's own hotspot, wired, wireless, the rest).
std::vector<Interface> listInterfaces();

// Ranks a list of interfaces; pure, so tests can pass made-up lists.
std::vector<Interface> rankInterfaces(std::vector<Interface> interfaces);

// The host part of the join address for a server bound to bindAddress.
std::string joinHost(const std::string& bindAddress, const std::vector<Interface>& ranked);

std::string joinUrl(const std::string& host, unsigned port, const std::string& roomCode);

} // namespace balcony::net
