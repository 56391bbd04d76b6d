// Helpers shared by the tests: temporary folders and a fixed clock.
#pragma once

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <random>
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
