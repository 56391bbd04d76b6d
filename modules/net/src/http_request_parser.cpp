// Limits are checked in the callbacks as bytes arrive, so an oversized request is refused early.
#include "http_request_parser.hpp"

#include <algorithm>
#include <cctype>
#include <climits>

namespace balcony::net {
namespace {

HttpRequestParser& self(http_parser* p) {
  return *static_cast<HttpRequestParser*>(p->data);
}

} // namespace

const std::string& HttpRequest::header(const std::string& lowerName) const {
  static const std::string kEmpty;
  for (const auto& [name, value] : headers) {
    if (name == lowerName) {
      return value;
    }
  }
  return kEmpty;
}

HttpRequestParser::HttpRequestParser(const Limits& limits) : m_limits(limits) {
  m_settings.on_url = &HttpRequestParser::onUrl;
  m_settings.on_header_field = &HttpRequestParser::onHeaderField;
  m_settings.on_header_value = &HttpRequestParser::onHeaderValue;
  m_settings.on_headers_complete = &HttpRequestParser::onHeadersComplete;
  m_settings.on_body = &HttpRequestParser::onBody;
  m_settings.on_message_complete = &HttpRequestParser::onMessageComplete;
  reset();
}

void HttpRequestParser::reset() {
  http_parser_init(&m_parser, HTTP_REQUEST);
  m_parser.data = this;
  m_request = {};
  m_inValue = false;
  m_complete = false;
  m_headerBytes = 0;
  m_error.clear();
  m_errorStatus = 400;
}

int HttpRequestParser::fail(int status, std::string message) {
  m_errorStatus = status;
  m_error = std::move(message);
  return -1; // stops http-parser with HPE_CB_* (in on_headers_complete, 1 and 2 mean "no body")
}

int HttpRequestParser::onUrl(http_parser* p, const char* at, std::size_t len) {
  auto& s = self(p);
  if (s.m_request.url.size() + len > s.m_limits.maxRequestLineBytes) {
    return s.fail(414, "request line too long");
  }
  s.m_request.url.append(at, len);
  return 0;
}

int HttpRequestParser::onHeaderField(http_parser* p, const char* at, std::size_t len) {
  auto& s = self(p);
  s.m_headerBytes += len;
  if (s.m_headerBytes > s.m_limits.maxHeaderBytes) {
    return s.fail(431, "request headers too large");
  }
  if (s.m_inValue || s.m_request.headers.empty()) {
    if (s.m_request.headers.size() >= s.m_limits.maxHeaderCount) {
      return s.fail(431, "too many request headers");
    }
    s.m_request.headers.emplace_back();
    s.m_inValue = false;
  }
  auto& name = s.m_request.headers.back().first;
  for (std::size_t i = 0; i < len; ++i) {
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(at[i])));
  }
  return 0;
}

int HttpRequestParser::onHeaderValue(http_parser* p, const char* at, std::size_t len) {
  auto& s = self(p);
  s.m_headerBytes += len;
  if (s.m_headerBytes > s.m_limits.maxHeaderBytes) {
    return s.fail(431, "request headers too large");
  }
  s.m_inValue = true;
  s.m_request.headers.back().second.append(at, len);
  return 0;
}

int HttpRequestParser::onHeadersComplete(http_parser* p) {
  auto& s = self(p);
  s.m_request.method = http_method_str(static_cast<http_method>(p->method));
  s.m_request.keepAlive = http_should_keep_alive(p) != 0;
  if (p->content_length > 0 && p->content_length != ULLONG_MAX) {
    return s.fail(413, "request bodies are not accepted");
  }
  return 0;
}

int HttpRequestParser::onBody(http_parser* p, const char*, std::size_t) {
  return self(p).fail(413, "request bodies are not accepted");
}

int HttpRequestParser::onMessageComplete(http_parser* p) {
  auto& s = self(p);
  s.m_complete = true;
  s.m_request.upgrade = p->upgrade != 0;
  http_parser_pause(p, 1); // one request at a time: the caller answers before reading on
  return 0;
}

HttpRequestParser::Result HttpRequestParser::feed(const char* data, std::size_t size, std::size_t& consumed) {
  consumed = 0;
  if (m_complete) {
    return Result::Complete;
  }
  consumed = http_parser_execute(&m_parser, &m_settings, data, size);
  const auto err = HTTP_PARSER_ERRNO(&m_parser);
  if (m_complete) {
    if (err == HPE_PAUSED) {
      // execute() returned the offset just past this request; unpause for the next one.
      http_parser_pause(&m_parser, 0);
    }
    return Result::Complete;
  }
  if (err != HPE_OK) {
    if (m_error.empty()) {
      m_error = std::string("malformed request: ") + http_errno_description(err);
      if (err == HPE_HEADER_OVERFLOW) {
        m_errorStatus = 431;
      }
    }
    return Result::Bad;
  }
  return Result::NeedMore;
}

} // namespace balcony::net
