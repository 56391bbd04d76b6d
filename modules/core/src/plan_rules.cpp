// The plan's rules: a step is checked field by field when it is added or edited, positions are
// checked against the plan, and reaching a step records when the room came to it.
#include "balcony/core/rule_helpers.hpp"

#include "balcony/core/plan_part.hpp"
#include "difference/difference_domain.hpp"
#include "poll/poll_domain.hpp"
#include "topics/topics_domain.hpp"

namespace balcony::core {

using namespace rules;

namespace {

std::string tooLong(const char* what, std::size_t limit) {
  return std::string(what) + " is empty or longer than " + std::to_string(limit) + " characters.";
}

bool inPlan(const SessionState& state, int position) {
  return position >= 1 && position <= static_cast<int>(state.plan.size());
}

} // namespace

std::string stepProblem(const PlanStep& step) {
  if (step.note.size() > kMaxStepNoteLength) return "The step's note is longer than 1000 characters.";
  switch (step.kind) {
  case StepKind::Belief:
    for (const auto& s : step.statements) {
      if (!validText(s, kMaxStatementLength)) return tooLong("A belief statement", kMaxStatementLength);
    }
    if (!validScale(step.scaleMin, step.scaleMax)) return kBadScale;
    return {};
  case StepKind::Poll:
    if (!validText(step.text, kMaxQuestionLength)) return tooLong("The poll's question", kMaxQuestionLength);
    if (step.options.size() == 1 || step.options.size() > kMaxPollOptions) {
      return "A poll has 2 to 8 options, or none for a scale.";
    }
    for (const auto& o : step.options) {
      if (!validText(o, kMaxOptionLength)) return tooLong("A poll option", kMaxOptionLength);
    }
    if (step.options.empty() && !validScale(step.scaleMin, step.scaleMax)) return kBadScale;
    return {};
  case StepKind::Prompt:
    if (!validText(step.text, kMaxPromptLength)) return tooLong("The prompt", kMaxPromptLength);
    if (step.promptKind != "case" && step.promptKind != "statement" && step.promptKind != "risk") {
      return "A prompt is a case, a statement or a risk.";
    }
    return {};
  case StepKind::Topic:
    if (!validText(step.text, kMaxTopicTitleLength)) return tooLong("The topic's title", kMaxTopicTitleLength);
    if (step.minutes < 1 || step.minutes > 600) return "A topic's time budget is 1 to 600 minutes.";
    return {};
  case StepKind::Board: return {};
  case StepKind::Break:
    if (step.text.size() > kMaxTopicTitleLength) return "The break's words are longer than 120 characters.";
    if (step.minutes < 1 || step.minutes > 180) return "A break lasts 1 to 180 minutes.";
    return {};
  }
  return "Unknown kind of step.";
}

Decision decideCommand(const SessionState& state, const PlanStepAdded& c, Millis) {
  if (state.plan.size() >= kMaxPlanSteps) return fail(ErrorCode::BadRequest, "A plan holds at most 100 steps.");
  if (c.position != 0 && (c.position < 1 || c.position > static_cast<int>(state.plan.size()) + 1)) {
    return fail(ErrorCode::BadRequest, "There is no such place in the plan.");
  }
  if (auto problem = stepProblem(c.step); !problem.empty()) return fail(ErrorCode::BadRequest, problem);
  PlanStepAdded added = c;
  if (added.position == 0) added.position = static_cast<int>(state.plan.size()) + 1; // 0: at the end
  return eventIf(true, std::move(added));
}

Decision decideCommand(const SessionState& state, const PlanStepEdited& c, Millis) {
  if (!inPlan(state, c.position)) return fail(ErrorCode::BadRequest, "There is no such step in the plan.");
  if (auto problem = stepProblem(c.step); !problem.empty()) return fail(ErrorCode::BadRequest, problem);
  return eventIf(true, c);
}

Decision decideCommand(const SessionState& state, const PlanStepMoved& c, Millis) {
  if (!inPlan(state, c.from) || !inPlan(state, c.to)) {
    return fail(ErrorCode::BadRequest, "There is no such step in the plan.");
  }
  return eventIf(c.from != c.to, c);
}

Decision decideCommand(const SessionState& state, const PlanStepRemoved& c, Millis) {
  if (!inPlan(state, c.position)) return fail(ErrorCode::BadRequest, "There is no such step in the plan.");
  return eventIf(true, c);
}

Decision decideCommand(const SessionState& state, const PlanStepReached& c, Millis) {
  if (c.position != 0 && !inPlan(state, c.position)) {
    return fail(ErrorCode::BadRequest, "There is no such step in the plan.");
  }
  return eventIf(true, c);
}

void applyEvent(SessionState& state, const PlanStepAdded& e, Millis) {
  state.plan.insert(state.plan.begin() + (e.position - 1), e.step);
  // The room stays on the step it is on, wherever that moved to.
  if (state.planPosition >= e.position) ++state.planPosition;
}

void applyEvent(SessionState& state, const PlanStepEdited& e, Millis) {
  state.plan[static_cast<std::size_t>(e.position - 1)] = e.step;
}

void applyEvent(SessionState& state, const PlanStepMoved& e, Millis) {
  auto step = state.plan[static_cast<std::size_t>(e.from - 1)];
  state.plan.erase(state.plan.begin() + (e.from - 1));
  state.plan.insert(state.plan.begin() + (e.to - 1), std::move(step));
  int& at = state.planPosition;
  if (at == e.from) {
    at = e.to;
  } else if (e.from < at && at <= e.to) {
    --at;
  } else if (e.to <= at && at < e.from) {
    ++at;
  }
}

void applyEvent(SessionState& state, const PlanStepRemoved& e, Millis) {
  state.plan.erase(state.plan.begin() + (e.position - 1));
  if (state.planPosition > e.position) {
    --state.planPosition;
  } else if (state.planPosition == e.position) {
    state.planPosition = e.position - 1; // the step before it: "go on" comes to the one after
  }
}

void applyEvent(SessionState& state, const PlanStepReached& e, Millis at) {
  state.planPosition = e.position;
  state.stepReachedAt = at;
}

} // namespace balcony::core
