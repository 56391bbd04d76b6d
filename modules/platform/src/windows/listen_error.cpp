// Winsock's codes from bind() and listen().
#include "balcony/platform/listen_error.hpp"

#include <winsock2.h>

namespace balcony::platform {

ListenError classifyListenError(const std::error_code& code) {
  switch (code.value()) {
  case WSAEADDRINUSE: return ListenError::PortInUse;
  case WSAEADDRNOTAVAIL:
  case WSAEINVAL: return ListenError::AddressNotHere;
  case WSAEACCES: return ListenError::NeedsPrivilege;
  default: return ListenError::Other;
  }
}

} // namespace balcony::platform
