// Events to and from JSON, generically, from each event's stored form (balcony/core/stored_form.hpp):
// one member per key, enums by name, nested values as objects.
#pragma once

#include "balcony/core/events.hpp"
#include "balcony/store/store.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <tuple>

namespace balcony::store::detail {

using nlohmann::json;

template <class T> json toJson(const T& value) {
  if constexpr (core::HasStoredForm<T>) {
    json j = json::object();
    std::apply([&](const auto&... f) { ((j[std::string(f.key)] = toJson(value.*(f.member))), ...); },
               storedForm(std::type_identity<T>{}).fields);
    return j;
  } else if constexpr (core::HasEnumNames<T>) {
    return std::string(enumNames(std::type_identity<T>{}).name(value));
  } else {
    return json(value);
  }
}

template <class T> void fromJson(const json& j, T& out) {
  if constexpr (core::HasStoredForm<T>) {
    std::apply(
        [&](const auto&... f) {
          [[maybe_unused]] auto one = [&](const auto& field) {
            const std::string key(field.key);
            if (field.required || j.contains(key)) fromJson(j.at(key), out.*(field.member));
          };
          (one(f), ...);
        },
        storedForm(std::type_identity<T>{}).fields);
  } else if constexpr (core::HasEnumNames<T>) {
    const auto names = enumNames(std::type_identity<T>{});
    const auto name = j.get<std::string>();
    const auto parsed = names.parse(name);
    if (!parsed) {
      throw StoreError("Damaged event in the database: unknown " + std::string(names.what) + " '" + name + "'");
    }
    out = *parsed;
  } else {
    out = j.get<T>();
  }
}

} // namespace balcony::store::detail
