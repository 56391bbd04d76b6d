// The belief check from the terminal: "open [1-5|0-10]", and close, reveal and status for rounds.
#include "belief/belief_terminal.hpp"

namespace balcony::app {

BoardTerminal terminalPart(std::type_identity<core::BeliefBoard>) {
  BoardTerminal t;
  t.commands.push_back({"open", "open [1-5|0-10]", [](std::istream& args, const std::string&, TerminalContext& ctx) {
                          std::string scale;
                          args >> scale;
                          core::OpenRound open;
                          open.statements = ctx.port.snapshot()->state.nextStatements; // this session's wording
                          if (scale == "0-10") {
                            open.scaleMin = 0;
                            open.scaleMax = 10;
                          } else if (!scale.empty() && scale != "1-5") {
                            ctx.error("the scale is 1-5 or 0-10");
                            return;
                          }
                          ctx.execute(open, [&] {
                            return "belief check round " + std::to_string(ctx.port.snapshot()->state.rounds.size()) +
                                   " is open";
                          });
                        }});
  t.close = [](TerminalContext& ctx) { ctx.execute(core::CloseRound{}, [] { return "belief check closed"; }); };
  t.reveal = [](TerminalContext& ctx) { ctx.execute(core::RevealResults{}, [] { return "results revealed"; }); };
  t.status = [](const core::Snapshot& snapshot, std::ostream& out) {
    if (const auto* round = snapshot.state.currentRound()) {
      out << ", round " << round->number << (round->open ? " open" : " closed") << ", " << round->answers.size()
          << " answered";
    }
  };
  return t;
}

} // namespace balcony::app
