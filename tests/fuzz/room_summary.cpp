// Fuzzes what the plenary reads from the broker: a room's summary and the plenary's request, as
// any client with a room's credentials could send them. A message is read whole or refused with a
// reason; one that is read writes out and reads back the same, and every view of it (the merge
// across rooms, the words of its link) works on it.
#include "balcony/federation/summary_codec.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace balcony;

namespace {

void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "room_summary: property violated: %s\n", what);
    std::abort();
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string why;
  if (auto summary = federation::decodeSummary(text, why)) {
    require(why.empty(), "a summary read has no reason to refuse");
    const auto again = federation::encodeSummary(*summary);
    std::string why2;
    const auto back = federation::decodeSummary(again, why2);
    require(back.has_value(), "a summary written by Balcony is read back");
    require(federation::encodeSummary(*back) == again, "a summary reads back as it was written");
    const auto figures = core::mergeRooms({core::EventRoom{*summary, core::RoomLink::Stale, 1, 1}});
    require(figures.beliefByRoom.size() == 1, "every room has its row");
  } else {
    require(!why.empty(), "a refused summary says why");
  }
  why.clear();
  if (auto request = federation::decodeRequest(text, why)) {
    std::string why2;
    require(federation::decodeRequest(federation::encodeRequest(*request), why2).has_value(),
            "a request written by Balcony is read back");
  } else {
    require(!why.empty(), "a refused request says why");
  }
  return 0;
}
