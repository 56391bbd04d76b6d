// Each connection's allowance of messages (pings included): a token bucket, refilled at a steady
// rate up to a burst. A phone past it is told to slow down; it cannot crowd out the others.
#pragma once

#include <algorithm>
#include <chrono>

namespace balcony::net {

class RateLimit {
public:
  RateLimit(double perSecond, double burst)
      : m_perSecond(perSecond), m_burst(burst), m_tokens(burst), m_last(std::chrono::steady_clock::now()) {}

  // Takes one message's token; false when there is none left just now.
  bool take() {
    const auto now = std::chrono::steady_clock::now();
    const std::chrono::duration<double> elapsed = now - m_last;
    m_last = now;
    m_tokens = std::min(m_burst, m_tokens + elapsed.count() * m_perSecond);
    if (m_tokens < 1.0) {
      return false;
    }
    m_tokens -= 1.0;
    return true;
  }

  // Whether the allowance has refilled completely (nothing of it used lately): then it can go.
  bool full() const {
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - m_last;
    return m_tokens + elapsed.count() * m_perSecond >= m_burst;
  }

private:
  double m_perSecond;
  double m_burst;
  double m_tokens;
  std::chrono::steady_clock::time_point m_last;
};

} // namespace balcony::net
