// select() for readability, then recv(), in Winsock's terms.
#include "socket_wait.hpp"

#include <winsock2.h>

namespace balcony::test {

ReceiveResult receiveWithin(asio::ip::tcp::socket& socket, char* buf, std::size_t size,
                            std::chrono::milliseconds timeout) {
  const SOCKET s = socket.native_handle();
  fd_set readable;
  FD_ZERO(&readable);
  FD_SET(s, &readable);
  timeval tv{};
  tv.tv_sec = static_cast<long>(timeout.count() / 1000);
  tv.tv_usec = static_cast<long>((timeout.count() % 1000) * 1000);
  const int ready = ::select(0, &readable, nullptr, nullptr, &tv);
  if (ready == 0) {
    return {Received::TimedOut, 0};
  }
  const int got = ::recv(s, buf, static_cast<int>(size), 0);
  if (got > 0) return {Received::Data, static_cast<std::size_t>(got)};
  if (got == 0) return {Received::Closed, 0};
  const int error = WSAGetLastError();
  if (error == WSAEWOULDBLOCK || error == WSAEINTR) return {Received::TimedOut, 0};
  return {error == WSAECONNRESET ? Received::Reset : Received::Closed, 0};
}

} // namespace balcony::test
