// Every export of the known session, compared with the files a person has read and kept.
#include "balcony/report/csv_export.hpp"
#include "balcony/report/html_report.hpp"
#include "balcony/report/ics_export.hpp"
#include "balcony/report/markdown_summary.hpp"
#include "known_session.hpp"

using namespace balcony;

TEST_CASE("The known session's exports match the expected files", "[report][golden]") {
  const auto state = test::knownSession();
  test::checkGolden("known-session.md", report::markdownSummary(state));
  test::checkGolden("known-session.csv", report::csvResponses(state));
  test::checkGolden("known-session.ics", report::icsReviewDates(state, "1-known"));
  test::checkGolden("known-session.html", report::htmlReport(state));
}
