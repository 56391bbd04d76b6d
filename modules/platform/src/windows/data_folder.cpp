// %LOCALAPPDATA%\Balcony: per user, on this computer only (a roaming profile should not carry a
// meeting's database between machines), and writable without administrator rights.
#include "balcony/platform/data_folder.hpp"

// windows.h first: shlobj.h uses its types.
#include <windows.h>

#include <shlobj.h>

namespace balcony::platform {

std::filesystem::path userDataFolder() {
  PWSTR folder = nullptr;
  std::filesystem::path base;
  if (SHGetKnownFolderPath(FOLDERID_LocalAppData, KF_FLAG_CREATE, nullptr, &folder) == S_OK) {
    base = folder;
  } else if (const wchar_t* env = _wgetenv(L"LOCALAPPDATA"); env != nullptr && *env != L'\0') {
    base = env;
  } else {
    base = std::filesystem::current_path();
  }
  CoTaskMemFree(folder);
  return base / "Balcony";
}

} // namespace balcony::platform
