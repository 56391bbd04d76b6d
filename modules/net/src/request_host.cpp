// Host header against the connection's own address and port: IP literals and "localhost" only.
#include "request_host.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <string>

namespace balcony::net {

namespace {

asio::ip::address unmapped(const asio::ip::address& a) {
  if (a.is_v6() && a.to_v6().is_v4_mapped()) {
    return asio::ip::make_address_v4(asio::ip::v4_mapped, a.to_v6());
  }
  return a;
}

} // namespace

bool hostIsThisMachine(std::string_view host, const asio::ip::address& local, unsigned short port) {
  std::string_view name = host;
  std::string_view portText;
  const bool bracketed = !host.empty() && host.front() == '[';
  if (bracketed) { // an IPv6 literal: [::1]:8080
    const auto close = host.find(']');
    if (close == std::string_view::npos) return false;
    name = host.substr(1, close - 1);
    const auto rest = host.substr(close + 1);
    if (!rest.empty()) {
      if (rest.front() != ':') return false;
      portText = rest.substr(1);
    }
  } else if (const auto colon = host.rfind(':'); colon != std::string_view::npos) {
    name = host.substr(0, colon);
    portText = host.substr(colon + 1);
  }
  unsigned value = 80;
  if (!portText.empty()) {
    const auto [end, ec] = std::from_chars(portText.data(), portText.data() + portText.size(), value);
    if (ec != std::errc{} || end != portText.data() + portText.size() || value > 65535) return false;
  } else if (host.ends_with(':')) {
    return false;
  }
  if (value != port || name.empty()) return false;
  const auto here = unmapped(local);
  std::string lowered(name);
  std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lowered == "localhost") {
    return here.is_loopback();
  }
  // Only the usual spellings: four dotted decimals, or an IPv6 literal in brackets. (Some systems'
  // parsers also take "0xC0A80114" or "3232235796"; a browser never sends those.)
  if (!bracketed &&
      (std::count(lowered.begin(), lowered.end(), '.') != 3 ||
       !std::all_of(lowered.begin(), lowered.end(), [](char c) { return c == '.' || (c >= '0' && c <= '9'); }))) {
    return false;
  }
  std::error_code ec;
  const auto literal = asio::ip::make_address(lowered, ec);
  return !ec && unmapped(literal) == here;
}

} // namespace balcony::net
