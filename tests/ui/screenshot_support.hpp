// What the screenshot tests share: reading back a PNG the app wrote, and keeping a copy for the docs.
#pragma once

#include <catch2/catch.hpp>
#include <stb/stb_image.h>

#include <cstdlib>
#include <filesystem>
#include <vector>

namespace balcony::test {

struct Image {
  int w = 0;
  int h = 0;
  std::vector<unsigned char> rgba;

  explicit Image(const std::filesystem::path& path) {
    int channels = 0;
    unsigned char* data = stbi_load(path.c_str(), &w, &h, &channels, 4);
    REQUIRE(data != nullptr);
    rgba.assign(data, data + static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    stbi_image_free(data);
  }

  // Pixels within a small distance of a colour: enough to tell that a bar of it was drawn.
  int count(int r, int g, int b) const {
    int n = 0;
    for (std::size_t i = 0; i + 3 < rgba.size(); i += 4) {
      if (std::abs(rgba[i] - r) < 12 && std::abs(rgba[i + 1] - g) < 12 && std::abs(rgba[i + 2] - b) < 12) {
        ++n;
      }
    }
    return n;
  }
};

inline void keep(const std::filesystem::path& from, const char* name) {
  if (const char* dir = std::getenv("BALCONY_SCREENSHOT_DIR")) {
    std::filesystem::copy_file(from, std::filesystem::path(dir) / name,
                               std::filesystem::copy_options::overwrite_existing);
  }
}

} // namespace balcony::test
