// SetConsoleCtrlHandler(): Windows calls the handler on a thread of its own for Ctrl+C, Ctrl+Break
// and a closing console window. For the last the process ends as soon as the handler returns, so
// the handler waits (up to the few seconds Windows allows) until Balcony has finished stopping.
#include "balcony/platform/stop_requests.hpp"

#include <windows.h>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace balcony::platform {

struct StopRequests::State {
  std::mutex mutex; // held while onStop runs, so the destructor waits for a call under way
  std::condition_variable stopped;
  bool alive = true;
  bool done = false;
  std::function<void(const std::string&)> onStop;
};

namespace {

std::mutex g_mutex;
std::shared_ptr<StopRequests::State> g_state;

BOOL WINAPI onControl(DWORD event) {
  std::shared_ptr<StopRequests::State> state;
  {
    std::lock_guard lock(g_mutex);
    state = g_state;
  }
  if (!state) {
    return FALSE;
  }
  const bool interrupt = event == CTRL_C_EVENT || event == CTRL_BREAK_EVENT;
  std::unique_lock lock(state->mutex);
  if (!state->alive) {
    return FALSE; // this run has already stopped; nothing of it may be touched
  }
  state->onStop(interrupt ? "interrupted" : "terminated");
  if (!interrupt) {
    state->stopped.wait_for(lock, std::chrono::seconds(4), [&] { return state->done; });
  }
  return TRUE;
}

} // namespace

StopRequests::StopRequests(std::function<void(const std::string& why)> onStop) : m_state(std::make_shared<State>()) {
  m_state->onStop = std::move(onStop);
  {
    std::lock_guard lock(g_mutex);
    g_state = m_state;
  }
  SetConsoleCtrlHandler(onControl, TRUE);
}

StopRequests::~StopRequests() {
  SetConsoleCtrlHandler(onControl, FALSE);
  {
    std::lock_guard lock(g_mutex);
    g_state.reset();
  }
  // A handler already under way either finished its call before this, or finds the run gone.
  std::lock_guard lock(m_state->mutex);
  m_state->alive = false;
  m_state->done = true;
  m_state->stopped.notify_all();
}

} // namespace balcony::platform
