// Paths to and from UTF-8 through std::u8string, which every standard library reads as UTF-8.
#include "balcony/platform/utf8.hpp"

namespace balcony::platform {

std::filesystem::path pathFromUtf8(std::string_view text) {
  return std::filesystem::path(std::u8string(text.begin(), text.end()));
}

std::string utf8FromPath(const std::filesystem::path& path) {
  const auto text = path.u8string();
  return {text.begin(), text.end()};
}

} // namespace balcony::platform
