// Where Balcony keeps its database when none is given: the user's data folder.
#pragma once

#include <filesystem>

namespace balcony::app {

// $XDG_DATA_HOME/balcony/balcony.sqlite, else ~/.local/share/balcony/balcony.sqlite, on Linux;
// %LOCALAPPDATA%\\Balcony\\balcony.sqlite on Windows.
std::filesystem::path defaultDatabasePath();

} // namespace balcony::app
