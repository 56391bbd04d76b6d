// Facilitator commands typed on the terminal when Balcony runs headless: the console without
// windows. Local only; facilitator actions are never accepted over the network.
#pragma once

#include "balcony/core/ports.hpp"
#include "balcony/core/snapshot.hpp"

#include <atomic>
#include <functional>
#include <iosfwd>
#include <string>
#include <thread>

namespace balcony::app {

// Parses one line ("open 0-10", "poll Lunch? | Yes | No", "reveal", "status", ...; "help" lists
// them) and runs it, writing a one-line answer to `out`. Returns false for an unknown command.
bool runTerminalCommand(const std::string& line, core::FacilitatorPort& port, std::ostream& out,
                        core::EventPort* event = nullptr);

class TerminalConsole {
public:
  // `figures` answers the "stats" command: what the engine and the server have measured so far;
  // `exportTo` the "export [FOLDER]" command: every export of the session, written while it runs.
  TerminalConsole(core::FacilitatorPort& port, std::ostream& out, std::function<std::string()> figures = {},
                  std::function<std::string(const std::string& folder)> exportTo = {},
                  core::EventPort* event = nullptr);
  ~TerminalConsole(); // stops reading
  TerminalConsole(const TerminalConsole&) = delete;
  TerminalConsole& operator=(const TerminalConsole&) = delete;

private:
  void run();
  core::FacilitatorPort& m_port;
  std::ostream& m_out;
  std::function<std::string()> m_figures;
  std::function<std::string(const std::string&)> m_exportTo;
  core::EventPort* m_event = nullptr;
  std::atomic<bool> m_stop{false};
  std::thread m_thread;
};

} // namespace balcony::app
