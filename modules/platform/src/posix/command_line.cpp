// Linux passes arguments as the bytes typed, UTF-8 in any current locale; the terminal shows UTF-8.
#include "balcony/platform/utf8.hpp"

namespace balcony::platform {

std::vector<std::string> commandLineArguments(int argc, char** argv) {
  return {argv, argv + argc};
}

void useUtf8Terminal() {}

} // namespace balcony::platform
