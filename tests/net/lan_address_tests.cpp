// Choosing the join address from made-up interface lists.
#include "balcony/net/lan_address.hpp"

#include <catch2/catch.hpp>

using namespace balcony::net;

TEST_CASE("The join address prefers wired, then wireless, never loopback or bridges", "[net][lan]") {
  using balcony::platform::InterfaceKind;
  const auto ranked = rankInterfaces({{"lo", "127.0.0.1", true, InterfaceKind::Loopback},
                                      {"docker0", "172.17.0.1", false, InterfaceKind::Virtual},
                                      {"Wi-Fi", "192.168.1.20", false, InterfaceKind::Wireless},
                                      {"Ethernet", "10.1.2.3", false, InterfaceKind::Wired}});
  CHECK(ranked[0].name == "Ethernet");
  CHECK(ranked[1].name == "Wi-Fi");
  CHECK(ranked.back().name == "lo");
  CHECK(joinHost("0.0.0.0", ranked) == "10.1.2.3");
  CHECK(joinHost("127.0.0.1", ranked) == "127.0.0.1"); // bound to one address: that one
  CHECK(joinHost("0.0.0.0", {{"lo", "127.0.0.1", true, InterfaceKind::Loopback}}) == "127.0.0.1");
  CHECK(joinUrl("10.1.2.3", 8080, "K7QP") == "http://10.1.2.3:8080/?room=K7QP");
}

TEST_CASE("The laptop's own hotspot, once on, is the address phones are given", "[net][lan]") {
  using balcony::platform::InterfaceKind;
  const auto ranked = rankInterfaces({{"Wi-Fi", "192.168.1.20", false, InterfaceKind::Wireless},
                                      {"Local Area Connection* 2", "192.168.137.1", false, InterfaceKind::Hotspot}});
  CHECK(joinHost("0.0.0.0", ranked) == "192.168.137.1");
}
