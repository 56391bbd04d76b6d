// errno values from bind() and listen().
#include "balcony/platform/listen_error.hpp"

#include <cerrno>
#include <sys/socket.h>

namespace balcony::platform {

ListenError classifyListenError(const std::error_code& code) {
  switch (code.value()) {
  case EADDRINUSE: return ListenError::PortInUse;
  case EADDRNOTAVAIL:
  case EINVAL: return ListenError::AddressNotHere;
  case EACCES: return ListenError::NeedsPrivilege;
  default: return ListenError::Other;
  }
}

void prepareListeningSocket(std::uintptr_t socket) {
  const int on = 1;
  ::setsockopt(static_cast<int>(socket), SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
}

} // namespace balcony::platform
