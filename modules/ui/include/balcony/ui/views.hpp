// The views: they draw a const snapshot and turn what the facilitator asks into commands.
#pragma once

#include "balcony/ui/fonts.hpp"
#include "balcony/ui/qr_code.hpp"
#include "balcony/ui/theme.hpp"

#include "balcony/core/ports.hpp"
#include "balcony/core/snapshot.hpp"
#include "balcony/ui/gui.hpp"

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
  Theme consoleTheme = Theme::Light; // light or dark
  // Where the projector window goes: kAutomatic, kWindowed, or a monitor index.
  static constexpr int kAutomatic = -1;
  static constexpr int kWindowed = -2;
  int placement = kAutomatic;
  std::vector<std::string> monitorNames; // filled by the GUI, for the console's choice
  std::string placedOn;                  // where it is now, in words
  bool showHelp = false;                 // the shortcut overlay (F1)
  bool nextSessionRequested = false;     // "start the next session of this series"
  std::int64_t openSession = 0;          // a session chosen in the library
  // Texts the projector had to shorten in its last frame, in full, and the one shown in full over
  // the board (empty: the board itself). F on the projector or the console steps through them.
  std::vector<std::string> shortened;
  std::string fullText;
  // B or . (a clicker's blank key): the projector goes black until pressed again or Esc.
  bool blank = false;
  // The join panel: automatic (a strip once a question is open), or as chosen with J.
  enum class JoinPanel { Automatic, Full, Strip };
  JoinPanel joinPanel = JoinPanel::Automatic;
  // Set by the Present tab on each frame it shows: the projector's frame is then copied for its
  // miniature (not otherwise, so frames cost nothing more while it is hidden).
  bool miniatureWanted = false;
  std::string selectTab;           // a console tab to bring to the front on the next frame, by title
  bool projectorMinimised = false; // closed or minimised: the console says so and offers it back
  bool restoreProjector = false;   // the console's "Bring it back"
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
// Whether the join panel is a strip now: by the facilitator's choice, or once a question is open.
bool joinAsStrip(const core::SessionState& state, const ProjectorSettings& settings);
// F on the projector, Ctrl+F on the console: the next shortened text in full, then back to the board.
void stepInFull(ProjectorSettings& settings);

// Plain words for a divergence score (see difference/difference_summary.hpp).
const char* divergenceWords(double divergence);

struct ConsoleInfo {
  const FontSet& fonts;
  const std::string& joinUrl;
  const std::string& databasePath;
  core::Millis now = 0;
  const GuiOptions* options = nullptr; // templates and the join addresses to choose from
  int* joinChoice = nullptr;           // which join address the projector shows
  core::Millis startedAt = 0;          // when the windows opened
  unsigned int projectorTexture = 0;   // the projector's last frame, for the Present tab (0: none yet)
  float projectorAspect = 0;           // its width over its height
};

// How long the join address is up with nobody joining before the console says what to try.
constexpr core::Millis kReachabilityWaitMs = 90'000;

} // namespace balcony::ui
