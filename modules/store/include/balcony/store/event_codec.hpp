// Events to and from their stored form: a type name and a JSON body. Also used by the JSON export.
#pragma once

#include "balcony/core/events.hpp"
#include "balcony/core/session_state.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace balcony::store {

struct EncodedEvent {
  std::string type;
  std::string body; // a JSON object
};

EncodedEvent encodeEvent(const core::EventBody& event);

// Throws StoreError when the type is unknown or the body does not match it.
core::EventBody decodeEvent(const std::string& type, const std::string& body);

// Throws StoreError when an event read back (from a file or a database) holds a value that replaying
// it would trust to index or size something: an unknown belief, a poll choice out of range, a wild
// scale or time. `state` is the state the events before it fold to.
void checkEvent(const core::SessionState& state, const core::Event& event);

// The JSON export of a session's event log (format "balcony-events", version 1; see
// docs/event-log.md). Identity tokens are left out: they stay on the laptop.
std::string exportEventLog(const std::vector<core::Event>& events, std::int64_t session);

// Reads an export back into events, for replaying it. Throws StoreError on a malformed file.
std::vector<core::Event> importEventLog(const std::string& json);

} // namespace balcony::store
