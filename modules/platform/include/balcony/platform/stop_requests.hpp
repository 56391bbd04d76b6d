// A request to stop from outside the program: SIGINT and SIGTERM on Linux; Ctrl+C, Ctrl+Break and
// closing the console window on Windows. Balcony then saves what it has received and stops
// cleanly. (Windows does not ask a program with windows before logging off or shutting down; what
// was acknowledged is on disk already, as after any crash.)
#pragma once

#include <functional>
#include <memory>
#include <string>

namespace balcony::platform {

class StopRequests {
public:
  // `onStop` runs on a thread of the platform's (never inside a signal handler), with a word for
  // what asked: "interrupted" or "terminated". It should only hand the request on (post it to an
  // event loop, say) and return. Only one StopRequests exists at a time.
  explicit StopRequests(std::function<void(const std::string& why)> onStop);
  ~StopRequests(); // restores the previous handling; on Windows, lets a closing console end the process
  StopRequests(const StopRequests&) = delete;
  StopRequests& operator=(const StopRequests&) = delete;

  struct State;

private:
  std::shared_ptr<State> m_state;
};

} // namespace balcony::platform
