// Frames, message fields, histograms, /proc figures and the command line of the load generator.
#include "loadgen_parts.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <random>
#include <sstream>
#include <unistd.h>

namespace balcony::bench {

double ms(Clock::duration d) {
  return std::chrono::duration<double, std::milli>(d).count();
}

std::string frame(const std::string& payload, std::uint8_t opcode) {
  static std::mt19937 rng(7);
  std::string f;
  f += static_cast<char>(0x80 | opcode);
  const auto n = payload.size();
  if (n < 126) {
    f += static_cast<char>(0x80 | n);
  } else {
    f += static_cast<char>(0x80 | 126);
    f += static_cast<char>((n >> 8) & 0xFF);
    f += static_cast<char>(n & 0xFF);
  }
  char key[4];
  for (auto& k : key)
    k = static_cast<char>(rng() & 0xFF);
  f.append(key, 4);
  for (std::size_t i = 0; i < n; ++i)
    f += static_cast<char>(payload[i] ^ key[i % 4]);
  return f;
}

// The number after `"key":` following `after` (or from the start), or nullopt.
std::optional<long> numberAfter(const std::string& text, const std::string& key, const std::string& after) {
  std::size_t from = 0;
  if (!after.empty()) {
    from = text.find(after);
    if (from == std::string::npos) return std::nullopt;
  }
  const auto at = text.find("\"" + key + "\":", from);
  if (at == std::string::npos) return std::nullopt;
  const char* p = text.c_str() + at + key.size() + 3;
  char* end = nullptr;
  const long v = std::strtol(p, &end, 10);
  if (end == p) return std::nullopt;
  return v;
}

std::string stringAfter(const std::string& text, const std::string& key) {
  const auto at = text.find("\"" + key + "\":\"");
  if (at == std::string::npos) return {};
  const auto start = at + key.size() + 4;
  const auto end = text.find('"', start);
  return end == std::string::npos ? std::string{} : text.substr(start, end - start);
}

void Histogram::add(double millis) {
  const auto i = static_cast<std::size_t>(std::clamp(millis * 10.0, 0.0, static_cast<double>(m_b.size() - 1)));
  ++m_b[i];
  ++m_n;
}

double Histogram::percentile(double p) const {
  if (m_n == 0) return 0;
  const auto rank = static_cast<std::uint64_t>(p / 100.0 * static_cast<double>(m_n - 1));
  std::uint64_t seen = 0;
  for (std::size_t i = 0; i < m_b.size(); ++i) {
    seen += m_b[i];
    if (seen > rank) return static_cast<double>(i + 1) / 10.0;
  }
  return 0;
}

ServerUsage usage(int pid) {
  ServerUsage u;
  if (pid <= 0) return u;
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmRSS:", 0) == 0) u.rssKiB = std::stol(line.substr(6));
  }
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string all((std::istreambuf_iterator<char>(stat)), {});
  const auto close = all.rfind(')');
  if (close != std::string::npos) {
    std::istringstream fields(all.substr(close + 2));
    std::string f;
    std::vector<std::string> v;
    while (fields >> f)
      v.push_back(f);
    if (v.size() > 13) {
      const double tick = static_cast<double>(sysconf(_SC_CLK_TCK));
      u.cpuSeconds = (std::stod(v[11]) + std::stod(v[12])) / tick; // utime + stime
    }
  }
  return u;
}

void usageText() {
  std::cerr << "usage: balcony_loadgen --port PORT --room ROOM [--participants N] [--round R] [--spread MS]\n"
               "                       [--answering K] [--reconnect PERCENT] [--no-flags] [--idle] [--hold S]\n"
               "                       [--server-pid PID]\n"
               "  N participants connect to 127.0.0.1:PORT and join ROOM; each answers belief 1 of round R once at a\n"
               "  random moment within MS (default 1000), then raises a flag; PERCENT of them (default 10) drop the\n"
               "  connection and come back. --answering K has only K of them answer (1: one vote reaching everyone).\n"
               "  --idle only joins and holds the connections for S seconds (default 10).\n"
               "  With --server-pid the server's memory and CPU are read from /proc.\n";
}

std::optional<Options> parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    try {
      if (a == "--port")
        o.port = static_cast<unsigned short>(std::stoi(next()));
      else if (a == "--room")
        o.room = next();
      else if (a == "--participants")
        o.participants = std::stoi(next());
      else if (a == "--round")
        o.round = std::stoi(next());
      else if (a == "--answering")
        o.answering = std::stoi(next());
      else if (a == "--spread")
        o.spreadMs = std::stoi(next());
      else if (a == "--reconnect")
        o.reconnectPercent = std::stoi(next());
      else if (a == "--no-flags")
        o.flags = false;
      else if (a == "--idle")
        o.idle = true;
      else if (a == "--hold")
        o.holdSeconds = std::stoi(next());
      else if (a == "--server-pid")
        o.serverPid = std::stoi(next());
      else
        return std::nullopt;
    } catch (const std::exception&) {
      return std::nullopt;
    }
  }
  if (o.port == 0 || o.room.empty() || o.participants < 1) return std::nullopt;
  return o;
}

} // namespace balcony::bench
