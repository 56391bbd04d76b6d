// One of a list's types: a std::variant whose copying, moving and destroying are compiled once.
//
// With every board's events in one variant (some seventy alternatives), the copy, move and
// destroy of that variant were generated and optimised in every unit that passed an event along:
// most of a rule file's compile time, in each of three build trees. Here those members are
// declared, not defined; one unit (core's one_of.cpp) defines them and instantiates them for the
// four lists the house uses (events, commands, and each side's commands). Everything else is the
// std::variant itself: std::visit, std::get, std::holds_alternative and comparison take it as is.
#pragma once

#include "balcony/core/type_list.hpp"

#include <variant>

namespace balcony::core {

template <class List> class OneOf : public AsVariant<List> {
public:
  using Variant = AsVariant<List>;
  using Variant::Variant;
  using Variant::operator=;

  OneOf();
  OneOf(const OneOf& other);
  OneOf(OneOf&& other) noexcept;
  OneOf& operator=(const OneOf& other);
  OneOf& operator=(OneOf&& other) noexcept;
  ~OneOf();

  // The variant itself, for code written against std::variant.
  const Variant& variant() const& { return *this; }
};

} // namespace balcony::core
