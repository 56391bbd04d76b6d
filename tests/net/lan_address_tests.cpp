// Choosing the join address from made-up interface lists.
#include "balcony/net/lan_address.hpp"

#include <catch2/catch.hpp>

using namespace balcony::net;

TEST_CASE("The join address prefers wired, then wireless, never loopback or bridges", "[net][lan]") {
  const auto ranked = rankInterfaces({{"lo", "127.0.0.1", true},
                                      {"docker0", "172.17.0.1", false},
                                      {"wlp2s0", "192.168.1.20", false},
                                      {"enp3s0", "10.1.2.3", false}});
  CHECK(ranked[0].name == "enp3s0");
  CHECK(ranked[1].name == "wlp2s0");
  CHECK(ranked.back().name == "lo");
  CHECK(joinHost("0.0.0.0", ranked) == "10.1.2.3");
  CHECK(joinHost("127.0.0.1", ranked) == "127.0.0.1"); // bound to one address: that one
  CHECK(joinHost("0.0.0.0", {{"lo", "127.0.0.1", true}}) == "127.0.0.1");
  CHECK(joinUrl("10.1.2.3", 8080, "K7QP") == "http://10.1.2.3:8080/?room=K7QP");
}
