// The registry of boards: the one list that decide, apply, the stored form, the wire, the console,
// the projector, the exports, the terminal and the participant page iterate over. A new board is a
// folder beside this file, its two headers included here and its name in Boards below, and its
// value in core's Board enum (types.hpp). See docs/adding-a-board.md.
#pragma once

#include "balcony/core/plan_part.hpp"
#include "balcony/core/plan_stored_form.hpp"
#include "balcony/core/session_part.hpp"
#include "balcony/core/session_stored_form.hpp"
#include "balcony/core/type_list.hpp"

#include <optional>
#include <string_view>

#include "balcony/balcony_domain.hpp"
#include "belief/belief_domain.hpp"
#include "belief/belief_stored_form.hpp"
#include "clarity/clarity_domain.hpp"
#include "clarity/clarity_stored_form.hpp"
#include "difference/difference_domain.hpp"
#include "difference/difference_stored_form.hpp"
#include "poll/poll_domain.hpp"
#include "poll/poll_stored_form.hpp"
#include "reflection/reflection_domain.hpp"
#include "reflection/reflection_stored_form.hpp"
#include "rooms/rooms_domain.hpp"
#include "rooms/rooms_stored_form.hpp"
#include "topics/topics_domain.hpp"
#include "topics/topics_stored_form.hpp"

namespace balcony::core {

// In the order of the Board enum, which is the order of the console's tabs.
using Boards = TypeList<BeliefBoard, PollBoard, DifferenceBoard, TopicsBoard, ClarityBoard, ReflectionBoard,
                        BalconyBoard, RoomsBoard>;

// The session's own part and its plan, then every board.
using Parts = Concat<TypeList<SessionPart, PlanPart>, Boards>;

namespace detail {
template <class List> struct PartLists;
template <class... P> struct PartLists<TypeList<P...>> {
  using Events = core::Concat<typename P::Events...>;
  using ParticipantCommands = core::Concat<typename P::ParticipantCommands...>;
  using FacilitatorCommands = core::Concat<typename P::FacilitatorCommands...>;
  struct State : P::State... {};
};

template <class... E> constexpr bool allStored(TypeList<E...>) {
  return (HasStoredForm<E> && ...);
}

template <class... E> constexpr bool storedNamesDistinct(TypeList<E...>) {
  const std::string_view names[] = {storedForm(std::type_identity<E>{}).name...};
  for (std::size_t i = 0; i < sizeof...(E); ++i) {
    if (names[i].empty()) return false;
    for (std::size_t j = i + 1; j < sizeof...(E); ++j) {
      if (names[i] == names[j]) return false;
    }
  }
  return true;
}

template <class... B> constexpr bool boardsInEnumOrder(TypeList<B...>) {
  int i = 0;
  return ((static_cast<int>(B::kBoard) == i++) && ...);
}
} // namespace detail

using AllEvents = detail::PartLists<Parts>::Events;
using AllParticipantCommands = detail::PartLists<Parts>::ParticipantCommands;
using AllFacilitatorCommands = detail::PartLists<Parts>::FacilitatorCommands;
using AllCommands = Concat<AllParticipantCommands, AllFacilitatorCommands>;
// Every part's slice of the state, side by side (their member names never clash: the build says so).
using PartStates = detail::PartLists<Parts>::State;

static_assert(detail::boardsInEnumOrder(Boards{}), "list the boards in the order of the Board enum");

constexpr std::string_view boardName(Board board) {
  std::string_view name;
  forEachType(Boards{}, [&](auto b) {
    if (decltype(b)::type::kBoard == board) name = decltype(b)::type::kName;
  });
  return name;
}

constexpr std::optional<Board> boardFromName(std::string_view name) {
  std::optional<Board> board;
  forEachType(Boards{}, [&](auto b) {
    if (decltype(b)::type::kName == name) board = decltype(b)::type::kBoard;
  });
  return board;
}

// The board on show is stored by name (board_shown).
constexpr EnumNames<Board> enumNames(std::type_identity<Board>) {
  return {"board", boardName, boardFromName};
}

template <class... B> constexpr bool boardNamesDistinct(TypeList<B...>) {
  const std::string_view names[] = {B::kName...};
  for (std::size_t i = 0; i < sizeof...(B); ++i) {
    for (std::size_t j = i + 1; j < sizeof...(B); ++j) {
      if (names[i] == names[j]) return false;
    }
  }
  return true;
}
static_assert(boardNamesDistinct(Boards{}), "every board has a name of its own");
static_assert(Boards::size == kBoardCount, "every value of the Board enum is one board in the registry");
static_assert(kAllDistinct<AllEvents>, "an event belongs to one board, once");
static_assert(kAllDistinct<AllCommands>, "a command belongs to one board, once, for a participant or a facilitator");
static_assert(detail::allStored(AllEvents{}), "every event needs a stored form (<board>_stored_form.hpp)");
static_assert(detail::storedNamesDistinct(AllEvents{}), "every event is stored under a name of its own");

} // namespace balcony::core
