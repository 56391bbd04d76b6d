#include "balcony/platform/child_process.hpp"

#include <csignal>
#include <cstdlib>
#include <pwd.h>
#include <sstream>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <utility>

namespace balcony::platform {
namespace {

// The descriptors open above standard error, read before forking (the child may only make
// async-signal-safe calls until it execs).
std::vector<int> openDescriptors() {
  std::vector<int> open;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", ec)) {
    const auto name = entry.path().filename().string();
    if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos) continue;
    const int fd = std::stoi(name);
    if (fd > 2) open.push_back(fd);
  }
  return open;
}

pid_t spawn(const std::vector<std::string>& args) {
  if (args.empty()) return -1;
  std::vector<char*> argv;
  for (const auto& a : args)
    argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  const auto open = openDescriptors();
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

int exitCode(int status) {
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace

bool canStartPrograms() {
  return true;
}

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

std::string currentUserName() {
  const auto* pw = ::getpwuid(::getuid());
  return pw != nullptr && pw->pw_name != nullptr ? pw->pw_name : "root";
}

ChildProcess::ChildProcess(const std::vector<std::string>& args) {
  const pid_t pid = spawn(args);
  if (pid <= 0) throw std::runtime_error("Cannot start " + (args.empty() ? std::string("a program") : args[0]));
  m_pid = pid;
}

ChildProcess::~ChildProcess() {
  stop();
}

ChildProcess::ChildProcess(ChildProcess&& other) noexcept : m_pid(std::exchange(other.m_pid, 0)) {}

ChildProcess& ChildProcess::operator=(ChildProcess&& other) noexcept {
  if (this != &other) {
    stop();
    m_pid = std::exchange(other.m_pid, 0);
  }
  return *this;
}

bool ChildProcess::ended() {
  if (m_pid <= 0) return true;
  int status = 0;
  if (::waitpid(m_pid, &status, WNOHANG) != m_pid) return false;
  m_pid = 0;
  return true;
}

int ChildProcess::wait() {
  if (m_pid <= 0) return -1;
  int status = 0;
  ::waitpid(m_pid, &status, 0);
  m_pid = 0;
  return exitCode(status);
}

void ChildProcess::stop(std::chrono::milliseconds grace) {
  if (m_pid <= 0) return;
  ::kill(m_pid, SIGTERM);
  int status = 0;
  const auto until = std::chrono::steady_clock::now() + grace;
  while (::waitpid(m_pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > until) { // it did not stop when asked
      ::kill(m_pid, SIGKILL);
      ::waitpid(m_pid, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  m_pid = 0;
}

void ChildProcess::kill() {
  if (m_pid <= 0) return;
  ::kill(m_pid, SIGKILL);
  int status = 0;
  ::waitpid(m_pid, &status, 0);
  m_pid = 0;
}

int runProgram(const std::vector<std::string>& args) {
  const pid_t pid = spawn(args);
  if (pid <= 0) return -1;
  int status = 0;
  ::waitpid(pid, &status, 0);
  return exitCode(status);
}

void keepPrivate(const std::filesystem::path& path) {
  std::error_code ec;
  ::chmod(path.c_str(), std::filesystem::is_directory(path, ec) ? 0700 : 0600);
}

} // namespace balcony::platform
