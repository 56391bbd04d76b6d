// poll() then read() on standard input: a wait that gives up after the timeout, so a stopping
// Balcony never waits on a blocked read.
#include "balcony/platform/standard_input.hpp"

#include <poll.h>
#include <unistd.h>

namespace balcony::platform {

struct StandardInput::State {};

StandardInput::StandardInput() = default;
StandardInput::~StandardInput() = default;

std::optional<std::string> StandardInput::read(int timeoutMs) {
  pollfd fd{STDIN_FILENO, POLLIN, 0};
  const int ready = ::poll(&fd, 1, timeoutMs);
  if (ready <= 0) {
    return std::string{};
  }
  char buf[512];
  const auto n = ::read(STDIN_FILENO, buf, sizeof buf);
  if (n <= 0) {
    return std::nullopt;
  }
  return std::string(buf, static_cast<std::size_t>(n));
}

} // namespace balcony::platform
