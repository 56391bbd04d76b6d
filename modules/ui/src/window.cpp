// Window and context lifetime; see window.hpp for why callbacks are installed by hand.
#include "window.hpp"

#include <algorithm>
#include <utility>

#include "balcony/platform/thread_cpu_time.hpp"

#include <GLFW/glfw3.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <stdexcept>

namespace balcony::ui {
namespace {

struct ContextGuard {
  explicit ContextGuard(GLFWwindow* w) : previous(ImGui::GetCurrentContext()) {
    ImGui::SetCurrentContext(static_cast<Window*>(glfwGetWindowUserPointer(w))->context());
  }
  ~ContextGuard() { ImGui::SetCurrentContext(previous); }
  ImGuiContext* previous;
};

void onFocus(GLFWwindow* w, int focused) {
  ContextGuard g(w);
  ImGui_ImplGlfw_WindowFocusCallback(w, focused);
}
void onCursorEnter(GLFWwindow* w, int entered) {
  ContextGuard g(w);
  ImGui_ImplGlfw_CursorEnterCallback(w, entered);
}
void onMouseButton(GLFWwindow* w, int button, int action, int mods) {
  ContextGuard g(w);
  ImGui_ImplGlfw_MouseButtonCallback(w, button, action, mods);
}
void onScroll(GLFWwindow* w, double x, double y) {
  ContextGuard g(w);
  ImGui_ImplGlfw_ScrollCallback(w, x, y);
}
void onKey(GLFWwindow* w, int key, int scancode, int action, int mods) {
  // ImGui 1.86 sees a key only as "down at the start of a frame": a press and its release between
  // two frames (a clicker's quick tap, both read by one glfwWaitEvents) would be lost. Such a
  // release waits until a frame has seen the press.
  if (auto* window = static_cast<Window*>(glfwGetWindowUserPointer(w));
      window != nullptr && action == GLFW_RELEASE && window->holdRelease(key, scancode, mods)) {
    return;
  }
  ContextGuard g(w);
  if (action == GLFW_PRESS) {
    if (auto* window = static_cast<Window*>(glfwGetWindowUserPointer(w))) window->pressedThisFrame(key);
  }
  ImGui_ImplGlfw_KeyCallback(w, key, scancode, action, mods);
}
void onChar(GLFWwindow* w, unsigned int c) {
  ContextGuard g(w);
  ImGui_ImplGlfw_CharCallback(w, c);
}

} // namespace

Window::Window(const char* title, int width, int height, GLFWwindow* share, bool visible) {
  glfwWindowHint(GLFW_VISIBLE, visible ? GLFW_TRUE : GLFW_FALSE);
  m_window = glfwCreateWindow(width, height, title, nullptr, share);
  if (m_window == nullptr) {
    throw std::runtime_error("cannot create a window (is there a display?)");
  }
  glfwSetWindowUserPointer(m_window, this);
  glfwMakeContextCurrent(m_window);
  glfwSwapInterval(1);

  m_context = ImGui::CreateContext();
  ImGui::SetCurrentContext(m_context);
  ImGui::GetIO().IniFilename = nullptr; // layout is code, not a file beside the binary
  ImGui_ImplGlfw_InitForOpenGL(m_window, false);
  ImGui_ImplOpenGL3_Init("#version 130");
  glfwSetWindowFocusCallback(m_window, onFocus);
  glfwSetCursorEnterCallback(m_window, onCursorEnter);
  glfwSetMouseButtonCallback(m_window, onMouseButton);
  glfwSetScrollCallback(m_window, onScroll);
  glfwSetKeyCallback(m_window, onKey);
  glfwSetCharCallback(m_window, onChar);
}

Window::~Window() {
  glfwMakeContextCurrent(m_window);
  ImGui::SetCurrentContext(m_context);
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext(m_context);
  glfwDestroyWindow(m_window);
}

bool Window::shouldClose() const {
  return glfwWindowShouldClose(m_window) != 0;
}

void Window::beginFrame() {
  if (glfwGetCurrentContext() != m_window) {
    glfwMakeContextCurrent(m_window); // switching costs a flush in Mesa: only when needed
  }
  ImGui::SetCurrentContext(m_context);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  m_pressed.clear(); // the presses are in this frame now
}

void Window::pressedThisFrame(int key) {
  m_pressed.push_back(key);
}

bool Window::holdRelease(int key, int scancode, int mods) {
  if (std::find(m_pressed.begin(), m_pressed.end(), key) == m_pressed.end()) return false;
  m_heldReleases.push_back({key, scancode, mods});
  return true;
}

void Window::endFrame() {
  ImGui::Render();
  // Releases held back for a press this frame saw go in now, for the next frame (not during this
  // one: Ctrl must still read as held while this frame's shortcuts are read).
  for (const auto& r : std::exchange(m_heldReleases, {})) {
    ImGui_ImplGlfw_KeyCallback(m_window, r.key, r.scancode, GLFW_RELEASE, r.mods);
  }
  const auto start = platform::threadCpuTime();
  int w = 0;
  int h = 0;
  glfwGetFramebufferSize(m_window, &w, &h);
  glViewport(0, 0, w, h);
  const auto bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  m_lastSubmitCpu = platform::threadCpuTime() - start;
}

void Window::present() {
  glfwSwapBuffers(m_window);
}

void Window::framebufferSize(int& w, int& h) const {
  glfwGetFramebufferSize(m_window, &w, &h);
}

} // namespace balcony::ui
