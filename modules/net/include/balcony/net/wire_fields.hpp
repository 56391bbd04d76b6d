// Reading one field of a phone's message, type- and range-checked, for the boards' wire parts
// (modules/boards/<board>/<board>_wire.cpp, compiled into net). Nothing here trusts the input.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace balcony::net::wire {

using Json = nlohmann::json;

struct DecodeError {
  std::string code; // "bad_json", "bad_version", "unknown_type", "bad_field"
  std::string message;
};

// How a participant command travels: its message type, and whether it carries an id that the
// acknowledgement echoes (answers do; joining and choosing a group get a welcome instead).
struct MessageForm {
  std::string_view type;
  bool acknowledged = true;
};

// What reading a message gives: nothing (it is good), or the error to send back.
using ReadResult = std::optional<DecodeError>;

class Fields {
public:
  explicit Fields(const Json& j) : m_j(j) {}

  static DecodeError bad(std::string_view name) {
    return {"bad_field", "The field '" + std::string(name) + "' is missing or has the wrong type."};
  }

  bool string(const char* name, std::string& out, std::size_t maxLength, bool required) const;
  // Words a participant typed: cleaned of invisible tricks before anything else sees them.
  bool text(const char* name, std::string& out, std::size_t maxLength, bool required) const;
  bool boolean(const char* name, bool& out) const;
  bool integers(const char* name, std::vector<int>& out, std::size_t maxCount, int lo, int hi) const;

  template <typename Int> bool integer(const char* name, Int& out, std::int64_t lo, std::int64_t hi) const {
    auto it = m_j.find(name);
    if (it == m_j.end() || !it->is_number_integer()) return false;
    const auto v = it->get<std::int64_t>();
    if (v < lo || v > hi) return false;
    out = static_cast<Int>(v);
    return true;
  }

  // A name from a fixed list (a vote, a flag kind), through its parse function.
  template <typename Enum, typename Parse> bool named(const char* name, Enum& out, Parse parse) const {
    std::string value;
    if (!string(name, value, 32, true)) return false;
    const std::optional<Enum> parsed = parse(value);
    if (!parsed) return false;
    out = *parsed;
    return true;
  }

private:
  const Json& m_j;
};

// A number that only points at something in a list the server holds (a round, a poll, an item).
inline constexpr std::int64_t kMaxNumber = 1'000'000;
// A value on a scale, checked against the real scale by core.
inline constexpr std::int64_t kMaxScaleValue = 1000;

} // namespace balcony::net::wire
