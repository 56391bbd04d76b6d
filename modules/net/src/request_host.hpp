// Which requests are for this machine. A web page a participant visits elsewhere could point its
// own name at this laptop's address (DNS rebinding) and drive the participant's browser against
// Balcony; such requests carry that name in Host. Balcony answers only requests whose Host is the
// address the connection came in on (or localhost on a loopback connection), with the port it
// listens on.
#pragma once

#include <asio/ip/address.hpp>

#include <string_view>

namespace balcony::net {

// `host`: the request's Host header ("192.168.1.20:8080", "[::1]:8080", "localhost:8080"; no port
// means 80). `local`: the address the connection came in on; `port`: the port it came in on.
bool hostIsThisMachine(std::string_view host, const asio::ip::address& local, unsigned short port);

} // namespace balcony::net
