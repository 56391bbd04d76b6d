// The GUI loop. Idle is free: with nothing new it sleeps in glfwWaitEventsTimeout and draws
// nothing; a new snapshot or an input event wakes it for a couple of frames.
#include "balcony/ui/gui.hpp"

#include "balcony/metrics/latency_histogram.hpp"
#include "balcony/platform/thread_cpu_time.hpp"
#include "balcony/platform/wall_clock.hpp"

#include "balcony/ui/chart.hpp"
#include "balcony/ui/console_button.hpp"
#include "balcony/ui/fonts.hpp"
#include "balcony/ui/theme.hpp"
#include "console_view.hpp"
#include "monitor_choice.hpp"
#include "screenshot.hpp"
#include "scripted_input.hpp"
#include "window.hpp"

#include <GLFW/glfw3.h>
#include <imgui_impl_opengl3.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <utility>

namespace balcony::ui {

class GuiImpl {
public:
  explicit GuiImpl(core::FacilitatorPort& port) : m_port(port) {}
  int run(const GuiOptions& options);
  std::atomic<bool> closeRequested{false};
  std::int64_t requested = 0;
  std::atomic<bool> running{false};
  std::vector<ProjectorText> lastText;
  std::vector<ButtonClick> lastClicks;
  int lastWidth = 0;
  int lastHeight = 0;

private:
  void drawConsole(const core::Snapshot& snapshot, const GuiOptions& options);
  void drawProjectorWindow(const core::Snapshot& snapshot, const GuiOptions& options);
  void resizeProjectorFonts();
  void copyMiniature();
  GLuint m_miniature = 0;
  float m_miniatureAspect = 0;
  void placeProjector();

  std::vector<GLFWmonitor*> m_monitors;
  int m_appliedPlacement = -100;
  bool m_projectorFullScreen = false;

