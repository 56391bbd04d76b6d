// poll() for readability, then recv(): the socket itself stays untouched by the timeout.
#include "socket_wait.hpp"

#include <cerrno>
#include <poll.h>
#include <sys/socket.h>

namespace balcony::test {

ReceiveResult receiveWithin(asio::ip::tcp::socket& socket, char* buf, std::size_t size,
                            std::chrono::milliseconds timeout) {
  pollfd fd{socket.native_handle(), POLLIN, 0};
  const int ready = ::poll(&fd, 1, static_cast<int>(timeout.count()));
  if (ready == 0 || (ready < 0 && errno == EINTR)) {
    return {Received::TimedOut, 0};
  }
  const auto got = ::recv(socket.native_handle(), buf, size, 0);
  if (got > 0) return {Received::Data, static_cast<std::size_t>(got)};
  if (got == 0) return {Received::Closed, 0};
  if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) return {Received::TimedOut, 0};
  return {errno == ECONNRESET ? Received::Reset : Received::Closed, 0};
}

} // namespace balcony::test
