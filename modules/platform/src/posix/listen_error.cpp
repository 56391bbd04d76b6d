// errno values from bind() and listen().
#include "balcony/platform/listen_error.hpp"

#include <cerrno>

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

} // namespace balcony::platform
