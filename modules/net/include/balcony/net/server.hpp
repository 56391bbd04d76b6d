// The HTTP + WebSocket server participants join. Runs on the thread that runs its io_context.
#pragma once

#include "balcony/core/ports.hpp"
#include "balcony/core/snapshot.hpp"
#include "balcony/metrics/latency_histogram.hpp"
#include "balcony/net/limits.hpp"

#include <asio/io_context.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace balcony::net {

class ServerImpl;

class Server {
public:
  Server(asio::io_context& io, core::ParticipantPort& port, Limits limits = {});
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and starts accepting. Port 0 picks a free port. Throws std::system_error with a plain
  // message when the address cannot be used (port in use, address not on this machine).
  std::uint16_t listen(const std::string& address, std::uint16_t port);

  // The room codes of sessions that ended (the one before this, in this database): phones that
  // come back with one are told the session has ended, and it is not counted as a guess, so a
  // room behind one network reconnecting after "next session" is not held back. Before listen().
  void setEndedRoomCodes(std::vector<std::string> codes);

  // Thread-safe: tells participants about a new snapshot (coalesced, latest wins).
  void publish(core::SnapshotPtr snapshot);

  // Thread-safe: closes the listener and every connection; io.run() then returns.
  void stop();

  struct Stats {
    std::size_t connections = 0;
    std::size_t participants = 0; // WebSocket sessions that have joined
    std::uint64_t broadcasts = 0;
    std::uint64_t rejectedConnections = 0;
    metrics::LatencyHistogram encodeTime; // one board state to JSON, once per update
    metrics::LatencyHistogram fanOutTime; // from the first participant handed an update to the last
  };
  Stats stats() const; // thread-safe

private:
  std::shared_ptr<ServerImpl> m_impl;
};

} // namespace balcony::net
