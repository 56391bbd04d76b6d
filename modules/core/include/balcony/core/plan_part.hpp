// The session plan: the meeting prepared in advance as an ordered list of steps, each one thing the
// room does (a belief check round, a quick poll, a prompt, a topic, a board, a break), with a private
// note for the facilitator. Laid out like a board (events, commands, state) and listed in the
// registry after the session's own part; what going to a step does is in plan.hpp.
#pragma once

#include "balcony/core/type_list.hpp"
#include "balcony/core/types.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace balcony::core {

struct SessionState;
struct Decision;

enum class StepKind { Belief, Poll, Prompt, Topic, Board, Break };

constexpr std::string_view stepKindName(StepKind k) {
  switch (k) {
  case StepKind::Belief: return "belief";
  case StepKind::Poll: return "poll";
  case StepKind::Prompt: return "prompt";
  case StepKind::Topic: return "topic";
  case StepKind::Board: return "board";
  case StepKind::Break: return "break";
  }
  return "belief";
}
constexpr std::optional<StepKind> stepKindFromName(std::string_view name) {
  for (auto k :
       {StepKind::Belief, StepKind::Poll, StepKind::Prompt, StepKind::Topic, StepKind::Board, StepKind::Break}) {
    if (stepKindName(k) == name) return k;
  }
  return std::nullopt;
}

inline constexpr std::size_t kMaxPlanSteps = 100;
inline constexpr std::size_t kMaxStepNoteLength = 1000;

// One step. Which fields count depends on the kind: a belief round its statements and scale; a
// poll its question (text) and options (none: a scale); a prompt its text and prompt kind; a topic
// its title (text) and budget; a board which board; a break its words and minutes.
struct PlanStep {
  StepKind kind = StepKind::Belief;
  std::string text;
  std::vector<std::string> options;
  BeliefStatements statements = kDefaultBeliefStatements;
  int scaleMin = 1;
  int scaleMax = 5;
  int minutes = 0;
  std::string promptKind = "case";
  Board board = Board::Clarity;
  std::string note; // the facilitator's own, never on the projector or a phone
};

// Events.
struct PlanStepAdded {
  int position = 0; // 1-based place it takes; the steps from there on move down one (command: 0 = at the end)
  PlanStep step;
};

struct PlanStepEdited {
  int position = 0;
  PlanStep step;
};

struct PlanStepMoved {
  int from = 0;
  int to = 0;
};

struct PlanStepRemoved {
  int position = 0;
};

struct PlanStepReached {
  int position = 0; // the step the room is on now (0: the plan has not begun)
};

// Facilitator commands: the same shapes.
using AddPlanStep = PlanStepAdded;
using EditPlanStep = PlanStepEdited;
using MovePlanStep = PlanStepMoved;
using RemovePlanStep = PlanStepRemoved;
using ReachPlanStep = PlanStepReached;

struct PlanState {
  std::vector<PlanStep> plan;
  int planPosition = 0;
  Millis stepReachedAt = 0; // when the room came to the step it is on
};

struct PlanPart {
  using Events = TypeList<PlanStepAdded, PlanStepEdited, PlanStepMoved, PlanStepRemoved, PlanStepReached>;
  using ParticipantCommands = TypeList<>;
  using FacilitatorCommands = TypeList<AddPlanStep, EditPlanStep, MovePlanStep, RemovePlanStep, ReachPlanStep>;
  using State = PlanState;
};

// The first thing wrong with a step, in words naming the field ("the poll's question is longer
// than 300 characters"), or empty when it is good.
std::string stepProblem(const PlanStep& step);

Decision decideCommand(const SessionState& state, const PlanStepAdded& c, Millis now);
Decision decideCommand(const SessionState& state, const PlanStepEdited& c, Millis now);
Decision decideCommand(const SessionState& state, const PlanStepMoved& c, Millis now);
Decision decideCommand(const SessionState& state, const PlanStepRemoved& c, Millis now);
Decision decideCommand(const SessionState& state, const PlanStepReached& c, Millis now);

void applyEvent(SessionState& state, const PlanStepAdded& e, Millis at);
void applyEvent(SessionState& state, const PlanStepEdited& e, Millis at);
void applyEvent(SessionState& state, const PlanStepMoved& e, Millis at);
void applyEvent(SessionState& state, const PlanStepRemoved& e, Millis at);
void applyEvent(SessionState& state, const PlanStepReached& e, Millis at);

} // namespace balcony::core
