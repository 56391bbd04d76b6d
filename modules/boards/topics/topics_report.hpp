// The topics board's sections of the outcome exports (see report_parts.hpp).
#pragma once

#include "balcony/report/report_parts.hpp"

namespace balcony::report {

BoardReport reportPart(std::type_identity<core::TopicsBoard>);

} // namespace balcony::report
