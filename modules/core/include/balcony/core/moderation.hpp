// What the facilitator hid, in one place: notes, participants' statements, clarity items and shared
// reflections hidden,
// and flag words never approved. Views, reports and exports leave these out by asking here.
#pragma once

#include "balcony/core/session_state.hpp"

#include <set>

namespace balcony::core {

struct HiddenTexts {
  std::set<int> notes;        // notes hidden now (the event log export also blanks words once hidden)
  std::set<int> statements;   // participants' statements hidden
  std::set<int> clarityItems; // clarity items hidden
  std::set<int> flagWords;    // flags whose words were never approved
  std::set<int> reflections;  // shared reflections hidden
  // What a report says it left out: hidden notes, statements, items and reflections.
  int leftOut = 0;
};

HiddenTexts hiddenTexts(const SessionState& state);

} // namespace balcony::core
