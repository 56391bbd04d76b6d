// Clarity for now from the terminal: the endeavour, items agreed for now, their status, and a
// one-line listing a script can read.
#include "clarity/clarity_terminal.hpp"

namespace balcony::app {

BoardTerminal terminalPart(std::type_identity<core::ClarityBoard>) {
  BoardTerminal t;
  t.commands.push_back(
      {"endeavour", "endeavour TEXT", [](std::istream& args, const std::string&, TerminalContext& ctx) {
         ctx.execute(core::SetEndeavour{restOfLine(args)}, [] { return "the endeavour is saved"; });
       }});
  t.commands.push_back(
      {"clear", "clear WHAT | OWNER | RESOURCES | DATE",
       [](std::istream& args, const std::string&, TerminalContext& ctx) {
         std::string rest;
         std::getline(args, rest);
         auto parts = splitBars(rest);
         parts.resize(4);
         ctx.execute(
             core::AddClarityItem{core::ClarityFields{parts[0], parts[1], parts[2], parts[3], 0},
                                  core::ClarityStatus::Agreed},
             [&] { return "item " + std::to_string(ctx.port.snapshot()->state.clarityCount) + " is agreed for now"; });
       }});
  t.commands.push_back({"items", "items", [](std::istream&, const std::string&, TerminalContext& ctx) {
                          const auto snapshot = ctx.port.snapshot();
                          ctx.out << "items:";
                          for (const auto& item : snapshot->state.clarity) {
                            ctx.out << " " << item.id << " " << core::clarityStatusName(item.status)
                                    << (item.hidden     ? " hidden"
                                        : item.approved ? ""
                                                        : " waiting")
                                    << " energy " << item.energy.size() << " " << quoted(item.fields.what) << ";";
                          }
                          ctx.out << std::endl;
                        }});
  auto change = [](std::istream& args, const std::string& word, TerminalContext& ctx) {
    int n = 0;
    if (!(args >> n)) {
      ctx.error(word + " needs an item number");
      return;
    }
    core::FacilitatorCommandBody command = core::HideClarityItem{n};
    if (word == "approveitem") {
      command = core::ApproveClarityItem{n};
    } else if (word != "hideitem") {
      const auto status = word == "agree"    ? core::ClarityStatus::Agreed
                          : word == "reopen" ? core::ClarityStatus::Reopened
                          : word == "done"   ? core::ClarityStatus::Done
                                             : core::ClarityStatus::Dropped;
      command = core::SetClarityStatus{n, status};
    }
    ctx.execute(std::move(command), [n] { return "item " + std::to_string(n) + " updated"; });
  };
  t.commands.push_back({"approveitem", "approveitem N", change});
  t.commands.push_back({"agree", "agree N", change});
  t.commands.push_back({"done", "done N", change});
  t.commands.push_back({"reopen", "reopen N", change});
  t.commands.push_back({"drop", "drop N", change});
  t.commands.push_back({"hideitem", "hideitem N", change});
  return t;
}

} // namespace balcony::app
