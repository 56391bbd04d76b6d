// The boards' export sections, gathered from the registry.
#include "balcony/report/report_parts.hpp"

#include "balcony_report_board_parts.hpp"

#include <algorithm>
#include <numeric>

namespace balcony::report {

const std::vector<BoardReport>& boardReports() {
  static const std::vector<BoardReport> all = [] {
    std::vector<BoardReport> parts;
    core::forEachType(core::Boards{}, [&](auto board) { parts.push_back(reportPart(board)); });
    return parts;
  }();
  return all;
}

std::vector<const Section*> sectionsInOrder(int BoardReport::*place, Section BoardReport::*section) {
  const auto& parts = boardReports();
  std::vector<std::size_t> order(parts.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return parts[a].*place < parts[b].*place; });
  std::vector<const Section*> sections;
  for (const auto i : order) {
    if (parts[i].*section) sections.push_back(&(parts[i].*section));
  }
  return sections;
}

} // namespace balcony::report
