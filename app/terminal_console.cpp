// Reads standard input with a timeout so shutdown never waits on a blocked read; end of input just
// stops the reader (CI runs with no standard input), it does not stop Balcony.
#include "terminal_console.hpp"

#include "topics/avoidance_signals.hpp"
#include "balcony/platform/standard_input.hpp"

#include <chrono>
#include <future>
#include <ostream>
#include <sstream>
#include <vector>

namespace balcony::app {
namespace {

core::CommandResult execute(core::FacilitatorPort& port, core::FacilitatorCommandBody body) {
  auto promise = std::make_shared<std::promise<core::CommandResult>>();
  auto future = promise->get_future();
  port.submit({0, std::move(body)}, [promise](const core::CommandResult& r) { promise->set_value(r); });
  return future.get();
}

// Participant text printed on the facilitator's terminal: control characters (escape sequences
// that could fake a line or retitle the window) are shown as "?".
std::string printable(const std::string& text) {
  std::string out = text;
  for (auto& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
  }
  return out;
}

std::string trim(std::string s) {
  const auto a = s.find_first_not_of(" \t\r");
  const auto b = s.find_last_not_of(" \t\r");
  return a == std::string::npos ? std::string{} : s.substr(a, b - a + 1);
}

// "Question? | Option A | Option B" into its parts.
std::vector<std::string> splitBars(const std::string& text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    const auto bar = text.find('|', start);
    parts.push_back(trim(text.substr(start, bar == std::string::npos ? std::string::npos : bar - start)));
    if (bar == std::string::npos) {
      return parts;
    }
    start = bar + 1;
  }
}

} // namespace

