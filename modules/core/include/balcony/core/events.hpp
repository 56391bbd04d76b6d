// Events are the record of a session: its state is a fold over them (apply() in session_state.hpp).
// Each board declares its own (modules/boards/<board>/<board>_domain.hpp); this is all of them.
#pragma once

#include "balcony/core/one_of.hpp"
#include "balcony/core/types.hpp"

#include "board_registry.hpp"

#include <variant>

namespace balcony::core {

using EventBody = OneOf<AllEvents>;
extern template class OneOf<AllEvents>;

struct Event {
  Millis at = 0;
  EventBody body;
};

} // namespace balcony::core
