// The stored form of each event, read and written from the boards' descriptions of them
// (<board>_stored_form.hpp). Type names are part of the file format: never rename one.
#include "balcony/store/event_codec.hpp"

#include "balcony/store/store.hpp"
#include "stored_json.hpp"

namespace balcony::store {

using detail::json;

EncodedEvent encodeEvent(const core::EventBody& event) {
  return std::visit(
      [](const auto& e) -> EncodedEvent {
        using T = std::decay_t<decltype(e)>;
        // Text that is not valid UTF-8 (a mistyped terminal line) is stored with replacement
        // characters rather than thrown out of the engine thread.
        return {std::string(storedForm(std::type_identity<T>{}).name),
                detail::toJson(e).dump(-1, ' ', false, json::error_handler_t::replace)};
      },
      event);
}

core::EventBody decodeEvent(const std::string& type, const std::string& body) {
  try {
    const json j = json::parse(body);
    std::optional<core::EventBody> decoded;
    core::anyType(core::AllEvents{}, [&](auto tag) {
      using T = typename decltype(tag)::type;
      if (storedForm(tag).name != type) return false;
      T e;
      detail::fromJson(j, e);
      decoded = std::move(e);
      return true;
    });
    if (decoded) return std::move(*decoded);
  } catch (const json::exception& e) {
    throw StoreError("Damaged event '" + type + "' in the database: " + e.what());
  }
  throw StoreError("Unknown event type '" + type + "' in the database: written by a newer Balcony?");
}

} // namespace balcony::store
