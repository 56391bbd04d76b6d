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
  return out;
}

} // namespace balcony::core
