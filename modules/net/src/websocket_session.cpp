// A participant's WebSocket. ws_codec does the framing and the protocol checks (masking, opcodes,
// UTF-8, sizes); this file feeds it bytes, answers control frames, hands text messages on (within
// the rate limit), and writes replies with one write in flight. A client that will not read is
// dropped, never waited on.
#include "websocket_session.hpp"

#include <asio/write.hpp>

#include <algorithm>
#include <array>
#include <cstring>

namespace balcony::net {

WebSocketSession::WebSocketSession(asio::ip::tcp::socket socket, std::shared_ptr<ServerImpl> server,
                                   std::string address, std::string leftover)
    : m_socket(std::move(socket)), m_server(std::move(server)), m_address(std::move(address)),
      m_reader(m_server->limits().maxMessageBytes), m_heartbeat(m_socket.get_executor()),
      m_leftover(std::move(leftover)), m_rate(m_server->limits().messagesPerSecond, m_server->limits().messageBurst),
      m_messages(*m_server) {}

WebSocketSession::~WebSocketSession() = default;

void WebSocketSession::start() {
  std::error_code ec;
  m_opened = std::chrono::steady_clock::now();
  m_nextPing = m_opened + m_server->limits().pingInterval;
  m_socket.non_blocking(true, ec); // reads happen only once the socket says it has bytes
  // A fixed kernel buffer: a phone that stops reading fills it soon and is let go, instead of
  // the kernel growing megabytes for it.
  m_socket.set_option(asio::socket_base::send_buffer_size(m_server->limits().socketSendBuffer), ec);
  m_lastHeard = std::chrono::steady_clock::now();
  armHeartbeat();
  if (!m_leftover.empty()) {
    const auto bytes = std::move(m_leftover);
    feed(bytes.data(), bytes.size());
  }
  if (!m_closed && !m_closeSent) {
    read();
  }
}

void WebSocketSession::read() {
  // Wait for bytes first, then read them into one buffer shared by every connection on this
  // thread: a waiting phone holds no buffer at all. feed() consumes all of it before returning.
  m_socket.async_wait(asio::socket_base::wait_read, [self = shared_from_this()](std::error_code ec) {
    if (ec || self->m_closed) {
      self->close();
      return;
    }
    static thread_local std::array<char, 16384> buffer;
    const auto n = self->m_socket.read_some(asio::buffer(buffer), ec);
    if (ec == asio::error::would_block || ec == asio::error::try_again) {
      self->read();
      return;
    }
    if (ec) {
      self->close();
      return;
    }
    self->m_lastHeard = std::chrono::steady_clock::now();
    self->feed(buffer.data(), n);
    if (!self->m_closed && !self->m_closeSent) {
      self->read();
    }
  });
}

void WebSocketSession::feed(const char* data, std::size_t size) {
  const auto failure = m_reader.feed(data, size, [this](const ws::FrameReader::Message& m) {
    if (!m_closeSent && !m_closed) {
      onMessage(m);
    }
  });
  if (!m_reader.midMessage()) {
    m_partialSince = {};
  } else if (m_partialSince == std::chrono::steady_clock::time_point{}) {
    m_partialSince = std::chrono::steady_clock::now();
    armHeartbeat(); // the message must be finished by its own deadline, not the next ping's
  }
  if (failure != 0 && !m_closeSent) {
    const char* reason = failure == ws::kCloseTooBig           ? "message too big"
                         : failure == ws::kCloseInvalidPayload ? "text is not valid UTF-8"
                                                               : "protocol error";
    sendClose(failure, reason);
  }
}

void WebSocketSession::onMessage(const ws::FrameReader::Message& m) {
  switch (m.opcode) {
  case ws::Opcode::Text:
    // Joined, the allowance is the participant's, whatever connections they have open.
    if ((joined() ? m_server->rateFor(token()) : m_rate).take()) {
      m_refused = 0;
      m_messages.handle(shared_from_this(), m.payload);
    } else {
      refuse();
    }
    break;
  case ws::Opcode::Binary: sendClose(ws::kCloseUnsupportedData, "text messages only"); break;
  case ws::Opcode::Ping:
    // Answered like any message, within the same rate, and with at most one pong waiting (RFC
    // 6455 allows answering only the latest ping): pings cannot be used to fill the server.
    if (m_rate.take() && !m_pongQueued) {
      m_pongQueued = true;
      sendFrame(ws::Opcode::Pong, std::string(m.payload));
    }
    break;
  case ws::Opcode::Close: {
    // Answer the phone's close with the same code, as RFC 6455 asks, then hang up.
    if (m.payload.size() >= 2) {
      const auto code = static_cast<std::uint16_t>((static_cast<unsigned char>(m.payload[0]) << 8) |
                                                   static_cast<unsigned char>(m.payload[1]));
      sendClose(code, {});
    } else {
      m_closeSent = true;
      sendFrame(ws::Opcode::Close, {});
    }
    break;
  }
  case ws::Opcode::Pong:
  case ws::Opcode::Continuation: break; // a pong only shows the phone is there, which reading it already recorded
  }
}

void WebSocketSession::refuse() {
  // A flood costs one error reply a second at most; one that goes on is closed.
  const auto now = std::chrono::steady_clock::now();
  if (now - m_lastRefusal >= std::chrono::seconds(1)) {
    m_lastRefusal = now;
    reply(wire::encodeError(0, "rate_limited", "Too many messages: please wait a moment."));
  }
  if (++m_refused > 2 * m_server->limits().messageBurst) {
    sendClose(ws::kClosePolicy, "too many messages");
  }
}

void WebSocketSession::reply(std::string message) {
  if (m_closed || m_closeSent) {
    return;
  }
  if (m_queuedReplies >= m_server->limits().maxQueuedMessages) {
    close(); // too slow to read: dropped rather than waited on; it may reconnect
    return;
  }
  ++m_queuedReplies;
  sendFrame(ws::Opcode::Text, std::move(message));
}

void WebSocketSession::sendFrame(ws::Opcode opcode, std::string payload) {
  if (m_closed) {
    return;
  }
  m_queue.push_back({ws::frameHeader(opcode, payload.size()), std::move(payload)});
  flush();
}

void WebSocketSession::sendClose(std::uint16_t code, std::string_view reason) {
  if (m_closeSent || m_closed) {
    return;
  }
  m_closeSent = true; // first: nothing else is sent or read from here on, and once the close
                      // frame is written, flush() hangs up
  sendFrame(ws::Opcode::Close, ws::closePayload(code, reason));
}

void WebSocketSession::sendState(const SharedBytes& state) {
  if (m_closed || m_closeSent || !state) {
    return;
  }
  m_pendingState = state; // latest wins: an older unsent state is simply replaced
  flush();
}

void WebSocketSession::flush() {
  if (m_writing || m_closed) {
    return;
  }
  const bool withState = m_pendingState && !m_closeSent;
  if (m_queue.empty() && !withState) {
    if (m_closeSent) {
      close(); // our close frame is out: the connection is done
    }
    return;
  }
  // Replies first, then the newest board state straight from the copy every phone shares.
  static thread_local std::vector<asio::const_buffer> buffers;
  buffers.clear();
  for (const auto& frame : m_queue) {
    buffers.emplace_back(frame.header.bytes.data(), frame.header.size);
    buffers.emplace_back(frame.payload.data(), frame.payload.size());
  }
  ws::FrameHeader stateHeader;
  SharedBytes state;
  if (withState) {
    state = std::move(m_pendingState);
    m_pendingState.reset();
    stateHeader = ws::frameHeader(ws::Opcode::Text, state->size());
    buffers.emplace_back(stateHeader.bytes.data(), stateHeader.size);
    buffers.emplace_back(state->data(), state->size());
  }
  // Usually the phone's socket takes it all at once: no copy, no wait. The socket is
  // non-blocking, so this never stalls the thread every other phone depends on.
  std::error_code ec;
  const auto total = asio::buffer_size(buffers);
  auto written = m_socket.write_some(buffers, ec);
  if (ec == asio::error::would_block || ec == asio::error::try_again) {
    written = 0;
  } else if (ec) {
    close();
    return;
  }
  if (written < total) {
    // The phone is not keeping up: keep the rest and write it as its socket drains.
    for (const auto& b : buffers) {
      const auto skip = std::min(written, b.size());
      written -= skip;
      m_rest.append(static_cast<const char*>(b.data()) + skip, b.size() - skip);
    }
  }
  m_queuedReplies = 0;
  m_pongQueued = false;
  if (m_queue.capacity() > 4) {
    std::vector<Outgoing>().swap(m_queue); // an idle phone keeps nothing of what it was sent
  } else {
    m_queue.clear();
  }
  if (m_rest.empty()) {
    if (m_closeSent) {
      close();
    }
    return;
  }
  m_writing = true;
  m_writeStarted = std::chrono::steady_clock::now();
  armHeartbeat(); // a write that stays stuck is dropped at its own deadline
  asio::async_write(m_socket, asio::buffer(m_rest), [self = shared_from_this()](std::error_code error, std::size_t) {
    self->m_writing = false;
    std::string().swap(self->m_rest);
    if (error) {
      self->close();
      return;
    }
    self->flush();
  });
}

void WebSocketSession::armHeartbeat() {
  // One timer for every deadline this connection has: the next ping, joining, finishing a message
  // begun, a write that is stuck, silence. It wakes at the earliest, so each is kept at its own
  // time (never later than 0.1 s after, so a deadline passed while a join is being decided does
  // not spin).
  const auto& limits = m_server->limits();
  const auto now = std::chrono::steady_clock::now();
  auto wake = m_closeSent ? now + limits.writeTimeout : m_nextPing;
  auto consider = [&](std::chrono::steady_clock::time_point deadline) {
    wake = std::min(wake, std::max(deadline, now + std::chrono::milliseconds(100)));
  };
  if (!joined()) consider(m_opened + limits.joinTimeout);
  if (m_partialSince != std::chrono::steady_clock::time_point{}) consider(m_partialSince + limits.headerTimeout);
  if (m_writing) consider(m_writeStarted + limits.writeTimeout);
  consider(m_lastHeard + limits.idleTimeout);
  m_heartbeat.expires_at(wake);
  m_heartbeat.async_wait([weak = weak_from_this()](std::error_code ec) {
    if (auto self = weak.lock(); self && !ec && !self->m_closed) {
      self->heartbeat();
    }
  });
}

void WebSocketSession::heartbeat() {
  const auto now = std::chrono::steady_clock::now();
  const auto& limits = m_server->limits();
  if (!joined() && !m_messages.joining() && now - m_opened >= limits.joinTimeout) {
    close(); // connected but never joined: it holds a slot and tells nobody anything
    return;
  }
  if (now - m_lastHeard >= limits.idleTimeout) {
    close(); // nothing from this phone, not even a pong to our pings: it is gone
    return;
  }
  if (m_writing && now - m_writeStarted >= limits.writeTimeout) {
    // The phone stopped reading: drop it rather than hold its messages (our close frame too, if
    // it is stuck behind them); it may reconnect.
    close();
    return;
  }
  if (m_partialSince != std::chrono::steady_clock::time_point{} && now - m_partialSince >= limits.headerTimeout) {
    close(); // a message begun and never finished: a slow trickle, not a phone
    return;
  }
  if (!m_closeSent && now >= m_nextPing) { // once our close frame is on its way: no more pings
    m_nextPing = now + limits.pingInterval;
    sendFrame(ws::Opcode::Ping, {});
  }
  armHeartbeat();
}

void WebSocketSession::close() {
  if (m_closed) {
    return;
  }
  m_closed = true;
  m_heartbeat.cancel();
  std::error_code ec;
  m_socket.close(ec);
  m_server->removeWebSocket(this);
  m_server->releaseAddress(m_address);
}

} // namespace balcony::net
