// Winsock's codes from bind() and listen().
#include "balcony/platform/listen_error.hpp"

#include <winsock2.h>

namespace balcony::platform {

ListenError classifyListenError(const std::error_code& code) {
  switch (code.value()) {
  case WSAEADDRINUSE: return ListenError::PortInUse;
  case WSAEADDRNOTAVAIL:
  case WSAEINVAL: return ListenError::AddressNotHere;
  case WSAEACCES: // a port Windows reserves (Hyper-V, WSL) or another program holds exclusively
    return ListenError::PortInUse;
  default: return ListenError::Other;
  }
}

void prepareListeningSocket(std::uintptr_t socket) {
  const BOOL on = TRUE;
  ::setsockopt(static_cast<SOCKET>(socket), SOL_SOCKET, SO_EXCLUSIVEADDRUSE, reinterpret_cast<const char*>(&on),
               sizeof on);
}

} // namespace balcony::platform
