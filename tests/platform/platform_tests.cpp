// The OS facilities behind Balcony's platform interfaces, on whichever OS the tests run (Linux, and
// Windows under Wine).
#include "balcony/platform/data_folder.hpp"
#include "balcony/platform/file_lock.hpp"
#include "balcony/platform/listen_error.hpp"
#include "balcony/platform/local_time.hpp"
#include "balcony/platform/network_interfaces.hpp"
#include "balcony/platform/open_file_limit.hpp"
#include "balcony/platform/thread_cpu_time.hpp"
#include "balcony/platform/utf8.hpp"
#include "test_support.hpp"

#include <asio/io_context.hpp>
#include <asio/ip/tcp.hpp>
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <memory>

using namespace balcony::platform;

TEST_CASE("A file lock is exclusive until its holder lets go", "[platform][lock]") {
  balcony::test::TempDir dir;
  const auto path = dir.path() / "balcony.sqlite.lock";
  {
    FileLock first(path);
    REQUIRE(first.status() == FileLock::Status::Held);
    FileLock second(path); // another open of the same file, as a second Balcony would do
    CHECK(second.status() == FileLock::Status::HeldElsewhere);
  }
  FileLock again(path);
  CHECK(again.status() == FileLock::Status::Held);
}

TEST_CASE("A lock in a folder that does not exist says why", "[platform][lock]") {
  balcony::test::TempDir dir;
  FileLock lock(dir.path() / "no such folder" / "x.lock");
  CHECK(lock.status() == FileLock::Status::CannotOpen);
  CHECK_FALSE(lock.problem().empty());
}

TEST_CASE("The data folder is Balcony's own folder in the user's data", "[platform][paths]") {
  const auto folder = userDataFolder();
  CHECK(folder.is_absolute());
  const auto name = folder.filename().string();
  CHECK((name == "balcony" || name == "Balcony"));
}

TEST_CASE("Interfaces are listed with an IPv4 address each, loopback among them", "[platform][network]") {
  const auto interfaces = listNetworkInterfaces();
  for (const auto& i : interfaces) {
    CHECK(std::count(i.address.begin(), i.address.end(), '.') == 3);
    CHECK_FALSE(i.name.empty());
  }
  CHECK(std::any_of(interfaces.begin(), interfaces.end(),
                    [](const NetworkInterface& i) { return i.kind == InterfaceKind::Loopback; }));
}

TEST_CASE("Linux interface names tell their kind", "[platform][network]") {
  CHECK(kindFromLinuxName("enp3s0") == InterfaceKind::Wired);
  CHECK(kindFromLinuxName("eth0") == InterfaceKind::Wired);
  CHECK(kindFromLinuxName("wlp2s0") == InterfaceKind::Wireless);
  CHECK(kindFromLinuxName("docker0") == InterfaceKind::Virtual);
  CHECK(kindFromLinuxName("br-1a2b") == InterfaceKind::Virtual);
  CHECK(kindFromLinuxName("lo") == InterfaceKind::Loopback);
  CHECK(kindFromLinuxName("tun0") == InterfaceKind::Other);
}

TEST_CASE("A port already taken is told apart from other listening problems", "[platform][network]") {
  asio::io_context io;
  // Both prepared as Balcony prepares its own: a second Balcony must not share the port.
  const auto listening = [&io](std::uint16_t port, std::error_code& ec) {
    auto acceptor = std::make_unique<asio::ip::tcp::acceptor>(io);
    acceptor->open(asio::ip::tcp::v4());
    prepareListeningSocket(static_cast<std::uintptr_t>(acceptor->native_handle()));
    acceptor->bind(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port), ec);
    if (!ec) acceptor->listen(asio::socket_base::max_listen_connections, ec);
    return acceptor;
  };
  std::error_code ec;
  const auto first = listening(0, ec);
  REQUIRE_FALSE(ec);
  const auto second = listening(first->local_endpoint().port(), ec);
  REQUIRE(ec);
  CHECK(classifyListenError(ec) == ListenError::PortInUse);

  asio::ip::tcp::acceptor elsewhere(io);
  elsewhere.open(asio::ip::tcp::v4());
  elsewhere.bind(asio::ip::tcp::endpoint(asio::ip::make_address("192.0.2.1"), 0), ec); // never this machine's
  REQUIRE(ec);
  CHECK(classifyListenError(ec) == ListenError::AddressNotHere);
}

TEST_CASE("The open-file limit leaves room for a hall of phones", "[platform][limits]") {
  CHECK(raiseOpenFileLimit() >= 1024);
}

TEST_CASE("Thread CPU time grows with work and not with sleep", "[platform][time]") {
  const auto start = threadCpuTime();
  volatile double sink = 0;
  for (int i = 0; i < 20'000'000 && threadCpuTime() - start < std::chrono::milliseconds(20); ++i) {
    sink = sink + std::sqrt(static_cast<double>(i));
  }
  CHECK(threadCpuTime() - start >= std::chrono::milliseconds(5));
}

TEST_CASE("Local time gives calendar fields", "[platform][time]") {
  const auto tm = localTime(86'400 * 365); // midnight UTC, 1 January 1971: that day or the one before
  const bool newYear = tm.tm_year == 71 && tm.tm_mon == 0 && tm.tm_mday == 1;
  const bool newYearsEve = tm.tm_year == 70 && tm.tm_mon == 11 && tm.tm_mday == 31;
  CHECK((newYear || newYearsEve));
  CHECK(localTime(86'400 * 365 + 86'400 * 40).tm_mon == 1); // 10 February 1971
}

TEST_CASE("Paths with any letters go to and from UTF-8 unchanged", "[platform][paths]") {
  balcony::test::TempDir dir;
  const std::string name = "Zo\xC3\xAB \xE4\xBC\x9A\xE8\xAD\xB0"; // "Zoë 会議"
  const auto folder = dir.path() / pathFromUtf8(name);
  std::filesystem::create_directories(folder);
  std::ofstream(folder / "balcony.sqlite") << "x";
  REQUIRE(std::filesystem::exists(folder / "balcony.sqlite"));
  std::vector<std::string> listed;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    listed.push_back(utf8FromPath(entry.path().filename()));
  }
  CHECK(listed == std::vector<std::string>{name});
  CHECK(utf8FromPath(pathFromUtf8(name)) == name);
  FileLock lock(folder / "balcony.sqlite.lock");
  CHECK(lock.status() == FileLock::Status::Held);
}
