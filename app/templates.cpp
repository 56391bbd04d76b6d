// Session templates as JSON files: the ones shipped in assets/templates (compiled in), and the
// facilitator's own, saved from the Plan tab and loaded with --template FILE.json. Every field is
// read with its type checked, and a bad one is named ("plan[2].options: must be a list of texts").
// The fields are documented in assets/templates/README.md.
#include "templates.hpp"

#include "balcony/core/plan_stored_form.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace balcony::app {
namespace {

using nlohmann::json;

struct FieldError {
  std::string message;
};

[[noreturn]] void bad(const std::string& field, const std::string& what) {
  throw FieldError{field + ": " + what};
}

std::string text(const json& j, const std::string& key, const std::string& field, bool required = false) {
  if (!j.contains(key)) {
    if (required) bad(field + key, "is missing");
    return {};
  }
  if (!j.at(key).is_string()) bad(field + key, "must be a text in quotes");
  return j.at(key).get<std::string>();
}

int number(const json& j, const std::string& key, const std::string& field, int fallback) {
  if (!j.contains(key)) return fallback;
  if (!j.at(key).is_number_integer()) bad(field + key, "must be a whole number");
  return j.at(key).get<int>();
}

std::vector<std::string> texts(const json& j, const std::string& key, const std::string& field) {
  if (!j.contains(key)) return {};
  const auto& list = j.at(key);
  if (!list.is_array()) bad(field + key, "must be a list of texts");
  std::vector<std::string> out;
  for (const auto& item : list) {
    if (!item.is_string()) bad(field + key, "must be a list of texts");
    out.push_back(item.get<std::string>());
  }
  return out;
}

core::PlanStep step(const json& j, const std::string& field) {
  if (!j.is_object()) bad(field, "must be an object with a \"kind\"");
  core::PlanStep s;
  const auto kind = core::stepKindFromName(text(j, "kind", field + ".", true));
  if (!kind) bad(field + ".kind", "must be belief, poll, prompt, topic, board or break");
  s.kind = *kind;
  s.text = text(j, "text", field + ".");
  s.options = texts(j, "options", field + ".");
  if (j.contains("statements")) {
    const auto statements = texts(j, "statements", field + ".");
    if (statements.size() != core::kBeliefCount) bad(field + ".statements", "must be three texts");
    std::copy(statements.begin(), statements.end(), s.statements.begin());
  }
  s.scaleMin = number(j, "scale_min", field + ".", s.scaleMin);
  s.scaleMax = number(j, "scale_max", field + ".", s.scaleMax);
  s.minutes = number(j, "minutes", field + ".", s.kind == core::StepKind::Topic ? 15 : 10);
  if (j.contains("prompt_kind")) s.promptKind = text(j, "prompt_kind", field + ".");
  if (j.contains("board")) {
    const auto board = core::boardFromName(text(j, "board", field + "."));
    if (!board) bad(field + ".board", "must name a board: belief, poll, difference, topics or clarity");
    s.board = *board;
  }
  s.note = text(j, "note", field + ".");
  return s;
}

core::SessionTemplate parse(std::string_view data) {
  json j;
  try {
    j = json::parse(data);
  } catch (const json::parse_error& e) {
    throw FieldError{std::string("not JSON: ") + e.what()};
  }
  if (!j.is_object()) throw FieldError{"must be a JSON object"};
  core::SessionTemplate t;
  t.name = text(j, "name", "", true);
  t.description = text(j, "description", "");
  t.title = text(j, "title", "");
  t.groups = texts(j, "groups", "");
  if (j.contains("statements")) {
    const auto statements = texts(j, "statements", "");
    if (statements.size() != core::kBeliefCount) bad("statements", "must be three texts");
    std::copy(statements.begin(), statements.end(), t.statements.begin());
  }
  if (j.contains("topics") && !j.at("topics").is_array()) bad("topics", "must be a list");
  for (std::size_t i = 0; j.contains("topics") && i < j.at("topics").size(); ++i) {
    const auto& topic = j.at("topics").at(i);
    const std::string field = "topics[" + std::to_string(i + 1) + "].";
    if (!topic.is_object()) bad("topics[" + std::to_string(i + 1) + "]", "must be an object");
    t.topics.emplace_back(text(topic, "title", field, true), number(topic, "minutes", field, 15));
  }
  if (j.contains("prompts") && !j.at("prompts").is_array()) bad("prompts", "must be a list");
  for (std::size_t i = 0; j.contains("prompts") && i < j.at("prompts").size(); ++i) {
    const auto& prompt = j.at("prompts").at(i);
    const std::string field = "prompts[" + std::to_string(i + 1) + "].";
    if (!prompt.is_object()) bad("prompts[" + std::to_string(i + 1) + "]", "must be an object");
    const auto kind = prompt.contains("kind") ? text(prompt, "kind", field) : std::string("case");
    t.prompts.emplace_back(text(prompt, "text", field, true), kind);
  }
  t.endeavour = text(j, "endeavour", "");
  if (j.contains("plan") && !j.at("plan").is_array()) bad("plan", "must be a list of steps");
  for (std::size_t i = 0; j.contains("plan") && i < j.at("plan").size(); ++i) {
    t.plan.push_back(step(j.at("plan").at(i), "plan[" + std::to_string(i + 1) + "]"));
  }
  return t;
}

json stepJson(const core::PlanStep& s) {
  json j = json::object();
  j["kind"] = std::string(core::stepKindName(s.kind));
  switch (s.kind) {
  case core::StepKind::Belief:
    j["statements"] = s.statements;
    j["scale_min"] = s.scaleMin;
    j["scale_max"] = s.scaleMax;
    break;
  case core::StepKind::Poll:
    j["text"] = s.text;
    j["options"] = s.options;
    if (s.options.empty()) {
      j["scale_min"] = s.scaleMin;
      j["scale_max"] = s.scaleMax;
    }
    break;
  case core::StepKind::Prompt:
    j["text"] = s.text;
    j["prompt_kind"] = s.promptKind;
    break;
  case core::StepKind::Topic:
  case core::StepKind::Break:
    j["text"] = s.text;
    j["minutes"] = s.minutes;
    break;
  case core::StepKind::Board: j["board"] = std::string(core::boardName(s.board)); break;
  }
  if (!s.note.empty()) j["note"] = s.note;
  return j;
}

} // namespace

