// A participant's messages turned into commands, and the engine's answers turned into replies.
#include "participant_messages.hpp"

#include "server_impl.hpp"
#include "token.hpp"
#include "websocket_session.hpp"

#include <asio/post.hpp>

namespace balcony::net {

namespace {

// Every participant command names whose it is by token; the connection, not the phone, fills it in.
template <class C>
concept SentWithToken = requires(C c) {
  c.token = std::string();
};
static_assert(
    []<class... C>(core::TypeList<C...>) { return (SentWithToken<C> && ...); }(core::AllParticipantCommands{}),
    "every participant command carries the participant's token");

std::string errorReply(std::int64_t id, const core::CommandError& error) {
  return wire::encodeError(id, core::errorCodeName(error.code), error.message);
}

} // namespace

void ParticipantMessages::handle(const std::shared_ptr<WebSocketSession>& session, std::string_view text) {
  auto decoded = wire::decode(text);
  if (auto* error = std::get_if<wire::DecodeError>(&decoded)) {
    session->reply(wire::encodeError(0, error->code, error->message));
    return;
  }
  auto& message = std::get<wire::ClientMessage>(decoded);
  if (auto* j = std::get_if<core::Join>(&message.command)) {
    join(session, std::move(*j));
  } else if (auto* g = std::get_if<core::ChooseGroup>(&message.command)) {
    chooseGroup(session, std::move(*g));
  } else {
    submit(session, message.id, std::move(message.command));
  }
}

void ParticipantMessages::join(const std::shared_ptr<WebSocketSession>& session, core::Join join) {
  if (m_joining) {
    session->reply(wire::encodeError(0, "busy", "Still joining: please wait."));
    return;
  }
  if (joined() && join.token != m_token) {
    session->reply(wire::encodeError(0, "already_joined", "This connection has already joined."));
    return;
  }
  // A new identity (a first visit, or a token this session has never seen) is charged to the
  // address's budget, and held back while that address is guessing room codes; a returning
  // participant is neither.
  const auto snapshot = m_server.port().snapshot();
  const bool known = !join.token.empty() && snapshot->state.findByToken(join.token) != nullptr;
  const bool opens = core::opensRoom(snapshot->state, join.roomCode);
  if (!opens && m_server.endedRoomCode(join.roomCode)) {
    // A phone back from the session before this one (the facilitator started the next): not a guess.
    session->reply(
        wire::encodeError(0, "session_ended", "That session has ended. Enter the room code on the screen now."));
    return;
  }
  if (!known && m_server.guessingFrom(session->address())) {
    session->reply(wire::encodeError(0, "slow_down",
                                     "Too many wrong room codes from this network. Wait a few minutes, then try the "
                                     "code on the screen again."));
    return;
  }
  // The code is checked here, as the engine would, so that a wrong one counts the moment it
  // arrives: guesses on many connections at once cannot slip past the limit while the engine is busy.
  if (!opens) {
    wrongRoomCode(session);
    return;
  }
  if (!known) {
    switch (m_server.newIdentityFrom(session->address(), session.get())) {
    case ServerImpl::Admission::In: break;
    case ServerImpl::Admission::Waiting:
      session->stillWaiting();
      session->reply(wire::encodeError(0, "waiting_admission",
                                       "Many people are joining from this network, so the facilitator is asked to let "
                                       "you in. Please wait: you join as soon as they do."));
      return;
    case ServerImpl::Admission::KeptOut:
      session->reply(wire::encodeError(0, "kept_out",
                                       "The facilitator is not letting new participants in from this network. Ask "
                                       "them if you should be in."));
      return;
    }
  }
  m_joining = true;
  if (join.token.empty()) {
    join.token = newParticipantToken();
  }
  const auto token = join.token;
  m_server.port().submit({0, std::move(join)}, [self = session, token](const core::CommandResult& r) {
    asio::post(self->server().io(), [self, token, r] {
      auto& messages = self->messages();
      messages.m_joining = false;
      if (self->closed()) {
        return;
      }
      if (r.error) {
        self->reply(errorReply(0, *r.error));
        return;
      }
      const bool first = !messages.joined();
      messages.m_token = token;
      if (first) {
        self->server().participantJoined(token);
      }
      // The newest snapshot may hold a batch not yet committed (the projector sees batches first),
      // so "mine" can show an answer a moment before its ack; the page still waits for the ack.
      self->reply(wire::encodeWelcome(*self->server().port().snapshot(), token, r.participant));
      self->sendState(self->server().currentState());
    });
  });
}

void ParticipantMessages::wrongRoomCode(const std::shared_ptr<WebSocketSession>& session) {
  session->reply(wire::encodeError(0, core::errorCodeName(core::ErrorCode::WrongRoom), core::kWrongRoomMessage));
  m_server.wrongRoomCode(session->address());
  if (++m_wrongCodes >= m_server.limits().wrongCodesPerConnection) {
    session->closeWith(ws::kClosePolicy, "too many wrong room codes");
  }
}

void ParticipantMessages::chooseGroup(const std::shared_ptr<WebSocketSession>& session, core::ChooseGroup choose) {
  if (!joined()) {
    session->reply(wire::encodeError(0, "not_joined", "Please join first."));
    return;
  }
  choose.token = m_token;
  m_server.port().submit({0, std::move(choose)}, [self = session](const core::CommandResult& r) {
    asio::post(self->server().io(), [self, r] {
      if (r.error) {
        self->reply(errorReply(0, *r.error));
      } else {
        self->reply(wire::encodeWelcome(*self->server().port().snapshot(), self->messages().m_token, r.participant));
      }
    });
  });
}

void ParticipantMessages::submit(const std::shared_ptr<WebSocketSession>& session, std::int64_t id,
                                 core::ParticipantCommandBody body) {
  if (!joined()) {
    session->reply(wire::encodeError(id, "not_joined", "Please join first."));
    return;
  }
  std::visit([&](auto& command) { command.token = m_token; }, body);
  m_server.port().submit({0, std::move(body)}, [self = session, id](const core::CommandResult& r) {
    // Runs after the answer is committed: only now may the participant be told it is in.
    asio::post(self->server().io(),
               [self, id, r] { self->reply(r.error ? errorReply(id, *r.error) : wire::encodeAck(id, r.version)); });
  });
}

} // namespace balcony::net
