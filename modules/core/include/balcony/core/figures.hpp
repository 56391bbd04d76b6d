// How every figure Balcony shows is rounded: halves away from zero (a mean of 3.25 is 3.3), the
// same on the projector, in every export and on the phones (assets/web/page.js, oneDecimal), so a
// room never sees two answers for one number. printf alone rounds the binary value, and 3.25 is
// written 3.2 there.
#pragma once

#include <cmath>

namespace balcony::core {

// `v` rounded to `decimals` places, halves away from zero; print it with "%.<decimals>f".
inline double rounded(double v, int decimals) {
  const double scale = std::pow(10.0, decimals);
  return std::round(v * scale + (v >= 0 ? 1e-9 : -1e-9)) / scale;
}

} // namespace balcony::core
