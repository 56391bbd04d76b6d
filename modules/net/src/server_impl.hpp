// Shared by the server and its sessions: the acceptor, the registry of live connections, the
// per-address counts, and the coalesced board state that every participant is sent.
#pragma once

#include "balcony/core/ports.hpp"
#include "balcony/core/snapshot.hpp"
#include "balcony/net/limits.hpp"
#include "balcony/net/server.hpp"
#include "rate_limit.hpp"

#include <asio/ip/tcp.hpp>
#include <asio/steady_timer.hpp>

#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace balcony::net {

class WebSocketSession;
class HttpSession;

using SharedBytes = std::shared_ptr<const std::string>;

class ServerImpl : public std::enable_shared_from_this<ServerImpl> {
public:
  ServerImpl(asio::io_context& io, core::ParticipantPort& port, Limits limits);

  std::uint16_t listen(const std::string& address, std::uint16_t port);
  void publish(core::SnapshotPtr snapshot);
  void stop();
  Server::Stats stats() const;

  // Called by sessions, on the io thread.
  asio::io_context& io() { return m_io; }
  core::ParticipantPort& port() { return m_port; }
  const Limits& limits() const { return m_limits; }
  bool stopping() const { return m_stopping; }
  void addHttp(const std::shared_ptr<HttpSession>& s);
  void removeHttp(const HttpSession* s);
  void addWebSocket(const std::shared_ptr<WebSocketSession>& s);
  void removeWebSocket(const WebSocketSession* s);
  void releaseAddress(const std::string& address);
  // A connection joined as the participant with this token; presence counts participants, so
  // one phone on several connections is one person present.
  void participantJoined(const std::string& token);
  void participantLeft(const std::string& token);
  // Wrong room codes from an address: counted over limits().wrongCodeWindow, reported to the
  // console, and past limits().wrongCodesPerAddress that address may not try again for a while.
  void wrongRoomCode(const std::string& address);
  void setEndedRoomCodes(std::vector<std::string> codes) { m_endedRoomCodes = std::move(codes); }
  bool endedRoomCode(const std::string& code) const;
  bool guessingFrom(const std::string& address);
  // A new identity asked to join from this address, on connection `who`. In while the address is
  // within its burst of newcomers, or once the facilitator let its newcomers in; past the burst it
  // waits for the facilitator (the console is told how many wait), or is kept out if they said so.
  enum class Admission { In, Waiting, KeptOut };
  // A waiting phone asks again every 3 s (assets/web/connection.js); one silent this long has gone.
  static constexpr std::chrono::seconds kWaitingForgottenAfter{10};
  Admission newIdentityFrom(const std::string& address, const void* who);
  // A connection goes: it no longer waits.
  void stopWaiting(const void* who);
  // The message allowance of a participant, shared by all their connections.
  RateLimit& rateFor(const std::string& token);
  SharedBytes currentState(); // the latest encoded public state, for a participant who just joined

private:
  void accept();
  void scheduleBroadcast();
  void broadcast();
  void fanOut(std::shared_ptr<std::vector<std::weak_ptr<WebSocketSession>>> targets, SharedBytes state,
              std::size_t from, std::chrono::steady_clock::duration busy);
  void updatePresence();
  void forgetOldWrongCodes(std::chrono::steady_clock::time_point now);
  void reportNotices();

  asio::io_context& m_io;
  core::ParticipantPort& m_port;
  Limits m_limits;
  asio::ip::tcp::acceptor m_acceptor;
  asio::steady_timer m_broadcastTimer;
  asio::steady_timer m_acceptPause;
  bool m_broadcastArmed = false;
  std::chrono::steady_clock::time_point m_lastBroadcast{};
  std::chrono::steady_clock::duration m_lastFanOut{}; // the io thread's time spent on the last update
  bool m_fanOutBusy = false;
  bool m_stopping = false;

  std::map<const HttpSession*, std::weak_ptr<HttpSession>> m_http;
  std::map<const WebSocketSession*, std::weak_ptr<WebSocketSession>> m_webSockets;
  std::map<std::string, std::size_t> m_perAddress;
  std::map<std::string, std::size_t> m_present; // token -> connections joined as that participant
  std::map<std::string, std::vector<std::chrono::steady_clock::time_point>> m_wrongCodes; // per address
  std::map<std::string, int> m_newIdentities; // per address: newcomers let in without asking
  // Per address past its burst: the connections whose newcomer waits, and when each last asked.
  std::map<std::string, std::map<const void*, std::chrono::steady_clock::time_point>> m_waiting;
  std::map<std::string, RateLimit> m_rates; // per participant token, while connected
  std::vector<std::string> m_endedRoomCodes;

  mutable std::mutex m_mutex; // guards what other threads touch: the latest snapshot and stats
  core::SnapshotPtr m_latest;
  std::uint64_t m_sentVersion = 0;
  SharedBytes m_stateBytes;
  SharedBytes m_joinStateBytes; // for phones joining between updates, encoded once per version
  std::uint64_t m_joinStateVersion = 0;
  Server::Stats m_stats;
};

} // namespace balcony::net
