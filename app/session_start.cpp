// Opening or starting a session: the library's choice, the next meeting of a series (the endeavour
// and the open clarity items carried on), a template's topics and prompts.
#include "session_start.hpp"

#include "room_code.hpp"
#include "templates.hpp"

#include "balcony/core/session_template.hpp"
#include "balcony/platform/local_time.hpp"
#include "balcony/platform/utf8.hpp"
#include "balcony/platform/wall_clock.hpp"

#include <cctype>
#include <chrono>
#include <iostream>
#include <optional>
#include <variant>

namespace balcony::app {

namespace {

const std::vector<std::string> kDefaultGroups = {"Health", "Police", "Schools", "Social care", "Service users"};

std::string defaultTitle() {
  const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  char date[32];
  const std::tm local = platform::localTime(now);
  std::strftime(date, sizeof date, "%d %B %Y", &local);
  return std::string("Partnership meeting, ") + date;
}

// The next meeting of a series starts where the last one ended: the endeavour, and the items
// still open, with their review dates.
void carryForward(engine::Engine& engine, const core::SessionState& previous) {
  if (!previous.endeavour.empty()) {
    engine.execute({0, core::SetEndeavour{previous.endeavour}});
  }
  int carried = 0;
  for (const auto& item : previous.clarity) {
    if (!item.carriesOn()) {
      continue;
    }
    auto fields = item.fields;
    fields.topic = 0; // topics belong to the earlier agenda
    if (!engine.execute({0, core::AddClarityItem{fields, item.status}}).error) {
      ++carried;
    }
  }
  std::cerr << "balcony: carried the endeavour and " << carried << " open items from the last session\n";
  // The plan comes along too, from its first step: a series often runs the same shape each time.
  int steps = 0;
  for (const auto& step : previous.plan) {
    steps += engine.execute({0, core::AddPlanStep{0, step}}).error ? 0 : 1;
  }
  if (steps > 0) std::cerr << "balcony: carried the plan's " << steps << " steps\n";
  if (carried > 0 || !previous.endeavour.empty()) {
    // The meeting opens where the last one ended: what was clear for now, due dates highlighted.
    engine.execute({0, core::ShowBoard{core::Board::Clarity}});
  }
}

std::string lower(std::string s) {
  for (auto& c : s)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A template file of the facilitator's own (a path, or a name ending in .json), else a shipped one.
bool isTemplateFile(const std::string& name) {
  return name.find('/') != std::string::npos || name.find('\\') != std::string::npos ||
         (name.size() > 5 && lower(name.substr(name.size() - 5)) == ".json");
}

// The template asked for, checked whole on a session like the one about to start (so a bad one
// changes nothing, not even the library), or nothing with the reason on standard error.
std::optional<core::SessionTemplate> chooseTemplate(const std::string& name, const core::CreateSession& create) {
  std::optional<core::SessionTemplate> chosen;
  if (isTemplateFile(name)) {
    auto result = loadTemplateFile(platform::pathFromUtf8(name));
    if (auto* problem = std::get_if<std::string>(&result)) {
      std::cerr << "balcony: the template file " << name << ": " << *problem << ". Nothing was set up.\n";
      return std::nullopt;
    }
    chosen = std::get<core::SessionTemplate>(std::move(result));
  } else {
    std::string names;
    for (auto& t : loadTemplates()) {
      names += (names.empty() ? "" : ", ") + t.name;
      if (lower(t.name) == lower(name)) chosen = std::move(t);
    }
    if (!chosen) {
      std::cerr << "balcony: no template called \"" << name << "\" (shipped: " << names
                << "; or give a .json file of your own)\n";
      return std::nullopt;
    }
  }
  core::SessionState trial;
  const auto created = core::decide(trial, core::Command{0, create});
  for (const auto& e : created.events)
    core::apply(trial, core::Event{0, e});
  if (const auto problem = core::templateProblem(trial, *chosen); !problem.empty()) {
    std::cerr << "balcony: the template \"" << chosen->name << "\" cannot be used: " << problem
              << " Nothing was set up.\n";
    return std::nullopt;
  }
  return chosen;
}

} // namespace

std::optional<ChosenSession> chooseSession(store::Store& db, const RunOptions& options) {
  ChosenSession chosen;
  chosen.groups = kDefaultGroups;
  chosen.id = db.latestSession();
  const auto latest = chosen.id;
  if (options.openSession != 0) {
    if (options.openSession < 1 || options.openSession > chosen.id) {
      std::cerr << "balcony: there is no session " << options.openSession << " (see balcony sessions)\n";
      return std::nullopt;
    }
    chosen.id = options.openSession;
  } else if (chosen.id != 0 && options.newSession) {
    // The next meeting of the same partnership: same groups, same series, so trends carry on.
    chosen.previous = core::replay(db.loadEvents(chosen.id));
    if (chosen.previous->created) {
      chosen.groups = chosen.previous->groups;
    }
    chosen.id = db.createSession(platform::wallClock(), chosen.id);
  } else if (chosen.id == 0 || options.newSeries || options.newSession) {
    chosen.id = db.createSession(platform::wallClock());
  }
  // Phones of the session that ran last may come back with its code (the facilitator just started
  // the next one): the server tells them it ended rather than counting them as guesses.
  if (latest != 0 && latest != chosen.id) {
    try {
      chosen.endedRoomCode = chosen.previous ? chosen.previous->roomCode : core::replay(db.loadEvents(latest)).roomCode;
    } catch (const store::StoreError&) {
      // A damaged latest session: the one asked for still opens; its phones are simply not recognised.
    }
  }
  return chosen;
}

bool setUpNewSession(engine::Engine& engine, const ChosenSession& chosen, const RunOptions& options) {
  const core::CreateSession create{defaultTitle(), newRoomCode(), chosen.groups};
  std::optional<core::SessionTemplate> plan;
  if (!options.templateName.empty()) {
    plan = chooseTemplate(options.templateName, create);
    if (!plan) return false;
  }
  const auto r = engine.execute({0, create});
  if (r.error) {
    std::cerr << "balcony: cannot set up the session: " << r.error->message << "\n";
    return false;
  }
  if (chosen.previous) {
    carryForward(engine, *chosen.previous);
  }
  if (plan) {
    for (auto& command : core::templateCommands(*plan)) {
      if (const auto applied = engine.execute({0, core::widen(std::move(command))}); applied.error) {
        std::cerr << "balcony: template \"" << plan->name << "\": " << applied.error->message << "\n";
      }
    }
    std::cerr << "balcony: set up from the \"" << plan->name << "\" template (" << plan->plan.size()
              << " plan steps)\n";
  }
  return true;
}

} // namespace balcony::app
