// The rooms board's section of the outcome exports (see report_parts.hpp): the plenary's exports
// hold every room's latest summary.
#pragma once

#include "balcony/report/report_parts.hpp"

namespace balcony::report {

BoardReport reportPart(std::type_identity<core::RoomsBoard>);

} // namespace balcony::report
