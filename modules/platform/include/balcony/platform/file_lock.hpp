// An exclusive lock on a file that the OS releases when the process ends, even when it is killed
// (flock on Linux, LockFileEx on Windows). Balcony uses one beside the database, so a second
// Balcony on the same file is refused at once.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace balcony::platform {

class FileLock {
public:
  enum class Status { Held, HeldElsewhere, CannotOpen };

  // Creates the file if needed and tries to lock it, without waiting.
  explicit FileLock(const std::filesystem::path& path);
  ~FileLock();
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

  Status status() const { return m_status; }
  const std::string& problem() const { return m_problem; } // why it could not be opened

private:
  Status m_status = Status::CannotOpen;
  std::string m_problem;
  std::intptr_t m_handle = -1; // a file descriptor, or a Windows HANDLE
};

} // namespace balcony::platform
