// Parses the embedded template files; their fields are documented in assets/templates/README.md.
#include "templates.hpp"

#include <nlohmann/json.hpp>

#include <iostream>

namespace balcony::app {

std::vector<core::SessionTemplate> loadTemplates() {
  std::vector<core::SessionTemplate> out;
  for (std::size_t i = 0; i < templates::kFileCount; ++i) {
    const auto& file = templates::kFiles[i];
    try {
      const auto j = nlohmann::json::parse(file.data);
      core::SessionTemplate t;
      t.name = j.at("name").get<std::string>();
      t.description = j.value("description", "");
      t.title = j.value("title", "");
      t.groups = j.value("groups", std::vector<std::string>{});
      if (j.contains("statements")) t.statements = j.at("statements").get<core::BeliefStatements>();
      for (const auto& topic : j.value("topics", nlohmann::json::array())) {
        t.topics.emplace_back(topic.at("title").get<std::string>(), topic.at("minutes").get<int>());
      }
      for (const auto& prompt : j.value("prompts", nlohmann::json::array())) {
        t.prompts.emplace_back(prompt.at("text").get<std::string>(), prompt.value("kind", "case"));
      }
      t.endeavour = j.value("endeavour", "");
      out.push_back(std::move(t));
    } catch (const nlohmann::json::exception& e) {
      std::cerr << "balcony: template " << file.name << " is damaged: " << e.what() << "\n";
    }
  }
  return out;
}

} // namespace balcony::app
