// The WebSocket opening handshake (RFC 6455 section 4.2): checks and the accept digest.
#pragma once

#include "http_request_parser.hpp"

#include <string>

namespace balcony::net {

// Sec-WebSocket-Accept for a Sec-WebSocket-Key: base64 of the SHA-1 of the key and RFC 6455's GUID.
// Computed by nettle on Linux (handshake_digest_nettle.cpp), by Windows' CNG (handshake_digest_cng.cpp).
std::string websocketAccept(const std::string& key);

// Empty when the request is a valid upgrade from an allowed origin; otherwise why it is not.
std::string checkUpgrade(const HttpRequest& request);

} // namespace balcony::net
