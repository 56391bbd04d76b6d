// The usual reasons phones cannot reach a Windows laptop in a meeting room: the firewall question
// answered "Cancel" (or for public networks only), and venue Wi-Fi that keeps devices apart.
#include "balcony/platform/reachability_advice.hpp"

namespace balcony::platform {

std::string reachabilityAdvice() {
  return "No phone has reached Balcony yet. If participants cannot open the address: check that their phones "
         "are on the same Wi-Fi as this laptop; allow Balcony through the Windows firewall on private networks "
         "(Windows Security, Firewall & network protection, Allow an app through firewall, tick Balcony under "
         "Private), and make sure this Wi-Fi is set as a private network; if the venue's Wi-Fi keeps devices "
         "apart (guest networks often do), turn on this laptop's Mobile hotspot (Settings, Network & internet), "
         "have phones join it, and restart Balcony so the projector shows the new address.";
}

} // namespace balcony::platform
