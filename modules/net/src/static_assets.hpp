// The participant page's files, compiled in, and the HTTP metadata each is served with.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace balcony::net {
namespace assets {
struct Embedded {
  std::string_view name;
  std::string_view data;
};
extern const Embedded kFiles[];
extern const std::size_t kFileCount;
} // namespace assets

struct StaticFile {
  std::string_view body;
  std::string_view contentType;
};

// Maps a request path ("/", "/app.js", ...) to an embedded file; nothing outside the set.
std::optional<StaticFile> findStaticFile(std::string_view path);

} // namespace balcony::net
