// A GLFW window with its own Dear ImGui context. ImGui 1.86 keeps backend data per context, so
// input callbacks switch to the window's context before forwarding to the backend.
#pragma once

#include <chrono>
#include <vector>

#include <imgui.h>

#include <string>

struct GLFWwindow;

namespace balcony::ui {

class Window {
public:
  Window(const char* title, int width, int height, GLFWwindow* share, bool visible);
  ~Window();
  Window(const Window&) = delete;
  Window& operator=(const Window&) = delete;

  GLFWwindow* handle() const { return m_window; }
  ImGuiContext* context() const { return m_context; }
  bool shouldClose() const;

  void beginFrame(); // makes GL and ImGui contexts current, starts an ImGui frame
  void endFrame();   // renders; call capture() before present()
  void present();
  void framebufferSize(int& w, int& h) const;
  // CPU time this thread spent in the last endFrame() handing the frame to OpenGL.
  std::chrono::nanoseconds lastSubmitCpu() const { return m_lastSubmitCpu; }
  // Keys pressed since the last frame began, and releases of them held for the next frame.
  void pressedThisFrame(int key);
  bool holdRelease(int key, int scancode, int mods);

private:
  GLFWwindow* m_window = nullptr;
  ImGuiContext* m_context = nullptr;
  std::chrono::nanoseconds m_lastSubmitCpu{0};
  struct Release {
    int key;
    int scancode;
    int mods;
  };
  std::vector<int> m_pressed;
  std::vector<Release> m_heldReleases;
};

} // namespace balcony::ui
