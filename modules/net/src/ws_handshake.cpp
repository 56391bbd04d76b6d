// Handshake checks. Origin must match Host, so a page on another site cannot drive a phone's session.
#include "ws_handshake.hpp"

#include <algorithm>
#include <cctype>

namespace balcony::net {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool hasToken(const std::string& headerValue, const std::string& token) {
  // Header lists are comma separated: "keep-alive, Upgrade".
  const auto v = lower(headerValue);
  std::size_t start = 0;
  while (start <= v.size()) {
    auto end = v.find(',', start);
    if (end == std::string::npos) {
      end = v.size();
    }
    auto item = v.substr(start, end - start);
    item.erase(0, item.find_first_not_of(" \t"));
    item.erase(item.find_last_not_of(" \t") + 1);
    if (item == token) {
      return true;
    }
    start = end + 1;
  }
  return false;
}

} // namespace

std::string checkUpgrade(const HttpRequest& request) {
  if (request.method != "GET") {
    return "WebSocket upgrade must use GET";
  }
  if (!hasToken(request.header("upgrade"), "websocket")) {
    return "missing Upgrade: websocket";
  }
  if (!hasToken(request.header("connection"), "upgrade")) {
    return "missing Connection: Upgrade";
  }
  if (request.header("sec-websocket-version") != "13") {
    return "unsupported WebSocket version (13 is required)";
  }
  const auto& key = request.header("sec-websocket-key");
  if (key.size() != 24 || key[22] != '=' || key[23] != '=') {
    return "malformed Sec-WebSocket-Key";
  }
  const auto& origin = request.header("origin");
  if (!origin.empty()) {
    const auto host = lower(request.header("host"));
    const auto o = lower(origin);
    if (o != "http://" + host && o != "https://" + host) {
      return "origin not allowed";
    }
  }
  return {};
}

} // namespace balcony::net
