// The headless console: each line goes to a board's command (from the registry) or to one of the
// session's own (show, threshold, close, reveal, status, help). Reads standard input with a timeout
// so shutdown never waits on a blocked read; end of input just stops the reader (CI runs with no
// standard input), it does not stop Balcony.
#include "terminal_console.hpp"

#include "balcony/app/terminal_commands.hpp"
#include "balcony/platform/standard_input.hpp"
#include "balcony_board_parts.hpp"
#include "templates.hpp"

#include "balcony/core/plan.hpp"
#include "balcony/core/session_template.hpp"
#include "balcony/platform/utf8.hpp"

#include <future>
#include <memory>
#include <ostream>
#include <sstream>
#include <vector>

namespace balcony::app {
namespace {

// Every board's commands, from the registry, and the session's own around them.
struct Commands {
  std::vector<BoardTerminal> boards; // in the order of the Board enum
  std::string boardNames;            // "belief|poll|..."
  std::string help;

  Commands() {
    core::forEachType(core::Boards{}, [&](auto board) { boards.push_back(terminalPart(board)); });
    core::forEachType(core::Boards{}, [&](auto board) {
      boardNames += (boardNames.empty() ? "" : "|") + std::string(core::boardName(decltype(board)::type::kBoard));
    });
    std::vector<std::string> usages;
    for (std::size_t i = 0; i < boards.size(); ++i) {
      for (const auto& c : boards[i].commands)
        usages.push_back(c.usage);
      if (i == 1) usages.push_back("show " + boardNames); // after the belief check and the poll, as always listed
    }
    for (const char* own : {"close", "reveal", "next", "prev", "plan", "savetemplate FILE", "threshold N",
                            "letin ADDRESS", "keepout ADDRESS", "status", "stats", "export [FOLDER]", "help"}) {
      usages.push_back(own);
    }
    help = "commands: ";
    for (std::size_t i = 0; i < usages.size(); ++i)
      help += (i == 0 ? "" : ", ") + usages[i];
  }

