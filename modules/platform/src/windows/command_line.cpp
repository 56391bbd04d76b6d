// CommandLineToArgvW(): the arguments as typed, in UTF-16, so a folder named "Zoë" or "会議" reaches
// Balcony intact (the CRT's argv would carry them in the ANSI code page, losing what it lacks).
#include "balcony/platform/utf8.hpp"

#include "wide_text.hpp"

#include <shellapi.h>

namespace balcony::platform {

std::vector<std::string> commandLineArguments(int argc, char** argv) {
  int count = 0;
  wchar_t** wide = CommandLineToArgvW(GetCommandLineW(), &count);
  if (wide == nullptr) {
    return {argv, argv + argc};
  }
  std::vector<std::string> out;
  for (int i = 0; i < count; ++i) {
    out.push_back(toUtf8(wide[i]));
  }
  LocalFree(wide);
  return out;
}

void useUtf8Terminal() {
  SetConsoleOutputCP(CP_UTF8);
  SetConsoleCP(CP_UTF8);
}

} // namespace balcony::platform
