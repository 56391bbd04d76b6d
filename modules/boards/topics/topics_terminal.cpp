// Topics and flags from the terminal: the agenda, decisions, flags and their words, and alerts.
#include "topics/topics_terminal.hpp"

#include "topics/avoidance_signals.hpp"

#include <chrono>

namespace balcony::app {

BoardTerminal terminalPart(std::type_identity<core::TopicsBoard>) {
  BoardTerminal t;
  t.commands.push_back(
      {"topic", "topic MINUTES TITLE", [](std::istream& args, const std::string&, TerminalContext& ctx) {
         int minutes = 0;
         if (!(args >> minutes)) {
           ctx.error("topic MINUTES TITLE");
           return;
         }
         ctx.execute(core::AddTopic{restOfLine(args), minutes},
                     [&] { return "topic " + std::to_string(ctx.port.snapshot()->state.topics.size()) + " added"; });
       }});
  t.commands.push_back({"start", "start N", [](std::istream& args, const std::string&, TerminalContext& ctx) {
                          int n = -1;
                          if (!(args >> n)) {
                            ctx.error("start N (0 for a break)");
                            return;
                          }
                          ctx.execute(core::StartTopic{n}, [n] {
                            return n == 0 ? std::string("no topic is current")
                                          : "topic " + std::to_string(n) + " is current";
                          });
                        }});
  t.commands.push_back({"decide", "decide N TEXT", [](std::istream& args, const std::string&, TerminalContext& ctx) {
                          int n = 0;
                          if (!(args >> n)) {
                            ctx.error("decide N TEXT");
                            return;
                          }
                          ctx.execute(core::RecordDecision{n, restOfLine(args)}, [] { return "decision recorded"; });
                        }});
  t.commands.push_back({"flags", "flags", [](std::istream&, const std::string&, TerminalContext& ctx) {
                          const auto snapshot = ctx.port.snapshot();
                          ctx.out << "flags:";
                          for (const auto& f : snapshot->state.flags) {
                            ctx.out << " " << f.id << " " << core::flagKindName(f.kind);
                            if (!f.words.empty()) {
                              ctx.out << (f.wordsApproved ? " approved" : " waiting") << " " << quoted(f.words);
                            }
                            ctx.out << ";";
                          }
                          ctx.out << std::endl;
                        }});
  t.commands.push_back(
      {"approveflag", "approveflag N", [](std::istream& args, const std::string&, TerminalContext& ctx) {
         int n = 0;
         args >> n;
         ctx.execute(core::ApproveFlagWords{n}, [] { return "the flag's words can be shown"; });
       }});
  t.commands.push_back({"alerts", "alerts", [](std::istream&, const std::string&, TerminalContext& ctx) {
                          const auto snapshot = ctx.port.snapshot();
                          const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                                               std::chrono::system_clock::now().time_since_epoch())
                                               .count();
                          ctx.out << "alerts:";
                          for (const auto& s : core::signalsAt(snapshot->state, now, snapshot->present)) {
                            ctx.out << " " << s.key << (s.resolved ? " (resolved)" : "") << " " << quoted(s.message)
                                    << ";";
                          }
                          ctx.out << std::endl;
                        }});
  auto resolve = [](std::istream& args, const std::string& word, TerminalContext& ctx) {
    std::string key;
    args >> key;
    const bool ack = word == "ack";
    ctx.execute(core::ResolveAlert{key, ack}, [ack] { return ack ? "alert acknowledged" : "alert dismissed"; });
  };
  t.commands.push_back({"ack", "ack KEY", resolve});
  t.commands.push_back({"dismiss", "dismiss KEY", resolve});
  return t;
}

} // namespace balcony::app
