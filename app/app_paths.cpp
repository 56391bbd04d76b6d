// Follows the XDG base directory rules, so the database sits where a Linux user expects data.
#include "app_paths.hpp"

#include <cstdlib>

namespace balcony::app {

std::filesystem::path defaultDatabasePath() {
  std::filesystem::path base;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg == '/') {
    base = xdg;
  } else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    base = std::filesystem::path(home) / ".local" / "share";
  } else {
    base = std::filesystem::current_path();
  }
  return base / "balcony" / "balcony.sqlite";
}

} // namespace balcony::app
