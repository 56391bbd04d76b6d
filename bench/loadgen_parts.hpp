// The load generator's pieces that are not the simulated phones themselves: masked frames, the
// few fields it reads from the server's messages, a histogram, the server's memory and CPU from
// /proc, and the command line.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace balcony::bench {

using Clock = std::chrono::steady_clock;

double ms(Clock::duration d);

// One masked client frame carrying `payload` (a phone's frames are always masked).
std::string frame(const std::string& payload, std::uint8_t opcode = 0x1);

// The number after `"key":` following `after` (or from the start), or nullopt.
std::optional<long> numberAfter(const std::string& text, const std::string& key, const std::string& after = {});
std::string stringAfter(const std::string& text, const std::string& key);

// Percentiles over many samples without keeping them: 0.1 ms buckets up to 60 s.
class Histogram {
public:
  void add(double millis);
  std::uint64_t count() const { return m_n; }
  double percentile(double p) const;

private:
  std::vector<std::uint64_t> m_b = std::vector<std::uint64_t>(600'000);
  std::uint64_t m_n = 0;
};

struct Options {
  unsigned short port = 0;
  std::string room;
  int participants = 100;
  int answering = -1; // how many of them answer; all by default
  int round = 1;
  bool idle = false;
  int spreadMs = 1000;
  int reconnectPercent = 10;
  bool flags = true;
  int holdSeconds = 10;
  int serverPid = 0;
};

// How to call the load generator, on standard error.
void usageText();

// The options, or nullopt (having printed the usage) when they are wrong.
std::optional<Options> parse(int argc, char** argv);

struct ServerUsage {
  long rssKiB = 0;
  double cpuSeconds = 0;
};

ServerUsage usage(int pid);

} // namespace balcony::bench
