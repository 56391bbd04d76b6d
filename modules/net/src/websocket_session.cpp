// A participant's WebSocket. wslay does the framing and the protocol checks (masking, opcodes,
// UTF-8, close handshake); this file feeds it bytes, turns messages into commands, and writes
// replies with one write in flight. A client that will not read is dropped, never waited on.
#include "websocket_session.hpp"

#include "token.hpp"

#include <asio/post.hpp>
#include <asio/write.hpp>

#include <algorithm>
#include <cstring>

namespace balcony::net {

namespace {
constexpr uint16_t kCloseUnsupportedData = 1003;
constexpr uint16_t kClosePolicy = 1008;
} // namespace

WebSocketSession::WebSocketSession(asio::ip::tcp::socket socket, std::shared_ptr<ServerImpl> server,
                                   std::string address, std::string leftover)
    : m_socket(std::move(socket)), m_server(std::move(server)), m_address(std::move(address)),
      m_idle(m_socket.get_executor()), m_ping(m_socket.get_executor()), m_writeDeadline(m_socket.get_executor()),
      m_leftover(std::move(leftover)) {
  wslay_event_callbacks callbacks{};
  callbacks.recv_callback = &WebSocketSession::recvCallback;
  callbacks.send_callback = &WebSocketSession::sendCallback;
  callbacks.on_msg_recv_callback = &WebSocketSession::onMessage;
  wslay_event_context_server_init(&m_ctx, &callbacks, this);
  wslay_event_config_set_max_recv_msg_length(m_ctx, m_server->limits().maxMessageBytes);
  m_bucket = m_server->limits().messageBurst;
  m_bucketTime = std::chrono::steady_clock::now();
}

WebSocketSession::~WebSocketSession() {
  if (m_ctx != nullptr) {
    wslay_event_context_free(m_ctx);
  }
}

void WebSocketSession::start() {
  armIdle();
  armPing();
  if (!m_leftover.empty()) {
    const auto bytes = std::move(m_leftover);
    feed(bytes.data(), bytes.size());
  }
  if (!m_closed) {
    read();
  }
}

ssize_t WebSocketSession::recvCallback(wslay_event_context_ptr ctx, uint8_t* buf, size_t len, int, void* user) {
  auto& self = *static_cast<WebSocketSession*>(user);
  if (self.m_inLeft == 0) {
    wslay_event_set_error(ctx, WSLAY_ERR_WOULDBLOCK);
    return -1;
  }
  const auto n = std::min(len, self.m_inLeft);
  std::memcpy(buf, self.m_in, n);
  self.m_in += n;
  self.m_inLeft -= n;
  return static_cast<ssize_t>(n);
}

ssize_t WebSocketSession::sendCallback(wslay_event_context_ptr, const uint8_t* data, size_t len, int, void* user) {
  auto& self = *static_cast<WebSocketSession*>(user);
  self.m_out.append(reinterpret_cast<const char*>(data), len);
  return static_cast<ssize_t>(len);
}

void WebSocketSession::onMessage(wslay_event_context_ptr ctx, const wslay_event_on_msg_recv_arg* arg, void* user) {
  auto& self = *static_cast<WebSocketSession*>(user);
  if (arg->opcode == WSLAY_TEXT_FRAME) {
    self.handleText(std::string_view(reinterpret_cast<const char*>(arg->msg), arg->msg_length));
  } else if (arg->opcode == WSLAY_BINARY_FRAME) {
    static constexpr char kReason[] = "text messages only";
    wslay_event_queue_close(ctx, kCloseUnsupportedData, reinterpret_cast<const uint8_t*>(kReason), sizeof kReason - 1);
  }
}

void WebSocketSession::read() {
  m_socket.async_read_some(asio::buffer(m_buffer), [self = shared_from_this()](std::error_code ec, std::size_t n) {
    if (ec || self->m_closed) {
      self->close();
      return;
    }
    self->armIdle();
    self->feed(self->m_buffer.data(), n);
    if (!self->m_closed) {
      self->read();
    }
  });
}

void WebSocketSession::feed(const char* data, std::size_t size) {
  m_in = data;
  m_inLeft = size;
  if (wslay_event_recv(m_ctx) != 0) {
    close();
    return;
  }
  flush();
  shutdownIfDone();
}

bool WebSocketSession::takeToken() {
  const auto now = std::chrono::steady_clock::now();
  const std::chrono::duration<double> elapsed = now - m_bucketTime;
  m_bucketTime = now;
  const auto& limits = m_server->limits();
  m_bucket = std::min(limits.messageBurst, m_bucket + elapsed.count() * limits.messagesPerSecond);
  if (m_bucket < 1.0) {
    return false;
  }
  m_bucket -= 1.0;
  return true;
}

void WebSocketSession::handleText(std::string_view text) {
  if (!takeToken()) {
    reply(wire::encodeError(0, "rate_limited", "Too many messages: please wait a moment."));
    return;
  }
  auto decoded = wire::decode(text);
  if (auto* error = std::get_if<wire::DecodeError>(&decoded)) {
    reply(wire::encodeError(0, error->code, error->message));
    return;
  }
  std::visit([this](const auto& m) { handle(m); }, std::get<wire::ClientMessage>(decoded));
}

void WebSocketSession::handle(const wire::JoinMsg& m) {
  if (m_joining) {
    reply(wire::encodeError(0, "busy", "Still joining: please wait."));
    return;
  }
  if (joined() && m.token != m_token) {
    reply(wire::encodeError(0, "already_joined", "This connection has already joined."));
    return;
  }
  m_joining = true;
  const std::string token = m.token.empty() ? newParticipantToken() : m.token;
  core::Command command{0, core::Join{m.room, token, m.group}};
  m_server->port().submit(std::move(command), [self = shared_from_this(), token](const core::CommandResult& r) {
    asio::post(self->m_server->io(), [self, token, r] {
      self->m_joining = false;
      if (self->m_closed) {
        return;
      }
      if (r.error) {
        self->reply(wire::encodeError(0, core::errorCodeName(r.error->code), r.error->message));
        return;
      }
      const bool first = !self->joined();
      self->m_token = token;
      if (first) {
        self->m_server->participantJoined(self.get());
      }
      self->reply(wire::encodeWelcome(*self->m_server->port().snapshot(), token, r.participant));
      self->sendState(self->m_server->currentState());
    });
  });
}

void WebSocketSession::handle(const wire::GroupMsg& m) {
  if (!joined()) {
    reply(wire::encodeError(0, "not_joined", "Please join first."));
    return;
  }
  core::Command command{0, core::ChooseGroup{m_token, m.group}};
  m_server->port().submit(std::move(command), [self = shared_from_this()](const core::CommandResult& r) {
    asio::post(self->m_server->io(), [self, r] {
      if (r.error) {
        self->reply(wire::encodeError(0, core::errorCodeName(r.error->code), r.error->message));
      } else {
        self->reply(wire::encodeWelcome(*self->m_server->port().snapshot(), self->m_token, r.participant));
      }
    });
  });
}

void WebSocketSession::handle(const wire::AnswerMsg& m) {
  submitAnswer(m.id, core::AnswerBelief{m_token, m.round, m.belief, m.value});
}

void WebSocketSession::handle(const wire::PollAnswerMsg& m) {
  submitAnswer(m.id, core::AnswerPoll{m_token, m.poll, m.choices});
}

void WebSocketSession::handle(const wire::PromptAnswerMsg& m) {
  submitAnswer(m.id, core::AnswerPrompt{m_token, m.prompt, m.rating, m.note});
}

void WebSocketSession::handle(const wire::StatementMsg& m) {
  submitAnswer(m.id, core::SubmitStatement{m_token, m.text});
}

void WebSocketSession::handle(const wire::VoteMsg& m) {
  submitAnswer(m.id, core::VoteStatement{m_token, m.statement, m.vote});
}

void WebSocketSession::handle(const wire::FlagMsg& m) {
  submitAnswer(m.id, core::RaiseFlag{m_token, m.kind, m.words});
}

void WebSocketSession::handle(const wire::ProposalMsg& m) {
  submitAnswer(m.id, core::ProposeClarityItem{m_token, m.what});
}

void WebSocketSession::handle(const wire::EnergyMsg& m) {
  submitAnswer(m.id, core::ToggleEnergy{m_token, m.item, m.on});
}

void WebSocketSession::submitAnswer(std::int64_t id, core::CommandBody body) {
  if (!joined()) {
    reply(wire::encodeError(id, "not_joined", "Please join first."));
    return;
  }
  m_server->port().submit({0, std::move(body)}, [self = shared_from_this(), id](const core::CommandResult& r) {
    // Runs after the answer is committed: only now may the participant be told it is in.
    asio::post(self->m_server->io(), [self, id, r] {
      if (r.error) {
        self->reply(wire::encodeError(id, core::errorCodeName(r.error->code), r.error->message));
      } else {
        self->reply(wire::encodeAck(id));
      }
    });
  });
}

void WebSocketSession::reply(std::string message) {
  if (m_closed) {
    return;
  }
  if (m_replies.size() >= m_server->limits().maxQueuedMessages) {
    static constexpr char kReason[] = "too slow to read";
    wslay_event_queue_close(m_ctx, kClosePolicy, reinterpret_cast<const uint8_t*>(kReason), sizeof kReason - 1);
    close();
    return;
  }
  m_replies.push_back(std::move(message));
  flush();
}

void WebSocketSession::sendState(const SharedBytes& state) {
  if (m_closed || !state) {
    return;
  }
  m_pendingState = state; // latest wins: an older unsent state is simply replaced
  flush();
}

void WebSocketSession::flush() {
  if (m_writing || m_closed) {
    return;
  }
  while (!m_replies.empty()) {
    const auto& text = m_replies.front();
    wslay_event_msg msg{WSLAY_TEXT_FRAME, reinterpret_cast<const uint8_t*>(text.data()), text.size()};
    wslay_event_queue_msg(m_ctx, &msg);
    m_replies.pop_front();
  }
  if (m_pendingState) {
    wslay_event_msg msg{WSLAY_TEXT_FRAME, reinterpret_cast<const uint8_t*>(m_pendingState->data()),
                        m_pendingState->size()};
    wslay_event_queue_msg(m_ctx, &msg);
    m_pendingState.reset();
  }
  if (wslay_event_send(m_ctx) != 0) {
    close();
    return;
  }
  if (m_out.empty()) {
    return;
  }
  m_writing = true;
  m_writeDeadline.expires_after(m_server->limits().writeTimeout);
  m_writeDeadline.async_wait([weak = weak_from_this()](std::error_code ec) {
    if (auto self = weak.lock(); self && !ec) {
      self->close(); // the phone stopped reading: drop it, it may reconnect
    }
  });
  asio::async_write(m_socket, asio::buffer(m_out), [self = shared_from_this()](std::error_code ec, std::size_t) {
    self->m_writeDeadline.cancel();
    self->m_writing = false;
    self->m_out.clear();
    if (ec) {
      self->close();
      return;
    }
    self->flush();
    self->shutdownIfDone();
  });
}

void WebSocketSession::shutdownIfDone() {
  if (!m_closed && !m_writing && wslay_event_want_read(m_ctx) == 0 && wslay_event_want_write(m_ctx) == 0) {
    close();
  }
}

void WebSocketSession::armIdle() {
  m_idle.expires_after(m_server->limits().idleTimeout);
  m_idle.async_wait([weak = weak_from_this()](std::error_code ec) {
    if (auto self = weak.lock(); self && !ec) {
      self->close(); // nothing from this phone, not even a pong: it is gone
    }
  });
}

void WebSocketSession::armPing() {
  m_ping.expires_after(m_server->limits().pingInterval);
  m_ping.async_wait([weak = weak_from_this()](std::error_code ec) {
    auto self = weak.lock();
    if (!self || ec || self->m_closed) {
      return;
    }
    wslay_event_msg msg{WSLAY_PING, nullptr, 0};
    wslay_event_queue_msg(self->m_ctx, &msg);
    self->flush();
    self->armPing();
  });
}

void WebSocketSession::close() {
  if (m_closed) {
    return;
  }
  m_closed = true;
  m_idle.cancel();
  m_ping.cancel();
  m_writeDeadline.cancel();
  std::error_code ec;
  m_socket.close(ec);
  m_server->removeWebSocket(this);
  m_server->releaseAddress(m_address);
}

} // namespace balcony::net
