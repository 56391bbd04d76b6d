// One participant's live connection: RFC 6455 framing by wslay over an ASIO socket, one write in
// flight, replies queued (bounded), and the board state in a single latest-wins slot.
#pragma once

#include "server_impl.hpp"
#include "wire.hpp"

#include <asio/ip/tcp.hpp>
#include <asio/steady_timer.hpp>

#include <wslay/wslay.h>

#include <array>
#include <chrono>
#include <deque>
#include <memory>
#include <string>

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
  bool joined() const { return !m_token.empty(); }

private:
  static ssize_t recvCallback(wslay_event_context_ptr, uint8_t* buf, size_t len, int, void* user);
  static ssize_t sendCallback(wslay_event_context_ptr, const uint8_t* data, size_t len, int, void* user);
  static void onMessage(wslay_event_context_ptr, const wslay_event_on_msg_recv_arg* arg, void* user);

  void read();
  void feed(const char* data, std::size_t size);
  void handleText(std::string_view text);
  void handle(const wire::JoinMsg& m);
  void handle(const wire::GroupMsg& m);
  void handle(const wire::AnswerMsg& m);
  void handle(const wire::PollAnswerMsg& m);
  void handle(const wire::PromptAnswerMsg& m);
  void handle(const wire::StatementMsg& m);
  void handle(const wire::VoteMsg& m);
  void handle(const wire::FlagMsg& m);
  void handle(const wire::ProposalMsg& m);
  void handle(const wire::EnergyMsg& m);
  void submitAnswer(std::int64_t id, core::CommandBody body);
  void reply(std::string message);
  void flush();
  void armIdle();
  void armPing();
  bool takeToken(); // rate limit: false when this participant sends too fast
  void shutdownIfDone();

  asio::ip::tcp::socket m_socket;
  std::shared_ptr<ServerImpl> m_server;
  std::string m_address;
  wslay_event_context_ptr m_ctx = nullptr;
  asio::steady_timer m_idle;
  asio::steady_timer m_ping;
  asio::steady_timer m_writeDeadline;

  std::array<char, 4096> m_buffer{};
  const char* m_in = nullptr;
  std::size_t m_inLeft = 0;
  std::string m_leftover;

  std::string m_out; // bytes of the write in flight
  bool m_writing = false;
  bool m_closed = false;
  std::deque<std::string> m_replies;
  SharedBytes m_pendingState;

  std::string m_token;
  bool m_joining = false;
  double m_bucket = 0;
  std::chrono::steady_clock::time_point m_bucketTime;
};

} // namespace balcony::net
