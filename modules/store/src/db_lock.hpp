// An advisory lock beside the database, so a second Balcony on the same file is refused at once.
#pragma once

#include <filesystem>

namespace balcony::store {

class DbLock {
public:
  explicit DbLock(const std::filesystem::path& dbPath); // throws StoreError when held elsewhere
  ~DbLock();
  DbLock(const DbLock&) = delete;
  DbLock& operator=(const DbLock&) = delete;

private:
  int m_fd = -1;
};

} // namespace balcony::store
