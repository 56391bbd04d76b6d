// Difference surfacing from the terminal: the prompt deck, moderating statements and notes, and
// one-line listings a script can read.
#include "difference/difference_terminal.hpp"

namespace balcony::app {

BoardTerminal terminalPart(std::type_identity<core::DifferenceBoard>) {
  BoardTerminal t;
  t.commands.push_back(
      {"prompt", "prompt case|statement|risk TEXT", [](std::istream& args, const std::string&, TerminalContext& ctx) {
         std::string kind;
         args >> kind;
         ctx.execute(core::AddPrompt{restOfLine(args), kind, 1, 5, true},
                     [&] { return "prompt " + std::to_string(ctx.port.snapshot()->state.prompts.size()) + " added"; });
       }});
  auto number = [](const std::string& word, std::istream& args, TerminalContext& ctx, int& n) {
    if (args >> n) return true;
    ctx.error(word + " needs a number");
    return false;
  };
  t.commands.push_back(
      {"showprompt", "showprompt N", [number](std::istream& args, const std::string& w, TerminalContext& ctx) {
         int n = 0;
         if (!number(w, args, ctx, n)) return;
         ctx.execute(core::ShowPrompt{n}, [n] { return "prompt " + std::to_string(n) + " is showing"; });
       }});
  t.commands.push_back(
      {"approve", "approve N", [number](std::istream& args, const std::string& w, TerminalContext& ctx) {
         int n = 0;
         if (!number(w, args, ctx, n)) return;
         ctx.execute(core::ApproveStatement{n}, [n] { return "statement " + std::to_string(n) + " approved"; });
       }});
  t.commands.push_back(
      {"hidestatement", "hidestatement N", [number](std::istream& args, const std::string& w, TerminalContext& ctx) {
         int n = 0;
         if (!number(w, args, ctx, n)) return;
         ctx.execute(core::HideStatement{n}, [n] { return "statement " + std::to_string(n) + " hidden"; });
       }});
  t.commands.push_back(
      {"hidenote", "hidenote N", [number](std::istream& args, const std::string& w, TerminalContext& ctx) {
         int n = 0;
         if (!number(w, args, ctx, n)) return;
         ctx.execute(core::HideNote{n}, [n] { return "note " + std::to_string(n) + " hidden"; });
       }});
  t.commands.push_back(
      {"approvenote", "approvenote N", [number](std::istream& args, const std::string& w, TerminalContext& ctx) {
         int n = 0;
         if (!number(w, args, ctx, n)) return;
         ctx.execute(core::ApproveNote{n}, [n] { return "note " + std::to_string(n) + " approved"; });
       }});
  // One line each, so a script can read them: "notes: 3 \"text\"; 4 \"text\"".
  t.commands.push_back({"notes", "notes", [](std::istream&, const std::string&, TerminalContext& ctx) {
                          const auto snapshot = ctx.port.snapshot();
                          const auto* prompt = snapshot->state.findPrompt(snapshot->state.currentPrompt);
                          ctx.out << "notes:";
                          if (prompt != nullptr) {
                            for (const auto& note : prompt->notesGiven) {
                              ctx.out << " " << note.id << (note.hidden ? " (hidden)" : "") << " " << quoted(note.text)
                                      << ";";
                            }
                          }
                          ctx.out << std::endl;
                        }});
  t.commands.push_back({"statements", "statements", [](std::istream&, const std::string&, TerminalContext& ctx) {
                          const auto snapshot = ctx.port.snapshot();
                          ctx.out << "statements:";
                          for (const auto& st : snapshot->state.statements) {
                            const char* status = st.status == core::StatementStatus::Pending    ? "waiting"
                                                 : st.status == core::StatementStatus::Approved ? "approved"
                                                                                                : "hidden";
                            ctx.out << " " << st.id << " " << status << " " << quoted(st.text) << ";";
                          }
                          ctx.out << std::endl;
                        }});
  t.status = [](const core::Snapshot& snapshot, std::ostream& out) {
    const auto& statements = snapshot.state.statements;
    if (statements.empty()) return;
    int pending = 0;
    for (const auto& st : statements) {
      pending += st.status == core::StatementStatus::Pending ? 1 : 0;
    }
    out << ", " << statements.size() << " statements (" << pending << " waiting)";
  };
  return t;
}

} // namespace balcony::app
