// Quick polls from the terminal: "poll QUESTION | OPTION | OPTION...", "pollmulti ...", "pollscale
// QUESTION", and close, reveal and status while a poll shows.
#include "poll/poll_terminal.hpp"

namespace balcony::app {

BoardTerminal terminalPart(std::type_identity<core::PollBoard>) {
  BoardTerminal t;
  auto open = [](std::istream& args, const std::string& word, TerminalContext& ctx) {
    std::string rest;
    std::getline(args, rest);
    const auto parts = splitBars(rest);
    core::OpenPoll poll;
    poll.question = parts.front();
    if (word == "pollscale") {
      poll.kind = core::PollKind::Scale;
    } else {
      poll.options.assign(parts.begin() + 1, parts.end());
      poll.multiple = word == "pollmulti";
    }
    ctx.execute(poll, [&] { return "poll " + std::to_string(ctx.port.snapshot()->state.polls.size()) + " is live"; });
  };
  t.commands.push_back({"poll", "poll QUESTION | OPTION | OPTION...", open});
  t.commands.push_back({"pollmulti", "pollmulti ...", open});
  t.commands.push_back({"pollscale", "pollscale QUESTION", open});
  t.close = [](TerminalContext& ctx) { ctx.execute(core::ClosePoll{}, [] { return "poll closed"; }); };
  t.reveal = [](TerminalContext& ctx) { ctx.execute(core::RevealPoll{}, [] { return "poll results revealed"; }); };
  t.status = [](const core::Snapshot& snapshot, std::ostream& out) {
    if (const auto* poll = snapshot.state.currentPoll()) {
      out << ", poll " << poll->number << (poll->open ? " open" : " closed") << ", " << poll->answers.size()
          << " answered";
    }
  };
  return t;
}

} // namespace balcony::app
