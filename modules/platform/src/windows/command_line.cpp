// CommandLineToArgvW(): the arguments as typed, in UTF-16, so a folder named "Zoë" or "会議" reaches
// Balcony intact (the CRT's argv would carry them in the ANSI code page, losing what it lacks).
#include "balcony/platform/utf8.hpp"

#include "wide_text.hpp"

#include <shellapi.h>

#include <cstdlib>

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

namespace {

UINT g_outputPage = 0;

void restoreTerminal() {
  SetConsoleOutputCP(g_outputPage); // the console may be the facilitator's own, shared with their shell
}

} // namespace

void useUtf8Terminal() {
  g_outputPage = GetConsoleOutputCP();
  if (g_outputPage != 0 && g_outputPage != CP_UTF8 && SetConsoleOutputCP(CP_UTF8)) {
    std::atexit(restoreTerminal);
  }
}

} // namespace balcony::platform
