// The join address as a QR code, drawn with ImGui rectangles (libqrencode does the encoding).
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace balcony::ui {

class QrCode {
public:
  explicit QrCode(const std::string& text);
  bool valid() const { return m_size > 0; }
  // Draws the code with a white quiet zone, filling a square of `side` pixels at `pos`.
  void draw(ImDrawList* list, ImVec2 pos, float side) const;

private:
  int m_size = 0;
  std::vector<unsigned char> m_modules; // 1 = dark
};

} // namespace balcony::ui
