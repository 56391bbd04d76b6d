// Every piece of participant text goes through escapeHtml; charts are SVG built here, so the
// report opens offline years later exactly as it was.
#include "balcony/report/html_report.hpp"

#include "topics/avoidance_signals.hpp"
#include "belief/belief_aggregate.hpp"
#include "clarity/clarity_lists.hpp"
#include "difference/difference_summary.hpp"
#include "balcony/core/moderation.hpp"

#include <algorithm>
#include <cstdio>
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

std::string fixed(double v, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

const char* barColour(int value, int lo, int hi) {
  static const char* ramp[] = {"#d55e00", "#c77c4a", "#a0a0a0", "#5390b8", "#0072b2"};
  const double t = hi > lo ? static_cast<double>(value - lo) / (hi - lo) : 0.5;
  return ramp[std::clamp(static_cast<int>(t * 4.0 + 0.5), 0, 4)];
}

// A small bar chart of a distribution, as inline SVG with a text alternative.
std::string svgDistribution(const core::Distribution& d, const std::string& label) {
  const int points = d.scaleMax - d.scaleMin + 1;
  const int maxCount = std::max(1, *std::max_element(d.counts.begin(), d.counts.end()));
  const int w = 240;
  const int h = 120;
  const double slot = static_cast<double>(w) / points;
  std::ostringstream svg;
  svg << "<svg viewBox=\"0 0 " << w << " " << h + 20 << "\" width=\"100%\" role=\"img\" aria-label=\""
      << escapeHtml(label) << "\">";
  for (int i = 0; i < points; ++i) {
    const int count = d.counts[static_cast<std::size_t>(i)];
    const double bh = (h - 16.0) * count / maxCount;
    const double x = slot * i + slot * 0.15;
    svg << "<rect x=\"" << fixed(x, 1) << "\" y=\"" << fixed(h - bh, 1) << "\" width=\"" << fixed(slot * 0.7, 1)
        << "\" height=\"" << fixed(bh, 1) << "\" fill=\"" << barColour(d.scaleMin + i, d.scaleMin, d.scaleMax)
        << "\"/>";
    svg << "<text x=\"" << fixed(slot * i + slot / 2, 1) << "\" y=\"" << fixed(h - bh - 3, 1)
        << "\" font-size=\"11\" text-anchor=\"middle\">" << count << "</text>";
    svg << "<text x=\"" << fixed(slot * i + slot / 2, 1) << "\" y=\"" << h + 14
        << "\" font-size=\"11\" text-anchor=\"middle\" fill=\"#505660\">" << d.scaleMin + i << "</text>";
  }
  svg << "<line x1=\"0\" y1=\"" << h << "\" x2=\"" << w << "\" y2=\"" << h << "\" stroke=\"#c8cac4\"/></svg>";
  return svg.str();
}

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
    << "<title>" << escapeHtml(state.title) << "</title><style>" << kStyle << "</style></head><body>";
  h << "<h1>" << escapeHtml(state.title) << "</h1><p class=\"muted\">" << core::isoDate(state.createdAt) << " · "
    << state.participants.size() << " participants · groups: ";
  for (std::size_t i = 0; i < state.groups.size(); ++i)
    h << (i ? ", " : "") << escapeHtml(state.groups[i]);
  h << "</p>";
  if (!state.endeavour.empty()) {
    h << "<h2>The shared endeavour</h2><p class=\"endeavour\">" << escapeHtml(state.endeavour) << "</p>";
  }

  const auto agreed = core::agreedItems(state);
  h << "<h2>Clear for now (provisional)</h2>";
  if (agreed.empty()) {
    h << "<p class=\"muted\">Nothing was agreed for now.</p>";
  } else {
    const auto today = core::isoDate(state.createdAt);
    h << "<table><tr><th>What</th><th>Owner</th><th>Resources</th><th>Review</th></tr>";
    for (const auto* item : agreed) {
      h << "<tr" << (core::dueForReview(*item, today) ? " class=\"due\"" : "") << "><td>"
        << escapeHtml(item->fields.what) << (item->status == core::ClarityStatus::Reopened ? " (reopened)" : "")
        << "</td><td>" << escapeHtml(item->fields.owner) << "</td><td>" << escapeHtml(item->fields.resources)
        << "</td><td>" << escapeHtml(item->fields.reviewDate) << "</td></tr>";
    }
    h << "</table>";
  }
  const auto proposals = core::proposalsByEnergy(state);
  if (!proposals.empty()) {
    h << "<p><strong>Proposals, by energy:</strong></p><table><tr><th>Proposal</th><th>Energy</th></tr>";
    for (const auto* p : proposals) {
      h << "<tr><td>" << escapeHtml(p->fields.what) << "</td><td>" << p->energy.size() << "</td></tr>";
    }
    h << "</table>";
  }

  for (const auto& round : state.rounds) {
    h << "<h2>Belief check, round " << round.number << "</h2><div class=\"charts\">";
    for (const auto& s : core::summarizeRound(state, round)) {
      h << "<div class=\"chart\"><p><strong>" << escapeHtml(s.statement) << "</strong></p>"
        << svgDistribution(s.overall, s.statement) << "<p class=\"muted\">";
      if (s.overall.answered > 0) {
        h << "Median " << fixed(s.overall.median, 1) << " · mean " << fixed(s.overall.mean, 1) << " · ";
      }
      h << s.overall.answered << " answered</p>";
      for (const auto& g : s.byGroup) {
        h << "<p class=\"muted\">" << escapeHtml(g.group) << ": mean " << fixed(g.distribution.mean, 1) << " ("
          << g.distribution.answered << ")</p>";
      }
      h << "</div>";
    }
    h << "</div>";
  }

  for (const auto& poll : state.polls) {
    const auto s = core::summarizePoll(poll);
    h << "<h2>Quick poll: " << escapeHtml(poll.question) << "</h2><table><tr><th>Answer</th><th>Count</th></tr>";
    for (std::size_t i = 0; i < s.counts.size(); ++i) {
      const std::string label =
          poll.kind == core::PollKind::Scale ? std::to_string(poll.scaleMin + static_cast<int>(i)) : poll.options[i];
      h << "<tr><td>" << escapeHtml(label) << "</td><td>" << s.counts[i] << "</td></tr>";
    }
    h << "</table>";
  }

  const auto ranked = core::rankPrompts(state);
  if (!ranked.empty()) {
    h << "<h2>Where the groups differ</h2><p class=\"muted\">Most divided first. Divergence runs from 0 (every "
         "group alike) to 1 (split exactly along group lines).</p>";
    for (const auto& p : ranked) {
      h << "<h3>" << escapeHtml(p.text) << "</h3><p class=\"muted\">" << escapeHtml(p.kind) << " · "
        << p.overall.answered << " answered · divergence "
        << (p.divergence ? fixed(*p.divergence, 2) + (p.commonGround() ? " (common ground)" : "") : std::string("–"))
        << "</p><div class=\"charts\">";
      for (const auto& g : p.byGroup) {
        h << "<div class=\"chart\"><p><strong>" << escapeHtml(g.group) << "</strong></p>"
          << svgDistribution(g.distribution, g.group) << "</div>";
      }
      h << "</div>";
      for (const auto& n : p.notes) {
        h << "<p><strong>" << escapeHtml(n.group) << ":</strong></p><ul>";
        for (const auto& text : n.notes)
          h << "<li>" << escapeHtml(text) << "</li>";
        h << "</ul>";
      }
    }
  }
  const auto statements = core::summarizeStatements(state);
  if (!statements.empty()) {
    h << "<h2>Participants' "
         "statements</h2><table><tr><th>Statement</th><th>Agree</th><th>Disagree</th><th>Pass</th></tr>";
    for (const auto& st : statements) {
      h << "<tr><td>" << escapeHtml(st.text) << "</td><td>" << st.overall.agree << "</td><td>" << st.overall.disagree
        << "</td><td>" << st.overall.pass << "</td></tr>";
    }
    h << "</table>";
  }
  if (!state.topics.empty()) {
    h << "<h2>Topics</h2><table><tr><th>Topic</th><th>Minutes (budget)</th><th>Revisits</th><th>Decisions</th></tr>";
    for (const auto& t : state.topics) {
      h << "<tr><td>" << escapeHtml(t.title) << "</td><td>" << t.spentMs / 60'000 << " (" << t.budgetMinutes
        << ")</td><td>" << t.revisits << "</td><td>";
      for (const auto& d : t.decisions)
        h << escapeHtml(d.text) << "<br>";
      h << "</td></tr>";
    }
    h << "</table><p class=\"muted\">Anonymous flags raised: " << state.flags.size() << ".</p>";
  }
  if (const int hidden = core::hiddenTexts(state).leftOut; hidden > 0) {
    h << "<p class=\"muted\">Hidden by the facilitator and left out of this report: " << hidden << ".</p>";
  }
  h << "</body></html>\n";
  return h.str();
}

} // namespace balcony::report
