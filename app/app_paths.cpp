// The default database: in the user's data folder, where the OS expects a program's data.
#include "app_paths.hpp"

#include "balcony/platform/data_folder.hpp"

namespace balcony::app {

std::filesystem::path defaultDatabasePath() {
  return platform::userDataFolder() / "balcony.sqlite";
}

} // namespace balcony::app
