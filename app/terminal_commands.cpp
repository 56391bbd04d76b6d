// The helpers every board's terminal commands use.
#include "balcony/app/terminal_commands.hpp"

#include <future>
#include <memory>

namespace balcony::app {

void TerminalContext::execute(core::FacilitatorCommandBody body, const std::function<std::string()>& done) {
  auto promise = std::make_shared<std::promise<core::CommandResult>>();
  auto future = promise->get_future();
  port.submit({0, std::move(body)}, [promise](const core::CommandResult& r) { promise->set_value(r); });
  const auto result = future.get();
  if (result.error) {
    error(result.error->message);
  } else {
    out << "ok: " << done() << std::endl;
  }
}

std::string printable(const std::string& text) {
  std::string out = text;
  for (auto& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
  }
  return out;
}

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (const char c : printable(text)) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string trim(std::string s) {
  const auto a = s.find_first_not_of(" \t\r");
  const auto b = s.find_last_not_of(" \t\r");
  return a == std::string::npos ? std::string{} : s.substr(a, b - a + 1);
}

std::vector<std::string> splitBars(const std::string& text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    const auto bar = text.find('|', start);
    parts.push_back(trim(text.substr(start, bar == std::string::npos ? std::string::npos : bar - start)));
    if (bar == std::string::npos) {
      return parts;
    }
    start = bar + 1;
  }
}

std::string restOfLine(std::istream& args) {
  std::string rest;
  std::getline(args, rest);
  return trim(rest);
}

} // namespace balcony::app
