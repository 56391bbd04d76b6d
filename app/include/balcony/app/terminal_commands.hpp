// The headless console's commands, the part of them each board brings (modules/boards/<board>/
// <board>_terminal.cpp) and the small helpers they share. Local only: facilitator actions are never
// accepted over the network.
#pragma once

#include "balcony/core/ports.hpp"

#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <type_traits>
#include <vector>

namespace balcony::app {

struct TerminalContext {
  core::FacilitatorPort& port;
  std::ostream& out;
  core::EventPort* event = nullptr; // the link to an event of many rooms, or null

  // Runs a facilitator command and answers "ok: <done>" or "error: <why>"; `done` is worded after
  // the command ran, so it can name what was made.
  void execute(core::FacilitatorCommandBody body, const std::function<std::string()>& done);
  void error(const std::string& why) { out << "error: " << why << std::endl; }
};

struct TerminalCommand {
  std::string word;  // what starts the line ("agree")
  std::string usage; // for help: "agree N"
  // Reads the rest of the line from `args`; `word` is the one typed.
  std::function<void(std::istream& args, const std::string& word, TerminalContext&)> run;
};

// What a board adds to the terminal.
struct BoardTerminal {
  std::vector<TerminalCommand> commands;
  // "close" and "reveal" while the board is showing; empty: the board has none, and they act on the
  // belief check, as Ctrl+E and Ctrl+R do in the console.
  std::function<void(TerminalContext&)> close;
  std::function<void(TerminalContext&)> reveal;
  // The board's part of the "status" line (", round 1 open, 3 answered"); empty: nothing to add.
  std::function<void(const core::Snapshot&, std::ostream&)> status;
};

// Participant text printed on the facilitator's terminal: control characters (escape sequences
// that could fake a line or retitle the window) are shown as "?".
std::string printable(const std::string& text);
// Participant text in quotes that cannot be faked: control characters as "?", and " and \ inside
// it written \" and \\, so a script reading a line knows where each text ends.
std::string quoted(const std::string& text);
std::string trim(std::string s);
// "Question? | Option A | Option B" into its parts.
std::vector<std::string> splitBars(const std::string& text);
// The rest of the line, trimmed.
std::string restOfLine(std::istream& args);

} // namespace balcony::app
