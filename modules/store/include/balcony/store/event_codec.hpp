// Events to and from their stored form: a type name and a JSON body. Also used by the JSON export.
#pragma once

#include "balcony/core/events.hpp"

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

// The JSON export of a session's event log (format "balcony-events", version 1; see
// docs/event-log.md). Identity tokens are left out: they stay on the laptop.
std::string exportEventLog(const std::vector<core::Event>& events, std::int64_t session);

// Reads an export back into events, for replaying it. Throws StoreError on a malformed file.
std::vector<core::Event> importEventLog(const std::string& json);

} // namespace balcony::store
