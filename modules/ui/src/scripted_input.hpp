// Keys, typing and mouse presses scripted by tests (GuiOptions::keys), put in where GLFW puts
// real ones: each window's own callbacks, so they take the same path as a person's input.
#pragma once

#include "balcony/core/ports.hpp"
#include "balcony/ui/gui.hpp"

#include <GLFW/glfw3.h>

#include <cstdint>
#include <vector>

namespace balcony::ui {

class ScriptedInput {
public:
  explicit ScriptedInput(const std::vector<GuiOptions::ScriptedKey>& script) : m_script(script) {}

  int lastFrame() const;
  bool hasClicks() const;
  // Before frame `frame` takes its snapshot: when the next frame holds a double click's second
  // press, wait (a little) until the first press's command is applied, as it would be a quarter of
  // a second later in a room, so this frame draws what the second press lands on.
  void waitBefore(int frame, core::FacilitatorPort& port) const;
  // At the start of frame `frame`: its keys, typing and presses.
  void press(int frame, GLFWwindow* console, GLFWwindow* projector);
  // After the console drew frame `frame` from a snapshot of `version`: what lies where the mouse was pressed.
  void afterConsoleFrame(int frame, std::uint64_t version);
  const std::vector<ButtonClick>& clicks() const { return m_clicks; }

private:
  void click(GLFWwindow* console, float x, float y);

  std::vector<GuiOptions::ScriptedKey> m_script;
  std::vector<ButtonClick> m_clicks;
  std::vector<std::uint32_t> m_pressedIds; // beside m_clicks: the ImGui ID of the button pressed
  int m_clickFrame = -10;
  std::uint64_t m_firedVersion = 0; // the snapshot drawn when the last press's button fired
};

} // namespace balcony::ui
