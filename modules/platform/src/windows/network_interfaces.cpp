// GetAdaptersAddresses(): each adapter with its friendly name ("Wi-Fi", "Ethernet") and type, so the
// ranking need not guess from names as on Linux.
#include "balcony/platform/network_interfaces.hpp"

#include "wide_text.hpp"

// winsock2.h before iphlpapi.h, which needs its types.
#include <winsock2.h>
#include <ws2tcpip.h>

#include <iphlpapi.h>

#include <vector>

namespace balcony::platform {
namespace {

bool contains(const std::string& text, const char* word) {
  return text.find(word) != std::string::npos;
}

InterfaceKind kindOf(const IP_ADAPTER_ADDRESSES& a) {
  if (a.IfType == IF_TYPE_SOFTWARE_LOOPBACK) return InterfaceKind::Loopback;
  const auto description = toUtf8(a.Description);
  if (contains(description, "Wi-Fi Direct")) return InterfaceKind::Hotspot; // "Microsoft Wi-Fi Direct Virtual Adapter"
  if (contains(description, "Virtual") || contains(description, "Hyper-V") || contains(description, "VMware") ||
      contains(description, "VirtualBox") || contains(description, "WSL") || contains(description, "TAP-")) {
    return InterfaceKind::Virtual;
  }
  if (a.IfType == IF_TYPE_ETHERNET_CSMACD) return InterfaceKind::Wired;
  if (a.IfType == IF_TYPE_IEEE80211) return InterfaceKind::Wireless;
  return InterfaceKind::Other;
}

} // namespace

std::vector<NetworkInterface> listNetworkInterfaces() {
  std::vector<NetworkInterface> out;
  ULONG size = 16 * 1024;
  std::vector<unsigned char> buffer;
  ULONG result = ERROR_BUFFER_OVERFLOW;
  for (int attempt = 0; attempt < 4 && result == ERROR_BUFFER_OVERFLOW; ++attempt) {
    buffer.resize(size);
    result = GetAdaptersAddresses(AF_INET, GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST | GAA_FLAG_SKIP_DNS_SERVER,
                                  nullptr, reinterpret_cast<IP_ADAPTER_ADDRESSES*>(buffer.data()), &size);
  }
  if (result != NO_ERROR) {
    return out;
  }
  for (auto* a = reinterpret_cast<IP_ADAPTER_ADDRESSES*>(buffer.data()); a != nullptr; a = a->Next) {
    if (a->OperStatus != IfOperStatusUp) {
      continue;
    }
    for (auto* u = a->FirstUnicastAddress; u != nullptr; u = u->Next) {
      if (u->Address.lpSockaddr == nullptr || u->Address.lpSockaddr->sa_family != AF_INET) {
        continue;
      }
      char text[INET_ADDRSTRLEN] = {};
      const auto* in = reinterpret_cast<const sockaddr_in*>(u->Address.lpSockaddr);
      inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
      auto name = toUtf8(a->FriendlyName);
      out.push_back({name.empty() ? std::string(a->AdapterName) : name, text, kindOf(*a)});
    }
  }
  return out;
}

} // namespace balcony::platform
