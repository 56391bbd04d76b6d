// What a step does when the room comes to it, and what the next press of "go on" will do: the
// console shows the label before the key is pressed, and sends the commands when it is.
#include "balcony/core/plan.hpp"

#include <algorithm>

namespace balcony::core {
namespace {

std::string shortened(const std::string& text, std::size_t most) {
  if (text.size() <= most) return text;
  std::size_t cut = text.rfind(' ', most);
  if (cut == std::string::npos || cut < most / 2) {
    cut = most;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0u) == 0x80u)
      --cut; // whole characters
  }
  return text.substr(0, cut) + "\xE2\x80\xA6";
}

const PlanStep* currentStep(const SessionState& state) {
  if (state.planPosition < 1 || state.planPosition > static_cast<int>(state.plan.size())) return nullptr;
  return &state.plan[static_cast<std::size_t>(state.planPosition - 1)];
}

int promptNumber(const SessionState& state, const std::string& text) {
  for (const auto& p : state.prompts) {
    if (p.text == text) return p.number;
  }
  return 0;
}

int topicNumber(const SessionState& state, const std::string& title) {
  for (const auto& t : state.topics) {
    if (t.title == title) return t.number;
  }
  return 0;
}

} // namespace

std::string stepSummary(const PlanStep& step) {
  switch (step.kind) {
  case StepKind::Belief:
    return "Belief check (" + std::to_string(step.scaleMin) + "\xE2\x80\x93" + std::to_string(step.scaleMax) + ")";
  case StepKind::Poll: return "Quick poll: " + shortened(step.text, 60);
  case StepKind::Prompt: return "Prompt: " + shortened(step.text, 60);
  case StepKind::Topic: return "Topic: " + shortened(step.text, 50) + " (" + std::to_string(step.minutes) + " min)";
  case StepKind::Board:
    return step.board == Board::Clarity ? "The clarity board"
                                        : std::string("Show the board: ") + std::string(boardName(step.board));
  case StepKind::Break:
    return "Break, " + std::to_string(step.minutes) + " min" +
           (step.text.empty() ? "" : ": " + shortened(step.text, 40));
  }
  return "Step";
}

Board stepBoard(const PlanStep& step) {
  switch (step.kind) {
  case StepKind::Belief: return Board::Belief;
  case StepKind::Poll: return Board::Poll;
  case StepKind::Prompt: return Board::Difference;
  case StepKind::Topic: return Board::Topics;
  case StepKind::Board: return step.board;
  case StepKind::Break: return Board::Topics;
  }
  return Board::Belief;
}

std::vector<FacilitatorCommandBody> stepCommands(const SessionState& state, int position) {
  std::vector<FacilitatorCommandBody> out;
  if (position < 1 || position > static_cast<int>(state.plan.size())) return out;
  const auto& step = state.plan[static_cast<std::size_t>(position - 1)];
  switch (step.kind) {
  case StepKind::Belief: out.emplace_back(OpenRound{step.statements, step.scaleMin, step.scaleMax, false}); break;
  case StepKind::Poll: {
    OpenPoll poll;
    poll.question = step.text;
    poll.options = step.options;
    poll.kind = step.options.empty() ? PollKind::Scale : PollKind::Options;
    poll.scaleMin = step.scaleMin;
    poll.scaleMax = step.scaleMax;
    out.emplace_back(std::move(poll));
    break;
  }
  case StepKind::Prompt: {
    // The deck keeps one copy of a prompt: a step already run (or typed in the Difference tab) is
    // shown again, not added twice.
    int number = promptNumber(state, step.text);
    if (number == 0) {
      out.emplace_back(AddPrompt{step.text, step.promptKind, 1, 5, true});
      number = static_cast<int>(state.prompts.size()) + 1;
    }
    out.emplace_back(ShowPrompt{number});
    break;
  }
  case StepKind::Topic: {
    int number = topicNumber(state, step.text);
    if (number == 0) {
      out.emplace_back(AddTopic{step.text, step.minutes});
      number = static_cast<int>(state.topics.size()) + 1;
    }
    out.emplace_back(StartTopic{number});
    out.emplace_back(ShowBoard{Board::Topics});
    break;
  }
  case StepKind::Board: out.emplace_back(ShowBoard{step.board}); break;
  case StepKind::Break:
    if (state.currentTopic != 0) out.emplace_back(StartTopic{0}); // the clock stops for the break
    break;
  }
  out.emplace_back(ReachPlanStep{position});
  return out;
}

PlanAction goOn(const SessionState& state) {
  if (state.plan.empty()) return {"No plan yet: add steps in the Plan tab", {}};
  if (const auto* step = currentStep(state)) {
    if (step->kind == StepKind::Belief && state.board == Board::Belief) {
      if (const auto* round = state.currentRound(); round != nullptr && round->open) {
        if (!round->revealed) return {"Reveal the results", {RevealResults{}}};
        return {"Close the belief check", {CloseRound{}}};
      }
    }
    if (step->kind == StepKind::Poll && state.board == Board::Poll) {
      if (const auto* poll = state.currentPoll(); poll != nullptr && poll->open) {
        if (!poll->revealed) return {"Reveal the results", {RevealPoll{}}};
        return {"Close the poll", {ClosePoll{}}};
      }
    }
  }
  const int next = state.planPosition + 1;
  if (next > static_cast<int>(state.plan.size())) return {"End of the plan", {}};
  const auto& step = state.plan[static_cast<std::size_t>(next - 1)];
  return {(state.planPosition == 0 ? "Start: " : "Next: ") + stepSummary(step), stepCommands(state, next)};
}

PlanAction goBack(const SessionState& state) {
  const int previous = state.planPosition - 1;
  if (previous < 1) return {"At the first step", {}};
  const auto& step = state.plan[static_cast<std::size_t>(previous - 1)];
  std::vector<FacilitatorCommandBody> commands;
  if (step.kind == StepKind::Prompt) {
    if (const int number = promptNumber(state, step.text); number != 0) commands.emplace_back(ShowPrompt{number});
  }
  commands.emplace_back(ShowBoard{stepBoard(step)});
  commands.emplace_back(ReachPlanStep{previous});
  return {"Back: " + stepSummary(step), std::move(commands)};
}

} // namespace balcony::core
