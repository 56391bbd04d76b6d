// Serving only what is embedded: no file system access from a request path, ever.
#include "static_assets.hpp"

namespace balcony::net {

std::optional<StaticFile> findStaticFile(std::string_view path) {
  if (const auto q = path.find_first_of("?#"); q != std::string_view::npos) {
    path = path.substr(0, q);
  }
  if (path == "/") {
    path = "/index.html";
  } else if (path == "/favicon.ico") {
    path = "/favicon.svg"; // browsers ask for this name whatever the page says
  }
  if (path.empty() || path.front() != '/') {
    return std::nullopt;
  }
  path.remove_prefix(1);
  for (std::size_t i = 0; i < assets::kFileCount; ++i) {
    if (assets::kFiles[i].name != path) {
      continue;
    }
    std::string_view type = "application/octet-stream";
    if (path.ends_with(".html")) {
      type = "text/html; charset=utf-8";
    } else if (path.ends_with(".js")) {
      type = "text/javascript; charset=utf-8";
    } else if (path.ends_with(".css")) {
      type = "text/css; charset=utf-8";
    } else if (path.ends_with(".svg")) {
      type = "image/svg+xml";
    }
    return StaticFile{assets::kFiles[i].data, type};
  }
  return std::nullopt;
}

} // namespace balcony::net
