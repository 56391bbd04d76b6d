// The usual reasons phones cannot reach a Linux laptop in a meeting room.
#include "balcony/platform/reachability_advice.hpp"

namespace balcony::platform {

std::string reachabilityAdvice() {
  return "No phone has reached Balcony yet. If participants cannot open the address: check that their phones "
         "are on the same Wi-Fi as this laptop; if this laptop runs a firewall (ufw, firewalld), allow the port "
         "shown in the address; if the venue's Wi-Fi keeps devices apart (guest networks often do), turn on this "
         "laptop's own hotspot (Settings, Wi-Fi, Turn On Wi-Fi Hotspot), have phones join it, and restart Balcony "
         "so the projector shows the new address.";
}

} // namespace balcony::platform
