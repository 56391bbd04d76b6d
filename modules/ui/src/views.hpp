// The views: they draw a const snapshot and turn what the facilitator asks into commands.
#pragma once

#include "fonts.hpp"
#include "qr_code.hpp"
#include "theme.hpp"

#include "balcony/core/snapshot.hpp"

#include <array>
#include <memory>
#include <mutex>
#include <string>

namespace balcony::ui {

struct ProjectorContext {
  const FontSet& fonts;
  Theme theme;
  const std::string& joinUrl;
  const QrCode& qr;
};

void drawProjector(const core::Snapshot& snapshot, const ProjectorContext& ctx);
void drawBeliefBoard(const core::Snapshot& snapshot, const ProjectorContext& ctx, ImVec2 origin, ImVec2 size);

struct ConsoleInfo {
  const FontSet& fonts;
  const std::string& joinUrl;
  const std::string& databasePath;
};

class ConsoleView {
public:
  void draw(const core::Snapshot& snapshot, core::CommandPort& port, const ConsoleInfo& info);

private:
  void drawBeliefControls(const core::Snapshot& snapshot, core::CommandPort& port, const ConsoleInfo& info);
  void send(core::CommandPort& port, core::CommandBody body, std::string done);

  std::array<std::array<char, 320>, core::kBeliefCount> m_statements{};
  bool m_statementsLoaded = false;
  int m_scale = 0;  // 0: 1–5, 1: 0–10
  // Replies arrive on the engine thread; the console reads the text on its next frame.
  struct Feedback {
    std::mutex mutex;
    std::string text;
    void set(std::string t) {
      std::lock_guard lock(mutex);
      text = std::move(t);
    }
    std::string get() {
      std::lock_guard lock(mutex);
      return text;
    }
  };
  std::shared_ptr<Feedback> m_feedback = std::make_shared<Feedback>();
};

} // namespace balcony::ui
