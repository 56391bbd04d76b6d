// The desktop side: the console on the laptop screen and the projector window for the room.
#pragma once

#include "balcony/core/ports.hpp"
#include "balcony/core/session_template.hpp"
#include "balcony/core/snapshot.hpp"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace balcony::ui {

// Progress of an export running on its own thread; the console shows it and stays responsive.
struct ExportProgress {
  std::atomic<bool> running{false};
  std::atomic<int> done{0};
  std::atomic<int> total{1};
  std::mutex mutex;
  std::string message; // the outcome, in words, once finished
};

// One session in the library list, as the console shows it.
struct LibraryEntry {
  std::int64_t id = 0;
  std::int64_t series = 0;
  std::string date;
  std::string title;
  std::size_t participants = 0;
  bool archived = false;
};

// One piece of text the projector drew in its last frame, with the box its layout gave it and the
// extent of its lines, in window pixels (x0, y0, x1, y1): tests check from these that nothing was
// clipped, ran out of its part of the window, or lay over another text.
struct ProjectorText {
  std::string shown; // as drawn, lines joined by spaces; a shortened text ends with "…"
  std::string full;  // what it stands for
  float box[4] = {};
  float drawn[4] = {};
  float region[4] = {}; // the board, the alert strip or the join column
  bool shortened = false;
};

struct GuiOptions {
  std::string joinUrl;
  std::string databasePath;
  std::string screenshotDir; // non-empty: render once, write console.png and projector.png, exit
  int frameStatsSeconds = 0; // > 0: draw every frame for this long, print what frames cost, exit
  int projectorWidth = 1280;
  int projectorHeight = 720;
  int consoleWidth = 1100;
  int consoleHeight = 720;
  std::string beliefView = "room"; // "room", "groups" or "trend": the projector's first view
  bool trendByGroup = false;
  int trendBelief = 0;
  bool darkProjector = false;
  bool darkConsole = false; // the console in the dark theme (a dark room, a bright laptop screen)
  bool highContrastProjector = false;
  std::string differenceView = "prompt"; // "prompt", "ranking" or "statements"
  std::string consoleTab;                // the console tab open at start, by title ("Moderation"); empty: the first
  int inFullSteps = 0;                   // screenshots: F pressed this many times on the projector first
  std::string joinPanel = "auto";        // "auto" (a strip once a question is open), "full" or "strip"
  // Screenshots: keys pressed before the given frame, through the window's own GLFW key callback
  // (the path a real key takes), on the console or the projector window; tests use this.
  struct ScriptedKey {
    int frame = 0;
    bool projector = false;
    int key = 0;      // a GLFW key code
    int mods = 0;     // GLFW_MOD_CONTROL, ...
    std::string text; // typed instead of a key, through the window's character callback
    // Instead of a key: the console button with this label (the first in view) pressed with the
    // mouse at its middle, through the window's cursor and mouse-button path.
    std::string click;
    // Instead of a key: the mouse pressed again where the last click was, once that click's
    // command is applied (the second press of a double click, as it lands in a real room); at least
    // three frames after the first press, which lands in its frame and fires in the next.
    bool clickAgain = false;
  };
  std::vector<ScriptedKey> keys;
  bool projectorBlank = false;         // start with the projector blank (B)
  std::function<core::Millis()> clock; // wall clock when empty; tests pass their own
  core::EventPort* event = nullptr;    // the link to an event of many rooms, or null
  std::vector<core::SessionTemplate> templates;
  struct JoinAddress {
    std::string interface;
    std::string url;
  };
  std::vector<JoinAddress> joinAddresses; // every network this laptop is on; the first is used
  bool noNetwork = false;                 // only loopback: phones cannot reach this laptop
  std::string notice;                     // a problem already handled, told to the facilitator
  std::string reachabilityAdvice;         // shown when no phone has joined a while after start
  std::string exportFolder;               // where the console's "Export everything" writes
  std::string templateFolder;             // where the Plan tab offers to save a template
  // Saves the session's plan, groups, belief statements and endeavour as a template file; returns a
  // problem in words, or empty.
  std::function<std::string(const std::string& path, const core::SessionState&)> saveTemplate;
  // Starts writing every export of this session into a folder, on another thread.
  std::function<void(const std::string& folder, std::shared_ptr<ExportProgress>)> exportAll;
  std::int64_t session = 0;                                      // the session this run shows
  std::function<std::vector<LibraryEntry>()> listSessions;       // the session library
  std::function<std::string(std::int64_t, bool)> archiveSession; // returns a problem, or empty
};

// When Balcony cannot start at all (the database cannot be opened, say), a facilitator who
// started it from a menu sees the problem and what to do in a window, not in a terminal.
int showProblem(const std::string& message);

// A scripted mouse press on the console and what lay under the cursor after it.
struct ButtonClick {
  std::string label; // the button under the cursor when it was pressed (empty: none)
  float x = 0;
  float y = 0;
  // Other buttons, enabled, found at that spot in the frames that followed (until the mouse went
  // elsewhere): a button that follows another must never be one of these.
  std::vector<std::string> tookItsPlace;
};

class GuiImpl;

class Gui {
public:
  explicit Gui(core::FacilitatorPort& port);
  ~Gui();
  Gui(const Gui&) = delete;
  Gui& operator=(const Gui&) = delete;

  // Runs until the console is closed or requestClose(). Returns a process exit status, or
  // kNextSessionRequested when the facilitator asked to start the series' next session.
  int run(const GuiOptions& options);
  static constexpr int kNextSessionRequested = 100;
  static constexpr int kOpenSessionRequested = 101; // see requestedSession()
  std::int64_t requestedSession() const;
  // Every text of the projector's last frame, and the window's size then.
  std::vector<ProjectorText> projectorText() const;
  // The scripted mouse presses of the last run(), in order.
  std::vector<ButtonClick> clicks() const;
  int projectorWidth() const;
  int projectorHeight() const;

  void wake();         // thread-safe: a new snapshot is ready
  void requestClose(); // thread-safe

private:
  std::unique_ptr<GuiImpl> m_impl;
};

} // namespace balcony::ui
