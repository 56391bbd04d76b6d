// What each board adds to the outcome exports (modules/boards/<board>/<board>_report.cpp), and the
// writing helpers they share. Each document orders its sections by place, lowest first: the
// summary opens with what is clear for now, the report with the endeavour, and so on.
#pragma once

#include "balcony/core/distribution.hpp"
#include "balcony/core/session_state.hpp"

#include <functional>
#include <initializer_list>
#include <ostream>
#include <string>
#include <type_traits>
#include <vector>

namespace balcony::report {

using Section = std::function<void(const core::SessionState&, std::ostream&)>;

struct BoardReport {
  int markdownPlace = 0;
  Section markdown; // the Markdown summary's section (empty: none)
  int htmlPlace = 0;
  Section html; // the HTML report's section (empty: none)
  Section csv;  // rows of the raw responses, in the registry's order (empty: none)
};

// Every board's part, in the registry's order.
const std::vector<BoardReport>& boardReports();

// The sections one document has, in its own order of places (`place` is markdownPlace or htmlPlace).
std::vector<const Section*> sectionsInOrder(int BoardReport::*place, Section BoardReport::*section);

// "%.<decimals>f", as every figure in the exports is written.
std::string fixed(double v, int decimals);

// How long the meeting ran and to what moment its times count (the clean stop, the export made
// during the meeting, or after a crash the last event), with the plan's step at that moment.
std::string sessionLength(const core::SessionState& state);

// A small bar chart of a distribution, as inline SVG with a text alternative.
std::string svgDistribution(const core::Distribution& d, const std::string& label);

// One CSV row: board, item, question, participant, group, answer (cells made safe by csvCell).
void csvRow(std::ostream& out, std::initializer_list<std::string> cells);

} // namespace balcony::report
