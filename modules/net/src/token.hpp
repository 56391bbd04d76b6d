// Participant identity tokens: 128 random bits, hex encoded.
#pragma once

#include <string>

namespace balcony::net {

std::string newParticipantToken();

} // namespace balcony::net
