// What the facilitator hid, in one place: notes, participants' statements and clarity items hidden,
// and flag words never approved. Views, reports and exports leave these out by asking here.
#pragma once

#include "balcony/core/session_state.hpp"

#include <set>

namespace balcony::core {

struct HiddenTexts {
  std::set<int> notes;        // every hidden note, replaced ones included (their words were written)
  std::set<int> statements;   // participants' statements hidden
  std::set<int> clarityItems; // clarity items hidden
  std::set<int> flagWords;    // flags whose words were never approved
  // What a report says it left out: hidden notes still current, hidden statements and items.
  int leftOut = 0;
};

HiddenTexts hiddenTexts(const SessionState& state);

} // namespace balcony::core
