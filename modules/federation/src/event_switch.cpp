// Joining, switching and leaving an event from the console or the command line (event_link.hpp):
// the options a join gives, checked, and the one link a meeting has at a time.
#include "balcony/federation/event_link.hpp"

#include <algorithm>
#include <utility>

namespace balcony::federation {

std::optional<LinkOptions> linkOptions(const core::EventJoin& join, std::string& problem) {
  LinkOptions o;
  o.role = join.role;
  o.event = join.event;
  o.room = join.role == core::EventRole::Plenary ? "plenary" : join.room;
  o.user = join.user;
  o.password = join.password;
  o.autoAccept = join.autoAccept;
  if (!core::validRoomName(o.event)) {
    problem = "An event's name is letters, digits, '-' or '_' (at most 40), like spring-forum.";
    return std::nullopt;
  }
  if (!core::validRoomName(o.room) || (join.role == core::EventRole::Room && o.room == "plenary")) {
    problem = "A room's name is letters, digits, '-' or '_' (at most 40), like room-3, and not 'plenary'.";
    return std::nullopt;
  }
  const auto colon = join.broker.rfind(':');
  o.host = colon == std::string::npos ? join.broker : join.broker.substr(0, colon);
  int port = 1883;
  if (colon != std::string::npos) {
    const auto digits = join.broker.substr(colon + 1);
    port = !digits.empty() && digits.size() <= 5 &&
                   std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })
               ? std::stoi(digits)
               : 0;
  }
  if (o.host.empty() || port < 1 || port > 65535 || o.host.find_first_of(" /") != std::string::npos) {
    problem = "The broker's address must be ADDRESS:PORT, like 192.168.1.20:1884.";
    return std::nullopt;
  }
  o.port = port;
  return o;
}

EventSwitch::EventSwitch(core::FacilitatorPort& port, EventLink::Clock clock, EventLink::Show show)
    : m_port(port), m_clock(std::move(clock)), m_show(std::move(show)) {}

EventSwitch::~EventSwitch() {
  stop();
}

// A link that is replaced or left stops on a thread of its own (saying "left" may take a moment),
// so the console never waits for it; stop() waits for them all as the meeting closes.
void EventSwitch::retire(std::shared_ptr<EventLink> old) {
  if (!old) return;
  std::lock_guard lock(m_mutex);
  m_retiring.emplace_back([old = std::move(old)] { old->stop(); });
}

std::string EventSwitch::join(LinkOptions options) {
  // Only the link of the moment is shown: a retiring one's last view never covers the new one's.
  const auto generation = ++m_generation;
  auto show = [this, generation](std::shared_ptr<const core::EventLinkView> view) {
    if (m_generation == generation && m_show) m_show(std::move(view));
  };
  std::shared_ptr<EventLink> next;
  try {
    next = std::make_shared<EventLink>(std::move(options), m_port, m_clock, show);
    next->start();
  } catch (const std::exception& e) {
    return e.what();
  }
  std::shared_ptr<EventLink> old;
  {
    std::lock_guard lock(m_mutex);
    old = std::exchange(m_link, next);
  }
  retire(std::move(old));
  show(next->view()); // "Connecting to ..." at once, before the link's thread has run
  return "";
}

std::string EventSwitch::join(const core::EventJoin& join) {
  std::string problem;
  auto options = linkOptions(join, problem);
  if (!options) return problem;
  return this->join(std::move(*options));
}

void EventSwitch::leave() {
  ++m_generation;
  std::shared_ptr<EventLink> old;
  {
    std::lock_guard lock(m_mutex);
    old = std::exchange(m_link, nullptr);
  }
  retire(std::move(old));
  if (m_show) m_show(nullptr);
}

void EventSwitch::stop() {
  std::shared_ptr<EventLink> old;
  std::vector<std::thread> retiring;
  {
    std::lock_guard lock(m_mutex);
    old = std::exchange(m_link, nullptr);
    retiring = std::exchange(m_retiring, {});
  }
  if (old) old->stop();
  for (auto& t : retiring)
    t.join();
}

std::shared_ptr<EventLink> EventSwitch::link() const {
  std::lock_guard lock(m_mutex);
  return m_link;
}

std::string EventSwitch::askEveryRoom(core::RequestKind kind, std::string question, std::vector<std::string> options) {
  const auto l = link();
  return l ? l->askEveryRoom(kind, std::move(question), std::move(options)) : "This Balcony is not part of an event.";
}

std::string EventSwitch::answerRequest(bool accept) {
  const auto l = link();
  return l ? l->answerRequest(accept) : "This Balcony is not part of an event.";
}

void EventSwitch::setAutoAccept(bool on) {
  if (const auto l = link()) l->setAutoAccept(on);
}

void EventSwitch::sessionChanged() {
  if (const auto l = link()) l->sessionChanged();
}

void EventSwitch::keepAll() {
  if (const auto l = link()) l->keepAll();
}

} // namespace balcony::federation
