// getifaddrs(): every address of every interface; only IPv4 ones that are up are kept.
#include "balcony/platform/network_interfaces.hpp"

#include <algorithm>
#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

namespace balcony::platform {

std::vector<NetworkInterface> listNetworkInterfaces() {
  std::vector<NetworkInterface> out;
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
    const bool loopback = (i->ifa_flags & IFF_LOOPBACK) != 0;
    out.push_back({i->ifa_name, buf, loopback ? InterfaceKind::Loopback : kindFromLinuxName(i->ifa_name)});
  }
  freeifaddrs(list);
  return out;
}

} // namespace balcony::platform
