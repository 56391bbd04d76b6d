// The plenary's own broker (broker_setup.hpp): files written with care (the password file is the
// plenary's alone), mosquitto started as a child process and stopped with the plenary.
#include "balcony/federation/broker_setup.hpp"

#include "balcony/core/snapshot.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <utility>

#ifndef _WIN32
#include <arpa/inet.h>
#include <csignal>
#include <fcntl.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace balcony::federation {
namespace {

#ifndef _WIN32
std::string newPassword() {
  // Easy to read aloud and type: no 0/O, 1/l/I.
  static const char kLetters[] = "abcdefghjkmnpqrstuvwxyz23456789";
  std::random_device rd;
  std::uniform_int_distribution<int> pick(0, static_cast<int>(sizeof kLetters) - 2);
  std::string p;
  for (int i = 0; i < 12; ++i) {
    if (i == 4 || i == 8) p += '-';
    p += kLetters[pick(rd)];
  }
  return p;
}

void writeFile(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out) throw std::runtime_error("Cannot write " + path.string());
}

// name -> password from an earlier run's list (kept beside the password file).
std::map<std::string, std::string> readKept(const std::filesystem::path& path) {
  std::map<std::string, std::string> kept;
  std::ifstream in(path);
  std::string name;
  std::string password;
  while (in >> name >> password)
    kept[name] = password;
  return kept;
}

// A program started with only standard input, output and error (Balcony's own sockets, the phones'
// port among them, must not live on in it), and that the system stops if Balcony itself dies: a
// broker never outlives the plenary that started it.
pid_t spawnClean(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const auto& a : args)
    argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  std::error_code ec;
  std::vector<int> open;
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", ec)) {
    const auto name = entry.path().filename().string();
    if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos) continue;
    const int fd = std::stoi(name);
    if (fd > 2) open.push_back(fd);
  }
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid != 0) return pid; // the parent (or -1)
  // The child: only async-signal-safe calls until exec.
  ::prctl(PR_SET_PDEATHSIG, SIGTERM);
  if (::getppid() != parent) ::_exit(127); // Balcony went already
  for (const int fd : open)
    ::close(fd);
  ::execv(argv[0], argv.data());
  ::_exit(127);
}

int run(const std::vector<std::string>& args) {
  const pid_t pid = spawnClean(args);
  if (pid <= 0) return -1;
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool accepts(const std::string& host, int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return false;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  if (::inet_pton(AF_INET, host.c_str(), &addr.sin_addr) != 1) addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  ::close(fd);
  return ok;
}

std::string currentUser() {
  const auto* pw = ::getpwuid(::getuid());
  return pw != nullptr && pw->pw_name != nullptr ? pw->pw_name : "root";
}
#endif

std::string findProgram(const std::string& name) {
  std::vector<std::string> dirs;
  if (const char* path = std::getenv("PATH")) {
    std::stringstream ss(path);
    std::string dir;
    while (std::getline(ss, dir, ':'))
      dirs.push_back(dir);
  }
  dirs.push_back("/usr/sbin");
  dirs.push_back("/usr/bin");
  for (const auto& d : dirs) {
    const auto p = std::filesystem::path(d) / name;
    std::error_code ec;
    if (std::filesystem::is_regular_file(p, ec)) return p.string();
  }
  return "";
}

} // namespace

std::string findMosquitto() {
  return findProgram("mosquitto");
}

std::string accessList(const std::string& event, const std::vector<std::string>& rooms) {
  std::string acl = "# Balcony event '" + event +
                    "': each room publishes only under its own topic and reads only\n"
                    "# the plenary's requests; the plenary reads every room and writes the requests.\n"
                    "user plenary\n"
                    "topic read balcony/" +
                    event +
                    "/rooms/#\n"
                    "topic readwrite balcony/" +
                    event + "/plenary/#\n";
  for (const auto& room : rooms) {
    acl += "\nuser " + room + "\ntopic write balcony/" + event + "/rooms/" + room + "/#\ntopic read balcony/" + event +
           "/plenary/#\n";
  }
  return acl;
}

