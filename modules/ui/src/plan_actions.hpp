// Going on through the plan from the console, a key or a clicker: the commands core's goOn and
// goBack give, sent in order, with the step named in the console's feedback.
#pragma once

#include "balcony/ui/console_tab.hpp"

#include "balcony/core/plan.hpp"

namespace balcony::ui {

inline void planGoOn(const core::Snapshot& snapshot, ConsoleContext& ctx) {
  auto action = core::goOn(snapshot.state);
  if (action.commands.empty()) {
    ctx.feedback->set(action.label + ".");
    return;
  }
  ctx.settings.blank = false;
  ctx.sendAll(std::move(action.commands), action.label + ": done.");
}

inline void planGoBack(const core::Snapshot& snapshot, ConsoleContext& ctx) {
  auto action = core::goBack(snapshot.state);
  if (action.commands.empty()) {
    ctx.feedback->set(action.label + ".");
    return;
  }
  ctx.settings.blank = false;
  ctx.sendAll(std::move(action.commands), action.label + ": done.");
}

} // namespace balcony::ui
