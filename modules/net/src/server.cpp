// Accepting connections, enforcing connection limits, and coalescing board updates: participants
// get the latest state, encoded once and shared by all, as often as the room's size allows.
#include "balcony/net/server.hpp"

#include "http_session.hpp"
#include "server_impl.hpp"
#include "websocket_session.hpp"
#include "wire.hpp"

#include "balcony/platform/listen_error.hpp"

#include <asio/post.hpp>

#include <algorithm>

namespace balcony::net {

ServerImpl::ServerImpl(asio::io_context& io, core::ParticipantPort& port, Limits limits)
    : m_io(io), m_port(port), m_limits(limits), m_acceptor(io), m_broadcastTimer(io), m_acceptPause(io) {}

std::uint16_t ServerImpl::listen(const std::string& address, std::uint16_t port) {
  try {
    const asio::ip::tcp::endpoint endpoint(asio::ip::make_address(address), port);
    m_acceptor.open(endpoint.protocol());
    platform::prepareListeningSocket(static_cast<std::uintptr_t>(m_acceptor.native_handle()));
    m_acceptor.bind(endpoint);
    m_acceptor.listen(asio::socket_base::max_listen_connections);
  } catch (...) {
    std::error_code ignored;
    m_acceptor.close(ignored); // ready for another try on another port
    throw;
  }
  accept();
  return m_acceptor.local_endpoint().port();
}

void ServerImpl::accept() {
  m_acceptor.async_accept([self = shared_from_this()](std::error_code ec, asio::ip::tcp::socket socket) {
    if (self->m_stopping || !self->m_acceptor.is_open()) {
      return;
    }
    if (!ec) {
      std::error_code addrEc;
      const auto remote = socket.remote_endpoint(addrEc);
      const std::string address = addrEc ? std::string("?") : remote.address().to_string();
      const auto total = self->m_http.size() + self->m_webSockets.size();
      auto& count = self->m_perAddress[address];
      if (addrEc || total >= self->m_limits.maxConnections || count >= self->m_limits.maxConnectionsPerAddress) {
        if (count == 0) {
          self->m_perAddress.erase(address);
        }
        {
          std::lock_guard lock(self->m_mutex);
          ++self->m_stats.rejectedConnections; // counted before the client can see the close
        }
        socket.close(addrEc);
      } else {
        ++count;
        auto session = std::make_shared<HttpSession>(std::move(socket), self, address);
        self->addHttp(session);
        session->start();
      }
    }
    if (ec && ec != asio::error::operation_aborted) {
      // Out of file descriptors (EMFILE) and the like: pause briefly rather than spin, then go on.
      self->m_acceptPause.expires_after(std::chrono::milliseconds(100));
      self->m_acceptPause.async_wait([self](std::error_code) {
        if (!self->m_stopping) self->accept();
      });
      return;
    }
    self->accept();
  });
}

void ServerImpl::publish(core::SnapshotPtr snapshot) {
  {
    std::lock_guard lock(m_mutex);
    m_latest = std::move(snapshot);
  }
  asio::post(m_io, [self = shared_from_this()] { self->scheduleBroadcast(); });
}

void ServerImpl::scheduleBroadcast() {
  if (m_broadcastArmed || m_fanOutBusy || m_stopping) {
    return; // one update at a time: a fan-out under way schedules the next when it ends
  }
  m_broadcastArmed = true;
  const auto gap = std::clamp(std::chrono::duration_cast<std::chrono::milliseconds>(m_lastFanOut * 8),
                              m_limits.minBroadcastInterval, m_limits.broadcastInterval);
  const auto due = std::max(std::chrono::steady_clock::now(), m_lastBroadcast + gap);
  m_broadcastTimer.expires_at(due);
  m_broadcastTimer.async_wait([self = shared_from_this()](std::error_code ec) {
    self->m_broadcastArmed = false;
    if (!ec && !self->m_stopping) {
      self->broadcast();
    }
  });
}

SharedBytes ServerImpl::currentState() {
  core::SnapshotPtr latest;
  {
    std::lock_guard lock(m_mutex);
    latest = m_latest ? m_latest : m_port.snapshot();
  }
  if (m_stateBytes && latest->version == m_sentVersion) {
    return m_stateBytes;
  }
  if (!m_joinStateBytes || latest->version != m_joinStateVersion) {
    // Encoded once per version however many phones join meanwhile (a room rejoining at once).
    m_joinStateBytes = std::make_shared<const std::string>(wire::encodePublicState(*latest));
    m_joinStateVersion = latest->version;
  }
  return m_joinStateBytes;
}

void ServerImpl::broadcast() {
  core::SnapshotPtr latest;
  {
    std::lock_guard lock(m_mutex);
    latest = m_latest;
  }
  if (!latest || latest->version == m_sentVersion) {
    return;
  }
  const auto start = std::chrono::steady_clock::now();
  m_stateBytes = std::make_shared<const std::string>(wire::encodePublicState(*latest));
  m_sentVersion = latest->version;
  m_lastBroadcast = start;
  const auto encoded = std::chrono::steady_clock::now();
  {
    std::lock_guard lock(m_mutex);
    ++m_stats.broadcasts;
    m_stats.encodeTime.add(encoded - start);
  }
  std::vector<std::weak_ptr<WebSocketSession>> targets;
  targets.reserve(m_webSockets.size());
  for (const auto& [key, weak] : m_webSockets) {
    targets.push_back(weak);
  }
  fanOut(std::make_shared<std::vector<std::weak_ptr<WebSocketSession>>>(std::move(targets)), m_stateBytes, 0,
         encoded - start);
}

void ServerImpl::fanOut(std::shared_ptr<std::vector<std::weak_ptr<WebSocketSession>>> targets, SharedBytes state,
                        std::size_t from, std::chrono::steady_clock::duration busy) {
  // A slice at a time, then the io thread reads what came in meanwhile: in a hall, an answer
  // arriving during an update waits for one slice, not for the whole room.
  constexpr std::size_t kSlice = 64;
  m_fanOutBusy = true;
  const auto sliceStart = std::chrono::steady_clock::now();
  const auto to = std::min(targets->size(), from + kSlice);
  for (auto i = from; i < to; ++i) {
    if (auto session = (*targets)[i].lock(); session && session->joined()) {
      session->sendState(state);
    }
  }
  busy += std::chrono::steady_clock::now() - sliceStart;
  if (to < targets->size() && !m_stopping) {
    asio::post(m_io, [self = shared_from_this(), targets = std::move(targets), state = std::move(state), to, busy] {
      self->fanOut(targets, state, to, busy);
    });
    return;
  }
  m_fanOutBusy = false;
  m_lastFanOut = busy; // the time spent writing, not the time other work took between slices
  {
    std::lock_guard lock(m_mutex);
    m_stats.fanOutTime.add(busy);
  }
  bool moved = false;
  {
    std::lock_guard lock(m_mutex);
    moved = m_latest && m_latest->version != m_sentVersion;
  }
  if (moved) {
    scheduleBroadcast(); // the board changed while this update went out
  }
}

void ServerImpl::stop() {
  asio::post(m_io, [self = shared_from_this()] {
    self->m_stopping = true;
    std::error_code ec;
    self->m_acceptor.close(ec);
    self->m_broadcastTimer.cancel();
    self->m_acceptPause.cancel();
    auto http = self->m_http;
    for (auto& [key, weak] : http) {
      if (auto s = weak.lock()) s->close();
    }
    auto ws = self->m_webSockets;
    for (auto& [key, weak] : ws) {
      if (auto s = weak.lock()) s->close();
    }
  });
}

void ServerImpl::addHttp(const std::shared_ptr<HttpSession>& s) {
  m_http[s.get()] = s;
  std::lock_guard lock(m_mutex);
  m_stats.connections = m_http.size() + m_webSockets.size();
}

void ServerImpl::removeHttp(const HttpSession* s) {
  m_http.erase(s);
  std::lock_guard lock(m_mutex);
  m_stats.connections = m_http.size() + m_webSockets.size();
}

void ServerImpl::addWebSocket(const std::shared_ptr<WebSocketSession>& s) {
  m_webSockets[s.get()] = s;
  std::lock_guard lock(m_mutex);
  m_stats.connections = m_http.size() + m_webSockets.size();
}

void ServerImpl::removeWebSocket(const WebSocketSession* s) {
  m_webSockets.erase(s);
  {
    std::lock_guard lock(m_mutex);
    m_stats.connections = m_http.size() + m_webSockets.size();
  }
  if (s->joined()) {
    participantLeft(s->token());
  } else {
    stopWaiting(s);
  }
}

void ServerImpl::releaseAddress(const std::string& address) {
  auto it = m_perAddress.find(address);
  if (it != m_perAddress.end() && --it->second == 0) {
    m_perAddress.erase(it);
  }
}

void ServerImpl::participantJoined(const std::string& token) {
  ++m_present[token];
  updatePresence();
}

void ServerImpl::participantLeft(const std::string& token) {
  auto it = m_present.find(token);
  if (it != m_present.end() && --it->second == 0) {
    m_present.erase(it);
    m_rates.erase(token);
  }
  updatePresence();
}

void ServerImpl::updatePresence() {
  {
    std::lock_guard lock(m_mutex);
    m_stats.participants = m_present.size();
  }
  if (!m_stopping) {
    m_port.setPresent(static_cast<int>(m_present.size()));
  }
}

void ServerImpl::forgetOldWrongCodes(std::chrono::steady_clock::time_point now) {
  for (auto it = m_wrongCodes.begin(); it != m_wrongCodes.end();) {
    auto& times = it->second;
    std::erase_if(times, [&](auto t) { return now - t >= m_limits.wrongCodeWindow; });
    it = times.empty() ? m_wrongCodes.erase(it) : std::next(it);
  }
}

void ServerImpl::wrongRoomCode(const std::string& address) {
  const auto now = std::chrono::steady_clock::now();
  forgetOldWrongCodes(now);
  m_wrongCodes[address].push_back(now);
  reportNotices();
}

bool ServerImpl::endedRoomCode(const std::string& code) const {
  return std::any_of(m_endedRoomCodes.begin(), m_endedRoomCodes.end(),
                     [&](const std::string& ended) { return core::sameRoomCode(code, ended); });
}

bool ServerImpl::guessingFrom(const std::string& address) {
  const auto before = m_wrongCodes.size();
  forgetOldWrongCodes(std::chrono::steady_clock::now());
  if (m_wrongCodes.size() != before) {
    reportNotices(); // an address has waited long enough: its line leaves the console
  }
  const auto it = m_wrongCodes.find(address);
  return it != m_wrongCodes.end() && static_cast<int>(it->second.size()) >= m_limits.wrongCodesPerAddress;
}

ServerImpl::Admission ServerImpl::newIdentityFrom(const std::string& address, const void* who) {
  const auto now = std::chrono::steady_clock::now();
  // A phone that waits asks again every few seconds: one that stopped asking has gone.
  bool changed = false;
  for (auto it = m_waiting.begin(); it != m_waiting.end();) {
    changed =
        std::erase_if(it->second, [&](const auto& entry) { return now - entry.second > kWaitingForgottenAfter; }) > 0 ||
        changed;
    it = it->second.empty() ? m_waiting.erase(it) : std::next(it);
  }
  const auto snapshot = m_port.snapshot(); // held: the engine may publish a newer one meanwhile
  const auto& decided = snapshot->state.newcomersFrom;
  if (const auto d = decided.find(address); d != decided.end()) {
    changed = m_waiting.erase(address) > 0 || changed;
    if (changed) reportNotices();
    return d->second ? Admission::In : Admission::KeptOut;
  }
  if (auto& count = m_newIdentities[address]; count < m_limits.newIdentitiesBurst) {
    ++count;
    if (changed) reportNotices();
    return Admission::In;
  }
  auto& waiting = m_waiting[address];
  changed = waiting.find(who) == waiting.end() || changed;
  waiting[who] = now;
  if (changed) reportNotices();
  return Admission::Waiting;
}

void ServerImpl::stopWaiting(const void* who) {
  bool changed = false;
  for (auto it = m_waiting.begin(); it != m_waiting.end();) {
    changed = it->second.erase(who) > 0 || changed;
    it = it->second.empty() ? m_waiting.erase(it) : std::next(it);
  }
  if (changed) reportNotices();
}

RateLimit& ServerImpl::rateFor(const std::string& token) {
  return m_rates.try_emplace(token, m_limits.messagesPerSecond, m_limits.messageBurst).first->second;
}

void ServerImpl::reportNotices() {
  std::vector<core::NetworkNotice> notices;
  for (const auto& [address, waiting] : m_waiting) {
    // Worded without the count (which the console shows beside its buttons), so the line is new
    // only when an address starts waiting.
    notices.push_back({"New participants from " + address +
                           " wait for you: more than a room behind one network brings at once. Let them in if "
                           "they are your room (a guest network); keep them out if not.",
                       address, static_cast<int>(waiting.size())});
  }
  const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(m_limits.wrongCodeWindow).count();
  for (const auto& [address, times] : m_wrongCodes) {
    if (static_cast<int>(times.size()) < m_limits.wrongCodesPerConnection) continue;
    // Worded by state, not by count, so each address gives at most two lines, not one per code.
    std::string line =
        "Repeated wrong room codes from " + address + " in the last " + std::to_string(minutes) + " minutes";
    line += static_cast<int>(times.size()) >= m_limits.wrongCodesPerAddress
                ? ": someone may be guessing the code. Phones there must wait before trying again."
                : ".";
    notices.push_back({std::move(line), "", 0});
  }
  if (!m_stopping) {
    m_port.setNetworkNotices(std::move(notices));
  }
}

Server::Stats ServerImpl::stats() const {
  std::lock_guard lock(m_mutex);
  return m_stats;
}

Server::Server(asio::io_context& io, core::ParticipantPort& port, Limits limits)
    : m_impl(std::make_shared<ServerImpl>(io, port, limits)) {
  http_parser_set_max_header_size(static_cast<uint32_t>(limits.maxHeaderBytes));
}

Server::~Server() = default;

std::uint16_t Server::listen(const std::string& address, std::uint16_t port) {
  return m_impl->listen(address, port);
}
void Server::setEndedRoomCodes(std::vector<std::string> codes) {
  m_impl->setEndedRoomCodes(std::move(codes));
}

void Server::publish(core::SnapshotPtr snapshot) {
  m_impl->publish(std::move(snapshot));
}
void Server::stop() {
  m_impl->stop();
}
Server::Stats Server::stats() const {
  return m_impl->stats();
}

} // namespace balcony::net
