// setrlimit(RLIMIT_NOFILE): the soft limit (1,024 by default) up to the hard one, which a user may
// do without privileges.
#include "balcony/platform/open_file_limit.hpp"

#include <sys/resource.h>

namespace balcony::platform {

std::uint64_t raiseOpenFileLimit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0) {
    return 0;
  }
  if (limit.rlim_cur < limit.rlim_max) {
    rlimit raised = limit;
    raised.rlim_cur = limit.rlim_max;
    if (setrlimit(RLIMIT_NOFILE, &raised) == 0) {
      limit = raised;
    }
  }
  return static_cast<std::uint64_t>(limit.rlim_cur);
}

} // namespace balcony::platform
