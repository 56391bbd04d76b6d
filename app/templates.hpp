// The session templates shipped in assets/templates, compiled in and read with nlohmann-json.
#pragma once

#include "balcony/core/session_template.hpp"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <variant>
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

// A template, or what is wrong with it in words naming the field ("plan[2].minutes: must be a
// whole number").
using TemplateResult = std::variant<core::SessionTemplate, std::string>;
TemplateResult parseTemplate(std::string_view data);

// Every shipped template, in file order. A template that does not parse is left out (and
// reported on standard error): the build's own test would have caught it.
std::vector<core::SessionTemplate> loadTemplates();

// The facilitator's own template files: read one (--template FILE.json), or write one from the
// Plan tab (returns a problem in words, or empty).
TemplateResult loadTemplateFile(const std::filesystem::path& path);
std::string templateJson(const core::SessionTemplate& t);
std::string saveTemplateFile(const std::filesystem::path& path, const core::SessionTemplate& t);

} // namespace balcony::app
