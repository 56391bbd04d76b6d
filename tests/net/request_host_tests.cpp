// Only requests for this machine are served: Host must be the address the connection came in on
// (or localhost on loopback), with the port Balcony listens on.
#include "request_host.hpp"

#include <catch2/catch.hpp>

using balcony::net::hostIsThisMachine;

TEST_CASE("A request is for this machine only when Host names its own address and port", "[net][http][host]") {
  const auto lan = asio::ip::make_address("192.168.1.20");
  const auto loopback = asio::ip::make_address("127.0.0.1");
  const auto mapped = asio::ip::make_address("::ffff:192.168.1.20"); // a dual-stack socket's view of IPv4

  SECTION("its own address and port") {
    CHECK(hostIsThisMachine("192.168.1.20:8080", lan, 8080));
    CHECK(hostIsThisMachine("192.168.1.20:8080", mapped, 8080));
    CHECK(hostIsThisMachine("127.0.0.1:8080", loopback, 8080));
    CHECK(hostIsThisMachine("localhost:8080", loopback, 8080));
    CHECK(hostIsThisMachine("LocalHost:8080", loopback, 8080));
    CHECK(hostIsThisMachine("[::1]:8080", asio::ip::make_address("::1"), 8080));
    CHECK(hostIsThisMachine("192.168.1.20", lan, 80)); // no port: 80
  }
  SECTION("a name pointed at this machine from elsewhere, or another address or port") {
    CHECK_FALSE(hostIsThisMachine("evil.example:8080", lan, 8080));
    CHECK_FALSE(hostIsThisMachine("evil.example", lan, 80));
    CHECK_FALSE(hostIsThisMachine("localhost:8080", lan, 8080)); // localhost only on loopback
    CHECK_FALSE(hostIsThisMachine("192.168.1.21:8080", lan, 8080));
    CHECK_FALSE(hostIsThisMachine("192.168.1.20:8081", lan, 8080));
    CHECK_FALSE(hostIsThisMachine("192.168.1.20", lan, 8080));
    CHECK_FALSE(hostIsThisMachine("192.168.1.20:", lan, 8080));
    CHECK_FALSE(hostIsThisMachine("192.168.1.20:80x", lan, 80));
    CHECK_FALSE(hostIsThisMachine("192.168.1.20:99999", lan, 8080));
    CHECK_FALSE(hostIsThisMachine("", lan, 80));
    CHECK_FALSE(hostIsThisMachine("[::1", asio::ip::make_address("::1"), 80));
    CHECK_FALSE(hostIsThisMachine("0xC0A80114:8080", lan, 8080)); // no spelling but the usual one
    CHECK_FALSE(hostIsThisMachine("3232235796:8080", lan, 8080));
    CHECK_FALSE(hostIsThisMachine("192.168.276:8080", lan, 8080));
  }
}
