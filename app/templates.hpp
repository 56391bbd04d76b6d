// The session templates shipped in assets/templates, compiled in and read with nlohmann-json.
#pragma once

#include "balcony/core/session_template.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace balcony::app {

namespace templates {
struct Embedded {
  std::string_view name;
  std::string_view data;
};
extern const Embedded kFiles[];
extern const std::size_t kFileCount;
} // namespace templates

// Every shipped template, in file order. A template that does not parse is left out (and
// reported on standard error): the build's own test would have caught it.
std::vector<core::SessionTemplate> loadTemplates();

} // namespace balcony::app
