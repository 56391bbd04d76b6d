// LockFileEx() on the first byte, without waiting: Windows releases it when the handle closes or the
// process ends, however it ends; another handle to the same file cannot take it meanwhile.
#include "balcony/platform/file_lock.hpp"

#include "wide_text.hpp"

namespace balcony::platform {

FileLock::FileLock(const std::filesystem::path& path) {
  HANDLE file =
      CreateFileW(path.c_str(), GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                  nullptr, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
  if (file == INVALID_HANDLE_VALUE) {
    m_problem = lastErrorText(GetLastError());
    return;
  }
  OVERLAPPED at{};
  if (!LockFileEx(file, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &at)) {
    CloseHandle(file);
    m_status = Status::HeldElsewhere;
    return;
  }
  m_handle = reinterpret_cast<std::intptr_t>(file);
  m_status = Status::Held;
}

FileLock::~FileLock() {
  if (m_status == Status::Held) {
    CloseHandle(reinterpret_cast<HANDLE>(m_handle)); // closing the handle releases the lock
  }
}

} // namespace balcony::platform
