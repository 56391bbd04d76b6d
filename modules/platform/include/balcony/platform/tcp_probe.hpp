// Small questions about TCP on this computer: a free port on 127.0.0.1, whether something takes
// connections on an address, and the system's words for the last network error.
#pragma once

#include <string>

namespace balcony::platform {

// A port on 127.0.0.1 that nothing listens on right now (another program may take it before it is
// used: whoever starts a server on it reports that clearly). 0 when no socket could be opened.
int freeLoopbackPort();

// Whether a TCP connection to ipv4:port is accepted (an address that does not parse: 127.0.0.1).
bool acceptsConnections(const std::string& ipv4, int port);

// The system's words for the last failed socket call.
std::string lastNetworkError();

} // namespace balcony::platform
