// How every figure Balcony shows is rounded: halves away from zero (a mean of 3.25 is 3.3), the
// same on the projector, in every export and on the phones (assets/web/page.js, oneDecimal), so a
// room never sees two answers for one number. printf alone rounds the binary value, and 3.25 is
// written 3.2 there.
#pragma once

#include <cmath>
#include <cstdio>
#include <string>

namespace balcony::core {

// `v` rounded to `decimals` places, halves away from zero; print it with "%.<decimals>f".
inline double rounded(double v, int decimals) {
  const double scale = std::pow(10.0, decimals);
  return std::round(v * scale + (v >= 0 ? 1e-9 : -1e-9)) / scale;
}

// Every figure shown, as text: rounded as above, written with `decimals` places. The one place a
// figure becomes text (tests/format/figures.sh fails the suite on any other).
inline std::string figure(double v, int decimals) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, rounded(v, decimals));
  return buf;
}

// Means, medians and points apart: one decimal, everywhere.
inline std::string meanFigure(double v) {
  return figure(v, 1);
}
// A prompt's divergence, 0 to 1: two decimals, everywhere.
inline std::string divergenceFigure(double v) {
  return figure(v, 2);
}
// A share, 0 to 1, as a whole percentage: "67%" (on the phones: assets/web/page.js, percent).
inline std::string percentFigure(double share) {
  return figure(share * 100.0, 0) + "%";
}

} // namespace balcony::core
