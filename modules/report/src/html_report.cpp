// The HTML report: one self-contained page, its sections from the boards (<board>_report.cpp) in
// the report's order. Every piece of participant text goes through escapeHtml; charts are inline
// SVG (report_parts.cpp), so the report opens offline years later exactly as it was.
#include "balcony/report/html_report.hpp"

#include "balcony/core/calendar.hpp"
#include "balcony/core/moderation.hpp"
#include "balcony/report/report_parts.hpp"

#include <sstream>

namespace balcony::report {
namespace {

constexpr const char* kStyle = R"(
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#14181f;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #c8cac4;padding-bottom:.2rem}
table{border-collapse:collapse;width:100%;margin:.6rem 0}th,td{border:1px solid #c8cac4;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#ecede8}.muted{color:#505660}.due{background:#f6dcc8}.endeavour{font-size:1.2rem;font-weight:600}
.charts{display:flex;flex-wrap:wrap;gap:1.2rem}.chart{flex:1 1 14rem;max-width:19rem}.chart p{margin:.2rem 0}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table,.chart{break-inside:avoid}}
)";

} // namespace

std::string escapeHtml(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&#39;"; break;
    default: out += c;
    }
  }
  return out;
}

std::string htmlReport(const core::SessionState& state) {
  std::ostringstream h;
  h << "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
    << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    // Opened from a disk or a mail years later, the report runs nothing and fetches nothing.
    << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
       "img-src data:\">"
    << "<title>" << escapeHtml(state.title) << "</title><style>" << kStyle << "</style></head><body>";
  h << "<h1>" << escapeHtml(state.title) << "</h1><p class=\"muted\">" << core::isoDate(state.createdAt) << " · "
    << state.participants.size() << " participants · groups: ";
  for (std::size_t i = 0; i < state.groups.size(); ++i)
    h << (i ? ", " : "") << escapeHtml(state.groups[i]);
  h << "</p><p class=\"muted\">" << escapeHtml(sessionLength(state)) << "</p>";
  for (const auto* section : sectionsInOrder(&BoardReport::htmlPlace, &BoardReport::html)) {
    (*section)(state, h);
  }
  if (const int hidden = core::hiddenTexts(state).leftOut; hidden > 0) {
    h << "<p class=\"muted\">Hidden by the facilitator and left out of this report: " << hidden << ".</p>";
  }
  h << "</body></html>\n";
  return h.str();
}

} // namespace balcony::report
