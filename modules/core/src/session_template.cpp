// A template is applied through the same commands a facilitator would give, so it is validated
// and stored like everything else.
#include "balcony/core/session_template.hpp"

namespace balcony::core {

std::vector<FacilitatorCommandBody> templateCommands(const SessionTemplate& t) {
  std::vector<FacilitatorCommandBody> out;
  if (!t.title.empty()) out.emplace_back(RetitleSession{t.title});
  if (!t.groups.empty()) out.emplace_back(SetGroups{t.groups});
  out.emplace_back(SetBeliefStatements{t.statements});
  for (const auto& [title, minutes] : t.topics)
    out.emplace_back(AddTopic{title, minutes});
  for (const auto& [text, kind] : t.prompts)
    out.emplace_back(AddPrompt{text, kind, 1, 5, true});
  if (!t.endeavour.empty()) out.emplace_back(SetEndeavour{t.endeavour});
  // The plan's steps go after any the session has already.
  for (const auto& step : t.plan)
    out.emplace_back(AddPlanStep{0, step});
  return out;
}

std::string templateProblem(const SessionState& state, const SessionTemplate& t) {
  SessionState trial = state;
  int step = 0;
  for (auto& command : templateCommands(t)) {
    if (std::holds_alternative<AddPlanStep>(command)) ++step;
    const auto d = decide(trial, Command{0, widen(command)});
    if (d.error) {
      return (std::holds_alternative<AddPlanStep>(command) ? "plan step " + std::to_string(step) + ": "
                                                           : std::string()) +
             d.error->message;
    }
    for (const auto& e : d.events)
      apply(trial, Event{0, e});
  }
  return {};
}

SessionTemplate templateOf(const SessionState& state) {
  SessionTemplate t;
  t.name = state.title;
  t.title = state.title;
  t.groups = state.groups;
  t.statements = state.nextStatements;
  t.endeavour = state.endeavour;
  t.plan = state.plan;
  for (const auto& topic : state.topics)
    t.topics.emplace_back(topic.title, topic.budgetMinutes);
  for (const auto& prompt : state.prompts)
    t.prompts.emplace_back(prompt.text, prompt.kind);
  return t;
}

} // namespace balcony::core
