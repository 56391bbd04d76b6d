// Picks the address a phone in the room can reach. Ranking is pure so it is testable with made-up lists.
#include "balcony/net/lan_address.hpp"

#include <algorithm>

namespace balcony::net {
namespace {

int rank(const Interface& i) {
  if (i.loopback) return 9;
  switch (i.kind) {
  case platform::InterfaceKind::Hotspot: return -1; // turned on for this meeting: phones are on it
  case platform::InterfaceKind::Wired: return 0;
  case platform::InterfaceKind::Wireless: return 1;
  case platform::InterfaceKind::Other: return 2;
  case platform::InterfaceKind::Virtual: return 5;
  case platform::InterfaceKind::Loopback: return 9;
  }
  return 2;
}

} // namespace

std::vector<Interface> rankInterfaces(std::vector<Interface> interfaces) {
  std::stable_sort(interfaces.begin(), interfaces.end(),
                   [](const Interface& a, const Interface& b) { return rank(a) < rank(b); });
  return interfaces;
}

std::vector<Interface> listInterfaces() {
  std::vector<Interface> out;
  for (auto& i : platform::listNetworkInterfaces()) {
    const bool loopback = i.kind == platform::InterfaceKind::Loopback;
    out.push_back({std::move(i.name), std::move(i.address), loopback, i.kind});
  }
  return rankInterfaces(std::move(out));
}

std::string joinHost(const std::string& bindAddress, const std::vector<Interface>& ranked) {
  if (bindAddress != "0.0.0.0" && bindAddress != "::" && !bindAddress.empty()) {
    return bindAddress;
  }
  for (const auto& i : ranked) {
    if (!i.loopback) {
      return i.address;
    }
  }
  return "127.0.0.1";
}

std::string joinUrl(const std::string& host, unsigned port, const std::string& roomCode) {
  return "http://" + host + ":" + std::to_string(port) + "/?room=" + roomCode;
}

} // namespace balcony::net
