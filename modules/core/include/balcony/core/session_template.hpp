// Session templates: a new session set up in under a minute. A template is data (JSON files in
// assets/templates, read by the app); here it becomes the facilitator commands that apply it.
#pragma once

#include "balcony/core/commands.hpp"

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
};

// The commands that apply a template to an existing session: title, groups, belief wording,
// topics and prompts added after any already there, and the endeavour if the template has one.
std::vector<FacilitatorCommandBody> templateCommands(const SessionTemplate& t);

} // namespace balcony::core
