// The XDG base directory rules, so the database sits where a Linux user expects data.
#include "balcony/platform/data_folder.hpp"

#include <cstdlib>

namespace balcony::platform {

std::filesystem::path userDataFolder() {
  std::filesystem::path base;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg == '/') {
    base = xdg;
  } else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    base = std::filesystem::path(home) / ".local" / "share";
  } else {
    base = std::filesystem::current_path();
  }
  return base / "balcony";
}

} // namespace balcony::platform
