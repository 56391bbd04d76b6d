// Programs Balcony starts itself (the event's own mosquitto, mosquitto_passwd): started with only
// standard input, output and error (Balcony's own sockets, the phones' port among them, must not
// live on in them), stopped by the system if Balcony itself dies (the parent-death signal), and
// stopped and waited for when their handle goes.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace balcony::platform {

// Whether this build can start programs at all (not on Windows: the event's broker runs elsewhere).
bool canStartPrograms();

// A program on the PATH (or in /usr/sbin, /usr/bin), or empty when it is not installed.
std::string findProgram(const std::string& name);

// The name of the user Balcony runs as.
std::string currentUserName();

class ChildProcess {
public:
  ChildProcess() = default;
  // Starts args[0] with args[1...]. Throws std::runtime_error when it cannot be started.
  explicit ChildProcess(const std::vector<std::string>& args);
  ~ChildProcess(); // stop()
  ChildProcess(ChildProcess&& other) noexcept;
  ChildProcess& operator=(ChildProcess&& other) noexcept;
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  bool running() const { return m_pid > 0; }
  int pid() const { return m_pid; }

  // Whether it has ended by itself (and is then no longer running); does not wait.
  bool ended();
  // Waits for it to end: its exit code, or -1 when a signal ended it.
  int wait();
  // Asks it to stop; after `grace` it is killed. Waits for it either way.
  void stop(std::chrono::milliseconds grace = std::chrono::seconds(3));
  // Kills it at once, as if it crashed (tests), and waits for it.
  void kill();

private:
  int m_pid = 0;
};

// Runs a program to its end: its exit code, or -1 when it could not run or a signal ended it.
int runProgram(const std::vector<std::string>& args);

// Only this user may read or write it: a folder 0700, a file 0600 (on Windows, files under the
// user's own profile already are).
void keepPrivate(const std::filesystem::path& path);

} // namespace balcony::platform
