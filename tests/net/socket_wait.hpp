// A receive that gives up after a timeout, for the test client: asio's read_some would wait past
// it. Two implementations, for POSIX sockets and for Winsock.
#pragma once

#include <asio/ip/tcp.hpp>

#include <chrono>
#include <cstddef>

namespace balcony::test {

enum class Received { Data, Closed, Reset, TimedOut };

struct ReceiveResult {
  Received what = Received::TimedOut;
  std::size_t bytes = 0;
};

ReceiveResult receiveWithin(asio::ip::tcp::socket& socket, char* buf, std::size_t size,
                            std::chrono::milliseconds timeout);

} // namespace balcony::test
