// The GUI loop. Idle is free: with nothing new it sleeps in glfwWaitEventsTimeout and draws
// nothing; a new snapshot or an input event wakes it for a couple of frames.
#include "balcony/ui/gui.hpp"

#include "fonts.hpp"
#include "screenshot.hpp"
#include "theme.hpp"
#include "views.hpp"
#include "window.hpp"

#include <GLFW/glfw3.h>
#include <imgui_impl_opengl3.h>

#include <chrono>
#include <cmath>
#include <iostream>

namespace balcony::ui {

class GuiImpl {
public:
  explicit GuiImpl(core::CommandPort& port) : m_port(port) {}
  int run(const GuiOptions& options);
  std::atomic<bool> closeRequested{false};
  std::atomic<bool> running{false};

private:
  void drawConsole(const core::Snapshot& snapshot, const GuiOptions& options);
  void drawProjectorWindow(const core::Snapshot& snapshot, const GuiOptions& options);
  void resizeProjectorFonts();

  core::CommandPort& m_port;
  std::unique_ptr<Window> m_console;
  std::unique_ptr<Window> m_projector;
  FontSet m_consoleFonts;
  FontSet m_projectorFonts;
  ConsoleView m_consoleView;
  std::unique_ptr<QrCode> m_qr;
  ProjectorSettings m_settings;
  Theme m_projectorTheme = Theme::Light;
};

namespace {

void glfwError(int code, const char* description) {
  std::cerr << "balcony: window system error " << code << ": " << description << "\n";
}

core::Millis wallClockMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// Clocks on screen (a topic's time, flags expiring, signals firing) need a frame now and then even
// when nothing else happens; otherwise the GUI sleeps until an event.
core::Millis now(const GuiOptions& options) { return options.clock ? options.clock() : wallClockMs(); }

bool needsTicking(const core::SessionState& state) { return state.currentTopic != 0 || !state.flags.empty(); }

float projectorBodyPx(int framebufferHeight) {
  // About 26 lines of body text fill the projector's height: readable from the back of a room.
  return std::max(14.0f, std::round(static_cast<float>(framebufferHeight) / 26.0f));
}

} // namespace

void GuiImpl::resizeProjectorFonts() {
  int w = 0;
  int h = 0;
  m_projector->framebufferSize(w, h);
  const float want = projectorBodyPx(h);
  if (std::abs(want - m_projectorFonts.bodyPx) < 0.5f && m_projectorTheme == m_settings.theme) {
    return;
  }
  m_projectorTheme = m_settings.theme;
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  m_projectorFonts = buildFonts(want);
  applyTheme(m_projectorTheme, want);
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

void GuiImpl::drawConsole(const core::Snapshot& snapshot, const GuiOptions& options) {
  m_console->beginFrame();
  m_consoleView.draw(snapshot, m_port, ConsoleInfo{m_consoleFonts, options.joinUrl, options.databasePath, now(options)},
                     m_settings);
  m_console->endFrame();
}

void GuiImpl::drawProjectorWindow(const core::Snapshot& snapshot, const GuiOptions& options) {
  glfwMakeContextCurrent(m_projector->handle());
  ImGui::SetCurrentContext(m_projector->context());
  resizeProjectorFonts();
  m_projector->beginFrame();
  drawProjector(snapshot,
                ProjectorContext{m_projectorFonts, m_projectorTheme, options.joinUrl, *m_qr, m_settings, now(options)});
  m_projector->endFrame();
}

int GuiImpl::run(const GuiOptions& options) {
  m_settings.beliefView = options.beliefView == "groups"  ? BeliefView::ByGroup
                          : options.beliefView == "trend" ? BeliefView::Trend
                                                          : BeliefView::Distribution;
  m_settings.differenceView = options.differenceView == "ranking"      ? DifferenceView::Ranking
                              : options.differenceView == "statements" ? DifferenceView::Statements
                                                                       : DifferenceView::Prompt;
  m_settings.trendByGroup = options.trendByGroup;
  m_settings.trendBelief = options.trendBelief;
  m_settings.theme = options.darkProjector ? Theme::Dark : Theme::Light;
  glfwSetErrorCallback(glfwError);
  if (glfwInit() == GLFW_FALSE) {
    std::cerr << "balcony: no display to open windows on. Run with --headless to serve participants "
                 "without windows.\n";
    return 4;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  int status = 0;
  try {
    m_console = std::make_unique<Window>("Balcony — console", options.consoleWidth, options.consoleHeight, nullptr, true);
    float xscale = 1.0f;
    float yscale = 1.0f;
    glfwGetWindowContentScale(m_console->handle(), &xscale, &yscale);
    m_consoleFonts = buildFonts(std::round(17.0f * std::max(1.0f, yscale)));
    applyTheme(Theme::Light, m_consoleFonts.bodyPx);

    m_projector = std::make_unique<Window>("Balcony — projector", options.projectorWidth, options.projectorHeight,
                                           m_console->handle(), true);
    m_qr = std::make_unique<QrCode>(options.joinUrl);
    running = true;

    std::uint64_t drawnVersion = 0;
    int framesToDraw = 3;
    int screenshotFrames = options.screenshotDir.empty() ? -1 : 4;
    while (!closeRequested && !m_console->shouldClose()) {
      if (m_projector->shouldClose()) {
        glfwSetWindowShouldClose(m_projector->handle(), GLFW_FALSE);
        glfwIconifyWindow(m_projector->handle());  // the projector stays available; the console quits
      }
      const auto snapshot = m_port.snapshot();
      if (snapshot->version != drawnVersion) {
        framesToDraw = std::max(framesToDraw, 2);
      }
      if (framesToDraw > 0 || screenshotFrames >= 0) {
        drawnVersion = snapshot->version;
        drawConsole(*snapshot, options);
        drawProjectorWindow(*snapshot, options);
        if (screenshotFrames == 0) {
          for (auto* window : {m_console.get(), m_projector.get()}) {
            glfwMakeContextCurrent(window->handle());
            int w = 0;
            int h = 0;
            window->framebufferSize(w, h);
            const auto path = options.screenshotDir + (window == m_console.get() ? "/console.png" : "/projector.png");
            if (auto error = writeScreenshot(path, w, h); !error.empty()) {
              std::cerr << "balcony: screenshot failed: " << error << "\n";
              status = 5;
            } else {
              std::cerr << "balcony: wrote " << path << " (" << w << "x" << h << ")\n";
            }
          }
          break;
        }
        m_console->present();
        m_projector->present();
        if (screenshotFrames > 0) {
          --screenshotFrames;
          glfwPollEvents();
          continue;
        }
        --framesToDraw;
        glfwPollEvents();
        continue;
      }
      const auto before = std::chrono::steady_clock::now();
      glfwWaitEventsTimeout(1.0);
      if (std::chrono::steady_clock::now() - before < std::chrono::milliseconds(990)) {
        framesToDraw = 2;  // an input event or a wake(): ImGui settles in two frames
      } else if (needsTicking(m_port.snapshot()->state)) {
        framesToDraw = 1;  // once a second while a topic's clock runs
      }
    }
  } catch (const std::exception& e) {
    std::cerr << "balcony: " << e.what() << "\n";
    status = 4;
  }
  running = false;
  m_projector.reset();
  m_console.reset();
  glfwTerminate();
  return status;
}

Gui::Gui(core::CommandPort& port) : m_impl(std::make_unique<GuiImpl>(port)) {}
Gui::~Gui() = default;

int Gui::run(const GuiOptions& options) { return m_impl->run(options); }

void Gui::wake() {
  if (m_impl->running) {
    glfwPostEmptyEvent();
  }
}

void Gui::requestClose() {
  m_impl->closeRequested = true;
  wake();
}

} // namespace balcony::ui
