// Balcony for Windows starts no programs of its own: the event's broker runs on another computer
// (or is started by hand), and the rooms and the plenary reach it over the network.
#include "balcony/platform/child_process.hpp"

#include <cstdlib>
#include <stdexcept>
#include <utility>

namespace balcony::platform {

bool canStartPrograms() {
  return false;
}

std::string findProgram(const std::string&) {
  return "";
}

std::string currentUserName() {
  const char* name = std::getenv("USERNAME");
  return name != nullptr ? name : "";
}

ChildProcess::ChildProcess(const std::vector<std::string>&) {
  throw std::runtime_error("This build cannot start other programs.");
}

ChildProcess::~ChildProcess() = default;

ChildProcess::ChildProcess(ChildProcess&& other) noexcept : m_pid(std::exchange(other.m_pid, 0)) {}

ChildProcess& ChildProcess::operator=(ChildProcess&& other) noexcept {
  m_pid = std::exchange(other.m_pid, 0);
  return *this;
}

bool ChildProcess::ended() {
  return true;
}

int ChildProcess::wait() {
  return -1;
}

void ChildProcess::stop(std::chrono::milliseconds) {}

void ChildProcess::kill() {}

int runProgram(const std::vector<std::string>&) {
  return -1;
}

void keepPrivate(const std::filesystem::path&) {}

} // namespace balcony::platform
