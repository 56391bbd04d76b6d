// Windows cannot wait on a console, a pipe and a file alike, so one thread of ours blocks reading
// and hands what it reads over; read() waits on that with a timeout. The thread owns only shared
// state, so when Balcony stops it is left blocked and ends with the process. A console is read as
// UTF-16 (ReadConsoleW): ReadFile would lose every letter outside the console's code page.
#include "balcony/platform/standard_input.hpp"

#include "wide_text.hpp"

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

namespace {

// One read: UTF-8 text, an empty string for a read that brought nothing (Ctrl+C at the console),
// or nullopt once the input has ended.
std::optional<std::string> readOnce(HANDLE in, bool console) {
  if (console) {
    wchar_t wide[256];
    DWORD got = 0;
    if (!ReadConsoleW(in, wide, 255, &got, nullptr)) {
      return std::nullopt;
    }
    wide[got] = L'\0';
    return toUtf8(wide);
  }
  char buf[512];
  DWORD got = 0;
  if (!ReadFile(in, buf, sizeof buf, &got, nullptr) || got == 0) {
    return std::nullopt; // end of a pipe or a file
  }
  return std::string(buf, got);
}

} // namespace

StandardInput::StandardInput() : m_state(std::make_shared<State>()) {
  std::thread([state = m_state] {
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool usable = in != nullptr && in != INVALID_HANDLE_VALUE;
    const bool console = usable && GetFileType(in) == FILE_TYPE_CHAR && GetConsoleMode(in, &mode);
    for (;;) {
      auto text = usable ? readOnce(in, console) : std::nullopt;
      std::lock_guard lock(state->mutex);
      if (!text) {
        state->ended = true;
        state->arrived.notify_all();
        return;
      }
      state->pending += *text;
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
