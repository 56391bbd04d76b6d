// Medium error correction: a projected code is often photographed at an angle, with glare.
#include "balcony/ui/qr_code.hpp"

#include <qrencode.h>

namespace balcony::ui {

QrCode::QrCode(const std::string& text) {
  QRcode* code = QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  if (code == nullptr) {
    return;
  }
  m_size = code->width;
  const auto n = static_cast<std::size_t>(m_size) * static_cast<std::size_t>(m_size);
  m_modules.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    m_modules[i] = code->data[i] & 1u;
  }
  QRcode_free(code);
}

void QrCode::draw(ImDrawList* list, ImVec2 pos, float side) const {
  if (!valid()) {
    return;
  }
  const int quiet = 4;
  const float cell = side / static_cast<float>(m_size + 2 * quiet);
  list->AddRectFilled(pos, ImVec2(pos.x + side, pos.y + side), IM_COL32_WHITE);
  for (int y = 0; y < m_size; ++y) {
    for (int x = 0; x < m_size; ++x) {
      if (m_modules[static_cast<std::size_t>(y * m_size + x)] == 0) {
        continue;
      }
      const ImVec2 a(pos.x + static_cast<float>(x + quiet) * cell, pos.y + static_cast<float>(y + quiet) * cell);
      list->AddRectFilled(a, ImVec2(a.x + cell, a.y + cell), IM_COL32_BLACK);
    }
  }
}

} // namespace balcony::ui
