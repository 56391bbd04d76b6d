// The request parser as a pure state machine: bytes in, good / bad / need more out.
#include "http_request_parser.hpp"
#include "ws_handshake.hpp"

#include <catch2/catch.hpp>

using namespace balcony::net;

namespace {
HttpRequestParser::Result feedAll(HttpRequestParser& p, const std::string& text, std::size_t& consumed) {
  return p.feed(text.data(), text.size(), consumed);
}
} // namespace

TEST_CASE("A request arriving in pieces is parsed once complete", "[net][http]") {
  Limits limits;
  HttpRequestParser parser(limits);
  const std::string text = "GET /app.js?x=1 HTTP/1.1\r\nHost: room\r\nX-Thing: a\r\n\r\n";
  std::size_t consumed = 0;
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    REQUIRE(parser.feed(text.data() + i, 1, consumed) == HttpRequestParser::Result::NeedMore);
  }
  REQUIRE(parser.feed(text.data() + text.size() - 1, 1, consumed) == HttpRequestParser::Result::Complete);
  CHECK(parser.request().method == "GET");
  CHECK(parser.request().url == "/app.js?x=1");
  CHECK(parser.request().header("host") == "room");
  CHECK(parser.request().header("x-thing") == "a");
  CHECK(parser.request().keepAlive);
}

TEST_CASE("Pipelined requests are parsed one at a time", "[net][http]") {
  Limits limits;
  HttpRequestParser parser(limits);
  const std::string first = "GET /a HTTP/1.1\r\nHost: h\r\n\r\n";
  const std::string both = first + "GET /b HTTP/1.1\r\nHost: h\r\n\r\n";
  std::size_t consumed = 0;
  REQUIRE(feedAll(parser, both, consumed) == HttpRequestParser::Result::Complete);
  CHECK(consumed == first.size());
  CHECK(parser.request().url == "/a");
  parser.reset();
  const auto rest = both.substr(consumed);
  REQUIRE(feedAll(parser, rest, consumed) == HttpRequestParser::Result::Complete);
  CHECK(parser.request().url == "/b");
}

TEST_CASE("Limits turn into the right HTTP status", "[net][http][limits]") {
  Limits limits;
  limits.maxRequestLineBytes = 64;
  limits.maxHeaderBytes = 128;
  limits.maxHeaderCount = 4;
  HttpRequestParser parser(limits);
  std::size_t consumed = 0;
  struct Row {
    std::string text;
    int status;
  };
  const auto row = GENERATE(values<Row>({
      {"GET /" + std::string(100, 'a') + " HTTP/1.1\r\n\r\n", 414},
      {"GET / HTTP/1.1\r\nX: " + std::string(200, 'b') + "\r\n\r\n", 431},
      {"GET / HTTP/1.1\r\nA: 1\r\nB: 1\r\nC: 1\r\nD: 1\r\nE: 1\r\n\r\n", 431},
      {"POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc", 413},
      {"GET / HTTP/9.9 junk\r\n\r\n", 400},
      {"\x01\x02\x03\r\n\r\n", 400},
  }));
  parser.reset();
  REQUIRE(feedAll(parser, row.text, consumed) == HttpRequestParser::Result::Bad);
  CHECK(parser.errorStatus() == row.status);
  CHECK_FALSE(parser.error().empty());
}

TEST_CASE("The WebSocket accept key matches RFC 6455's example", "[net][ws]") {
  CHECK(websocketAccept("dGhlIHNhbXBsZSBub25jZQ==") == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
}

TEST_CASE("Upgrade requests are checked, Origin included", "[net][ws]") {
  HttpRequest r;
  r.method = "GET";
  r.headers = {{"host", "10.0.0.5:8080"},
               {"upgrade", "websocket"},
               {"connection", "keep-alive, Upgrade"},
               {"sec-websocket-version", "13"},
               {"sec-websocket-key", "dGhlIHNhbXBsZSBub25jZQ=="},
               {"origin", "http://10.0.0.5:8080"}};
  CHECK(checkUpgrade(r).empty());
  SECTION("wrong origin") {
    r.headers.back().second = "http://elsewhere:8080";
    CHECK(checkUpgrade(r) == "origin not allowed");
  }
  SECTION("wrong version") {
    r.headers[3].second = "8";
    CHECK_FALSE(checkUpgrade(r).empty());
  }
  SECTION("not an upgrade") {
    r.headers[2].second = "keep-alive";
    CHECK_FALSE(checkUpgrade(r).empty());
  }
}
