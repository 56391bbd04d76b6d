// CSV of the raw responses, one row per answer, safe to open in a spreadsheet.
#pragma once

#include "balcony/core/session_state.hpp"

#include <string>
#include <vector>

namespace balcony::report {

// Columns: board, item, question, participant, group, answer. Participants appear as numbers,
// never tokens. Hidden notes and statements are left out and counted in a last comment row.
std::string csvResponses(const core::SessionState& state);

// One CSV cell: quoted when needed, and defused when a spreadsheet would read it as a formula
// (a leading =, +, -, @, tab or carriage return gets a leading apostrophe).
std::string csvCell(const std::string& text);

// CSV text as written here, back into rows of cells (quoted cells unquoted, text otherwise as
// written): for the rows the boards write, and for reading an export back.
std::vector<std::vector<std::string>> csvCells(const std::string& text);

} // namespace balcony::report
