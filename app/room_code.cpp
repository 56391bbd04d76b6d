// No 0/O or 1/I: the code is read from across a room.
#include "room_code.hpp"

#include <random>

namespace balcony::app {

std::string newRoomCode() {
  static constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  std::random_device device;
  std::uniform_int_distribution<std::size_t> pick(0, sizeof kAlphabet - 2);
  std::string code;
  for (int i = 0; i < 4; ++i) {
    code += kAlphabet[pick(device)];
  }
  return code;
}

} // namespace balcony::app
