// flock(): the lock belongs to the open file, so the kernel drops it when the process ends, even
// after kill -9, and a second open of the same file (in this process or another) cannot take it.
#include "balcony/platform/file_lock.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace balcony::platform {

FileLock::FileLock(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    m_problem = std::strerror(errno);
    return;
  }
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    ::close(fd);
    m_status = Status::HeldElsewhere;
    return;
  }
  m_handle = fd;
  m_status = Status::Held;
}

FileLock::~FileLock() {
  if (m_handle >= 0) {
    ::close(static_cast<int>(m_handle));
  }
}

} // namespace balcony::platform
