// A broker of one's own for an event: the plenary's Balcony writes a mosquitto configuration (its
// own port, a password per room and one for the plenary, an access list that lets each room
// publish only under its own topic and read only the plenary's requests), starts Debian's
// mosquitto with it, and says what each room's facilitator types. An existing broker on the venue
// network works the same way, with its own configuration.
#pragma once

#include "balcony/platform/child_process.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace balcony::federation {

struct BrokerPlan {
  std::string event;
  std::vector<std::string> rooms;
  std::string bind = "0.0.0.0"; // where rooms reach it ("127.0.0.1" in tests)
  int port = 1884;
  std::filesystem::path folder; // the configuration, password file and access list go here
};

struct PreparedBroker {
  std::filesystem::path config;
  std::map<std::string, std::string> passwords; // room (and "plenary") -> password
};

// Writes the three files (mosquitto_passwd makes the password file). Passwords already in the
// folder for the same names are kept, so a restarted plenary does not lock its rooms out. Throws
// std::runtime_error saying what failed.
PreparedBroker prepareBroker(const BrokerPlan& plan);

// The access list alone (what prepareBroker writes), for tests and the README.
std::string accessList(const std::string& event, const std::vector<std::string>& rooms);

// Where this computer reaches a broker listening on `bind` ("0.0.0.0": on 127.0.0.1).
std::string brokerHost(const std::string& bind);

// Debian's mosquitto program, or empty when it is not installed.
std::string findMosquitto();

// A mosquitto started for the event; stopped (and waited for) when this goes.
class BrokerProcess {
public:
  BrokerProcess() = default;
  // Starts it and waits until it takes connections on its address (`bind`, or 127.0.0.1 when it
  // listens on every address; at most 5 s). Throws std::runtime_error with its own words when it
  // does not start.
  BrokerProcess(const std::filesystem::path& config, int port, const std::string& bind = "127.0.0.1");

  void stop();
  void kill(); // as if it crashed (tests)
  bool running() const { return m_child.running(); }
  int pid() const { return m_child.pid(); }

private:
  platform::ChildProcess m_child;
};

} // namespace balcony::federation
