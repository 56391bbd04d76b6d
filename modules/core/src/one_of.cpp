// The one place the variants' copy, move and destroy are compiled (see one_of.hpp), and the
// widening of each side's commands to all of them.
#include "balcony/core/one_of.hpp"

#include "balcony/core/commands.hpp"
#include "balcony/core/events.hpp"

#include <utility>

namespace balcony::core {

template <class List> OneOf<List>::OneOf() = default;
template <class List> OneOf<List>::OneOf(const OneOf& other) = default;
template <class List> OneOf<List>::OneOf(OneOf&& other) noexcept = default;
template <class List> OneOf<List>& OneOf<List>::operator=(const OneOf& other) = default;
template <class List> OneOf<List>& OneOf<List>::operator=(OneOf&& other) noexcept = default;
template <class List> OneOf<List>::~OneOf() = default;

template class OneOf<AllEvents>;
template class OneOf<AllCommands>;
template class OneOf<AllParticipantCommands>;
template class OneOf<AllFacilitatorCommands>;

namespace {
template <class NarrowBody> CommandBody widenAny(NarrowBody body) {
  return std::visit([](auto&& c) -> CommandBody { return std::move(c); }, std::move(body));
}
} // namespace

CommandBody widen(ParticipantCommandBody body) {
  return widenAny(std::move(body));
}
CommandBody widen(FacilitatorCommandBody body) {
  return widenAny(std::move(body));
}
Command toCommand(ParticipantCommand command) {
  return {command.at, widen(std::move(command.body))};
}
Command toCommand(FacilitatorCommand command) {
  return {command.at, widen(std::move(command.body))};
}

} // namespace balcony::core
