// The outcome report: one self-contained HTML file (styles and SVG charts inline, nothing
// fetched from outside), readable on screen and printable to PDF.
#pragma once

#include "balcony/core/session_state.hpp"

#include <string>

namespace balcony::report {

std::string htmlReport(const core::SessionState& state);

// Text for HTML element content and attribute values.
std::string escapeHtml(const std::string& text);

} // namespace balcony::report
