// Reading the facilitator's typed commands without ever blocking shutdown: a read that waits at
// most a given time, whether standard input is a terminal, a pipe or a file.
#pragma once

#include <memory>
#include <optional>
#include <string>

namespace balcony::platform {

class StandardInput {
public:
  StandardInput();
  ~StandardInput();
  StandardInput(const StandardInput&) = delete;
  StandardInput& operator=(const StandardInput&) = delete;

  // Bytes typed so far, waiting at most `timeoutMs` for some: empty when nothing came in time,
  // nullopt once the input has ended (nothing more will ever come).
  std::optional<std::string> read(int timeoutMs);

  struct State;

private:
  std::shared_ptr<State> m_state;
};

} // namespace balcony::platform
