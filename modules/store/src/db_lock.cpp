// A lock on "<db>.lock" that the OS releases when the process ends, even after kill -9.
#include "db_lock.hpp"

#include "balcony/store/store.hpp"

namespace balcony::store {

namespace {

std::filesystem::path lockPathOf(const std::filesystem::path& dbPath) {
  auto lock = dbPath;
  lock += ".lock";
  return lock;
}

} // namespace

DbLock::DbLock(const std::filesystem::path& dbPath) : m_lock(lockPathOf(dbPath)) {
  const auto lockPath = lockPathOf(dbPath).string();
  if (m_lock.status() == platform::FileLock::Status::CannotOpen) {
    throw StoreError("Cannot create " + lockPath + ": " + m_lock.problem() + ". Check that the folder is writable.");
  }
  if (m_lock.status() == platform::FileLock::Status::HeldElsewhere) {
    throw DatabaseInUse("Another Balcony is already using " + dbPath.string() +
                        ". Close it first, or start this one with --db to use another file.");
  }
}

} // namespace balcony::store
