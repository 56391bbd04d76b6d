// HTTP/1.1 for the participant page: GET and HEAD of embedded files, and the WebSocket upgrade.
// Every response carries a strict Content-Security-Policy: the page loads nothing from outside.
#include "http_session.hpp"

#include "request_host.hpp"
#include "static_assets.hpp"
#include "websocket_session.hpp"
#include "ws_handshake.hpp"

#include <asio/write.hpp>

namespace balcony::net {
namespace {

constexpr std::string_view kSecurityHeaders =
    "Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'\r\n"
    "X-Content-Type-Options: nosniff\r\n"
    "Referrer-Policy: no-referrer\r\n"
    "Cache-Control: no-cache\r\n";

std::string_view pathOf(std::string_view url) {
  const auto q = url.find_first_of("?#");
  return q == std::string_view::npos ? url : url.substr(0, q);
}

} // namespace

HttpSession::HttpSession(asio::ip::tcp::socket socket, std::shared_ptr<ServerImpl> server, std::string address)
    : m_socket(std::move(socket)), m_server(std::move(server)), m_address(std::move(address)),
      m_deadline(m_socket.get_executor()), m_parser(m_server->limits()) {}

void HttpSession::start() {
  std::error_code ec;
  m_socket.set_option(asio::ip::tcp::no_delay(true), ec);
  m_deadline.expires_after(m_server->limits().headerTimeout);
  m_deadline.async_wait([self = shared_from_this()](std::error_code e) {
    if (!e) {
      self->close(); // too slow to send a request: a slowloris must not hold a slot
    }
  });
  read();
}

void HttpSession::read() {
  m_socket.async_read_some(asio::buffer(m_buffer), [self = shared_from_this()](std::error_code ec, std::size_t n) {
    if (ec) {
      self->close();
      return;
    }
    self->m_pending.append(self->m_buffer.data(), n);
    self->process();
  });
}

void HttpSession::process() {
  std::size_t consumed = 0;
  const auto result = m_parser.feed(m_pending.data(), m_pending.size(), consumed);
  m_pending.erase(0, consumed);
  if (result == HttpRequestParser::Result::NeedMore) {
    read();
    return;
  }
  if (result == HttpRequestParser::Result::Bad) {
    const int status = m_parser.errorStatus();
    const std::string_view reason = status == 414   ? "URI Too Long"
                                    : status == 431 ? "Request Header Fields Too Large"
                                    : status == 413 ? "Payload Too Large"
                                                    : "Bad Request";
    respond(status, reason, "text/plain; charset=utf-8", m_parser.error() + "\n", false, false);
    return;
  }
  const auto& request = m_parser.request();
  std::error_code ec;
  const auto local = m_socket.local_endpoint(ec);
  if (ec || !hostIsThisMachine(request.header("host"), local.address(), local.port())) {
    // Not a request for this machine (a name pointed at it from elsewhere): nothing is served.
    respond(421, "Misdirected Request", "text/plain; charset=utf-8",
            "This is Balcony on another address. Open the address shown on the projector.\n", false, false);
    return;
  }
  const auto path = pathOf(request.url);
  if (path == "/ws") {
    const auto problem = checkUpgrade(request);
    if (!problem.empty()) {
      const bool origin = problem == "origin not allowed";
      respond(origin ? 403 : 400, origin ? "Forbidden" : "Bad Request", "text/plain; charset=utf-8", problem + "\n",
              false, false);
      return;
    }
    upgrade();
    return;
  }
  if (request.upgrade && request.method != "GET") {
    respond(400, "Bad Request", "text/plain; charset=utf-8", "unexpected upgrade\n", false, false);
    return;
  }
  const bool head = request.method == "HEAD";
  if (request.method != "GET" && !head) {
    respond(405, "Method Not Allowed", "text/plain; charset=utf-8", "only GET and HEAD are served\n", false, false);
    return;
  }
  if (const auto file = findStaticFile(path)) {
    respond(200, "OK", file->contentType, file->body, head, request.keepAlive);
  } else {
    respond(404, "Not Found", "text/plain; charset=utf-8", "not found\n", head, request.keepAlive);
  }
}

void HttpSession::respond(int status, std::string_view reason, std::string_view contentType, std::string_view body,
                          bool headOnly, bool keepAlive) {
  m_response.clear();
  m_response += "HTTP/1.1 " + std::to_string(status) + " ";
  m_response += reason;
  m_response += "\r\nContent-Type: ";
  m_response += contentType;
  m_response += "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
  m_response += kSecurityHeaders;
  if (status == 405) {
    m_response += "Allow: GET, HEAD\r\n";
  }
  m_response += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
  if (!headOnly) {
    m_response += body;
  }
  asio::async_write(m_socket, asio::buffer(m_response),
                    [self = shared_from_this(), keepAlive](std::error_code ec, std::size_t) {
                      if (ec || !keepAlive || self->m_server->stopping()) {
                        self->finish();
                        return;
                      }
                      self->m_parser.reset();
                      self->m_deadline.expires_after(self->m_server->limits().headerTimeout);
                      self->m_deadline.async_wait([weak = std::weak_ptr(self)](std::error_code e) {
                        if (auto s = weak.lock(); s && !e) {
                          s->close();
                        }
                      });
                      if (self->m_pending.empty()) {
                        self->read();
                      } else {
                        self->process();
                      }
                    });
}

void HttpSession::finish() {
  std::error_code ec;
  m_socket.shutdown(asio::ip::tcp::socket::shutdown_send, ec);
  close();
}

void HttpSession::upgrade() {
  const auto accept = websocketAccept(m_parser.request().header("sec-websocket-key"));
  m_response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Accept: " +
               accept + "\r\n\r\n";
  asio::async_write(m_socket, asio::buffer(m_response), [self = shared_from_this()](std::error_code ec, std::size_t) {
    if (ec || self->m_server->stopping() || self->m_addressReleased || !self->m_socket.is_open()) {
      self->close(); // the header deadline may have closed it while the 101 was in flight
      return;
    }
    self->m_deadline.cancel();
    auto ws = std::make_shared<WebSocketSession>(std::move(self->m_socket), self->m_server, self->m_address,
                                                 std::move(self->m_pending));
    self->m_addressReleased = true; // the WebSocket session owns the address slot now
    self->m_server->removeHttp(self.get());
    self->m_server->addWebSocket(ws);
    ws->start();
  });
}

void HttpSession::close() {
  m_deadline.cancel();
  std::error_code ec;
  m_socket.close(ec);
  m_server->removeHttp(this);
  if (!m_addressReleased) {
    m_addressReleased = true;
    m_server->releaseAddress(m_address);
  }
}

} // namespace balcony::net
