// The view from the balcony from the terminal: the patterns, one a line, and one command to turn
// a pattern into a topic or a proposed clarity item.
#include "balcony/balcony_terminal.hpp"

#include <chrono>

namespace balcony::app {
namespace {

std::vector<core::Pattern> patternsNow(const core::Snapshot& snapshot) {
  const auto now =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
          .count();
  return core::balconyPatterns(snapshot.state, snapshot.history.get(), now);
}

} // namespace

BoardTerminal terminalPart(std::type_identity<core::BalconyBoard>) {
  BoardTerminal t;
  t.commands.push_back({"patterns", "patterns", [](std::istream&, const std::string&, TerminalContext& ctx) {
                          const auto patterns = patternsNow(*ctx.port.snapshot());
                          if (patterns.empty()) {
                            ctx.out << "patterns: none stand out yet" << std::endl;
                            return;
                          }
                          ctx.out << "patterns:";
                          for (std::size_t i = 0; i < patterns.size(); ++i) {
                            ctx.out << " " << i + 1 << " " << quoted(patterns[i].sentence) << ";";
                          }
                          ctx.out << std::endl;
                        }});
  auto make = [](std::istream& args, const std::string& word, TerminalContext& ctx) {
    std::size_t n = 0;
    const auto patterns = patternsNow(*ctx.port.snapshot());
    if (!(args >> n) || n < 1 || n > patterns.size()) {
      ctx.error(word + " N: N is a pattern's number from 'patterns'");
      return;
    }
    const auto& p = patterns[n - 1];
    if (word == "patterntopic") {
      if (p.topic.empty()) {
        ctx.error("that pattern has no topic to make (try patternclarity)");
        return;
      }
      ctx.execute(core::AddTopic{p.topic, 15}, [&] { return "topic added: " + p.topic; });
    } else {
      if (p.clarity.empty()) {
        ctx.error("that pattern has nothing to propose for clarity (try patterntopic)");
        return;
      }
      ctx.execute(core::AddClarityItem{core::ClarityFields{p.clarity, "", "", "", 0}, core::ClarityStatus::Proposed},
                  [&] { return "proposed for clarity: " + p.clarity; });
    }
  };
  t.commands.push_back({"patterntopic", "patterntopic N", make});
  t.commands.push_back({"patternclarity", "patternclarity N", make});
  return t;
}

} // namespace balcony::app