  core::FacilitatorPort& m_port;
  std::unique_ptr<Window> m_console;
  std::unique_ptr<Window> m_projector;
  FontSet m_consoleFonts;
  FontSet m_projectorFonts;
  ConsoleView m_consoleView;
  std::unique_ptr<QrCode> m_qr;
  ProjectorSettings m_settings;
  int m_joinChoice = 0;
  int m_qrChoice = -1;
  std::string m_joinUrl;
  Theme m_projectorTheme = Theme::Light;
  Theme m_consoleTheme = Theme::Light;
  core::Millis m_startedAt = 0;
};

namespace {

std::atomic<bool> g_monitorsChanged{false};

void onMonitor(GLFWmonitor*, int) {
  g_monitorsChanged = true;
}

void glfwError(int code, const char* description) {
  std::cerr << "balcony: window system error " << code << ": " << description << "\n";
}

// Clocks on screen (a topic's time, flags expiring, signals firing) need a frame now and then even
// when nothing else happens; otherwise the GUI sleeps until an event.
core::Millis now(const GuiOptions& options) {
  return options.clock ? options.clock() : platform::wallClock();
}

bool needsTicking(const core::SessionState& state) {
  return state.currentTopic != 0 || !state.flags.empty();
}

float projectorBodyPx(int width, int height) {
  // About 26 lines of body text fill the projector's height, readable from the back of a room;
  // on a narrow (4:3) screen the width limits it too, so three columns of charts still fit.
  return std::max(14.0f, std::round(std::min(static_cast<float>(height) / 26.0f, static_cast<float>(width) / 46.0f)));
}

} // namespace

// Puts the projector where the facilitator asked, or, automatically, full screen on a second
// monitor when there is one and in a window otherwise. Runs again when a monitor comes or goes.
void GuiImpl::placeProjector() {
  const bool changed = g_monitorsChanged.exchange(false);
  if (!changed && m_appliedPlacement == m_settings.placement) {
    return;
  }
  int count = 0;
  GLFWmonitor** list = glfwGetMonitors(&count);
  m_monitors.assign(list, list + std::max(0, count));
  std::vector<MonitorInfo> infos;
  m_settings.monitorNames.clear();
  for (auto* monitor : m_monitors) {
    MonitorInfo info;
    info.name = glfwGetMonitorName(monitor) != nullptr ? glfwGetMonitorName(monitor) : "monitor";
    glfwGetMonitorPos(monitor, &info.x, &info.y);
    if (const auto* mode = glfwGetVideoMode(monitor)) {
      info.width = mode->width;
      info.height = mode->height;
    }
    info.primary = monitor == glfwGetPrimaryMonitor();
    m_settings.monitorNames.push_back(info.name + " (" + std::to_string(info.width) + "x" +
                                      std::to_string(info.height) + ")");
    infos.push_back(std::move(info));
  }
  if (changed && m_settings.placement >= static_cast<int>(m_monitors.size())) {
    m_settings.placement = ProjectorSettings::kAutomatic; // the chosen monitor was unplugged
  }
  int cx = 0;
  int cy = 0;
  int cw = 0;
  int ch = 0;
  glfwGetWindowPos(m_console->handle(), &cx, &cy);
  glfwGetWindowSize(m_console->handle(), &cw, &ch);
  std::optional<std::size_t> target;
  if (m_settings.placement == ProjectorSettings::kAutomatic) {
    target = chooseProjectorMonitor(infos, monitorAt(infos, cx + cw / 2, cy + ch / 2));
  } else if (m_settings.placement >= 0) {
    target = static_cast<std::size_t>(m_settings.placement);
  }
  if (target) {
    GLFWmonitor* monitor = m_monitors[*target];
    const auto* mode = glfwGetVideoMode(monitor);
    glfwSetWindowMonitor(m_projector->handle(), monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
    m_settings.placedOn = "full screen on " + m_settings.monitorNames[*target];
    m_projectorFullScreen = true;
  } else {
    if (m_projectorFullScreen) {
      glfwSetWindowMonitor(m_projector->handle(), nullptr, 80, 80, 1280, 720, 0);
      m_projectorFullScreen = false;
    }
    m_settings.placedOn = infos.size() < 2 ? "in a window (one screen found)" : "in a window";
  }
  m_appliedPlacement = m_settings.placement;
}

void GuiImpl::resizeProjectorFonts() {
  int w = 0;
  int h = 0;
  m_projector->framebufferSize(w, h);
  const float want = projectorBodyPx(w, h);
  if (std::abs(want - m_projectorFonts.bodyPx) < 0.5f && m_projectorTheme == m_settings.theme) {
    return;
  }
  m_projectorTheme = m_settings.theme;
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  m_projectorFonts = buildFonts(want);
  applyTheme(m_projectorTheme, want);
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

// The projector's frame, just drawn, into a texture the console shows as the Present tab's
// miniature (the two windows share their OpenGL objects). OpenGL 1.1 calls only: every platform's
// OpenGL library has them without a loader.
void GuiImpl::copyMiniature() {
  int w = 0;
  int h = 0;
  m_projector->framebufferSize(w, h);
  if (w <= 0 || h <= 0) return;
  if (m_miniature == 0) {
    glGenTextures(1, &m_miniature);
    glBindTexture(GL_TEXTURE_2D, m_miniature);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  }
  glBindTexture(GL_TEXTURE_2D, m_miniature);
  glCopyTexImage2D(GL_TEXTURE_2D, 0, GL_RGB, 0, 0, w, h, 0);
  glBindTexture(GL_TEXTURE_2D, 0);
  m_miniatureAspect = static_cast<float>(w) / static_cast<float>(h);
}

void GuiImpl::drawConsole(const core::Snapshot& snapshot, const GuiOptions& options) {
  m_console->beginFrame();
  if (m_consoleTheme != m_settings.consoleTheme) {
    // Chosen in Settings: the console's colours change from this frame on.
    m_consoleTheme = m_settings.consoleTheme;
    applyTheme(m_consoleTheme, m_consoleFonts.bodyPx);
  }
  if (m_joinChoice != m_qrChoice) {
    // The facilitator picked another network: the projector's address and QR code follow.
    m_joinUrl = m_joinChoice < static_cast<int>(options.joinAddresses.size())
                    ? options.joinAddresses[static_cast<std::size_t>(m_joinChoice)].url
                    : options.joinUrl;
    m_qr = std::make_unique<QrCode>(m_joinUrl);
    m_qrChoice = m_joinChoice;
  }
  m_settings.miniatureWanted = false; // the Present tab asks again on each frame it shows
  ConsoleInfo info{m_consoleFonts, m_joinUrl, options.databasePath, now(options), &options, &m_joinChoice, m_startedAt};
  info.projectorTexture = m_miniature;
  info.projectorAspect = m_miniatureAspect;
  m_consoleView.draw(snapshot, m_port, info, m_settings);
  m_console->endFrame();
}

void GuiImpl::drawProjectorWindow(const core::Snapshot& snapshot, const GuiOptions& options) {
  glfwMakeContextCurrent(m_projector->handle());
  ImGui::SetCurrentContext(m_projector->context());
  resizeProjectorFonts();
  m_projector->beginFrame();
  if (!ImGui::GetIO().WantTextInput) {
    if (ImGui::IsKeyPressed(GLFW_KEY_F, false) && !ImGui::GetIO().KeyCtrl) stepInFull(m_settings);
    if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false)) m_settings.fullText.clear();
  }
  // The projector window has the keyboard at times (at start-up, or after a click on it): the
  // console's keys work here too.
  m_consoleView.handleKeys(
      snapshot, m_port,
      ConsoleInfo{m_consoleFonts, m_joinUrl, options.databasePath, now(options), &options, &m_joinChoice, m_startedAt},
      m_settings);
  TextAudit audit;
  auditText(&audit);
  drawProjector(snapshot,
                ProjectorContext{m_projectorFonts, m_projectorTheme, m_joinUrl, *m_qr, m_settings, now(options)});
  auditText(nullptr);
  m_projector->endFrame();
  if (m_settings.miniatureWanted) copyMiniature();
  keepProjectorText(audit, m_settings, lastText);
  m_projector->framebufferSize(lastWidth, lastHeight);
}

static void printFrameStats(const metrics::LatencyHistogram& frame, const metrics::LatencyHistogram& build,
                            std::size_t crowd) {
  std::fprintf(stderr,
               "balcony: frame stats: %llu frames with up to %zu participants; GUI thread CPU per frame (console and "
               "projector) p50 %.2f ms, p99 %.2f ms, max %.2f ms; of which building the frames (ImGui and "
               "Balcony's drawing) p50 %.2f ms, p99 %.2f ms; the rest is handing them to OpenGL\n",
               static_cast<unsigned long long>(frame.count()), crowd, frame.percentileMs(50), frame.percentileMs(99),
               frame.maxMs(), build.percentileMs(50), build.percentileMs(99));
}

int GuiImpl::run(const GuiOptions& options) {
  m_settings.beliefView = options.beliefView == "groups"  ? BeliefView::ByGroup
                          : options.beliefView == "trend" ? BeliefView::Trend
                                                          : BeliefView::Distribution;
  m_settings.differenceView = options.differenceView == "ranking"      ? DifferenceView::Ranking
                              : options.differenceView == "statements" ? DifferenceView::Statements
                                                                       : DifferenceView::Prompt;
  m_startedAt = now(options);
  m_settings.trendByGroup = options.trendByGroup;
  m_settings.joinPanel = options.joinPanel == "full"    ? ProjectorSettings::JoinPanel::Full
                         : options.joinPanel == "strip" ? ProjectorSettings::JoinPanel::Strip
                                                        : ProjectorSettings::JoinPanel::Automatic;
  m_settings.blank = options.projectorBlank;
  m_settings.trendBelief = options.trendBelief;
  m_settings.theme = options.darkProjector ? Theme::Dark : Theme::Light;
  if (options.highContrastProjector) m_settings.theme = Theme::HighContrast;
  m_settings.consoleTheme = options.darkConsole ? Theme::Dark : Theme::Light;
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
    m_console =
        std::make_unique<Window>("Balcony — console", options.consoleWidth, options.consoleHeight, nullptr, true);
    float xscale = 1.0f;
    float yscale = 1.0f;
    glfwGetWindowContentScale(m_console->handle(), &xscale, &yscale);
    m_consoleFonts = buildFonts(std::round(17.0f * std::max(1.0f, yscale)));
    m_consoleTheme = m_settings.consoleTheme;
    applyTheme(m_consoleTheme, m_consoleFonts.bodyPx);

    m_projector = std::make_unique<Window>("Balcony — projector", options.projectorWidth, options.projectorHeight,
                                           m_console->handle(), true);
    m_joinUrl = options.joinUrl;
    m_qr = std::make_unique<QrCode>(m_joinUrl);
    m_qrChoice = m_joinChoice = 0;
    glfwSetMonitorCallback(onMonitor);
    if (options.screenshotDir.empty()) {
      placeProjector();
    } else {
      m_settings.placedOn = "in a window"; // screenshots keep their requested size
      m_appliedPlacement = m_settings.placement;
    }
    running = true;

    std::uint64_t drawnVersion = 0;
    int framesToDraw = 3;
    // --frame-stats: every frame is drawn, and the CPU time of each is kept.
    const bool measuring = options.frameStatsSeconds > 0;
    const auto measureUntil = std::chrono::steady_clock::now() + std::chrono::seconds(options.frameStatsSeconds);
    metrics::LatencyHistogram buildCpu;
    metrics::LatencyHistogram frameCpu;
    std::size_t largestCrowd = 0;
    ScriptedInput script(options.keys);
    const int lastKeyFrame = script.lastFrame();
    if (script.hasClicks()) startNotingButtons();
    int screenshotFrames = options.screenshotDir.empty() ? -1 : 4 + lastKeyFrame;
    int frameIndex = 0;
    while (!closeRequested && !m_console->shouldClose()) {
      if (m_settings.nextSessionRequested) {
        status = Gui::kNextSessionRequested;
        break;
      }
      if (m_settings.openSession != 0) {
        requested = m_settings.openSession;
        status = Gui::kOpenSessionRequested;
        break;
      }
      if (m_projector->shouldClose()) {
        glfwSetWindowShouldClose(m_projector->handle(), GLFW_FALSE);
        glfwIconifyWindow(m_projector->handle()); // the projector stays available; the console quits
        framesToDraw = std::max(framesToDraw, 2); // the console says so at once
      }
      if (std::exchange(m_settings.restoreProjector, false)) {
        glfwRestoreWindow(m_projector->handle());
        glfwShowWindow(m_projector->handle());
      }
      m_settings.projectorMinimised = glfwGetWindowAttrib(m_projector->handle(), GLFW_ICONIFIED) == GLFW_TRUE;
      if (options.screenshotDir.empty()) {
        placeProjector();
      }
      script.waitBefore(frameIndex, m_port);
      const auto snapshot = m_port.snapshot();
      if (snapshot->version != drawnVersion) {
        framesToDraw = std::max(framesToDraw, 2);
      }
      if (measuring) {
        if (std::chrono::steady_clock::now() >= measureUntil) {
          printFrameStats(frameCpu, buildCpu, largestCrowd);
          break;
        }
        framesToDraw = 1;
      }
      if (framesToDraw > 0 || screenshotFrames >= 0) {
        drawnVersion = snapshot->version;
        script.press(frameIndex, m_console->handle(), m_projector->handle());
        const auto cpuStart = platform::threadCpuTime();
        if (script.hasClicks()) startNotingButtons();
        drawConsole(*snapshot, options);
        script.afterConsoleFrame(frameIndex++, snapshot->version);
        drawProjectorWindow(*snapshot, options);
        if (measuring) {
          const auto total = platform::threadCpuTime() - cpuStart;
          frameCpu.add(total);
          buildCpu.add(total - m_console->lastSubmitCpu() - m_projector->lastSubmitCpu());
          largestCrowd = std::max(largestCrowd, snapshot->state.participants.size());
        }
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
          if (screenshotFrames == 3) {
            for (int i = 0; i < options.inFullSteps; ++i)
              stepInFull(m_settings);
          }
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
        framesToDraw = 2; // an input event or a wake(): ImGui settles in two frames
      } else if (needsTicking(m_port.snapshot()->state)) {
        framesToDraw = 1; // once a second while a topic's clock runs
      }
    }
    lastClicks = script.clicks();
  } catch (const std::exception& e) {
    std::cerr << "balcony: " << e.what() << "\n";
    status = 4;
  }
  running = false;
  if (m_miniature != 0 && m_console) {
    glfwMakeContextCurrent(m_console->handle());
    glDeleteTextures(1, &m_miniature);
    m_miniature = 0;
  }
  m_projector.reset();
  m_console.reset();
  glfwTerminate();
  return status;
}

