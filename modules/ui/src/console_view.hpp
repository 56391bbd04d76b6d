// The facilitator's console: status and how to join, alerts, what the projector shows, and one tab
// per board (from the registry) between the console's own Setup, Moderation, Library and Settings.
// Every board control has a keyboard shortcut, shown beside it; Ctrl+E and Ctrl+R close and reveal
// whatever is on the projector.
#pragma once

#include "balcony/ui/console_tab.hpp"

#include <memory>
#include <string>
#include <vector>

namespace balcony::ui {

class ConsoleView {
public:
  ConsoleView();
  void draw(const core::Snapshot& snapshot, core::FacilitatorPort& port, const ConsoleInfo& info,
            ProjectorSettings& settings);
  // The console's keys, read in the window that has the keyboard: the projector window calls this
  // in its own frame, so board and clicker keys work from either.
  void handleKeys(const core::Snapshot& snapshot, core::FacilitatorPort& port, const ConsoleInfo& info,
                  ProjectorSettings& settings);

private:
  void drawStatus(const core::Snapshot& snapshot, ConsoleContext& ctx);
  void drawProjectorControls(const core::Snapshot& snapshot, ConsoleContext& ctx);
  void drawTabs(const core::Snapshot& snapshot, ConsoleContext& ctx);
  void drawHelp(const ConsoleInfo& info, ProjectorSettings& settings);
  void handleShortcuts(const core::Snapshot& snapshot, ConsoleContext& ctx);
  BoardConsoleTab& boardTab(core::Board board);

  std::unique_ptr<ConsoleTab> m_present;
  std::unique_ptr<ConsoleTab> m_setup;
  std::unique_ptr<ConsoleTab> m_plan;
  std::vector<std::unique_ptr<BoardConsoleTab>> m_boards; // in the registry's order
  std::vector<std::unique_ptr<ConsoleTab>> m_after;       // moderation, library, settings
  std::shared_ptr<Feedback> m_feedback = std::make_shared<Feedback>();
  bool m_firstFrame = true;
  std::string m_openTab; // the tab open on the last frame
};

} // namespace balcony::ui