bool runTerminalCommand(const std::string& line, core::FacilitatorPort& port, std::ostream& out) {
  std::istringstream in(line);
  std::string word;
  in >> word;
  if (word.empty()) {
    return true;
  }
  core::CommandResult result;
  std::string done;
  if (word == "open") {
    std::string scale;
    in >> scale;
    core::OpenRound open;
    open.statements = port.snapshot()->state.nextStatements; // the wording set up for this session
    if (scale == "0-10") {
      open.scaleMin = 0;
      open.scaleMax = 10;
    } else if (!scale.empty() && scale != "1-5") {
      out << "error: the scale is 1-5 or 0-10" << std::endl;
      return true;
    }
    result = execute(port, open);
    done = "belief check round " + std::to_string(port.snapshot()->state.rounds.size()) + " is open";
  } else if (word == "poll" || word == "pollmulti" || word == "pollscale") {
    std::string rest;
    std::getline(in, rest);
    const auto parts = splitBars(rest);
    core::OpenPoll poll;
    poll.question = parts.front();
    if (word == "pollscale") {
      poll.kind = core::PollKind::Scale;
    } else {
      poll.options.assign(parts.begin() + 1, parts.end());
      poll.multiple = word == "pollmulti";
    }
    result = execute(port, poll);
    done = "poll " + std::to_string(port.snapshot()->state.polls.size()) + " is live";
  } else if (word == "show") {
    std::string board;
    in >> board;
    const auto which = core::boardFromName(board);
    if (!which) {
      out << "error: show belief, show poll or show difference" << std::endl;
      return true;
    }
    result = execute(port, core::ShowBoard{*which});
    done = "the " + board + " board is showing";
  } else if (word == "prompt") {
    std::string kind;
    in >> kind;
    std::string text;
    std::getline(in, text);
    result = execute(port, core::AddPrompt{trim(text), kind, 1, 5, true});
    done = "prompt " + std::to_string(port.snapshot()->state.prompts.size()) + " added";
  } else if (word == "showprompt" || word == "approve" || word == "hidestatement" || word == "hidenote") {
    int n = 0;
    if (!(in >> n)) {
      out << "error: " << word << " needs a number" << std::endl;
      return true;
    }
    if (word == "showprompt") {
      result = execute(port, core::ShowPrompt{n});
      done = "prompt " + std::to_string(n) + " is showing";
    } else if (word == "approve") {
      result = execute(port, core::ApproveStatement{n});
      done = "statement " + std::to_string(n) + " approved";
    } else if (word == "hidestatement") {
      result = execute(port, core::HideStatement{n});
      done = "statement " + std::to_string(n) + " hidden";
    } else {
      result = execute(port, core::HideNote{n});
      done = "note " + std::to_string(n) + " hidden";
    }
  } else if (word == "threshold") {
    int n = 0;
    if (!(in >> n)) {
      out << "error: threshold needs a number" << std::endl;
      return true;
    }
    result = execute(port, core::SetPrivacyThreshold{n});
    done = "groups need " + std::to_string(n) + " answers to be shown on their own";
  } else if (word == "close" || word == "reveal") {
    // Like Ctrl+E and Ctrl+R in the console: they act on the board that is showing.
    const bool poll = port.snapshot()->state.board == core::Board::Poll;
    if (word == "close") {
      result = poll ? execute(port, core::ClosePoll{}) : execute(port, core::CloseRound{});
      done = poll ? "poll closed" : "belief check closed";
    } else {
      result = poll ? execute(port, core::RevealPoll{}) : execute(port, core::RevealResults{});
      done = poll ? "poll results revealed" : "results revealed";
    }
  } else if (word == "status") {
    const auto snapshot = port.snapshot();
    const auto* round = snapshot->state.currentRound();
    out << "status: " << snapshot->present << " present, " << snapshot->state.participants.size() << " joined";
    if (round != nullptr) {
      out << ", round " << round->number << (round->open ? " open" : " closed") << ", " << round->answers.size()
          << " answered";
    }
    if (!snapshot->state.statements.empty()) {
      int pending = 0;
      for (const auto& st : snapshot->state.statements) {
        pending += st.status == core::StatementStatus::Pending ? 1 : 0;
      }
      out << ", " << snapshot->state.statements.size() << " statements (" << pending << " waiting)";
    }
    if (const auto* poll = snapshot->state.currentPoll()) {
      out << ", poll " << poll->number << (poll->open ? " open" : " closed") << ", " << poll->answers.size()
          << " answered";
    }
    out << std::endl;
    return true;
  } else if (word == "topic") {
    int minutes = 0;
    if (!(in >> minutes)) {
      out << "error: topic MINUTES TITLE" << std::endl;
      return true;
    }
    std::string title;
    std::getline(in, title);
    result = execute(port, core::AddTopic{trim(title), minutes});
    done = "topic " + std::to_string(port.snapshot()->state.topics.size()) + " added";
  } else if (word == "start") {
    int n = -1;
    if (!(in >> n)) {
      out << "error: start N (0 for a break)" << std::endl;
      return true;
    }
    result = execute(port, core::StartTopic{n});
    done = n == 0 ? "no topic is current" : "topic " + std::to_string(n) + " is current";
  } else if (word == "decide") {
    int n = 0;
    if (!(in >> n)) {
      out << "error: decide N TEXT" << std::endl;
      return true;
    }
    std::string text;
    std::getline(in, text);
    result = execute(port, core::RecordDecision{n, trim(text)});
    done = "decision recorded";
  } else if (word == "approveflag") {
    int n = 0;
    in >> n;
    result = execute(port, core::ApproveFlagWords{n});
    done = "the flag's words can be shown";
  } else if (word == "alerts") {
    const auto snapshot = port.snapshot();
    const auto now =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    out << "alerts:";
    for (const auto& s : core::signalsAt(snapshot->state, now, snapshot->present)) {
      out << " " << s.key << (s.resolved ? " (resolved)" : "") << " \"" << s.message << "\";";
    }
    out << std::endl;
    return true;
  } else if (word == "ack" || word == "dismiss") {
    std::string key;
    in >> key;
    result = execute(port, core::ResolveAlert{key, word == "ack"});
    done = word == "ack" ? "alert acknowledged" : "alert dismissed";
  } else if (word == "flags") {
    const auto snapshot = port.snapshot();
    out << "flags:";
    for (const auto& f : snapshot->state.flags) {
      out << " " << f.id << " " << core::flagKindName(f.kind);
      if (!f.words.empty()) out << (f.wordsApproved ? " approved" : " waiting") << " \"" << printable(f.words) << "\"";
      out << ";";
    }
    out << std::endl;
    return true;
  } else if (word == "endeavour") {
    std::string text;
    std::getline(in, text);
    result = execute(port, core::SetEndeavour{trim(text)});
    done = "the endeavour is saved";
  } else if (word == "clear") {
    // clear WHAT | OWNER | RESOURCES | YYYY-MM-DD  (agreed for now)
    std::string rest;
    std::getline(in, rest);
    auto parts = splitBars(rest);
    parts.resize(4);
    result = execute(port, core::AddClarityItem{core::ClarityFields{parts[0], parts[1], parts[2], parts[3], 0},
                                                core::ClarityStatus::Agreed});
    done = "item " + std::to_string(port.snapshot()->state.clarityCount) + " is agreed for now";
  } else if (word == "approveitem" || word == "agree" || word == "reopen" || word == "done" || word == "drop" ||
             word == "hideitem") {
    int n = 0;
    if (!(in >> n)) {
      out << "error: " << word << " needs an item number" << std::endl;
      return true;
    }
    if (word == "approveitem") {
      result = execute(port, core::ApproveClarityItem{n});
    } else if (word == "hideitem") {
      result = execute(port, core::HideClarityItem{n});
    } else {
      const auto status = word == "agree"    ? core::ClarityStatus::Agreed
                          : word == "reopen" ? core::ClarityStatus::Reopened
                          : word == "done"   ? core::ClarityStatus::Done
                                             : core::ClarityStatus::Dropped;
      result = execute(port, core::SetClarityStatus{n, status});
    }
    done = "item " + std::to_string(n) + " updated";
  } else if (word == "items") {
    const auto snapshot = port.snapshot();
    out << "items:";
    for (const auto& item : snapshot->state.clarity) {
      out << " " << item.id << " " << core::clarityStatusName(item.status)
          << (item.hidden     ? " hidden"
              : item.approved ? ""
                              : " waiting")
          << " energy " << item.energy.size() << " \"" << printable(item.fields.what) << "\";";
    }
    out << std::endl;
    return true;
  } else if (word == "notes") {
    // One line, so a script can read it: "notes: 3 \"text\"; 4 \"text\"".
    const auto snapshot = port.snapshot();
    const auto* prompt = snapshot->state.findPrompt(snapshot->state.currentPrompt);
    out << "notes:";
    if (prompt != nullptr) {
      for (const auto& note : prompt->notesGiven) {
        if (!note.replaced) {
          out << " " << note.id << (note.hidden ? " (hidden)" : "") << " \"" << printable(note.text) << "\";";
        }
      }
    }
    out << std::endl;
    return true;
  } else if (word == "statements") {
    const auto snapshot = port.snapshot();
    out << "statements:";
    for (const auto& st : snapshot->state.statements) {
      const char* status = st.status == core::StatementStatus::Pending    ? "waiting"
                           : st.status == core::StatementStatus::Approved ? "approved"
                                                                          : "hidden";
      out << " " << st.id << " " << status << " \"" << printable(st.text) << "\";";
    }
    out << std::endl;
    return true;
  } else if (word == "help") {
    out << "commands: open [1-5|0-10], poll QUESTION | OPTION | OPTION..., pollmulti ..., pollscale QUESTION, "
           "show belief|poll|difference, prompt case|statement|risk TEXT, showprompt N, approve N, "
           "hidestatement N, hidenote N, notes, statements, topic MINUTES TITLE, start N, decide N TEXT, flags, "
           "approveflag N, alerts, ack KEY, dismiss KEY, endeavour TEXT, clear WHAT | OWNER | RESOURCES | DATE, items, "
           "approveitem N, agree N, done N, reopen N, drop N, hideitem N, close, reveal, threshold N, status, stats, help"
        << std::endl;
    return true;
  } else {
    out << "error: unknown command '" << word << "' (type help)" << std::endl;
    return false;
  }
  if (result.error) {
    out << "error: " << result.error->message << std::endl;
  } else {
    out << "ok: " << done << std::endl;
  }
  return true;
}

TerminalConsole::TerminalConsole(core::FacilitatorPort& port, std::ostream& out, std::function<std::string()> figures)
    : m_port(port), m_out(out), m_figures(std::move(figures)), m_thread([this] { run(); }) {}

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
      } else {
        runTerminalCommand(line, m_port, m_out);
      }
      pending.erase(0, eol + 1);
    }
    if (pending.size() > 4096) {
      pending.clear();
    }
  }
}

} // namespace balcony::app
