// Lines end with CRLF and are folded at 75 octets, as RFC 5545 requires; folding never splits a
// UTF-8 character.
#include "balcony/report/ics_export.hpp"

#include "clarity/clarity_lists.hpp"

#include <sstream>

namespace balcony::report {
namespace {

void line(std::ostringstream& out, const std::string& content) {
  std::size_t start = 0;
  std::size_t limit = 75;
  while (content.size() - start > limit) {
    std::size_t cut = start + limit;
    while (cut > start && (static_cast<unsigned char>(content[cut]) & 0xC0u) == 0x80u)
      --cut;
    if (cut == start) {
      cut = start + limit; // a run of continuation bytes is not UTF-8: no character to keep whole
    }
    out << content.substr(start, cut - start) << "\r\n ";
    start = cut;
    limit = 74; // the leading space of a continuation line counts
  }
  out << content.substr(start) << "\r\n";
}

} // namespace

std::string icsText(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
    case '\\': out += "\\\\"; break;
    case ';': out += "\\;"; break;
    case ',': out += "\\,"; break;
    case '\n': out += "\\n"; break;
    case '\r': break;
    default: out += c;
    }
  }
  return out;
}

std::string icsReviewDates(const core::SessionState& state, const std::string& sessionKey) {
  std::ostringstream out;
  line(out, "BEGIN:VCALENDAR");
  line(out, "VERSION:2.0");
  line(out, "PRODID:-//Balcony//Clarity review dates//EN");
  line(out, "CALSCALE:GREGORIAN");
  for (const auto* agreed : core::agreedItems(state)) {
    const auto& item = *agreed;
    if (item.fields.reviewDate.size() != 10) continue;
    std::string date = item.fields.reviewDate;
    date.erase(7, 1);
    date.erase(4, 1);
    line(out, "BEGIN:VEVENT");
    line(out, "UID:clarity-" + std::to_string(item.id) + "-" + sessionKey + "@balcony");
    line(out, "DTSTAMP:" + date + "T090000Z");
    line(out, "DTSTART;VALUE=DATE:" + date);
    line(out, "SUMMARY:" + icsText("Review: " + item.fields.what));
    std::string description = "Clear for now (provisional). Owner: " +
                              (item.fields.owner.empty() ? std::string("not named") : item.fields.owner);
    if (!item.fields.resources.empty()) description += ". Resources: " + item.fields.resources;
    description += ". From: " + state.title;
    line(out, "DESCRIPTION:" + icsText(description));
    line(out, "END:VEVENT");
  }
  line(out, "END:VCALENDAR");
  return out.str();
}

} // namespace balcony::report
