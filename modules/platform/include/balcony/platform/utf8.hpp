// Balcony keeps text in UTF-8 everywhere. The OS does not always: Windows hands a program its
// command line in the ANSI code page and keeps paths in UTF-16, and libstdc++ reads a narrow
// std::string given to std::filesystem::path in that code page. These are the crossings.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace balcony::platform {

// A path from UTF-8 text, and back: the same on every OS (std::u8string carries the encoding).
std::filesystem::path pathFromUtf8(std::string_view text);
std::string utf8FromPath(const std::filesystem::path& path);

// The program's arguments in UTF-8: argv itself on Linux, the UTF-16 command line on Windows.
std::vector<std::string> commandLineArguments(int argc, char** argv);

// Lets the terminal show UTF-8 output as it is (Windows consoles default to an old code page).
void useUtf8Terminal();

} // namespace balcony::platform
