// flock() on "<db>.lock": released by the kernel when the process ends, even after kill -9.
#include "db_lock.hpp"

#include "balcony/store/store.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace balcony::store {

DbLock::DbLock(const std::filesystem::path& dbPath) {
  const auto lockPath = dbPath.string() + ".lock";
  m_fd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (m_fd < 0) {
    throw StoreError("Cannot create " + lockPath + ": " + std::strerror(errno) +
                     ". Check that the folder is writable.");
  }
  if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
    ::close(m_fd);
    m_fd = -1;
    throw StoreError("Another Balcony is already using " + dbPath.string() +
                     ". Close it first, or start this one with --db to use another file.");
  }
}

DbLock::~DbLock() {
  if (m_fd >= 0) {
    ::close(m_fd);
  }
}

} // namespace balcony::store
