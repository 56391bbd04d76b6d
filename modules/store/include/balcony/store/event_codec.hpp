// Events to and from their stored form: a type name and a JSON body. Also used by the JSON export.
#pragma once

#include "balcony/core/events.hpp"

#include <string>

namespace balcony::store {

struct EncodedEvent {
  std::string type;
  std::string body;  // a JSON object
};

EncodedEvent encodeEvent(const core::EventBody& event);

// Throws StoreError when the type is unknown or the body does not match it.
core::EventBody decodeEvent(const std::string& type, const std::string& body);

} // namespace balcony::store
