// What the console's longest lists cost to draw: the Moderation tab open on a session with `rows`
// statements waiting, as many approved, as many notes on the prompt showing and a tenth of that
// hidden, every frame drawn for `seconds` seconds (Gui's frame stats, printed on stderr).
// Run under Xvfb by bench/console_lists.sh; compare a short list with a long one.
#include "balcony/engine/engine.hpp"
#include "balcony/store/store.hpp"
#include "balcony/ui/gui.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

using namespace balcony;
using namespace balcony::core;

int main(int argc, char** argv) {
  if (argc != 4 && argc != 5) {
    std::fprintf(stderr, "usage: balcony_console_lists DATABASE ROWS SECONDS [TAB]\n");
    return 2;
  }
  const std::filesystem::path path = argv[1];
  const int rows = std::atoi(argv[2]);
  const int seconds = std::atoi(argv[3]);
  store::Store db(path);
  const auto session = db.createSession(1);
  // Written as events in one go (a room's worth of phones would take minutes through the server).
  std::vector<Event> events = {
      {1, SessionCreated{"Moderation with a long queue", "ROOM", {"Health", "Police", "Schools"}}},
      {2, PromptAdded{1, "How worried are you about J?", "case", 1, 5, true}},
      {3, PromptShown{1}},
  };
  const char* groups[] = {"Health", "Police", "Schools"};
  const auto token = [](int i) {
    std::string t = "bench-" + std::to_string(i);
    t.resize(22, 'x');
    return t;
  };
  for (int i = 1; i <= 2 * rows; ++i) {
    const auto who = static_cast<ParticipantId>(i);
    events.push_back({10, ParticipantJoined{who, token(i), groups[i % 3]}});
    events.push_back({10, StatementSubmitted{i, who,
                                             "Statement " + std::to_string(i) +
                                                 ": we need one shared chronology, "
                                                 "written once and read by every agency"}});
    if (i > rows) events.push_back({10, StatementApproved{i}});
    if (i <= rows) {
      events.push_back({10, PromptAnswered{who, 1, 1 + i % 5}});
      events.push_back({10, NoteAdded{i, who, 1, "Note " + std::to_string(i) + ": what I see from where I sit"}});
      if (i % 10 == 0) events.push_back({10, NoteHidden{i}});
    }
  }
  db.append(session, events);
  engine::Engine engine(db, session, [] { return Millis{1'700'000'000'000}; });
  engine.start();
  ui::GuiOptions options;
  options.joinUrl = "http://192.0.2.10:8080/?room=ROOM";
  options.databasePath = path.string();
  options.consoleTab = argc == 5 ? argv[4] : "Moderation"; // another tab: what the rest of the frame costs
  options.frameStatsSeconds = seconds;
  std::fprintf(stderr, "balcony: the Moderation tab with %d statements waiting, %d approved, %d notes (%d hidden)\n",
               rows, rows, rows, rows / 10);
  ui::Gui gui(engine.facilitator());
  const int status = gui.run(options);
  engine.stop();
  return status;
}