  const TerminalCommand* find(const std::string& word) const {
    for (const auto& board : boards) {
      for (const auto& c : board.commands) {
        if (c.word == word) return &c;
      }
    }
    return nullptr;
  }
};

const Commands& commands() {
  static const Commands all;
  return all;
}

} // namespace

bool runTerminalCommand(const std::string& line, core::FacilitatorPort& port, std::ostream& out,
                        core::EventPort* event) {
  std::istringstream in(line);
  std::string word;
  in >> word;
  if (word.empty()) {
    return true;
  }
  TerminalContext ctx{port, out, event};
  const auto& all = commands();
  if (const auto* command = all.find(word)) {
    command->run(in, word, ctx);
  } else if (word == "show") {
    std::string board;
    in >> board;
    const auto which = core::boardFromName(board);
    if (!which) {
      ctx.error("show " + all.boardNames);
      return true;
    }
    ctx.execute(core::ShowBoard{*which}, [&] { return "the " + board + " board is showing"; });
  } else if (word == "threshold") {
    int n = 0;
    if (!(in >> n)) {
      ctx.error("threshold needs a number");
      return true;
    }
    ctx.execute(core::SetPrivacyThreshold{n},
                [n] { return "groups need " + std::to_string(n) + " answers to be shown on their own"; });
  } else if (word == "letin" || word == "keepout") {
    // New participants waiting from one network address (the warning names it): all let in, or kept out.
    std::string address;
    if (!(in >> address)) {
      ctx.error(word + " ADDRESS (the address the warning names)");
      return true;
    }
    const bool admit = word == "letin";
    ctx.execute(core::DecideNewcomers{address, admit}, [address, admit] {
      return "new participants from " + address + (admit ? " are let in" : " are kept out");
    });
  } else if (word == "close" || word == "reveal") {
    // Like Ctrl+E and Ctrl+R in the console: they act on the board that is showing, or else on the
    // first board of the registry that has rounds to close and reveal (the belief check).
    auto actOf = [&](const BoardTerminal& b) -> const std::function<void(TerminalContext&)>& {
      return word == "close" ? b.close : b.reveal;
    };
    const auto* act = &actOf(all.boards.at(static_cast<std::size_t>(port.snapshot()->state.board)));
    for (std::size_t i = 0; !*act && i < all.boards.size(); ++i)
      act = &actOf(all.boards[i]);
    if (*act) (*act)(ctx);
  } else if (word == "next" || word == "prev") {
    // As Page Down and Page Up in the console: the step's next phase, else the next step.
    const auto state = port.snapshot();
    auto action = word == "next" ? core::goOn(state->state) : core::goBack(state->state);
    if (action.commands.empty()) {
      ctx.error(action.label);
      return true;
    }
    for (std::size_t i = 0; i < action.commands.size(); ++i) {
      auto result = std::make_shared<std::promise<core::CommandResult>>();
      auto done = result->get_future();
      port.submit({0, std::move(action.commands[i])}, [result](const core::CommandResult& r) { result->set_value(r); });
      if (const auto r = done.get(); r.error) {
        ctx.error(r.error->message);
        return true;
      }
    }
    const auto after = port.snapshot();
    out << "ok: " << action.label << " (step " << after->state.planPosition << " of " << after->state.plan.size() << ")"
        << std::endl;
  } else if (word == "plan") {
    const auto snapshot = port.snapshot();
    const auto& state = snapshot->state;
    if (state.plan.empty()) {
      out << "plan: no steps (build one in the console's Plan tab, or start with --template FILE)" << std::endl;
      return true;
    }
    // One line, like every answer here, so a script reads it as one.
    out << "plan:";
    for (std::size_t i = 0; i < state.plan.size(); ++i) {
      const int position = static_cast<int>(i) + 1;
      out << (i == 0 ? " " : " | ") << position << ". " << printable(core::stepSummary(state.plan[i]))
          << (position == state.planPosition ? " (now)" : "");
    }
    out << " | next: " << printable(core::goOn(state).label) << std::endl;
  } else if (word == "savetemplate") {
    const auto file = restOfLine(in);
    if (file.empty()) {
      ctx.error("savetemplate FILE.json");
      return true;
    }
    const auto problem = saveTemplateFile(platform::pathFromUtf8(file), core::templateOf(port.snapshot()->state));
    if (problem.empty()) {
      out << "ok: saved the plan, groups, belief statements and endeavour to " << printable(file)
          << " (start with --template and this file)" << std::endl;
    } else {
      ctx.error(problem);
    }
  } else if (word == "status") {
    const auto snapshot = port.snapshot();
    out << "status: " << snapshot->present << " present, " << snapshot->state.participants.size() << " joined";
    for (const auto& notice : snapshot->networkNotices) {
      if (!notice.waitingFrom.empty())
        out << ", " << notice.waiting << " waiting to join from " << notice.waitingFrom << " (letin or keepout)";
    }
    for (const auto& board : all.boards) {
      if (board.status) board.status(*snapshot, out);
    }
    out << std::endl;
  } else if (word == "help") {
    out << all.help << std::endl;
  } else {
    out << "error: unknown command '" << word << "' (type help)" << std::endl;
    return false;
  }
  return true;
}

TerminalConsole::TerminalConsole(core::FacilitatorPort& port, std::ostream& out, std::function<std::string()> figures,
                                 std::function<std::string(const std::string&)> exportTo, core::EventPort* event)
    : m_port(port), m_out(out), m_figures(std::move(figures)), m_exportTo(std::move(exportTo)), m_event(event),
      m_thread([this] { run(); }) {}

TerminalConsole::~TerminalConsole() {
  m_stop = true;
  m_thread.join();
}

void TerminalConsole::run() {
  std::string pending;
  platform::StandardInput input;
  while (!m_stop) {
    const auto typed = input.read(200);
    if (!typed) {
      return; // end of input: nothing more will be typed
    }
    pending += *typed;
    std::size_t eol;
    while ((eol = pending.find('\n')) != std::string::npos) {
      const auto line = trim(pending.substr(0, eol));
      if (line == "stats" && m_figures) {
        m_out << m_figures() << std::endl;
      } else if ((line == "export" || line.starts_with("export ")) && m_exportTo) {
        // Read beside the meeting (a read-only connection): phones go on answering meanwhile.
        const auto message = m_exportTo(trim(line.substr(6)));
        m_out << (message.starts_with("Exported") ? "ok: " : "error: ") << message << std::endl;
      } else {
        runTerminalCommand(line, m_port, m_out, m_event);
      }
      pending.erase(0, eol + 1);
    }
    if (pending.size() > 4096) {
      pending.clear();
    }
  }
}

} // namespace balcony::app
