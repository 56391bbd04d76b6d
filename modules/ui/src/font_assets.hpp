// Inter, from Debian's fonts-inter, compiled into the binary: the projector reads the same on a
// laptop that has never had the font installed (every Windows laptop).
#pragma once

#include <cstddef>
#include <string_view>

namespace balcony::ui::fonts {

struct Embedded {
  std::string_view name;
  std::string_view data;
};
extern const Embedded kFiles[];
extern const std::size_t kFileCount;

} // namespace balcony::ui::fonts
