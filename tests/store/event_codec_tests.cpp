// Every event type of every board, generated from the registry, through its stored form and back:
// a board added to the registry is covered here without a line of this file changing.
#include "balcony/core/events.hpp"
#include "balcony/store/event_codec.hpp"
#include "balcony/store/store.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <tuple>

using namespace balcony;
using namespace balcony::core;

namespace {

// A value for each member that differs from its default, so a member the stored form left out,
// or read back into the wrong member, shows.
template <class T> T sample(int seed, const std::string& key) {
  if constexpr (HasStoredForm<T>) {
    T value{};
    int i = 0;
    std::apply(
        [&](const auto&... f) {
          ((value.*(f.member) = sample<std::decay_t<decltype(value.*(f.member))>>(seed * 31 + ++i, std::string(f.key))),
           ...);
        },
        storedForm(std::type_identity<T>{}).fields);
    return value;
  } else if constexpr (std::is_enum_v<T>) {
    return static_cast<T>(1); // a named value other than each enum's default
  } else if constexpr (std::is_same_v<T, bool>) {
    return seed % 2 == 0;
  } else if constexpr (std::is_integral_v<T>) {
    return static_cast<T>(1000 + seed);
  } else if constexpr (std::is_same_v<T, std::string>) {
    return key + " \"" + std::to_string(seed) + "\" \xE2\x80\x94 Zo\xC3\xAB";
  } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
    return {key + "-a", key + "-b"};
  } else if constexpr (std::is_same_v<T, std::vector<int>>) {
    return {seed, seed + 2};
  } else if constexpr (std::is_same_v<T, BeliefStatements>) {
    return {key + " 1", key + " 2", key + " 3"};
  } else {
    static_assert(sizeof(T) == 0, "a member type this test cannot make a sample of: add it above");
  }
}

// Member by member, through the stored form: equal where every stored member is equal.
template <class T> bool sameStored(const T& a, const T& b) {
  if constexpr (HasStoredForm<T>) {
    return std::apply([&](const auto&... f) { return (sameStored(a.*(f.member), b.*(f.member)) && ...); },
                      storedForm(std::type_identity<T>{}).fields);
  } else {
    return a == b;
  }
}

} // namespace

TEST_CASE("Every event type of every board comes back from its stored form unchanged", "[store][codec][registry]") {
  std::set<std::string> names;
  int covered = 0;
  forEachType(AllEvents{}, [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T original = sample<T>(++covered, "x");
    const auto encoded = store::encodeEvent(original);
    INFO(encoded.type << " " << encoded.body);
    CHECK(encoded.type == storedForm(tag).name);
    names.insert(encoded.type);
    const auto decoded = store::decodeEvent(encoded.type, encoded.body);
    REQUIRE(std::holds_alternative<T>(decoded));
    CHECK(sameStored(std::get<T>(decoded), original));
    CHECK(store::encodeEvent(decoded).body == encoded.body);
    // The sample really differs from the default (an event without fields, like a clean stop, has
    // nothing to differ in).
    if constexpr (std::tuple_size_v < std::decay_t < decltype(storedForm(tag).fields) >>> 0)
      CHECK_FALSE(sameStored(T{}, original));
  });
  CHECK(covered == static_cast<int>(AllEvents::size));
  CHECK(covered == 57); // 52 of the boards and the session (5 of reflection, 1 of rooms), 5 of the plan
  CHECK(names.size() == AllEvents::size);
}

TEST_CASE("A stored event missing a member, or holding a wrong name, is refused with its type named",
          "[store][codec][registry]") {
  forEachType(AllEvents{}, [&](auto tag) {
    const auto& fields = storedForm(tag).fields;
    const std::string type(storedForm(tag).name);
    std::apply(
        [&](const auto&... f) {
          [[maybe_unused]] auto dropOne = [&](const auto& dropped) {
            if (!dropped.required) return;
            using T = typename decltype(tag)::type;
            auto encoded = store::encodeEvent(sample<T>(3, "y"));
            const std::string key = "\"" + std::string(dropped.key) + "\":";
            const auto at = encoded.body.find(key);
            REQUIRE(at != std::string::npos);
            // Rename the key: the member is then missing.
            encoded.body.replace(at, key.size(), "\"unknown_" + std::string(dropped.key) + "\":");
            INFO(type << " without " << dropped.key);
            CHECK_THROWS_WITH(store::decodeEvent(type, encoded.body), Catch::Contains(type));
          };
          (dropOne(f), ...);
        },
        fields);
  });
  CHECK_THROWS_WITH(store::decodeEvent("flag_raised", R"({"flag":1,"participant":1,"kind":"gremlin","words":""})"),
                    Catch::Contains("unknown flag kind 'gremlin'"));
}
