// What going on through the plan does: one key (Page Down on a clicker) walks a step through its
// phases (open, reveal, close) and then to the next step, which opens where that makes sense. Pure
// functions of the state, so the console, the terminal and the tests agree on what a press does
// before it is pressed.
#pragma once

#include "balcony/core/commands.hpp"
#include "balcony/core/session_state.hpp"

#include <string>
#include <vector>

namespace balcony::core {

struct PlanAction {
  std::string label; // what the press will do, in words: "Reveal the results", "Next: Quick poll …"
  std::vector<FacilitatorCommandBody> commands; // none: nothing to do (the plan is over, or empty)
};

// A step in a few words, for lists and buttons: "Belief check (1–5)", "Quick poll: Who else …?".
std::string stepSummary(const PlanStep& step);
// The board a step puts on the projector.
Board stepBoard(const PlanStep& step);
// The commands that bring the room to step `position` (1-based) and open what it asks.
std::vector<FacilitatorCommandBody> stepCommands(const SessionState& state, int position);
// The next press of "go on": the current step's next phase, else the next step.
PlanAction goOn(const SessionState& state);
// Back to the step before, its board on show, nothing opened again.
PlanAction goBack(const SessionState& state);

} // namespace balcony::core
