// How an event is written down: its type name and, per member, the key it is stored under. Each
// board describes its events this way (modules/boards/<board>/<board>_stored_form.hpp); the store
// and the JSON export read and write them from this one description, so an event without a stored
// form does not build. Names and keys are part of the file format: never rename one.
#pragma once

#include <optional>
#include <string_view>
#include <tuple>
#include <type_traits>

namespace balcony::core {

template <class Owner, class Member> struct StoredField {
  std::string_view key;
  Member Owner::*member;
  bool required = true; // false: older logs may lack it, and reading one keeps the default
};

template <class Owner, class Member>
constexpr StoredField<Owner, Member> field(std::string_view key, Member Owner::*member) {
  return {key, member, true};
}

template <class Owner, class Member>
constexpr StoredField<Owner, Member> laterField(std::string_view key, Member Owner::*member) {
  return {key, member, false};
}

template <class T, class... Fields> struct StoredForm {
  std::string_view name; // the event's type name (empty for a value nested in an event)
  std::tuple<Fields...> fields;
};

template <class T, class... Members>
constexpr StoredForm<T, StoredField<T, Members>...> form(std::string_view name, StoredField<T, Members>... fields) {
  return {name, {fields...}};
}

// A type with a stored form: an event, or a value stored as an object inside one.
template <class T>
concept HasStoredForm = requires {
  storedForm(std::type_identity<T>{});
};

// An enum stored by name: enumNames(std::type_identity<E>) gives {what it is, name of, from name}.
template <class E> struct EnumNames {
  std::string_view what; // "flag kind": for the message about a damaged log
  std::string_view (*name)(E);
  std::optional<E> (*parse)(std::string_view);
};

template <class E>
concept HasEnumNames = requires {
  enumNames(std::type_identity<E>{});
};

} // namespace balcony::core
