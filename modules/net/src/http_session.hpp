// One TCP connection while it speaks HTTP: serves the page's files, or hands over to a WebSocket.
#pragma once

#include "http_request_parser.hpp"
#include "server_impl.hpp"

#include <asio/ip/tcp.hpp>
#include <asio/steady_timer.hpp>

#include <array>
#include <memory>
#include <string>

namespace balcony::net {

class HttpSession : public std::enable_shared_from_this<HttpSession> {
public:
  HttpSession(asio::ip::tcp::socket socket, std::shared_ptr<ServerImpl> server, std::string address);
  void start();
  void close();

private:
  void read();
  void process();
  void respond(int status, std::string_view reason, std::string_view contentType, std::string_view body, bool headOnly,
               bool keepAlive);
  void upgrade();
  void finish();

  asio::ip::tcp::socket m_socket;
  std::shared_ptr<ServerImpl> m_server;
  std::string m_address;
  asio::steady_timer m_deadline;
  HttpRequestParser m_parser;
  std::array<char, 4096> m_buffer{};
  std::string m_pending; // bytes read but not yet parsed
  std::string m_response;
  bool m_addressReleased = false;
};

} // namespace balcony::net
