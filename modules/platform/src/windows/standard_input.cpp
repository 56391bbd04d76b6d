// Windows cannot wait on a console, a pipe and a file alike, so one thread of ours blocks in
// ReadFile() and hands what it reads over; read() waits on that with a timeout. The thread owns
// only shared state, so when Balcony stops it is left blocked and ends with the process.
#include "balcony/platform/standard_input.hpp"

#include <windows.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <utility>

namespace balcony::platform {

struct StandardInput::State {
  std::mutex mutex;
  std::condition_variable arrived;
  std::string pending;
  bool ended = false;
};

StandardInput::StandardInput() : m_state(std::make_shared<State>()) {
  std::thread([state = m_state] {
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    char buf[512];
    for (;;) {
      DWORD got = 0;
      const bool ok = in != nullptr && in != INVALID_HANDLE_VALUE && ReadFile(in, buf, sizeof buf, &got, nullptr);
      std::lock_guard lock(state->mutex);
      if (!ok || got == 0) {
        state->ended = true;
        state->arrived.notify_all();
        return;
      }
      state->pending.append(buf, got);
      state->arrived.notify_all();
    }
  }).detach();
}

StandardInput::~StandardInput() = default;

std::optional<std::string> StandardInput::read(int timeoutMs) {
  std::unique_lock lock(m_state->mutex);
  m_state->arrived.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                            [&] { return !m_state->pending.empty() || m_state->ended; });
  if (m_state->pending.empty()) {
    return m_state->ended ? std::nullopt : std::optional<std::string>(std::string{});
  }
  return std::exchange(m_state->pending, {});
}

} // namespace balcony::platform
