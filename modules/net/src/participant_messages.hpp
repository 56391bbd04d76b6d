// What a participant's messages do, apart from how they travel: each decoded message becomes a
// command for the engine, sent for the participant this connection joined as; joining and choosing
// a group get a welcome, answers an acknowledgement once committed, and errors plain words.
#pragma once

#include "wire.hpp"

#include <memory>
#include <string>
#include <string_view>

namespace balcony::net {

class WebSocketSession;
class ServerImpl;

class ParticipantMessages {
public:
  explicit ParticipantMessages(ServerImpl& server) : m_server(server) {}

  // One text message from `session`'s phone. Replies go back through the session, later if the
  // engine has to answer first (the session is kept alive until then).
  void handle(const std::shared_ptr<WebSocketSession>& session, std::string_view text);
  bool joined() const { return !m_token.empty(); }
  const std::string& token() const { return m_token; }
  bool joining() const { return m_joining; }

private:
  void join(const std::shared_ptr<WebSocketSession>& session, core::Join join);
  void chooseGroup(const std::shared_ptr<WebSocketSession>& session, core::ChooseGroup choose);
  // A code that opens no room: counted as a guess, closing the connection at the limit.
  void wrongRoomCode(const std::shared_ptr<WebSocketSession>& session);
  void submit(const std::shared_ptr<WebSocketSession>& session, std::int64_t id, core::ParticipantCommandBody body);

  ServerImpl& m_server;
  std::string m_token; // whose commands this connection sends, once joined
  bool m_joining = false;
  int m_wrongCodes = 0; // wrong room codes given on this connection
};

} // namespace balcony::net
