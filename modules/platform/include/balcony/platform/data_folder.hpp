// Where a user's Balcony data lives by default: $XDG_DATA_HOME/balcony (else
// ~/.local/share/balcony) on Linux, %LOCALAPPDATA%\Balcony on Windows.
#pragma once

#include <filesystem>

namespace balcony::platform {

std::filesystem::path userDataFolder();

} // namespace balcony::platform
