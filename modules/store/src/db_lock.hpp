// An advisory lock beside the database, so a second Balcony on the same file is refused at once.
#pragma once

#include "balcony/platform/file_lock.hpp"

#include <filesystem>

namespace balcony::store {

class DbLock {
public:
  explicit DbLock(const std::filesystem::path& dbPath); // throws StoreError when held elsewhere

private:
  platform::FileLock m_lock;
};

} // namespace balcony::store