PreparedBroker prepareBroker(const BrokerPlan& plan) {
#ifdef _WIN32
  (void)plan;
  throw std::runtime_error(
      "This build cannot start a broker: start mosquitto on another computer and give its address.");
#else
  if (!core::validRoomName(plan.event)) throw std::runtime_error("The event's name is letters, digits, '-' or '_'.");
  if (plan.rooms.empty()) throw std::runtime_error("Name the event's rooms (--rooms room-1,room-2,...).");
  for (const auto& r : plan.rooms) {
    if (!core::validRoomName(r) || r == "plenary") {
      throw std::runtime_error("'" + r + "' cannot be a room's name: letters, digits, '-' or '_', and not 'plenary'.");
    }
  }
  const auto passwd = findProgram("mosquitto_passwd");
  if (passwd.empty()) throw std::runtime_error("mosquitto_passwd is not installed (Debian package mosquitto).");
  std::error_code ec;
  std::filesystem::create_directories(plan.folder, ec);
  if (ec) throw std::runtime_error("Cannot make the folder " + plan.folder.string() + ": " + ec.message());
  ::chmod(plan.folder.c_str(), 0700);

  PreparedBroker out;
  const auto keptPath = plan.folder / "passwords.txt";
  auto kept = readKept(keptPath);
  std::vector<std::string> names{"plenary"};
  names.insert(names.end(), plan.rooms.begin(), plan.rooms.end());
  std::string keptText;
  for (const auto& n : names) {
    const auto it = kept.find(n);
    out.passwords[n] = it != kept.end() ? it->second : newPassword();
    keptText += n + " " + out.passwords[n] + "\n";
  }
  writeFile(keptPath, keptText);
  ::chmod(keptPath.c_str(), 0600);

  const auto passwordFile = plan.folder / "passwords";
  std::filesystem::remove(passwordFile, ec);
  writeFile(passwordFile, "");
  ::chmod(passwordFile.c_str(), 0600);
  for (const auto& n : names) {
    if (run({passwd, "-b", passwordFile.string(), n, out.passwords[n]}) != 0) {
      throw std::runtime_error("mosquitto_passwd could not write " + passwordFile.string());
    }
  }
  const auto aclFile = plan.folder / "access-list";
  writeFile(aclFile, accessList(plan.event, plan.rooms));
  out.config = plan.folder / "mosquitto.conf";
  writeFile(out.config, "# Written by Balcony for event '" + plan.event +
                            "'.\n"
                            "per_listener_settings false\n"
                            "listener " +
                            std::to_string(plan.port) + " " + plan.bind +
                            "\n"
                            "allow_anonymous false\n"
                            "password_file " +
                            passwordFile.string() +
                            "\n"
                            "acl_file " +
                            aclFile.string() +
                            "\n"
                            "persistence false\n"
                            // Started as root, mosquitto would become the user "mosquitto", who cannot read the
                            // plenary's own password file: it stays the user who started it.
                            "user " +
                            currentUser() +
                            "\n"
                            "log_dest stderr\n"
                            "log_type error\n"
                            "log_type warning\n");
  return out;
#endif
}

#ifndef _WIN32
std::string brokerHost(const std::string& bind) {
  return bind.empty() || bind == "0.0.0.0" ? "127.0.0.1" : bind;
}

BrokerProcess::BrokerProcess(const std::filesystem::path& config, int port, const std::string& bind) {
  const auto host = brokerHost(bind);
  const auto program = findMosquitto();
  if (program.empty()) throw std::runtime_error("mosquitto is not installed (Debian package mosquitto).");
  if (accepts(host, port)) {
    throw std::runtime_error("Port " + std::to_string(port) +
                             " is already taken: another broker may be running. "
                             "Give another with --broker-port, or join that broker with --broker.");
  }
  const pid_t pid = spawnClean({program, "-c", config.string()});
  if (pid <= 0) throw std::runtime_error("Cannot start " + program);
  m_pid = pid;
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (std::chrono::steady_clock::now() < until) {
    if (accepts(host, port)) return;
    int status = 0;
    if (waitpid(m_pid, &status, WNOHANG) == m_pid) {
      m_pid = 0;
      throw std::runtime_error("mosquitto stopped at once (its own message is above): check the port is free.");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  stop();
  throw std::runtime_error("mosquitto did not start taking connections on port " + std::to_string(port) + ".");
}

BrokerProcess::~BrokerProcess() {
  stop();
}

BrokerProcess::BrokerProcess(BrokerProcess&& other) noexcept : m_pid(std::exchange(other.m_pid, 0)) {}

BrokerProcess& BrokerProcess::operator=(BrokerProcess&& other) noexcept {
  if (this != &other) {
    stop();
    m_pid = std::exchange(other.m_pid, 0);
  }
  return *this;
}

void BrokerProcess::stop() {
  if (m_pid <= 0) return;
  ::kill(m_pid, SIGTERM);
  int status = 0;
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(3);
  while (waitpid(m_pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > until) { // it did not stop when asked
      ::kill(m_pid, SIGKILL);
      waitpid(m_pid, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  m_pid = 0;
}

void BrokerProcess::kill() {
  if (m_pid <= 0) return;
  ::kill(m_pid, SIGKILL);
  int status = 0;
  waitpid(m_pid, &status, 0);
  m_pid = 0;
}
#else
std::string brokerHost(const std::string& bind) {
  return bind.empty() || bind == "0.0.0.0" ? "127.0.0.1" : bind;
}

BrokerProcess::BrokerProcess(const std::filesystem::path&, int, const std::string&) {
  throw std::runtime_error("This build cannot start a broker.");
}
BrokerProcess::~BrokerProcess() = default;
BrokerProcess::BrokerProcess(BrokerProcess&& other) noexcept : m_pid(std::exchange(other.m_pid, 0)) {}
BrokerProcess& BrokerProcess::operator=(BrokerProcess&& other) noexcept {
  m_pid = std::exchange(other.m_pid, 0);
  return *this;
}
void BrokerProcess::stop() {}
void BrokerProcess::kill() {}
#endif

} // namespace balcony::federation
