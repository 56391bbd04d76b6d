// The link to an event of many rooms (event_link.hpp): one thread runs libmosquitto's loop,
// publishes a room's summary as it changes, reads the rooms (the plenary) or the plenary's
// requests (a room), and says in plain words what is wrong when the broker cannot be reached or
// refuses.
#include "balcony/federation/event_link.hpp"

#include "balcony/federation/summary_codec.hpp"
#include "balcony/platform/tcp_probe.hpp"
#include "balcony/platform/thread_cpu_time.hpp"

#include <mosquitto.h>
#include <mqtt_protocol.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <stdexcept>
#include <utility>

namespace balcony::federation {

std::string summaryTopic(const std::string& event, const std::string& room) {
  return "balcony/" + event + "/rooms/" + room + "/summary";
}
std::string linkTopic(const std::string& event, const std::string& room) {
  return "balcony/" + event + "/rooms/" + room + "/link";
}
std::string requestTopic(const std::string& event) {
  return "balcony/" + event + "/plenary/request";
}

namespace {

constexpr core::Millis kMinPublishGapMs = 200; // a room publishes at most five times a second
constexpr core::Millis kRebuildMs = 1000;      // alerts change with time: look again each second
constexpr core::Millis kKeepGapMs = 10'000;    // the plenary stores a changed room at most this often
constexpr core::Millis kConnectTimeoutMs = 8000;
constexpr core::Millis kRequestFreshMs = 15 * 60 * 1000; // an older request is not put to a room

std::once_flag libraryStarted;

// Intervals (publish gaps, retries, timeouts) run on the steady clock: a wall clock set back by the
// network's time service must not stop a room publishing. Moments shown to people use the wall clock.
core::Millis steadyMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// "live 1796597773392": a link state and the moment it took it (the room's clock); the broker's
// "lost" has no moment (the plenary uses when it heard it).
std::string linkPayload(const char* state, core::Millis at) {
  return std::string(state) + " " + std::to_string(at);
}

struct RoomRecord {
  core::EventRoom room;
  std::string json;
  std::uint64_t keptVersion = 0;
  core::RoomLink keptLink = core::RoomLink::Live;
  core::Millis keptAt = 0; // steady clock
  bool kept = false;
  bool newRun = false; // the room just said it is live: its next summary counts whatever its version
};

} // namespace

// What the engine says about a command the link sent (on the engine's thread, possibly after the
// link is gone): kept in a box the reply shares, read by the link's thread.
struct EventLink::NoticeBox {
  std::mutex mutex;
  std::string text;
};

struct EventLink::Impl {
  mosquitto* mosq = nullptr;
  bool started = false;    // a first connect was tried
  bool connecting = false; // a connect is under way
  bool connected = false;  // CONNACK accepted
  core::Millis connectStarted = 0;
  core::Millis nextTry = 0;
  core::Millis retryGap = 1000;
  int refusedCode = 0; // the broker's reason for refusing the last connect (0: none)
  bool everConnected = false;
  // A room.
  core::Millis lastPublish = 0;
  core::Millis lastBuild = 0;
  std::string lastBody;
  std::uint64_t version = 0;
  int summaryMid = -1;
  std::uint64_t handledRequest = 0; // guarded by the link's mutex
  core::Millis startedAt = 0;       // wall clock: requests made before this run are not accepted by themselves
  core::Millis lastViewAt = 0;      // steady clock
  // The plenary.
  std::map<std::string, RoomRecord> rooms;
  std::uint64_t requestId = 0;
  std::atomic<bool> viewDirty{true}; // set from the console's thread too
};

namespace {

EventLink* linkOf(void* obj) {
  return static_cast<EventLink*>(obj);
}

std::string brokerName(const LinkOptions& o) {
  return o.host + ":" + std::to_string(o.port);
}

// The system's words for the last socket error.
std::string systemError() {
  return platform::lastNetworkError();
}

// What the console says while the broker cannot be reached.
std::string unreachable(const LinkOptions& o, bool everConnected, const std::string& why) {
  const bool room = o.role == core::EventRole::Room;
  if (everConnected) {
    return std::string(room ? "Plenary link down" : "Broker link down") + ": the broker at " + brokerName(o) +
           " is not answering (" + why + "); trying again every few seconds." +
           (room ? " This room's meeting carries on, and the plenary catches up when the link is back." : "");
  }
  return "Cannot reach the event's broker at " + brokerName(o) + " (" + why +
         "). Check the address and port, and that this laptop is on the venue's network; trying again every few "
         "seconds." +
         (room ? " This room's meeting carries on." : "");
}

} // namespace

EventLink::EventLink(LinkOptions options, core::FacilitatorPort& port, Clock clock, Show show)
    : m_options(std::move(options)), m_port(port), m_clock(std::move(clock)), m_show(std::move(show)),
      m_impl(std::make_unique<Impl>()), m_notices(std::make_shared<NoticeBox>()) {
  if (!core::validRoomName(m_options.event)) {
    throw std::invalid_argument("An event's name is letters, digits, '-' or '_' (at most 40), like spring-forum.");
  }
  if (m_options.role == core::EventRole::Plenary) m_options.room = "plenary";
  if (!core::validRoomName(m_options.room)) {
    throw std::invalid_argument("A room's name is letters, digits, '-' or '_' (at most 40), like room-3.");
  }
  if (m_options.role == core::EventRole::Room && m_options.room == "plenary") {
    throw std::invalid_argument("'plenary' is the plenary's own name: give the room another.");
  }
  if (m_options.user.empty()) m_options.user = m_options.room;
  m_view.role = m_options.role;
  m_view.event = m_options.event;
  m_view.room = m_options.room;
  m_view.broker = brokerName(m_options);
  m_view.autoAccept = m_options.autoAccept;
  m_view.joinHelp = m_options.joinHelp;
  m_view.problem = "Connecting to the event's broker at " + m_view.broker + "...";
  std::call_once(libraryStarted, [] { mosquitto_lib_init(); });
}

EventLink::~EventLink() {
  stop(m_leaving);
}

void EventLink::start() {
  m_impl->startedAt = m_clock();
  auto* mosq = mosquitto_new(nullptr, true, this);
  if (mosq == nullptr) throw std::runtime_error("Cannot make an MQTT client (out of memory).");
  m_impl->mosq = mosq;
  mosquitto_int_option(mosq, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V5);
  mosquitto_username_pw_set(mosq, m_options.user.c_str(), m_options.password.c_str());
  if (m_options.role == core::EventRole::Room) {
    const auto topic = linkTopic(m_options.event, m_options.room);
    mosquitto_will_set(mosq, topic.c_str(), 4, "lost", 1, true);
  }
  mosquitto_connect_v5_callback_set(mosq, [](mosquitto*, void* obj, int rc, int, const mosquitto_property*) {
    auto* self = linkOf(obj);
    auto& impl = *self->m_impl;
    impl.connecting = false;
    if (rc != 0) {
      impl.refusedCode = rc;
      return;
    }
    impl.connected = true;
    impl.everConnected = true;
    impl.refusedCode = 0;
    impl.retryGap = 1000;
    const auto now = self->m_clock();
    {
      std::lock_guard lock(self->m_mutex);
      ++self->m_stats.connects;
      self->m_view.connected = true;
      self->m_view.downSince = 0;
      self->m_view.problem.clear();
    }
    if (self->m_options.role == core::EventRole::Room) {
      const auto link = linkTopic(self->m_options.event, self->m_options.room);
      const auto live = linkPayload("live", now);
      mosquitto_publish(impl.mosq, nullptr, link.c_str(), static_cast<int>(live.size()), live.data(), 1, true);
      const auto req = requestTopic(self->m_options.event);
      mosquitto_subscribe(impl.mosq, nullptr, req.c_str(), 1);
      impl.lastBody.clear(); // publish the current summary again: the broker may have lost it
      impl.lastPublish = 0;
      self->m_dirty = true;
    } else {
      // Until each room is heard again, its figures may be old: stale, since the link went down.
      for (auto& [name, r] : impl.rooms) {
        if (r.room.link == core::RoomLink::Live) {
          r.room.link = core::RoomLink::Stale;
          r.room.since = now;
        }
      }
      const auto base = "balcony/" + self->m_options.event + "/rooms/+/";
      mosquitto_subscribe(impl.mosq, nullptr, (base + "summary").c_str(), 1);
      mosquitto_subscribe(impl.mosq, nullptr, (base + "link").c_str(), 1);
    }
    impl.viewDirty = true;
  });
  mosquitto_disconnect_v5_callback_set(mosq, [](mosquitto*, void* obj, int, const mosquitto_property*) {
    auto* self = linkOf(obj);
    self->m_impl->connected = false;
    self->m_impl->connecting = false;
    self->m_impl->viewDirty = true;
  });
  mosquitto_publish_v5_callback_set(mosq, [](mosquitto*, void* obj, int mid, int reason, const mosquitto_property*) {
    auto* self = linkOf(obj);
    if (reason < 0x80) return;
    std::lock_guard lock(self->m_mutex);
    if (self->m_options.role == core::EventRole::Room) {
      self->m_view.problem = "The broker refused this room's summary (" + std::string(mosquitto_reason_string(reason)) +
                             "): the name '" + self->m_options.user + "' may not publish as room '" +
                             self->m_options.room + "'. Use the room name and password the plenary gave you.";
    } else {
      self->m_view.problem = "The broker refused the plenary's request (" +
                             std::string(mosquitto_reason_string(reason)) +
                             "): its access list must let 'plenary' write " + requestTopic(self->m_options.event) + ".";
    }
    (void)mid;
    self->m_impl->viewDirty = true;
  });
  mosquitto_subscribe_v5_callback_set(
      mosq, [](mosquitto*, void* obj, int, int count, const int* granted, const mosquitto_property*) {
        auto* self = linkOf(obj);
        for (int i = 0; i < count; ++i) {
          if (granted[i] < 0x80) continue;
          std::lock_guard lock(self->m_mutex);
          self->m_view.problem =
              self->m_options.role == core::EventRole::Plenary
                  ? "The broker does not let '" + self->m_options.user + "' read the rooms of event '" +
                        self->m_options.event + "'. Check the broker's access list (balcony --start-broker writes one)."
                  : "The broker does not let this room read the plenary's requests. The room still publishes; "
                    "check the broker's access list.";
          self->m_impl->viewDirty = true;
        }
      });
  mosquitto_message_v5_callback_set(
      mosq, [](mosquitto*, void* obj, const mosquitto_message* msg, const mosquitto_property*) {
        auto* self = linkOf(obj);
        const std::string topic = msg->topic != nullptr ? msg->topic : "";
        const std::string_view payload(static_cast<const char*>(msg->payload),
                                       msg->payload != nullptr ? static_cast<std::size_t>(msg->payloadlen) : 0);
        self->handleMessage(topic, payload);
      });
  m_thread = std::thread([this] { run(); });
}

void EventLink::handleMessage(const std::string& topic, std::string_view payload) {
  auto& impl = *m_impl;
  const auto now = m_clock();
  if (m_options.role == core::EventRole::Room) {
    if (topic != requestTopic(m_options.event) || payload.empty()) return;
    std::string why;
    auto request = decodeRequest(payload, why);
    if (!request || now - request->at > kRequestFreshMs) return;
    bool accept = false;
    {
      std::lock_guard lock(m_mutex);
      if (request->id <= impl.handledRequest || (m_view.request && m_view.request->id == request->id)) return;
      m_view.request = *request;
      // Accepted by itself only when asked during this run: a request kept on the broker from
      // before this room (re)joined waits for its facilitator, so nothing reopens over the room.
      accept = m_view.autoAccept && request->at >= impl.startedAt;
      impl.viewDirty = true;
    }
    if (accept) answerRequest(true);
    return;
  }
  // The plenary: balcony/<event>/rooms/<room>/<summary|link>.
  const auto prefix = "balcony/" + m_options.event + "/rooms/";
  if (topic.rfind(prefix, 0) != 0) return;
  const auto rest = topic.substr(prefix.size());
  const auto slash = rest.find('/');
  if (slash == std::string::npos) return;
  const auto room = rest.substr(0, slash);
  const auto what = rest.substr(slash + 1);
  if (!core::validRoomName(room) || payload.empty()) return;
  if (what == "link") {
    const auto space = payload.find(' ');
    const auto word = payload.substr(0, space);
    std::optional<core::RoomLink> link;
    if (word == "live") link = core::RoomLink::Live;
    if (word == "lost") link = core::RoomLink::Stale;
    if (word == "left") link = core::RoomLink::Left;
    if (!link) return;
    // When the room says (its clock), else when the plenary heard it.
    core::Millis at = now;
    if (space != std::string_view::npos && payload.size() - space - 1 <= 15) {
      core::Millis said = 0;
      bool digits = space + 1 < payload.size();
      for (const char c : payload.substr(space + 1)) {
        digits = digits && c >= '0' && c <= '9';
        if (digits) said = said * 10 + (c - '0');
      }
      if (digits) at = said;
    }
    auto& r = impl.rooms[room];
    r.room.summary.room = room;
    if (*link == core::RoomLink::Live && (r.room.link != core::RoomLink::Live || r.room.since == 0)) r.newRun = true;
    if (r.room.link != *link || r.room.since == 0) {
      r.room.link = *link;
      r.room.since = at;
      impl.viewDirty = true;
    }
    return;
  }
  if (what != "summary") return;
  std::string why;
  auto summary = decodeSummary(payload, why);
  if (summary && summary->room != room) {
    why = "it names room '" + summary->room + "'";
    summary.reset();
  }
  std::lock_guard lock(m_mutex);
  if (!summary) {
    ++m_stats.refused;
    m_view.problem = "Room '" + room + "' sent a summary Balcony cannot read (" + why + "); its last one stays.";
    impl.viewDirty = true;
    return;
  }
  auto& r = impl.rooms[room];
  // A newer summary, or the first of a room that just said it is live (restarted, perhaps on a
  // laptop whose clock is behind: its versions start lower).
  if (summary->version <= r.room.summary.version && r.room.heardAt != 0 && !r.newRun) return;
  r.newRun = false;
  if (m_view.problem.rfind("Room '" + room + "'", 0) == 0) m_view.problem.clear(); // it reads again
  r.json = std::string(payload);
  r.room.summary = std::move(*summary);
  r.room.heardAt = now;
  if (r.room.since == 0) r.room.since = now;
  ++m_stats.received;
  impl.viewDirty = true;
}

void EventLink::stop(bool leaving) {
  if (!m_thread.joinable()) {
    if (m_impl->mosq != nullptr) {
      mosquitto_destroy(m_impl->mosq);
      m_impl->mosq = nullptr;
    }
    return;
  }
  m_leaving = leaving;
  m_stop = true;
  m_thread.join();
  mosquitto_destroy(m_impl->mosq);
  m_impl->mosq = nullptr;
}

void EventLink::sessionChanged() {
  m_dirty = true;
}

void EventLink::keepAll() {
  m_keepAll = true;
}

std::shared_ptr<const core::EventLinkView> EventLink::view() const {
  std::lock_guard lock(m_mutex);
  return m_shown ? m_shown : std::make_shared<core::EventLinkView>(m_view);
}

EventLink::Stats EventLink::stats() const {
  std::lock_guard lock(m_mutex);
  return m_stats;
}

std::string EventLink::askEveryRoom(core::RequestKind kind, std::string question, std::vector<std::string> options) {
  if (m_options.role != core::EventRole::Plenary) return "Only the plenary can ask every room.";
  if (kind == core::RequestKind::Poll) {
    if (question.empty() || options.size() < 2 || options.size() > 10) {
      return "A poll for every room needs a question and 2 to 10 options.";
    }
  }
  std::lock_guard lock(m_mutex);
  if (!m_view.connected) return "The broker is not connected: the request cannot reach the rooms now.";
  core::EventRequest r;
  r.kind = kind;
  r.question = std::move(question);
  r.options = std::move(options);
  r.at = m_clock();
  r.id = std::max<std::uint64_t>(m_impl->requestId + 1, static_cast<std::uint64_t>(r.at));
  m_impl->requestId = r.id;
  m_toSend = r;
  return "";
}

std::string EventLink::answerRequest(bool accept) {
  std::optional<core::EventRequest> request;
  {
    std::lock_guard lock(m_mutex);
    request = std::exchange(m_view.request, std::nullopt);
    if (!request) return "The plenary has asked nothing that waits.";
    m_impl->handledRequest = std::max(m_impl->handledRequest, request->id);
    m_impl->viewDirty = true;
  }
  if (!accept) return "Declined the plenary's request.";
  // The reply comes on the engine's thread, perhaps after this link is gone: into the shared box.
  const auto say = [box = m_notices](const core::CommandResult& r) {
    if (!r.error) return;
    std::lock_guard lock(box->mutex);
    box->text = "Could not open what the plenary asked for: " + r.error->message;
  };
  if (request->kind == core::RequestKind::Belief) {
    core::OpenRound open;
    open.statements = m_port.snapshot()->state.nextStatements;
    open.showLive = true; // the plenary sees the answers as they arrive
    m_port.submit({0, open}, say);
    m_port.submit({0, core::ShowBoard{core::Board::Belief}}, say);
    return "Opened a belief check, as the plenary asked (shown live).";
  }
  core::OpenPoll poll;
  poll.question = request->question;
  poll.options = request->options;
  poll.showLive = true;
  m_port.submit({0, poll}, say);
  m_port.submit({0, core::ShowBoard{core::Board::Poll}}, say);
  return "Opened the plenary's poll: " + request->question;
}

void EventLink::setAutoAccept(bool on) {
  bool accept = false;
  {
    std::lock_guard lock(m_mutex);
    m_view.autoAccept = on;
    accept = on && m_view.request.has_value();
    m_impl->viewDirty = true;
  }
  if (accept) answerRequest(true);
}

void EventLink::run() {
  auto& impl = *m_impl;
  while (!m_stop) {
    try {
      step();
    } catch (const std::exception& e) {
      // Nothing the link meets may end the room's meeting: say it, and go on.
      std::lock_guard lock(m_mutex);
      m_view.problem = std::string("The link to the event met a problem (") + e.what() + "); it carries on.";
      impl.viewDirty = true;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
  try {
    leaveNow();
  } catch (const std::exception&) {
    // Leaving is best effort: the broker's will says the room is gone.
  }
}

void EventLink::step() {
  auto& impl = *m_impl;
  auto* mosq = impl.mosq;
  const auto tick = steadyMs();
  if (!impl.connected && !impl.connecting) {
    if (tick >= impl.nextTry) {
      impl.refusedCode = 0; // each attempt gets its own reason
      const int rc = impl.started ? mosquitto_reconnect_async(mosq)
                                  : mosquitto_connect_async(mosq, m_options.host.c_str(), m_options.port,
                                                            m_options.keepAliveSeconds);
      impl.started = true;
      impl.connectStarted = tick;
      impl.connecting = rc == MOSQ_ERR_SUCCESS;
      if (!impl.connecting) {
        impl.nextTry = tick + impl.retryGap;
        impl.retryGap = std::min<core::Millis>(impl.retryGap * 2, 5000);
        std::lock_guard lock(m_mutex);
        if (m_view.downSince == 0) m_view.downSince = m_clock();
        m_view.problem =
            unreachable(m_options, impl.everConnected, rc == MOSQ_ERR_ERRNO ? systemError() : mosquitto_strerror(rc));
        impl.viewDirty = true;
      }
    } else {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  if (impl.connected || impl.connecting) {
    const int rc = mosquitto_loop(mosq, 25, 1);
    const bool timedOut = impl.connecting && tick - impl.connectStarted > kConnectTimeoutMs;
    if (rc != MOSQ_ERR_SUCCESS || timedOut || (!impl.connected && !impl.connecting)) {
      if (timedOut) mosquitto_disconnect(mosq);
      impl.connected = false;
      impl.connecting = false;
      impl.nextTry = tick + impl.retryGap;
      impl.retryGap = std::min<core::Millis>(impl.retryGap * 2, 5000);
      std::lock_guard lock(m_mutex);
      const bool wasConnected = m_view.connected;
      m_view.connected = false;
      if (m_view.downSince == 0) m_view.downSince = m_clock();
      if (impl.refusedCode == MQTT_RC_BAD_USERNAME_OR_PASSWORD || impl.refusedCode == MQTT_RC_NOT_AUTHORIZED) {
        m_view.problem = "The broker at " + m_view.broker + " refused the name '" + m_options.user +
                         "' or its password. Use the room name and password the plenary gave you (the plenary's "
                         "console shows them).";
      } else if (impl.refusedCode != 0) {
        m_view.problem = "The broker at " + m_view.broker +
                         " refused to connect: " + mosquitto_reason_string(impl.refusedCode) + ".";
      } else {
        const std::string why = wasConnected                  ? "the connection was lost"
                                : timedOut                    ? "no answer within 8 seconds"
                                : rc == MOSQ_ERR_ERRNO        ? systemError()
                                : rc == MOSQ_ERR_CONN_REFUSED ? "the connection was refused"
                                                              : mosquitto_strerror(rc);
        m_view.problem = unreachable(m_options, impl.everConnected || wasConnected, why);
      }
      impl.viewDirty = true;
    }
  }
  {
    std::lock_guard lock(m_notices->mutex);
    if (!m_notices->text.empty()) {
      std::lock_guard viewLock(m_mutex);
      m_view.problem = std::exchange(m_notices->text, std::string());
      impl.viewDirty = true;
    }
  }
  pace();
  // The count of summaries sent reaches the console at most once a second.
  bool countChanged = false;
  {
    std::lock_guard lock(m_mutex);
    countChanged = m_shown && m_shown->published != m_view.published;
  }
  if (impl.viewDirty || (countChanged && tick - impl.lastViewAt >= 1000)) publishView();
}

void EventLink::leaveNow() {
  auto& impl = *m_impl;
  auto* mosq = impl.mosq;
  if (m_leaving && impl.connected) {
    if (m_options.role == core::EventRole::Room) {
      const auto link = linkTopic(m_options.event, m_options.room);
      const auto left = linkPayload("left", m_clock());
      mosquitto_publish(mosq, nullptr, link.c_str(), static_cast<int>(left.size()), left.data(), 1, true);
    }
    // Sent before the disconnect goes out (libmosquitto writes its queue in order).
    mosquitto_disconnect(mosq);
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(2);
    while (std::chrono::steady_clock::now() < until && mosquitto_loop(mosq, 50, 1) == MOSQ_ERR_SUCCESS) {
    }
  }
  if (m_options.role == core::EventRole::Plenary && m_leaving) {
    m_keepAll = true;
    pace();
  }
}

void EventLink::pace() {
  auto& impl = *m_impl;
  const auto now = m_clock();
  const auto tick = steadyMs();
  {
    std::lock_guard lock(m_mutex);
    m_stats.threadCpuSeconds = std::chrono::duration<double>(platform::threadCpuTime()).count();
  }
  if (m_options.role == core::EventRole::Room) {
    if (!impl.connected) return;
    if (!m_dirty && tick - impl.lastBuild < kRebuildMs) return;
    if (tick - impl.lastPublish < kMinPublishGapMs) return;
    m_dirty = false;
    impl.lastBuild = tick;
    const auto snapshot = m_port.snapshot();
    auto summary = core::summarizeRoom(snapshot->state, m_options.room, snapshot->present, now);
    summary.at = 0;
    const auto body = encodeSummary(summary);
    if (body == impl.lastBody) return;
    const auto version = std::max<std::uint64_t>(impl.version + 1, static_cast<std::uint64_t>(now));
    summary.version = version;
    summary.at = now;
    const auto text = encodeSummary(summary);
    const auto topic = summaryTopic(m_options.event, m_options.room);
    if (mosquitto_publish(impl.mosq, &impl.summaryMid, topic.c_str(), static_cast<int>(text.size()), text.data(), 1,
                          true) == MOSQ_ERR_SUCCESS) {
      impl.lastBody = body; // only once it is on its way: a failed publish is tried again
      impl.version = version;
      impl.lastPublish = tick;
      std::lock_guard lock(m_mutex);
      ++m_stats.published;
      ++m_view.published;
    } else {
      m_dirty = true;
    }
    return;
  }
  // The plenary: send a request asked for (kept until it is on its way), keep changed rooms.
  if (impl.connected) {
    std::optional<core::EventRequest> send;
    {
      std::lock_guard lock(m_mutex);
      send = m_toSend;
    }
    if (send) {
      const auto text = encodeRequest(*send);
      const auto topic = requestTopic(m_options.event);
      if (mosquitto_publish(impl.mosq, nullptr, topic.c_str(), static_cast<int>(text.size()), text.data(), 1, true) ==
          MOSQ_ERR_SUCCESS) {
        std::lock_guard lock(m_mutex);
        if (m_toSend && m_toSend->id == send->id) m_toSend.reset();
        m_view.lastRequest = send;
        impl.viewDirty = true;
      }
    }
  }
  const bool all = m_keepAll.exchange(false);
  for (auto& [name, r] : impl.rooms) {
    const bool newer = r.room.summary.version != r.keptVersion && !r.json.empty();
    const bool linkChanged = !r.kept || r.room.link != r.keptLink;
    if (!linkChanged && !(newer && (all || tick - r.keptAt >= kKeepGapMs))) continue;
    core::KeepRoom keep{name, r.room.summary.version, newer ? r.json : std::string(), r.room.link, r.room.since};
    m_port.submit({0, std::move(keep)}, [](const core::CommandResult&) {});
    r.kept = true;
    r.keptVersion = r.room.summary.version;
    r.keptLink = r.room.link;
    r.keptAt = tick;
  }
}

void EventLink::publishView() {
  auto& impl = *m_impl;
  impl.viewDirty = false;
  impl.lastViewAt = steadyMs();
  std::shared_ptr<core::EventLinkView> next;
  {
    std::lock_guard lock(m_mutex);
    next = std::make_shared<core::EventLinkView>(m_view);
  }
  next->rooms.clear();
  for (const auto& [name, r] : impl.rooms) {
    auto room = r.room;
    if (room.summary.room.empty()) room.summary.room = name;
    // With the plenary's own link down, nothing it shows is current.
    if (!next->connected && room.link == core::RoomLink::Live) {
      room.link = core::RoomLink::Stale;
      room.since = next->downSince != 0 ? next->downSince : room.since;
    }
    next->rooms.push_back(std::move(room));
  }
  {
    std::lock_guard lock(m_mutex);
    m_shown = next;
  }
  if (m_show) m_show(next);
  if (m_onSummary && m_options.role == core::EventRole::Plenary) {
    for (const auto& r : next->rooms)
      m_onSummary(r.summary.room, r.summary.version);
  }
}

} // namespace balcony::federation
