// Session templates: a new session set up in under a minute. A template is data (JSON files in
// assets/templates, read by the app); here it becomes the facilitator commands that apply it.
#pragma once

#include "balcony/core/commands.hpp"
#include "balcony/core/session_state.hpp"

#include <string>
#include <vector>

namespace balcony::core {

struct SessionTemplate {
  std::string name;
  std::string description;
  std::string title;
  std::vector<std::string> groups;
  BeliefStatements statements = kDefaultBeliefStatements;
  std::vector<std::pair<std::string, int>> topics;          // title, minutes
  std::vector<std::pair<std::string, std::string>> prompts; // text, kind
  std::string endeavour;
  std::vector<PlanStep> plan; // the session plan, in order
};

// The commands that apply a template to an existing session: title, groups, belief wording,
// topics and prompts added after any already there, and the endeavour if the template has one.
std::vector<FacilitatorCommandBody> templateCommands(const SessionTemplate& t);

// The first thing that would be refused if the template were applied to this session, in words
// ("plan step 3: A poll has 2 to 8 options, or none for a scale."), or empty: tried on a copy of
// the state, so a template is applied whole or not at all.
std::string templateProblem(const SessionState& state, const SessionTemplate& t);

// What a session holds as a template of its own: title, groups, belief statements, endeavour, plan.
SessionTemplate templateOf(const SessionState& state);

} // namespace balcony::core
