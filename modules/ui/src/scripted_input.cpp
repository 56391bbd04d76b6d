// Scripted input for tests (scripted_input.hpp).
#include "scripted_input.hpp"

#include "balcony/ui/console_button.hpp"

#include <algorithm>
#include <chrono>
#include <thread>

namespace balcony::ui {
namespace {

// As a person would: the window gets the keyboard and the mouse first.
void focus(GLFWwindow* window) {
  if (glfwGetWindowAttrib(window, GLFW_FOCUSED) == GLFW_TRUE) return;
  glfwFocusWindow(window);
  for (int i = 0; i < 20; ++i)
    glfwWaitEventsTimeout(0.01); // the focus events, in and out
}

const DrawnButton* enabledAt(float x, float y) {
  for (const auto& b : notedButtons()) {
    if (b.enabled && b.contains(x, y)) return &b;
  }
  return nullptr;
}

} // namespace

int ScriptedInput::lastFrame() const {
  int last = 0;
  for (const auto& k : m_script)
    last = std::max(last, k.frame);
  return last;
}

bool ScriptedInput::hasClicks() const {
  return std::any_of(m_script.begin(), m_script.end(), [](const auto& k) { return !k.click.empty() || k.clickAgain; });
}

void ScriptedInput::waitBefore(int frame, core::FacilitatorPort& port) const {
  const bool again = std::any_of(m_script.begin(), m_script.end(),
                                 [&](const auto& k) { return k.frame == frame + 1 && k.clickAgain; });
  if (!again) return;
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(3);
  while (port.snapshot()->version <= m_firedVersion && std::chrono::steady_clock::now() < until) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

void ScriptedInput::click(GLFWwindow* console, float x, float y) {
  focus(console);
  ButtonClick record;
  record.x = x;
  record.y = y;
  const DrawnButton* under = enabledAt(x, y);
  record.label = under != nullptr ? under->label : "";
  m_pressedIds.push_back(under != nullptr ? under->id : 0);
  m_clicks.push_back(record);
  m_clickFrame = -10;
  // The cursor moves there (the backend reads it from the window), then the button goes down; it is
  // up again by the next frame, as a real click's is.
  glfwSetCursorPos(console, x, y);
  const GLFWmousebuttonfun callback = glfwSetMouseButtonCallback(console, nullptr);
  glfwSetMouseButtonCallback(console, callback);
  if (callback == nullptr) return;
  callback(console, GLFW_MOUSE_BUTTON_LEFT, GLFW_PRESS, 0);
  callback(console, GLFW_MOUSE_BUTTON_LEFT, GLFW_RELEASE, 0);
}

void ScriptedInput::press(int frame, GLFWwindow* console, GLFWwindow* projector) {
  for (const auto& k : m_script) {
    if (k.frame != frame) continue;
    if (!k.click.empty()) {
      const auto& buttons = notedButtons();
      const auto it = std::find_if(buttons.begin(), buttons.end(), [&](const DrawnButton& b) {
        return b.label == k.click && b.rect[2] > b.rect[0] && b.rect[3] > b.rect[1];
      });
      if (it == buttons.end()) {
        ButtonClick missing;
        missing.label.clear(); // nothing of that name was in view: the test sees an empty label
        m_clicks.push_back(missing);
        m_pressedIds.push_back(0);
        continue;
      }
      click(console, (it->rect[0] + it->rect[2]) / 2, (it->rect[1] + it->rect[3]) / 2);
      m_clickFrame = frame;
      continue;
    }
    if (k.clickAgain) {
      if (m_clicks.empty()) continue;
      const ButtonClick last = m_clicks.back();
      click(console, last.x, last.y);
      m_clickFrame = frame;
      continue;
    }
    GLFWwindow* window = k.projector ? projector : console;
    focus(window);
    if (!k.text.empty()) {
      const GLFWcharfun typed = glfwSetCharCallback(window, nullptr);
      glfwSetCharCallback(window, typed);
      for (const char c : k.text) {
        if (typed != nullptr) typed(window, static_cast<unsigned char>(c));
      }
      continue;
    }
    const GLFWkeyfun callback = glfwSetKeyCallback(window, nullptr);
    glfwSetKeyCallback(window, callback);
    if (callback == nullptr) continue;
    // Ctrl is a key of its own, held around the other (ImGui reads it from the keys held down).
    const bool ctrl = (k.mods & GLFW_MOD_CONTROL) != 0;
    if (ctrl) callback(window, GLFW_KEY_LEFT_CONTROL, glfwGetKeyScancode(GLFW_KEY_LEFT_CONTROL), GLFW_PRESS, k.mods);
    const int scancode = glfwGetKeyScancode(k.key);
    callback(window, k.key, scancode, GLFW_PRESS, k.mods);
    callback(window, k.key, scancode, GLFW_RELEASE, k.mods);
    if (ctrl) callback(window, GLFW_KEY_LEFT_CONTROL, glfwGetKeyScancode(GLFW_KEY_LEFT_CONTROL), GLFW_RELEASE, 0);
  }
}

void ScriptedInput::afterConsoleFrame(int frame, std::uint64_t version) {
  if (m_clicks.empty()) return;
  // The press lands in one frame and the button fires in the next, from that frame's snapshot.
  if (frame == m_clickFrame + 1) m_firedVersion = version;
  auto& last = m_clicks.back();
  const std::uint32_t pressed = m_pressedIds.back();
  for (const auto& b : notedButtons()) {
    if (!b.enabled || !b.contains(last.x, last.y) || b.id == pressed) continue;
    if (std::find(last.tookItsPlace.begin(), last.tookItsPlace.end(), b.label) == last.tookItsPlace.end()) {
      last.tookItsPlace.push_back(b.label);
    }
  }
}

} // namespace balcony::ui
