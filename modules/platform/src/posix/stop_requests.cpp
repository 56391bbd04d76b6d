// SIGINT and SIGTERM through a self-pipe: the handler only writes the signal's number, a thread of
// ours reads it and calls back, so the callback may do anything a thread can. The pipe lives as
// long as the process: a handler never writes to a file descriptor that has been closed and reused.
#include "balcony/platform/stop_requests.hpp"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <thread>
#include <unistd.h>

namespace balcony::platform {
namespace {

int g_pipe[2] = {-1, -1};
std::atomic<bool> g_active{false};

extern "C" void onSignal(int sig) {
  const int saved = errno;
  if (g_active.load()) {
    const auto byte = static_cast<unsigned char>(sig);
    [[maybe_unused]] const auto n = ::write(g_pipe[1], &byte, 1);
  }
  errno = saved;
}

bool openPipeOnce() {
  static const bool opened = [] {
    if (::pipe(g_pipe) != 0) {
      return false;
    }
    for (const int fd : g_pipe) {
      ::fcntl(fd, F_SETFD, FD_CLOEXEC); // pipe() and fcntl() rather than Linux's pipe2(): macOS has no pipe2
    }
    return true;
  }();
  return opened;
}

} // namespace

struct StopRequests::State {
  bool installed = false;
  struct sigaction oldInt {};
  struct sigaction oldTerm {};
  std::thread watcher;
};

StopRequests::StopRequests(std::function<void(const std::string& why)> onStop) : m_state(std::make_shared<State>()) {
  auto& s = *m_state;
  if (!openPipeOnce()) {
    return; // no pipe: signals keep their default action and still end the process
  }
  s.watcher = std::thread([onStop = std::move(onStop)] {
    unsigned char byte = 0;
    while (::read(g_pipe[0], &byte, 1) == 1 && byte != 0) {
      onStop(byte == SIGINT ? "interrupted" : "terminated");
    }
  });
  struct sigaction action {};
  action.sa_handler = onSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  g_active = true;
  sigaction(SIGINT, &action, &s.oldInt);
  sigaction(SIGTERM, &action, &s.oldTerm);
  s.installed = true;
}

StopRequests::~StopRequests() {
  auto& s = *m_state;
  if (!s.installed) {
    return;
  }
  sigaction(SIGINT, &s.oldInt, nullptr);
  sigaction(SIGTERM, &s.oldTerm, nullptr);
  g_active = false;
  const unsigned char stop = 0;
  [[maybe_unused]] const auto n = ::write(g_pipe[1], &stop, 1);
  s.watcher.join();
}

} // namespace balcony::platform
