// glReadPixels gives rows bottom-up; PNG wants them top-down.
#include "screenshot.hpp"

#include <GLFW/glfw3.h> // brings the OpenGL header each OS needs
#include <stb/stb_image_write.h>

#include <algorithm>
#include <vector>

namespace balcony::ui {

std::string writeScreenshot(const std::string& path, int width, int height) {
  if (width <= 0 || height <= 0) {
    return "the window has no size";
  }
  const auto w = static_cast<std::size_t>(width);
  const auto h = static_cast<std::size_t>(height);
  std::vector<unsigned char> pixels(w * h * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  std::vector<unsigned char> flipped(pixels.size());
  const auto row = w * 4;
  for (std::size_t y = 0; y < h; ++y) {
    std::copy_n(pixels.begin() + static_cast<std::ptrdiff_t>((h - 1 - y) * row), row,
                flipped.begin() + static_cast<std::ptrdiff_t>(y * row));
  }
  for (std::size_t i = 3; i < flipped.size(); i += 4) {
    flipped[i] = 255; // the window is opaque; keep the PNG so
  }
  if (stbi_write_png(path.c_str(), width, height, 4, flipped.data(), width * 4) == 0) {
    return "cannot write " + path;
  }
  return {};
}

} // namespace balcony::ui
