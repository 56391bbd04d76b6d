// SIGINT and SIGTERM reach Balcony's callback on a thread of its own, and the handling the program
// had before comes back when Balcony's is gone. (On Windows the same is checked end to end:
// tests/windows/headless.test.js stops balcony.exe with the Ctrl+C that Wine makes of SIGINT.)
#include "balcony/platform/stop_requests.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <condition_variable>
#include <csignal>
#include <mutex>
#include <thread>

using namespace balcony::platform;

namespace {

struct Heard {
  std::mutex mutex;
  std::condition_variable arrived;
  std::vector<std::string> why;
  std::thread::id thread;

  bool waitFor(std::size_t n) {
    std::unique_lock lock(mutex);
    return arrived.wait_for(lock, std::chrono::seconds(5), [&] { return why.size() >= n; });
  }
};

volatile std::sig_atomic_t g_previousRan = 0;
extern "C" void previousHandler(int) {
  g_previousRan = 1;
}

} // namespace

TEST_CASE("SIGINT and SIGTERM become stop requests on a thread of their own", "[platform][stop]") {
  Heard heard;
  {
    StopRequests stops([&](const std::string& why) {
      std::lock_guard lock(heard.mutex);
      heard.why.push_back(why);
      heard.thread = std::this_thread::get_id();
      heard.arrived.notify_all();
    });
    std::raise(SIGINT);
    REQUIRE(heard.waitFor(1));
    std::raise(SIGTERM);
    REQUIRE(heard.waitFor(2));
  }
  CHECK(heard.why == std::vector<std::string>{"interrupted", "terminated"});
  CHECK(heard.thread != std::this_thread::get_id());
}

TEST_CASE("The signal handling from before comes back afterwards", "[platform][stop]") {
  struct sigaction previous {};
  previous.sa_handler = previousHandler;
  sigemptyset(&previous.sa_mask);
  struct sigaction saved {};
  sigaction(SIGINT, &previous, &saved);
  {
    StopRequests stops([](const std::string&) {});
  }
  g_previousRan = 0;
  std::raise(SIGINT);
  CHECK(g_previousRan == 1);
  sigaction(SIGINT, &saved, nullptr);
}
