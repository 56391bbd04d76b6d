// A Markdown summary of a session, short enough to paste into an email.
#pragma once

#include "balcony/core/session_state.hpp"

#include <string>

namespace balcony::report {

std::string markdownSummary(const core::SessionState& state);

// Participant text may hold Markdown; escape it so it reads as typed.
std::string escapeMarkdown(const std::string& text);

} // namespace balcony::report
