// Reads the current GL framebuffer and writes it as a PNG: for tests and for the README.
#pragma once

#include <string>

namespace balcony::ui {

// Returns an empty string on success, otherwise what went wrong.
std::string writeScreenshot(const std::string& path, int width, int height);

} // namespace balcony::ui
