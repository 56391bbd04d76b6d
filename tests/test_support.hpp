// Helpers shared by the tests: temporary folders and a fixed clock.
#pragma once

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>

namespace balcony::test {

// A fresh folder under BALCONY_TEST_TMP (or the system temp folder), removed at scope exit.
class TempDir {
public:
  TempDir() {
    const char* base = std::getenv("BALCONY_TEST_TMP");
    std::filesystem::path root = base != nullptr ? base : std::filesystem::temp_directory_path();
    std::random_device device;
    m_path = root / ("balcony-test-" + std::to_string(device()) + std::to_string(device()));
    std::filesystem::create_directories(m_path);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return m_path; }

private:
  std::filesystem::path m_path;
};

// tests/fixtures, named by ctest in BALCONY_FIXTURES_DIR: at run time, not compiled in, so no
// folder of one clone is part of what the compiler cache hashes. Unset, it says what is missing.
inline std::filesystem::path fixturesDir() {
  const char* dir = std::getenv("BALCONY_FIXTURES_DIR");
  if (dir == nullptr || *dir == '\0') {
    throw std::runtime_error(
        "BALCONY_FIXTURES_DIR is not set: run the tests through ctest, or set it to tests/fixtures");
  }
  return dir;
}

// Polls until ready() (every 10 ms, at most `limit`): for what other threads apply.
template <class Ready> bool waitUntil(Ready ready, std::chrono::milliseconds limit = std::chrono::seconds(5)) {
  const auto until = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < until) {
    if (ready()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return ready();
}

inline std::string token(int n) {
  std::string t = std::to_string(n);
  return std::string(32 - t.size(), 'a') + t;
}

} // namespace balcony::test
