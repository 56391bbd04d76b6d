// Room codes: four characters that are easy to read off a projector and type on a phone.
#pragma once

#include <string>

namespace balcony::app {

std::string newRoomCode();

} // namespace balcony::app
