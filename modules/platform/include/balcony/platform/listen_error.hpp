// Why listening on an address and port failed, in the terms a facilitator is told: the socket
// errors behind them are errno values on Linux and WSA codes on Windows.
#pragma once

#include <system_error>

namespace balcony::platform {

enum class ListenError { PortInUse, AddressNotHere, NeedsPrivilege, Other };

ListenError classifyListenError(const std::error_code& code);

} // namespace balcony::platform
