#include "balcony/platform/tcp_probe.hpp"

#include <winsock2.h>
#include <ws2tcpip.h>

#include <cstdint>

namespace balcony::platform {
namespace {

// Winsock, for the length of one call.
struct Winsock {
  bool ready = false;
  Winsock() {
    WSADATA data{};
    ready = ::WSAStartup(MAKEWORD(2, 2), &data) == 0;
  }
  ~Winsock() {
    if (ready) ::WSACleanup();
  }
  Winsock(const Winsock&) = delete;
  Winsock& operator=(const Winsock&) = delete;
};

} // namespace

int freeLoopbackPort() {
  const Winsock winsock;
  if (!winsock.ready) return 0;
  const SOCKET s = ::socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
  if (s == INVALID_SOCKET) return 0;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  int len = sizeof addr;
  int port = 0;
  // Port 0: the system picks a free one, which getsockname reads back.
  if (::bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
      ::getsockname(s, reinterpret_cast<sockaddr*>(&addr), &len) == 0) {
    port = ntohs(addr.sin_port);
  }
  ::closesocket(s);
  return port;
}

bool acceptsConnections(const std::string& ipv4, int port) {
  const Winsock winsock;
  if (!winsock.ready) return false;
  const SOCKET s = ::socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
  if (s == INVALID_SOCKET) return false;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  if (::inet_pton(AF_INET, ipv4.c_str(), &addr.sin_addr) != 1) addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool ok = ::connect(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  ::closesocket(s);
  return ok;
}

std::string lastNetworkError() {
  // Winsock's codes are not errno's, and mosquitto's client reports them through errno only on
  // POSIX: plain words rather than a wrong reason.
  return "the network refused the connection";
}

} // namespace balcony::platform
