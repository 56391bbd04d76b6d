// Fuzzes what a phone's browser (or anyone on the LAN) sends before the WebSocket: the HTTP
// request parser and the socket-free decisions made on a request (routing, static files, the
// upgrade checks and the accept digest). The limits must hold whatever the bytes.
#include "http_request_parser.hpp"
#include "static_assets.hpp"
#include "ws_handshake.hpp"

#include "balcony/net/limits.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

using namespace balcony::net;

namespace {

void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "http_request: property violated: %s\n", what);
    __builtin_trap();
  }
}

std::string lower(std::string s) {
  for (auto& c : s) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return s;
}

void checkLimits(const HttpRequest& request, const Limits& limits) {
  require(request.url.size() <= limits.maxRequestLineBytes, "URL longer than maxRequestLineBytes");
  require(request.headers.size() <= limits.maxHeaderCount, "more headers than maxHeaderCount");
  std::size_t bytes = 0;
  for (const auto& [name, value] : request.headers) {
    bytes += name.size() + value.size();
    for (char c : name) {
      require(!(c >= 'A' && c <= 'Z'), "header name not lower-cased");
    }
  }
  require(bytes <= limits.maxHeaderBytes, "headers larger than maxHeaderBytes");
}

// What HttpSession::process decides for a complete request, without a socket.
void route(const HttpRequest& request) {
  std::string_view path = request.url;
  if (const auto q = path.find_first_of("?#"); q != std::string_view::npos) {
    path = path.substr(0, q);
  }
  if (path == "/ws") {
    if (checkUpgrade(request).empty()) {
      const auto& key = request.header("sec-websocket-key");
      require(key.size() == 24, "upgrade accepted with a malformed key");
      require(websocketAccept(key).size() == 28, "accept digest is not 28 base64 characters");
      const auto origin = lower(request.header("origin"));
      const auto host = lower(request.header("host"));
      require(origin.empty() || origin == "http://" + host || origin == "https://" + host,
              "upgrade accepted from an origin that is not the host");
    }
    return;
  }
  if (const auto file = findStaticFile(path)) {
    require(!file->body.empty() && !file->contentType.empty(), "empty static file");
    require(path.find("..") == std::string_view::npos, "a path with .. reached a file");
  }
}

// Feeds the bytes as a kept-alive connection would: request after request, in the pieces given.
// Returns a summary of what was parsed, so that two ways of cutting the bytes can be compared.
std::string parseAll(const std::uint8_t* data, std::size_t size, std::size_t piece, const Limits& limits) {
  HttpRequestParser parser(limits);
  std::string summary;
  std::string pending;
  std::size_t offset = 0;
  for (int requests = 0; requests < 64;) {
    if (offset < size && (pending.empty() || piece != 0)) {
      const std::size_t n = piece == 0 ? size - offset : std::min(piece, size - offset);
      pending.append(reinterpret_cast<const char*>(data) + offset, n);
      offset += n;
    }
    std::size_t consumed = 0;
    const auto result = parser.feed(pending.data(), pending.size(), consumed);
    require(consumed <= pending.size(), "consumed more bytes than given");
    pending.erase(0, consumed);
    if (result == HttpRequestParser::Result::Bad) {
      const int status = parser.errorStatus();
      require(status == 400 || status == 413 || status == 414 || status == 431, "unexpected error status");
      require(!parser.error().empty(), "a bad request without a reason");
      checkLimits(parser.request(), limits);
      return summary + "bad\n";
    }
    if (result == HttpRequestParser::Result::NeedMore) {
      if (offset >= size) {
        return summary + "more\n";
      }
      continue;
    }
    const auto& request = parser.request();
    checkLimits(request, limits);
    route(request);
    summary += request.method + " " + request.url + (request.keepAlive ? " keep" : "") +
               (request.upgrade ? " upgrade" : "") + "\n";
    for (const auto& [name, value] : request.headers) {
      summary += name + ": " + value + "\n";
    }
    ++requests;
    if (request.upgrade) {
      return summary; // the rest is WebSocket frames, not HTTP
    }
    parser.reset();
    if (pending.empty() && offset >= size) {
      return summary;
    }
  }
  return summary;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Small limits as well as the defaults, so that inputs a fuzzer can reach test every limit.
  static const Limits defaults;
  static const Limits small = [] {
    Limits l;
    l.maxRequestLineBytes = 40;
    l.maxHeaderBytes = 120;
    l.maxHeaderCount = 4;
    return l;
  }();
  if (size == 0) {
    return 0;
  }
  const Limits& limits = (data[0] & 1) != 0 ? small : defaults;
  const std::size_t piece = data[0] >> 1; // 0: all at once
  ++data;
  --size;
  const auto whole = parseAll(data, size, 0, limits);
  if (piece != 0) {
    // TCP may cut a request anywhere: the parse must not depend on where.
    require(parseAll(data, size, piece, limits) == whole, "the result depends on how the bytes were cut");
  }
  return 0;
}
