// The WebSocket opening handshake (RFC 6455 section 4.2): checks and the accept digest.
#pragma once

#include "http_request_parser.hpp"

#include <string>

namespace balcony::net {

std::string websocketAccept(const std::string& key);

// Empty when the request is a valid upgrade from an allowed origin; otherwise why it is not.
std::string checkUpgrade(const HttpRequest& request);

} // namespace balcony::net
