// The views: they draw a const snapshot and turn what the facilitator asks into commands.
#pragma once

#include "fonts.hpp"
#include "qr_code.hpp"
#include "theme.hpp"

#include "balcony/core/ports.hpp"
#include "balcony/core/snapshot.hpp"
#include "balcony/ui/gui.hpp"

#include <array>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace balcony::ui {

enum class BeliefView { Distribution, ByGroup, Trend };
enum class DifferenceView { Prompt, Ranking, Statements };

// What the facilitator chose to show, kept by the GUI (not stored: it is presentation only).
struct ProjectorSettings {
  BeliefView beliefView = BeliefView::Distribution;
  bool trendByGroup = false;
  int trendBelief = 0; // which belief the per-group trend follows
  DifferenceView differenceView = DifferenceView::Prompt;
  Theme theme = Theme::Light;
  // Where the projector window goes: kAutomatic, kWindowed, or a monitor index.
  static constexpr int kAutomatic = -1;
  static constexpr int kWindowed = -2;
  int placement = kAutomatic;
  std::vector<std::string> monitorNames; // filled by the GUI, for the console's choice
  std::string placedOn;                  // where it is now, in words
  bool showHelp = false;                 // the shortcut overlay (F1)
  bool nextSessionRequested = false;     // "start the next session of this series"
  std::int64_t openSession = 0;          // a session chosen in the library
};

struct ProjectorContext {
  const FontSet& fonts;
  Theme theme;
  const std::string& joinUrl;
  const QrCode& qr;
  const ProjectorSettings& settings;
  core::Millis now = 0; // wall-clock time of this frame, for topic timers and signals
};

void drawProjector(const core::Snapshot& snapshot, const ProjectorContext& ctx);
void drawBeliefBoard(const core::Snapshot& snapshot, const ProjectorContext& ctx, ImVec2 origin, ImVec2 size);
void drawBeliefByGroup(const core::Snapshot& snapshot, const core::BeliefRound& round, const ProjectorContext& ctx,
                       ImVec2 origin, ImVec2 size);
void drawBeliefTrend(const core::Snapshot& snapshot, const ProjectorContext& ctx, ImVec2 origin, ImVec2 size);
void drawPollBoard(const core::Snapshot& snapshot, const ProjectorContext& ctx, ImVec2 origin, ImVec2 size);
void drawDifferenceBoard(const core::Snapshot& snapshot, const ProjectorContext& ctx, ImVec2 origin, ImVec2 size);
void drawTopicsBoard(const core::Snapshot& snapshot, const ProjectorContext& ctx, ImVec2 origin, ImVec2 size);
void drawClarityBoard(const core::Snapshot& snapshot, const ProjectorContext& ctx, ImVec2 origin, ImVec2 size);
// Unresolved alerts as calm banners, when the facilitator shows alerts on the projector; returns
// the height used.
float drawAlerts(const core::Snapshot& snapshot, const ProjectorContext& ctx, ImVec2 origin, float width);

// Plain words for a divergence score (see core/difference.hpp).
const char* divergenceWords(double divergence);

struct ConsoleInfo {
  const FontSet& fonts;
  const std::string& joinUrl;
  const std::string& databasePath;
  core::Millis now = 0;
  const GuiOptions* options = nullptr; // templates and the join addresses to choose from
  int* joinChoice = nullptr;           // which join address the projector shows
  core::Millis startedAt = 0;          // when the windows opened
};

// How long the join address is up with nobody joining before the console says what to try.
constexpr core::Millis kReachabilityWaitMs = 90'000;

class ConsoleView {
public:
  void draw(const core::Snapshot& snapshot, core::FacilitatorPort& port, const ConsoleInfo& info,
            ProjectorSettings& settings);

private:
  void drawProjectorControls(const core::Snapshot& snapshot, core::FacilitatorPort& port, ProjectorSettings& settings);
  void drawBeliefControls(const core::Snapshot& snapshot, core::FacilitatorPort& port);
  void drawPollControls(const core::Snapshot& snapshot, core::FacilitatorPort& port);
  void drawDifferenceControls(const core::Snapshot& snapshot, core::FacilitatorPort& port);
  void drawModeration(const core::Snapshot& snapshot, core::FacilitatorPort& port);
  void drawTopicControls(const core::Snapshot& snapshot, core::FacilitatorPort& port, core::Millis now);
  void drawClarityControls(const core::Snapshot& snapshot, core::FacilitatorPort& port, core::Millis now);
  void drawSetup(const core::Snapshot& snapshot, core::FacilitatorPort& port, const ConsoleInfo& info,
                 ProjectorSettings& settings);
  void drawHelp(const ConsoleInfo& info, ProjectorSettings& settings);
  void drawLibrary(const ConsoleInfo& info, ProjectorSettings& settings);
  void drawSettings(const core::Snapshot& snapshot, core::FacilitatorPort& port, ProjectorSettings& settings);
  void handleShortcuts(const core::Snapshot& snapshot, core::FacilitatorPort& port, ProjectorSettings& settings);
  void openRound(core::FacilitatorPort& port);
  void openPoll(core::FacilitatorPort& port);
  void send(core::FacilitatorPort& port, core::FacilitatorCommandBody body, std::string done);

  std::array<std::array<char, 320>, core::kBeliefCount> m_statements{};
  bool m_loaded = false;
  int m_scale = 0; // 0: 1–5, 1: 0–10
  bool m_showLive = false;

  std::array<char, 320> m_question{};
  int m_pollKind = 0; // 0: options, 1: scale 1–5, 2: scale 0–10
  std::array<std::array<char, 128>, core::kMaxPollOptions> m_options{};
  bool m_multiple = false;
  bool m_pollShowLive = false;
  bool m_focusQuestion = false;
  std::array<char, 520> m_promptText{};
  int m_promptKind = 0; // case, statement, risk
  bool m_promptNotes = true;
  std::array<char, 128> m_topicTitle{};
  int m_topicMinutes = 15;
  std::array<char, 320> m_decision{};
  core::SignalSettingsSet m_signalSettings;
  std::array<char, 1024> m_endeavour{};
  bool m_endeavourLoaded = false;
  int m_editing = 0; // the clarity item being edited, 0 for a new one
  std::array<char, 220> m_what{};
  std::array<char, 220> m_owner{};
  std::array<char, 220> m_resources{};
  std::array<char, 16> m_review{};
  int m_clarityTopic = 0;
  std::array<char, 512> m_exportFolder{};
  std::shared_ptr<ExportProgress> m_export = std::make_shared<ExportProgress>();
  std::vector<LibraryEntry> m_library;
  bool m_libraryLoaded = false;
  bool m_showArchived = false;
  std::array<char, 220> m_title{};
  std::array<char, 800> m_groups{};
  bool m_setupLoaded = false;
  bool m_signalSettingsLoaded = false;
  int m_threshold = 3;

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