TemplateResult parseTemplate(std::string_view data) {
  try {
    return parse(data);
  } catch (const FieldError& e) {
    return e.message;
  } catch (const json::exception& e) {
    return std::string("unreadable: ") + e.what();
  }
}

std::vector<core::SessionTemplate> loadTemplates() {
  std::vector<core::SessionTemplate> out;
  for (std::size_t i = 0; i < templates::kFileCount; ++i) {
    const auto& file = templates::kFiles[i];
    auto result = parseTemplate(file.data);
    if (auto* t = std::get_if<core::SessionTemplate>(&result)) {
      out.push_back(std::move(*t));
    } else {
      std::cerr << "balcony: template " << file.name << " is damaged: " << std::get<std::string>(result) << "\n";
    }
  }
  return out;
}

TemplateResult loadTemplateFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "cannot be read (does it exist?)";
  std::ostringstream data;
  data << in.rdbuf();
  if (data.str().size() > 1'000'000) return "is larger than a template can be (1 MB)";
  return parseTemplate(data.str());
}

std::string templateJson(const core::SessionTemplate& t) {
  json j = json::object();
  j["name"] = t.name;
  if (!t.description.empty()) j["description"] = t.description;
  j["title"] = t.title;
  j["groups"] = t.groups;
  j["statements"] = t.statements;
  json topics = json::array();
  for (const auto& [title, minutes] : t.topics)
    topics.push_back({{"title", title}, {"minutes", minutes}});
  j["topics"] = topics;
  json prompts = json::array();
  for (const auto& [text, kind] : t.prompts)
    prompts.push_back({{"text", text}, {"kind", kind}});
  j["prompts"] = prompts;
  j["endeavour"] = t.endeavour;
  json plan = json::array();
  for (const auto& s : t.plan)
    plan.push_back(stepJson(s));
  j["plan"] = plan;
  return j.dump(2) + "\n";
}

std::string saveTemplateFile(const std::filesystem::path& path, const core::SessionTemplate& t) {
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  if (ec) return "cannot create the folder " + path.parent_path().string() + ": " + ec.message();
  // Written beside and renamed over: a crash never leaves half a template.
  const auto partial = std::filesystem::path(path.string() + ".partial");
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (!out) return "cannot write " + path.string() + " (is the folder writable?)";
    out << templateJson(t);
    if (!out.flush()) return "cannot write " + path.string() + " (is the disk full?)";
  }
  std::filesystem::rename(partial, path, ec);
  if (ec) return "cannot write " + path.string() + ": " + ec.message();
  return {};
}

} // namespace balcony::app