int showProblem(const std::string& message) {
  glfwSetErrorCallback(glfwError);
  if (glfwInit() == GLFW_FALSE) {
    return 4; // no display: the message is already on standard error
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  {
    Window window("Balcony cannot start", 720, 300, nullptr, true);
    const auto fonts = buildFonts(18.0f);
    applyTheme(Theme::Light, fonts.bodyPx);
    bool quit = false;
    while (!quit && !window.shouldClose()) {
      glfwWaitEventsTimeout(1.0);
      window.beginFrame();
      const auto* viewport = ImGui::GetMainViewport();
      ImGui::SetNextWindowPos(viewport->Pos);
      ImGui::SetNextWindowSize(viewport->Size);
      ImGui::Begin("problem", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
      ImGui::PushFont(fonts.heading);
      ImGui::TextUnformatted("Balcony cannot start");
      ImGui::PopFont();
      ImGui::TextWrapped("%s", message.c_str());
      ImGui::Spacing();
      quit = ImGui::Button("Quit");
      ImGui::End();
      window.endFrame();
      window.present();
    }
  }
  glfwTerminate();
  return 2;
}

Gui::Gui(core::FacilitatorPort& port) : m_impl(std::make_unique<GuiImpl>(port)) {}
Gui::~Gui() = default;

int Gui::run(const GuiOptions& options) {
  return m_impl->run(options);
}

std::int64_t Gui::requestedSession() const {
  return m_impl->requested;
}

std::vector<ProjectorText> Gui::projectorText() const {
  return m_impl->lastText;
}

std::vector<ButtonClick> Gui::clicks() const {
  return m_impl->lastClicks;
}

int Gui::projectorWidth() const {
  return m_impl->lastWidth;
}

int Gui::projectorHeight() const {
  return m_impl->lastHeight;
}

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
