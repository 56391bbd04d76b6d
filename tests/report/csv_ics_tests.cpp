// CSV that a spreadsheet cannot turn into formulas, and iCalendar review dates that calendars read.
#include "balcony/report/csv_export.hpp"
#include "balcony/report/ics_export.hpp"
#include "balcony/report/markdown_summary.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace balcony;
using namespace balcony::core;

TEST_CASE("CSV cells that a spreadsheet would run as formulas are defused", "[report][csv][injection]") {
  struct Row {
    std::string in;
    std::string out;
  };
  const auto row = GENERATE(values<Row>({
      {"plain words", "plain words"},
      {"=HYPERLINK(\"http://x\",\"click\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\""},
      {"+1+1", "'+1+1"},
      {"-2+3", "'-2+3"},
      {"@SUM(A1:A9)", "'@SUM(A1:A9)"},
      {"\tindented", "'\tindented"},
      {"\r=1", "\"'\r=1\""},
      {"a, b", "\"a, b\""},
      {"line\nbreak", "\"line\nbreak\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"", ""},
  }));
  INFO(row.in);
  CHECK(report::csvCell(row.in) == row.out);
}

namespace {

SessionState meeting() {
  std::vector<Event> events = {
      {1, SessionCreated{"Board, \"winter\"", "ABCD", {"Health", "Police"}}},
      {2, ParticipantJoined{1, test::token(1), "Health"}},
      {3, ParticipantJoined{2, test::token(2), "Police"}},
      {4, RoundOpened{1, kDefaultBeliefStatements, 1, 5, false}},
      {5, BeliefAnswered{1, 1, 0, 5}},
      {6, PromptAdded{1, "How worried are you?", "case", 1, 5, true}},
      {7, PromptShown{1}},
      {8, PromptAnswered{2, 1, 2}},
      {9, NoteAdded{1, 2, 1, "=cmd|' /C calc'!A0"}},
      {10, NoteAdded{2, 1, 1, "Rude words"}},
      {11, NoteHidden{2}},
      {12, EndeavourSet{"Safe, well; learning"}},
      {13, ClarityItemAdded{1,
                            {"Weekly huddle, Tuesdays", "Schools; police", "One officer", "2027-01-10", 0},
                            0,
                            ClarityStatus::Agreed}},
      {14, ClarityItemAdded{2, {"Dropped idea", "", "", "2027-02-01", 0}, 0, ClarityStatus::Dropped}},
  };
  return replay(events);
}

} // namespace

TEST_CASE("The CSV of responses has a row per answer and leaves hidden text out", "[report][csv]") {
  const auto csv = report::csvResponses(meeting());
  CHECK_THAT(csv, Catch::StartsWith("board,item,question,participant,group,answer\r\n"));
  // One answer each: no group may be shown beside the whole, so the group column is empty.
  CHECK_THAT(csv, Catch::Contains("belief,round 1,The goals we are working towards are good goals,1,,5\r\n"));
  CHECK_THAT(csv, Catch::Contains("difference,prompt 1,How worried are you?,2,,2\r\n"));
  CHECK(csv.find("Health") == std::string::npos);
  CHECK(csv.find("Police") == std::string::npos);
  CHECK_THAT(csv, Catch::Contains("'=cmd|' /C calc'!A0")); // defused
  CHECK(csv.find("Rude words") == std::string::npos);
  CHECK_THAT(csv, Catch::Contains("# hidden by the facilitator and left out,1"));
  CHECK(csv.find(test::token(1)) == std::string::npos);
}

TEST_CASE("Review dates become all-day calendar events, escaped and folded", "[report][ics]") {
  const auto ics = report::icsReviewDates(meeting(), "7-balcony");
  CHECK_THAT(ics, Catch::StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  CHECK_THAT(ics, Catch::EndsWith("END:VCALENDAR\r\n"));
  CHECK_THAT(ics, Catch::Contains("UID:clarity-1-7-balcony@balcony\r\n"));
  CHECK_THAT(ics, Catch::Contains("DTSTART;VALUE=DATE:20270110\r\n"));
  CHECK_THAT(ics, Catch::Contains("SUMMARY:Review: Weekly huddle\\, Tuesdays\r\n"));
  CHECK(ics.find("Dropped idea") == std::string::npos); // dropped: nothing to review
  std::size_t start = 0;
  while (start < ics.size()) { // no line longer than 75 octets
    const auto end = ics.find("\r\n", start);
    REQUIRE(end != std::string::npos);
    CHECK(end - start <= 75);
    start = end + 2;
  }
  CHECK(report::icsText("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne");
}

TEST_CASE("Folding a calendar line ends even when its text is not UTF-8", "[report][ics]") {
  // Found by the export_writers fuzzer: a run of continuation bytes left no place to cut, and the
  // folding loop never advanced.
  auto state = meeting();
  state.clarity.front().fields.what = std::string(200, '\x80');
  const auto ics = report::icsReviewDates(state, "7-balcony");
  CHECK_THAT(ics, Catch::EndsWith("END:VCALENDAR\r\n"));
  std::size_t start = 0;
  while (start < ics.size()) {
    const auto end = ics.find("\r\n", start);
    REQUIRE(end != std::string::npos);
    CHECK(end - start <= 75);
    start = end + 2;
  }
}

TEST_CASE("The Markdown summary covers every board and counts hidden text", "[report][markdown]") {
  const auto md = report::markdownSummary(meeting());
  CHECK_THAT(md, Catch::Contains("**The shared endeavour:** Safe, well; learning"));
  CHECK_THAT(md, Catch::Contains("## Clear for now (provisional)"));
  CHECK_THAT(md, Catch::Contains("| Weekly huddle, Tuesdays | Schools; police | One officer | 2027-01-10 |"));
  CHECK_THAT(md, Catch::Contains("## Where the groups differ (most divided first)"));
  CHECK_THAT(md, Catch::Contains("Hidden by the facilitator and left out: 1."));
  CHECK(md.find("Rude words") == std::string::npos);
  CHECK(md.find("Dropped idea") == std::string::npos);
}
