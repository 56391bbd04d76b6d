// One participant's live connection: RFC 6455 framing (ws_codec) over an ASIO socket, control
// frames, one write in flight, replies queued (bounded), the board state in a single latest-wins
// slot, and the heartbeat. What the messages mean is participant_messages.hpp; how many may come,
// rate_limit.hpp. Kept small, since a hall holds thousands: no read buffer of its own, no copy of
// the shared board state, and one timer.
#pragma once

#include "participant_messages.hpp"
#include "rate_limit.hpp"
#include "server_impl.hpp"
#include "ws_codec.hpp"

#include <asio/ip/tcp.hpp>
#include <asio/steady_timer.hpp>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace balcony::net {

class WebSocketSession : public std::enable_shared_from_this<WebSocketSession> {
public:
  WebSocketSession(asio::ip::tcp::socket socket, std::shared_ptr<ServerImpl> server, std::string address,
                   std::string leftover);
  ~WebSocketSession();
  WebSocketSession(const WebSocketSession&) = delete;
  WebSocketSession& operator=(const WebSocketSession&) = delete;

  void start();
  void close();
  void sendState(const SharedBytes& state); // replaces any unsent older state
  void reply(std::string message);          // dropped when too many wait: the phone is not reading
  bool joined() const { return m_messages.joined(); }
  // A newcomer waiting for the facilitator asks again every few seconds: each ask gives the
  // connection another join timeout (a connection that asks nothing is still closed).
  void stillWaiting() { m_opened = std::chrono::steady_clock::now(); }
  bool closed() const { return m_closed; }
  const std::string& address() const { return m_address; }
  // Sends a close frame with this code (RFC 6455 7.4), then hangs up once it is written.
  void closeWith(std::uint16_t code, std::string_view reason) { sendClose(code, reason); }
  ServerImpl& server() { return *m_server; }
  ParticipantMessages& messages() { return m_messages; }
  const std::string& token() const { return m_messages.token(); }

private:
  // A reply or control frame waiting to be sent (the board state has its own latest-wins slot).
  struct Outgoing {
    ws::FrameHeader header;
    std::string payload;
  };

  void read();
  void feed(const char* data, std::size_t size);
  void onMessage(const ws::FrameReader::Message& m);
  void sendFrame(ws::Opcode opcode, std::string payload);
  void sendClose(std::uint16_t code, std::string_view reason); // then closes once it is written
  void flush();
  void refuse(); // past the rate limit
  void armHeartbeat();
  void heartbeat();

  asio::ip::tcp::socket m_socket;
  std::shared_ptr<ServerImpl> m_server;
  std::string m_address;
  ws::FrameReader m_reader;
  // Every pingInterval: a ping, and the checks for a silent phone and for one that stopped reading.
  asio::steady_timer m_heartbeat;
  std::chrono::steady_clock::time_point m_lastHeard;
  std::chrono::steady_clock::time_point m_writeStarted;
  // Since when a message has been coming in part (none: time_point{}): it must be finished within
  // headerTimeout, however slowly its bytes trickle in.
  std::chrono::steady_clock::time_point m_partialSince{};
  std::string m_leftover; // bytes that came with the upgrade request

  std::vector<Outgoing> m_queue; // replies and control frames not yet written
  std::string m_rest;            // what a slow phone's socket has not taken yet, being written
  std::size_t m_queuedReplies = 0;
  bool m_pongQueued = false; // at most one pong waits: a flood of pings cannot pile up replies
  SharedBytes m_pendingState;
  bool m_writing = false;
  bool m_closeSent = false;
  bool m_closed = false;

  std::chrono::steady_clock::time_point m_opened;
  std::chrono::steady_clock::time_point m_nextPing;
  RateLimit m_rate;  // until joined; then the participant's, from the server
  int m_refused = 0; // messages refused in a row
  std::chrono::steady_clock::time_point m_lastRefusal{};
  ParticipantMessages m_messages;
};

} // namespace balcony::net
