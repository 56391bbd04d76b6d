// Small queries on the session state, and replay: the fold that crash recovery relies on.
#include "balcony/core/session_state.hpp"

#include <algorithm>

namespace balcony::core {

const BeliefRound* SessionState::currentRound() const {
  return rounds.empty() ? nullptr : &rounds.back();
}

const Poll* SessionState::currentPoll() const {
  return polls.empty() ? nullptr : &polls.back();
}

const Prompt* SessionState::findPrompt(int number) const {
  return number >= 1 && static_cast<std::size_t>(number) <= prompts.size()
             ? &prompts[static_cast<std::size_t>(number - 1)]
             : nullptr;
}

const ParticipantStatement* SessionState::findStatement(int id) const {
  return id >= 1 && static_cast<std::size_t>(id) <= statements.size() ? &statements[static_cast<std::size_t>(id - 1)]
                                                                      : nullptr;
}

const Topic* SessionState::findTopic(int number) const {
  return number >= 1 && static_cast<std::size_t>(number) <= topics.size()
             ? &topics[static_cast<std::size_t>(number - 1)]
             : nullptr;
}

Millis SessionState::topicTime(const Topic& topic, Millis now) const {
  const Millis running = topic.number == currentTopic && now > topic.currentSince ? now - topic.currentSince : 0;
  return topic.spentMs + running;
}

const ClarityItem* SessionState::findClarity(int id) const {
  for (const auto& item : clarity) {
    if (item.id == id) {
      return &item;
    }
  }
  return nullptr;
}

int SessionState::energyUsed(ParticipantId participant) const {
  int used = 0;
  // Only proposals still open for energy count: energy on an item since agreed, done, dropped or
  // hidden goes back to the participant.
  for (const auto& item : clarity) {
    const bool open = item.approved && !item.hidden && item.status == ClarityStatus::Proposed;
    used += open && item.energy.contains(participant) ? 1 : 0;
  }
  return used;
}

const Participant* SessionState::findByToken(const std::string& token) const {
  auto it = participantByToken.find(token);
  if (it == participantByToken.end()) {
    return nullptr;
  }
  auto p = participants.find(it->second);
  return p == participants.end() ? nullptr : &p->second;
}

bool SessionState::hasGroup(const std::string& group) const {
  return std::find(groups.begin(), groups.end(), group) != groups.end();
}

SessionState replay(const std::vector<Event>& events) {
  SessionState state;
  for (const auto& event : events) {
    apply(state, event);
  }
  return state;
}

std::string_view errorCodeName(ErrorCode code) {
  switch (code) {
  case ErrorCode::BadRequest: return "bad_request";
  case ErrorCode::WrongRoom: return "wrong_room";
  case ErrorCode::UnknownParticipant: return "unknown_participant";
  case ErrorCode::NotOpen: return "not_open";
  case ErrorCode::Conflict: return "conflict";
  }
  return "error";
}

} // namespace balcony::core
