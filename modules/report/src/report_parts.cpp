// The writing helpers the boards' export sections share.
#include "balcony/report/report_parts.hpp"
#include "balcony/core/figures.hpp"
#include "balcony/core/plan.hpp"

#include "balcony/report/csv_export.hpp"
#include "balcony/report/html_report.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace balcony::report {

namespace {

const char* barColour(int value, int lo, int hi) {
  static const char* ramp[] = {"#d55e00", "#c77c4a", "#a0a0a0", "#5390b8", "#0072b2"};
  const double t = hi > lo ? static_cast<double>(value - lo) / (hi - lo) : 0.5;
  return ramp[std::clamp(static_cast<int>(t * 4.0 + 0.5), 0, 4)];
}

} // namespace

std::string fixed(double v, int decimals) {
  return core::figure(v, decimals);
}

namespace {

std::string duration(core::Millis ms) {
  const auto minutes = std::max<core::Millis>(0, ms) / 60'000;
  if (minutes < 60) return std::to_string(minutes) + " min";
  return std::to_string(minutes / 60) + " h " + std::to_string(minutes % 60) + " min";
}

} // namespace

std::string sessionLength(const core::SessionState& state) {
  const core::Millis end = state.asOf != 0 ? state.asOf : state.lastEventAt;
  std::string line = "Session: " + duration(end - state.createdAt) + ", ";
  if (state.stoppedAt != 0 && state.stoppedAt == state.lastEventAt && end == state.stoppedAt) {
    line += "to the moment Balcony was closed.";
  } else if (end > state.lastEventAt) {
    line += "to this export, made while the meeting ran.";
  } else {
    line += "to the last thing recorded: Balcony did not close cleanly, so times count to there.";
  }
  const auto& plan = state.plan;
  if (!plan.empty() && state.stepReachedAt != 0 && state.planPosition >= 0 &&
      static_cast<std::size_t>(state.planPosition) < plan.size()) {
    line += " Plan: step " + std::to_string(state.planPosition + 1) + " of " + std::to_string(plan.size()) + " (" +
            core::stepSummary(plan[static_cast<std::size_t>(state.planPosition)]) + "), " +
            duration(end - state.stepReachedAt) + " on it.";
  }
  return line;
}

std::string svgDistribution(const core::Distribution& d, const std::string& label) {
  const int points = d.scaleMax - d.scaleMin + 1;
  const int maxCount = std::max(1, *std::max_element(d.counts.begin(), d.counts.end()));
  const int w = 240;
  const int h = 120;
  const double slot = static_cast<double>(w) / points;
  std::ostringstream svg;
  svg << "<svg viewBox=\"0 0 " << w << " " << h + 20 << "\" width=\"100%\" role=\"img\" aria-label=\""
      << escapeHtml(label) << "\">";
  for (int i = 0; i < points; ++i) {
    const int count = d.counts[static_cast<std::size_t>(i)];
    const double bh = (h - 16.0) * count / maxCount;
    const double x = slot * i + slot * 0.15;
    svg << "<rect x=\"" << fixed(x, 1) << "\" y=\"" << fixed(h - bh, 1) << "\" width=\"" << fixed(slot * 0.7, 1)
        << "\" height=\"" << fixed(bh, 1) << "\" fill=\"" << barColour(d.scaleMin + i, d.scaleMin, d.scaleMax)
        << "\"/>";
    svg << "<text x=\"" << fixed(slot * i + slot / 2, 1) << "\" y=\"" << fixed(h - bh - 3, 1)
        << "\" font-size=\"11\" text-anchor=\"middle\">" << count << "</text>";
    svg << "<text x=\"" << fixed(slot * i + slot / 2, 1) << "\" y=\"" << h + 14
        << "\" font-size=\"11\" text-anchor=\"middle\" fill=\"#505660\">" << d.scaleMin + i << "</text>";
  }
  svg << "<line x1=\"0\" y1=\"" << h << "\" x2=\"" << w << "\" y2=\"" << h << "\" stroke=\"#c8cac4\"/></svg>";
  return svg.str();
}

void csvRow(std::ostream& out, std::initializer_list<std::string> cells) {
  bool first = true;
  for (const auto& cell : cells) {
    out << (first ? "" : ",") << csvCell(cell);
    first = false;
  }
  out << "\r\n";
}

} // namespace balcony::report
