// Latency figures without keeping every sample: fixed buckets, fine below 10 ms where the targets
// are, coarse above. Adding is constant time and allocation-free, so it can sit on a hot path.
#pragma once

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>

namespace balcony::metrics {

class LatencyHistogram {
public:
  void add(std::chrono::nanoseconds d) {
    const auto us = std::max<std::int64_t>(0, std::chrono::duration_cast<std::chrono::microseconds>(d).count());
    ++m_buckets[bucketOf(us)];
    ++m_count;
    m_maxUs = std::max(m_maxUs, us);
  }

  std::uint64_t count() const { return m_count; }
  double maxMs() const { return static_cast<double>(m_maxUs) / 1000.0; }

  // The upper edge of the bucket holding the p-th percentile (p in 0..100), in milliseconds: a
  // figure the true value does not exceed by more than one bucket (10 µs below 10 ms).
  double percentileMs(double p) const {
    if (m_count == 0) {
      return 0;
    }
    const auto rank = static_cast<std::uint64_t>(std::clamp(p, 0.0, 100.0) / 100.0 * static_cast<double>(m_count - 1));
    std::uint64_t seen = 0;
    for (std::size_t i = 0; i < m_buckets.size(); ++i) {
      seen += m_buckets[i];
      if (seen > rank) {
        return std::min(static_cast<double>(upperUs(i)), static_cast<double>(m_maxUs)) / 1000.0;
      }
    }
    return maxMs();
  }

private:
  static constexpr std::int64_t kFineUs = 10;      // bucket width below 10 ms
  static constexpr std::int64_t kFineEnd = 10'000; // 10 ms
  static constexpr std::int64_t kCoarseUs = 1'000; // bucket width from 10 ms to 10 s
  static constexpr std::size_t kFine = kFineEnd / kFineUs;
  static constexpr std::size_t kCoarse = 9'990;

  static std::size_t bucketOf(std::int64_t us) {
    if (us < kFineEnd) {
      return static_cast<std::size_t>(us / kFineUs);
    }
    return std::min(kFine + static_cast<std::size_t>((us - kFineEnd) / kCoarseUs), kFine + kCoarse);
  }
  static std::int64_t upperUs(std::size_t i) {
    if (i < kFine) {
      return static_cast<std::int64_t>(i + 1) * kFineUs;
    }
    return kFineEnd + static_cast<std::int64_t>(i - kFine + 1) * kCoarseUs;
  }

  std::array<std::uint32_t, kFine + kCoarse + 1> m_buckets{};
  std::uint64_t m_count = 0;
  std::int64_t m_maxUs = 0;
};

} // namespace balcony::metrics
