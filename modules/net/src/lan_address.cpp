// Picks the address a phone in the room can reach. Ranking is pure so it is testable with made-up lists.
#include "balcony/net/lan_address.hpp"

#include <algorithm>
#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

namespace balcony::net {
namespace {

int rank(const Interface& i) {
  if (i.loopback) return 9;
  const auto& n = i.name;
  if (n.starts_with("en") || n.starts_with("eth")) return 0;
  if (n.starts_with("wl")) return 1;
  if (n.starts_with("docker") || n.starts_with("br-") || n.starts_with("veth") || n.starts_with("virbr")) return 5;
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
  ifaddrs* list = nullptr;
  if (getifaddrs(&list) != 0) {
    return out;
  }
  for (auto* i = list; i != nullptr; i = i->ifa_next) {
    if (i->ifa_addr == nullptr || i->ifa_addr->sa_family != AF_INET || (i->ifa_flags & IFF_UP) == 0) {
      continue;
    }
    char buf[INET_ADDRSTRLEN] = {};
    sockaddr_in addr{};
    std::copy_n(reinterpret_cast<const char*>(i->ifa_addr), sizeof addr, reinterpret_cast<char*>(&addr));
    inet_ntop(AF_INET, &addr.sin_addr, buf, sizeof buf);
    out.push_back({i->ifa_name, buf, (i->ifa_flags & IFF_LOOPBACK) != 0});
  }
  freeifaddrs(list);
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
