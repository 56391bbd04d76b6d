// Lists of types, joined at compile time: the boards' lists of events and commands become the
// variants the engine, the store and the wire work on (see modules/boards/registry.hpp).
#pragma once

#include <cstddef>
#include <type_traits>
#include <variant>

namespace balcony::core {

template <class... T> struct TypeList { static constexpr std::size_t size = sizeof...(T); };

namespace detail {
template <class... Lists> struct Concat;
template <> struct Concat<> { using type = TypeList<>; };
template <class... A> struct Concat<TypeList<A...>> { using type = TypeList<A...>; };
template <class... A, class... B, class... Rest> struct Concat<TypeList<A...>, TypeList<B...>, Rest...> {
  using type = typename Concat<TypeList<A..., B...>, Rest...>::type;
};

template <class List> struct AsVariant;
template <class... T> struct AsVariant<TypeList<T...>> { using type = std::variant<T...>; };

template <class T, class List> struct Count;
template <class T, class... U> struct Count<T, TypeList<U...>> {
  static constexpr std::size_t value = (std::size_t{0} + ... + (std::is_same_v<T, U> ? 1 : 0));
};

template <class List> struct AllDistinct;
template <class... T> struct AllDistinct<TypeList<T...>> {
  static constexpr bool value = ((Count<T, TypeList<T...>>::value == 1) && ...);
};
} // namespace detail

template <class... Lists> using Concat = typename detail::Concat<Lists...>::type;

template <class List> using AsVariant = typename detail::AsVariant<List>::type;

template <class T, class List> inline constexpr bool kContains = detail::Count<T, List>::value > 0;

template <class List> inline constexpr bool kAllDistinct = detail::AllDistinct<List>::value;

// Calls f(std::type_identity<T>{}) for each type of the list, in order.
template <class... T, class F> constexpr void forEachType(TypeList<T...>, F&& f) {
  (f(std::type_identity<T>{}), ...);
}

// The same for the first type where f returns true; gives whether one did.
template <class... T, class F> constexpr bool anyType(TypeList<T...>, F&& f) {
  return (f(std::type_identity<T>{}) || ...);
}

} // namespace balcony::core
