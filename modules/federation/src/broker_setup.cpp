// The plenary's own broker (broker_setup.hpp): files written with care (the password file is the
// plenary's alone), mosquitto started as a child process (platform's) and stopped with the plenary.
#include "balcony/federation/broker_setup.hpp"

#include "balcony/core/snapshot.hpp"
#include "balcony/platform/child_process.hpp"
#include "balcony/platform/tcp_probe.hpp"

#include <chrono>
#include <fstream>
#include <random>
#include <stdexcept>
#include <thread>
#include <utility>

namespace balcony::federation {
namespace {

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

} // namespace

std::string findMosquitto() {
  return platform::findProgram("mosquitto");
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
  if (!platform::canStartPrograms()) {
    throw std::runtime_error(
        "This build cannot start a broker: start mosquitto on another computer and give its address.");
  }
  if (!core::validRoomName(plan.event)) throw std::runtime_error("The event's name is letters, digits, '-' or '_'.");
  if (plan.rooms.empty()) throw std::runtime_error("Name the event's rooms (--rooms room-1,room-2,...).");
  for (const auto& r : plan.rooms) {
    if (!core::validRoomName(r) || r == "plenary") {
      throw std::runtime_error("'" + r + "' cannot be a room's name: letters, digits, '-' or '_', and not 'plenary'.");
    }
  }
  const auto passwd = platform::findProgram("mosquitto_passwd");
  if (passwd.empty()) throw std::runtime_error("mosquitto_passwd is not installed (Debian package mosquitto).");
  std::error_code ec;
  std::filesystem::create_directories(plan.folder, ec);
  if (ec) throw std::runtime_error("Cannot make the folder " + plan.folder.string() + ": " + ec.message());
  platform::keepPrivate(plan.folder);

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
  platform::keepPrivate(keptPath);

  const auto passwordFile = plan.folder / "passwords";
  std::filesystem::remove(passwordFile, ec);
  writeFile(passwordFile, "");
  platform::keepPrivate(passwordFile);
  for (const auto& n : names) {
    if (platform::runProgram({passwd, "-b", passwordFile.string(), n, out.passwords[n]}) != 0) {
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
                            platform::currentUserName() +
                            "\n"
                            "log_dest stderr\n"
                            "log_type error\n"
                            "log_type warning\n");
  return out;
}

std::string brokerHost(const std::string& bind) {
  return bind.empty() || bind == "0.0.0.0" ? "127.0.0.1" : bind;
}

BrokerProcess::BrokerProcess(const std::filesystem::path& config, int port, const std::string& bind) {
  const auto host = brokerHost(bind);
  if (!platform::canStartPrograms()) throw std::runtime_error("This build cannot start a broker.");
  const auto program = findMosquitto();
  if (program.empty()) throw std::runtime_error("mosquitto is not installed (Debian package mosquitto).");
  if (platform::acceptsConnections(host, port)) {
    throw std::runtime_error("Port " + std::to_string(port) +
                             " is already taken: another broker may be running. "
                             "Give another with --broker-port, or join that broker with --broker.");
  }
  m_child = platform::ChildProcess({program, "-c", config.string()});
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (std::chrono::steady_clock::now() < until) {
    if (platform::acceptsConnections(host, port)) return;
    if (m_child.ended()) {
      throw std::runtime_error("mosquitto stopped at once (its own message is above): check the port is free.");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  m_child.stop();
  throw std::runtime_error("mosquitto did not start taking connections on port " + std::to_string(port) + ".");
}

void BrokerProcess::stop() {
  m_child.stop();
}

void BrokerProcess::kill() {
  m_child.kill();
}

} // namespace balcony::federation
