// A tab of the facilitator's console: one view with its own state, drawn from a const snapshot,
// sending what the facilitator asks as commands (ImHex's drawContent() per view). Each board has
// one (modules/boards/<board>/<board>_console.cpp); setup, moderation, library and settings are
// the console's own.
#pragma once

#include "balcony/ui/console_button.hpp"
#include "balcony/ui/views.hpp"

#include <GLFW/glfw3.h>

#include <array>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <type_traits>
#include <vector>

namespace balcony::ui {

// Replies arrive on the engine thread; the console reads the text on its next frame.
class Feedback {
public:
  void set(std::string text) {
    std::lock_guard lock(m_mutex);
    m_text = std::move(text);
  }
  std::string get() {
    std::lock_guard lock(m_mutex);
    return m_text;
  }

private:
  std::mutex m_mutex;
  std::string m_text;
};

// What every tab may use while it draws.
struct ConsoleContext {
  core::FacilitatorPort& port;
  const ConsoleInfo& info;
  ProjectorSettings& settings;
  std::shared_ptr<Feedback> feedback;
  bool reloadForms = false; // set when the session changed under the forms (a template was applied)
  // Worked out once a frame by the console's frame, for any tab that shows them.
  int unresolvedAlerts = 0;
  int waitingStatements = 0;
  int waitingProposals = 0;
  int waitingFlagWords = 0;
  // What else waits in a board's own tab (BoardConsoleTab::waiting): {tab title, what, count}.
  struct Waiting {
    std::string tab;
    std::string what;
    int count = 0;
  };
  std::vector<Waiting> boardWaiting = {};
  // The tab of the board on the projector now (none while the join screen or a blank shows).
  class BoardConsoleTab* shownBoard = nullptr;

  // Sends a facilitator command; `done` is what the console says once the engine took it.
  void send(core::FacilitatorCommandBody body, std::string done) {
    feedback->set("Working...");
    port.submit({0, std::move(body)}, [fb = feedback, done = std::move(done)](const core::CommandResult& r) {
      fb->set(r.error ? "Could not do that: " + r.error->message : done);
    });
  }
  // Several commands in order (the engine takes them in the order sent); the first refusal is
  // what the console says, else `done`.
  void sendAll(std::vector<core::FacilitatorCommandBody> bodies, std::string done) {
    if (bodies.empty()) return;
    feedback->set("Working...");
    auto failed = std::make_shared<bool>(false);
    for (std::size_t i = 0; i < bodies.size(); ++i) {
      const bool last = i + 1 == bodies.size();
      port.submit({0, std::move(bodies[i])}, [fb = feedback, failed, last, done](const core::CommandResult& r) {
        if (r.error && !*failed) {
          *failed = true;
          fb->set("Could not do that: " + r.error->message);
        } else if (last && !*failed) {
          fb->set(done);
        }
      });
    }
  }
};

class ConsoleTab {
public:
  virtual ~ConsoleTab() = default;
  virtual const char* title() const = 0;
  virtual void drawContent(const core::Snapshot& snapshot, ConsoleContext& ctx) = 0;
  // The session changed under the forms (a template): read them afresh from the state.
  virtual void reload() {}
  // Called on each frame the tab is not the one showing.
  virtual void hidden() {}
  // Bring this tab to the front on this frame (a shortcut wants a field in it).
  virtual bool wantsSelection() const { return false; }
};

// A board's tab, with what the rest of the console needs of that board.
class BoardConsoleTab : public ConsoleTab {
public:
  virtual core::Board board() const = 0;
  // Ctrl+<key> puts the board on the projector; the label names it in the projector controls.
  virtual int showKey() const = 0;
  virtual const char* keyName() const = 0;   // "B"
  virtual const char* shortName() const = 0; // "belief check", for the shortcut overlay
  virtual const char* projectorLabel() const = 0;
  virtual const char* shownMessage() const = 0;
  virtual bool canShow(const core::SessionState&) const { return true; }
  // The board's own shortcuts, other than the one that shows it.
  virtual void shortcuts(const core::Snapshot&, ConsoleContext&) {}
  // Ctrl+E and Ctrl+R while the board is on the projector; false when it has nothing to close.
  virtual bool closeShowing(ConsoleContext&) { return false; }
  virtual bool revealShowing(ConsoleContext&) { return false; }
  // Ctrl+1/2/3 while the board is showing: false when it has one view only.
  virtual bool selectView(int, ProjectorSettings&) { return false; }
  // The choice of view under the projector controls; false when the board has none.
  virtual bool drawProjectorOptions(const core::SessionState&, ProjectorSettings&) { return false; }
  // Rows for the shortcut overlay: {keys, what they do}.
  virtual std::vector<std::array<const char*, 2>> helpRows() const { return {}; }
  // What waits for the facilitator in this tab, counted on its label and on the Present tab
  // ("Reflections waiting"); 0: nothing.
  virtual int waiting(const core::SessionState&) const { return 0; }
  virtual const char* waitingName() const { return ""; }
  // On the Present tab while this board is on the projector: how the room is answering, and its
  // results before they are revealed (on the console only). Nothing by default.
  virtual void drawRoomFigures(const core::Snapshot&, ConsoleContext&) {}
};

template <std::size_t N> void copyInto(std::array<char, N>& dst, const std::string& src) {
  std::memset(dst.data(), 0, N);
  std::strncpy(dst.data(), src.c_str(), N - 1);
}

// Ctrl+<key> works while the cursor is in a text field too, except where the field uses it (Ctrl+Left
// and Ctrl+Right move by words there).
inline bool ctrlKey(int key) {
  const auto& io = ImGui::GetIO();
  if (io.WantTextInput && (key == GLFW_KEY_LEFT || key == GLFW_KEY_RIGHT)) return false;
  return io.KeyCtrl && ImGui::IsKeyPressed(key, false);
}

} // namespace balcony::ui
