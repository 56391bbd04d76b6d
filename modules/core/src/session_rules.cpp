// The session's own rules: creating it, joining, groups, the board on show, privacy and setup.
#include "balcony/core/rule_helpers.hpp"

#include <set>

#include <algorithm>

namespace balcony::core {

using namespace rules;

namespace {

bool isValidRoomCode(const std::string& code) {
  return code.size() == kRoomCodeLength &&
         std::all_of(code.begin(), code.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

std::string upper(std::string s) {
  for (auto& c : s) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return s;
}

bool isValidToken(const std::string& token) {
  return token.size() >= 32 && token.size() <= 64 && std::all_of(token.begin(), token.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

bool validGroups(const std::vector<std::string>& groups) {
  std::set<std::string> seen;
  return std::all_of(groups.begin(), groups.end(),
                     [&](const std::string& g) { return validText(g, kMaxGroupNameLength) && seen.insert(g).second; });
}

} // namespace

Decision decideCommand(const SessionState& state, const CreateSession& c, Millis) {
  if (state.created) {
    return fail(ErrorCode::Conflict, "This session already exists.");
  }
  if (!validText(c.title, kMaxTitleLength)) {
    return fail(ErrorCode::BadRequest, "The session needs a title of at most 200 characters.");
  }
  if (!isValidRoomCode(c.roomCode)) {
    return fail(ErrorCode::BadRequest, "The room code must be 4 capital letters or digits.");
  }
  if (c.groups.empty() || c.groups.size() > kMaxGroups) {
    return fail(ErrorCode::BadRequest, "A session needs between 1 and 12 groups.");
  }
  if (!validGroups(c.groups)) {
    return fail(ErrorCode::BadRequest, "Group names must be unique, non-empty and short.");
  }
  return eventIf(true, SessionCreated{c.title, c.roomCode, c.groups});
}

bool sameRoomCode(std::string_view typed, std::string_view roomCode) {
  return upper(std::string(typed)) == roomCode;
}

bool opensRoom(const SessionState& state, std::string_view roomCode) {
  return sameRoomCode(roomCode, state.roomCode);
}

Decision decideCommand(const SessionState& state, const Join& c, Millis) {
  if (!opensRoom(state, c.roomCode)) {
    return fail(ErrorCode::WrongRoom, std::string(kWrongRoomMessage));
  }
  if (!isValidToken(c.token)) {
    return fail(ErrorCode::BadRequest, "The participant token is malformed.");
  }
  if (!c.group.empty() && !state.hasGroup(c.group)) {
    return fail(ErrorCode::BadRequest, "That group is not one of this session's groups.");
  }
  if (const auto* existing = state.findByToken(c.token)) {
    auto d = eventIf(!c.group.empty() && c.group != existing->group, GroupChosen{existing->id, c.group});
    d.participant = existing->id;
    return d;
  }
  if (state.joiningLocked) {
    return fail(ErrorCode::Conflict, "Joining is closed for this session. Ask the facilitator if you should be in.");
  }
  if (state.participants.size() >= kMaxParticipants) {
    return fail(ErrorCode::Conflict, "This session is full.");
  }
  const auto id = static_cast<ParticipantId>(state.participants.size() + 1);
  auto d = eventIf(true, ParticipantJoined{id, c.token, c.group});
  d.participant = id;
  return d;
}

Decision decideCommand(const SessionState& state, const ChooseGroup& c, Millis) {
  const auto* p = participant(state, c.token);
  if (p == nullptr) return notJoined();
  if (!state.hasGroup(c.group)) {
    return fail(ErrorCode::BadRequest, "That group is not one of this session's groups.");
  }
  auto d = eventIf(p->group != c.group, GroupChosen{p->id, c.group});
  d.participant = p->id;
  return d;
}

Decision decideCommand(const SessionState& state, const ShowBoard& c, Millis) {
  if (c.board == Board::Poll && state.polls.empty()) {
    return fail(ErrorCode::NotOpen, "There is no poll to show yet.");
  }
  return eventIf(state.board != c.board, BoardShown{c.board});
}

Decision decideCommand(const SessionState& state, const SetPrivacyThreshold& c, Millis) {
  if (c.threshold < kMinPrivacyThreshold || c.threshold > kMaxPrivacyThreshold) {
    return fail(ErrorCode::BadRequest, "The smallest group shown must be between 1 and 20 answers.");
  }
  return eventIf(state.privacyThreshold != c.threshold, PrivacyThresholdSet{c.threshold});
}

Decision decideCommand(const SessionState& state, const SessionRetitled& c, Millis) {
  if (!validText(c.title, kMaxTitleLength)) {
    return fail(ErrorCode::BadRequest, "The session needs a title of at most 200 characters.");
  }
  return eventIf(c.title != state.title, c);
}

Decision decideCommand(const SessionState& state, const GroupsSet& c, Millis) {
  if (c.groups.empty() || c.groups.size() > kMaxGroups) {
    return fail(ErrorCode::BadRequest, "A session needs between 1 and 12 groups.");
  }
  if (!validGroups(c.groups)) {
    return fail(ErrorCode::BadRequest, "Group names must be unique, non-empty and short.");
  }
  return eventIf(c.groups != state.groups, c);
}

Decision decideCommand(const SessionState& state, const JoiningLocked& c, Millis) {
  return eventIf(c.locked != state.joiningLocked, c);
}

Decision decideCommand(const SessionState& state, const SessionStopped&, Millis) {
  return eventIf(state.created, SessionStopped{});
}

Decision decideCommand(const SessionState& state, const NewcomersDecided& c, Millis) {
  // An IPv4 or IPv6 address as the network side writes it, an IPv6 one perhaps with its zone
  // ("fe80::1%wlan0").
  const auto zone = std::min(c.address.find('%'), c.address.size());
  const auto isHexOrDot = [](char ch) {
    return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F') || ch == '.' || ch == ':';
  };
  const auto isZone = [](char ch) {
    return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '-' || ch == '_';
  };
  const bool address =
      zone > 0 && c.address.size() <= kMaxNetworkAddressLength &&
      std::all_of(c.address.begin(), c.address.begin() + static_cast<std::ptrdiff_t>(zone), isHexOrDot) &&
      (zone == c.address.size() ||
       (zone + 1 < c.address.size() &&
        std::all_of(c.address.begin() + static_cast<std::ptrdiff_t>(zone) + 1, c.address.end(), isZone)));
  if (!address) return fail(ErrorCode::BadRequest, "That is not a network address.");
  const auto it = state.newcomersFrom.find(c.address);
  return eventIf(it == state.newcomersFrom.end() || it->second != c.admit, c);
}

void applyEvent(SessionState& state, const SessionCreated& e, Millis at) {
  state.created = true;
  state.title = e.title;
  state.roomCode = e.roomCode;
  state.groups = e.groups;
  state.createdAt = at;
}

void applyEvent(SessionState& state, const ParticipantJoined& e, Millis at) {
  state.participants[e.participant] = Participant{e.participant, e.group, at};
  state.participantByToken[e.token] = e.participant;
}

void applyEvent(SessionState& state, const GroupChosen& e, Millis) {
  auto it = state.participants.find(e.participant);
  if (it != state.participants.end()) {
    it->second.group = e.group;
  }
}

void applyEvent(SessionState& state, const BoardShown& e, Millis) {
  state.board = e.board;
}

void applyEvent(SessionState& state, const PrivacyThresholdSet& e, Millis) {
  state.privacyThreshold = e.threshold;
}

void applyEvent(SessionState& state, const SessionRetitled& e, Millis) {
  state.title = e.title;
}

void applyEvent(SessionState& state, const GroupsSet& e, Millis) {
  state.groups = e.groups;
}

void applyEvent(SessionState& state, const JoiningLocked& e, Millis) {
  state.joiningLocked = e.locked;
}

void applyEvent(SessionState& state, const SessionStopped&, Millis at) {
  state.stoppedAt = at;
}

void applyEvent(SessionState& state, const NewcomersDecided& e, Millis) {
  state.newcomersFrom[e.address] = e.admit;
}

const Participant* SessionBasics::findByToken(const std::string& token) const {
  auto it = participantByToken.find(token);
  if (it == participantByToken.end()) {
    return nullptr;
  }
  auto p = participants.find(it->second);
  return p == participants.end() ? nullptr : &p->second;
}

std::string SessionBasics::groupOf(ParticipantId participant) const {
  auto p = participants.find(participant);
  return p != participants.end() ? p->second.group : std::string{};
}

bool SessionBasics::hasGroup(const std::string& group) const {
  return std::find(groups.begin(), groups.end(), group) != groups.end();
}

} // namespace balcony::core
