// A pure, incremental HTTP request parser over http-parser: fed bytes, it says good, bad or need
// more. No sockets here, so tests and fuzzers drive it directly.
#pragma once

#include "balcony/net/limits.hpp"

#include <http_parser.h>

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace balcony::net {

struct HttpRequest {
  std::string method;
  std::string url;
  std::vector<std::pair<std::string, std::string>> headers; // names lower-cased
  bool keepAlive = false;
  bool upgrade = false;

  const std::string& header(const std::string& lowerName) const;
};

class HttpRequestParser {
public:
  enum class Result { NeedMore, Complete, Bad };

  explicit HttpRequestParser(const Limits& limits);
  HttpRequestParser(const HttpRequestParser&) = delete;
  HttpRequestParser& operator=(const HttpRequestParser&) = delete;

  // Consumes bytes up to the end of one request. `consumed` says how many were used; the rest
  // belong to the next request (or, after an upgrade, to the WebSocket).
  Result feed(const char* data, std::size_t size, std::size_t& consumed);

  const HttpRequest& request() const { return m_request; }
  const std::string& error() const { return m_error; }
  int errorStatus() const { return m_errorStatus; } // 400, 413, 414 or 431 when Bad

  // Ready for the next request on a kept-alive connection.
  void reset();

private:
  static int onUrl(http_parser* p, const char* at, std::size_t len);
  static int onHeaderField(http_parser* p, const char* at, std::size_t len);
  static int onHeaderValue(http_parser* p, const char* at, std::size_t len);
  static int onHeadersComplete(http_parser* p);
  static int onBody(http_parser* p, const char* at, std::size_t len);
  static int onMessageComplete(http_parser* p);
  int fail(int status, std::string message);

  const Limits& m_limits;
  http_parser m_parser{};
  http_parser_settings m_settings{};
  HttpRequest m_request;
  bool m_inValue = false;
  bool m_complete = false;
  std::size_t m_headerBytes = 0;
  std::string m_error;
  int m_errorStatus = 400;
};

} // namespace balcony::net
