// SIGINT and SIGTERM through a self-pipe: the handler only writes the signal's number, a thread of
// ours reads it and calls back, so the callback may do anything a thread can.
#include "balcony/platform/stop_requests.hpp"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <thread>
#include <unistd.h>

namespace balcony::platform {
namespace {

std::atomic<int> g_writeEnd{-1};

extern "C" void onSignal(int sig) {
  const int saved = errno;
  const int fd = g_writeEnd.load();
  if (fd >= 0) {
    const auto byte = static_cast<unsigned char>(sig);
    [[maybe_unused]] const auto n = ::write(fd, &byte, 1);
  }
  errno = saved;
}

} // namespace

struct StopRequests::State {
  int pipe[2] = {-1, -1};
  struct sigaction oldInt {};
  struct sigaction oldTerm {};
  std::thread watcher;
};

StopRequests::StopRequests(std::function<void(const std::string& why)> onStop) : m_state(std::make_shared<State>()) {
  auto& s = *m_state;
  if (::pipe(s.pipe) != 0) {
    return; // no pipe: signals keep their default action and still end the process
  }
  for (const int fd : s.pipe) {
    ::fcntl(fd, F_SETFD, FD_CLOEXEC); // pipe() and fcntl() rather than Linux's pipe2(): macOS has no pipe2
  }
  g_writeEnd = s.pipe[1];
  struct sigaction action {};
  action.sa_handler = onSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  sigaction(SIGINT, &action, &s.oldInt);
  sigaction(SIGTERM, &action, &s.oldTerm);
  s.watcher = std::thread([readEnd = s.pipe[0], onStop = std::move(onStop)] {
    unsigned char byte = 0;
    while (::read(readEnd, &byte, 1) == 1 && byte != 0) {
      onStop(byte == SIGINT ? "interrupted" : "terminated");
    }
  });
}

StopRequests::~StopRequests() {
  auto& s = *m_state;
  if (s.pipe[1] < 0) {
    return;
  }
  sigaction(SIGINT, &s.oldInt, nullptr);
  sigaction(SIGTERM, &s.oldTerm, nullptr);
  g_writeEnd = -1;
  const unsigned char stop = 0;
  [[maybe_unused]] const auto n = ::write(s.pipe[1], &stop, 1);
  s.watcher.join();
  ::close(s.pipe[0]);
  ::close(s.pipe[1]);
}

} // namespace balcony::platform
