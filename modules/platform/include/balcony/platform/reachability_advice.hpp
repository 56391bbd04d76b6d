// What to tell a facilitator when no phone has reached Balcony although the join address has been
// up a while: the usual causes differ by OS (the Windows firewall asks once; a venue's Wi-Fi may
// keep devices apart).
#pragma once

#include <string>

namespace balcony::platform {

std::string reachabilityAdvice();

} // namespace balcony::platform
