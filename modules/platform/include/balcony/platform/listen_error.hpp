// Why listening on an address and port failed, in the terms a facilitator is told: the socket
// errors behind them are errno values on Linux and WSA codes on Windows.
#pragma once

#include <cstdint>
#include <system_error>

namespace balcony::platform {

enum class ListenError { PortInUse, AddressNotHere, NeedsPrivilege, Other };

ListenError classifyListenError(const std::error_code& code);

// Socket options for a listening socket, set after it is opened and before bind(): on Linux the
// port may be taken again at once after Balcony stops (SO_REUSEADDR); on Windows no other program
// may bind the same port while Balcony listens on it (SO_EXCLUSIVEADDRUSE; Windows' SO_REUSEADDR
// would let a second one share it). `socket` is the native handle.
void prepareListeningSocket(std::uintptr_t socket);

} // namespace balcony::platform
