// The rooms in the plenary's exports: each room's latest summary as the plenary kept it (its state,
// people, belief means, alerts), then across the rooms the prompts that divide most, the polls, and
// one list of what was made clear for now. A session that was no event's plenary has no section.
#include "rooms/rooms_report.hpp"
#include "balcony/core/figures.hpp"

#include "balcony/federation/summary_codec.hpp"
#include "balcony/platform/local_time.hpp"
#include "balcony/report/html_report.hpp"
#include "balcony/report/markdown_summary.hpp"

#include <cstdio>

namespace balcony::report {
namespace {

std::string clockOf(core::Millis at) {
  const auto tm = platform::localTime(static_cast<std::time_t>(at / 1000));
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                tm.tm_min);
  return buf;
}

std::string meanOf(const core::RoomSummary& s, std::size_t b) {
  if (b >= s.beliefs.size() || s.beliefs[b].overall.answered == 0) return "–";
  return core::meanFigure(s.beliefs[b].overall.mean) + " (" + std::to_string(s.beliefs[b].overall.answered) + ")";
}

std::string pollLine(const core::RoomPoll& p) {
  std::string line = p.question + ": ";
  if (p.figures.withheld > 0) return line + "fewer answers than the privacy threshold";
  for (std::size_t i = 0; i < p.figures.counts.size(); ++i) {
    const auto label =
        i < p.options.size() ? p.options[i] : std::to_string(p.figures.scale.scaleMin + static_cast<int>(i));
    line += (i == 0 ? "" : ", ") + label + " " + std::to_string(p.figures.counts[i]);
  }
  return line;
}

} // namespace

BoardReport reportPart(std::type_identity<core::RoomsBoard>) {
  BoardReport r;
  r.markdownPlace = 90;
  r.markdown = [](const core::SessionState& state, std::ostream& md) {
    const auto rooms = federation::keptRooms(state);
    if (rooms.empty()) return;
    const auto f = core::mergeRooms(rooms);
    md << "## Every room of the event\n\n";
    md << rooms.size() << " rooms, " << f.participants << " people. Each room's latest figures, as the plenary kept "
       << "them (means, with the number who answered).\n\n";
    md << "| Room | State | People | Round |";
    for (std::size_t b = 0; b < core::kBeliefCount; ++b) {
      md << " " << escapeMarkdown(f.statements[b].empty() ? "Belief " + std::to_string(b + 1) : f.statements[b])
         << " |";
    }
    md << " Alerts |\n|---|---|---|---|---|---|---|---|\n";
    for (const auto& room : rooms) {
      const auto& s = room.summary;
      md << "| " << escapeMarkdown(s.room) << " | " << core::roomLinkWords(room.link, clockOf(room.since)) << " | "
         << s.participants << " | " << (s.beliefRound == 0 ? std::string("–") : std::to_string(s.beliefRound)) << " |";
      for (std::size_t b = 0; b < core::kBeliefCount; ++b)
        md << " " << meanOf(s, b) << " |";
      md << " " << s.alerts.size() << " |\n";
    }
    md << "\n";
    if (!f.beliefByGroup.empty()) {
      md << "### Each group across the rooms\n\n";
      for (const auto& b : f.beliefByGroup) {
        md << "- " << escapeMarkdown(b.statement) << ": all rooms " << core::meanFigure(b.overall.mean) << " ("
           << b.overall.answered << ")";
        for (const auto& g : b.byGroup) {
          md << "; " << escapeMarkdown(g.group) << " " << core::meanFigure(g.distribution.mean) << " ("
             << g.distribution.answered << ")";
        }
        md << "\n";
      }
      md << "\n";
    }
    md << "### Prompts that divide most across rooms\n\n";
    int n = 0;
    for (const auto& p : f.dividedPrompts) {
      if (!p.prompt.divergence || ++n > 10) continue;
      md << "- " << core::divergenceFigure(*p.prompt.divergence) << " " << escapeMarkdown(p.room) << ": "
         << escapeMarkdown(p.prompt.text) << "\n";
    }
    if (n == 0) md << "No prompt was rated.\n";
    md << "\n### Alerts\n\n";
    for (const auto& [room, alert] : f.alerts)
      md << "- " << escapeMarkdown(room) << ": " << escapeMarkdown(alert) << "\n";
    if (f.alerts.empty()) md << "No alert in any room.\n";
    if (!f.polls.empty()) {
      md << "\n### Polls\n\n";
      for (const auto& [room, poll] : f.polls)
        md << "- " << escapeMarkdown(room) << ": " << escapeMarkdown(pollLine(poll)) << "\n";
    }
    md << "\n### Clear for now, across rooms\n\n";
    for (const auto& [room, item] : f.clarity) {
      md << "- " << escapeMarkdown(item.what)
         << (item.owner.empty() ? "" : " (owner: " + escapeMarkdown(item.owner) + ")")
         << (item.reviewDate.empty() ? "" : ", review " + escapeMarkdown(item.reviewDate)) << " · "
         << escapeMarkdown(room) << "\n";
    }
    if (f.clarity.empty()) md << "Nothing was agreed for now.\n";
    md << "\n";
  };
  r.htmlPlace = 90;
  r.html = [](const core::SessionState& state, std::ostream& h) {
    const auto rooms = federation::keptRooms(state);
    if (rooms.empty()) return;
    const auto f = core::mergeRooms(rooms);
    h << "<h2>Every room of the event</h2><p>" << rooms.size() << " rooms, " << f.participants
      << " people: each room's latest figures, as the plenary kept them.</p>";
    h << "<table><thead><tr><th scope=\"col\">Room</th><th scope=\"col\">State</th><th scope=\"col\">People</th>";
    for (std::size_t b = 0; b < core::kBeliefCount; ++b) {
      h << "<th scope=\"col\">"
        << escapeHtml(f.statements[b].empty() ? "Belief " + std::to_string(b + 1) : f.statements[b]) << "</th>";
    }
    h << "<th scope=\"col\">Alerts</th></tr></thead><tbody>";
    for (const auto& room : rooms) {
      const auto& s = room.summary;
      h << "<tr><th scope=\"row\">" << escapeHtml(s.room) << "</th><td>"
        << escapeHtml(core::roomLinkWords(room.link, clockOf(room.since))) << "</td><td>" << s.participants << "</td>";
      for (std::size_t b = 0; b < core::kBeliefCount; ++b)
        h << "<td>" << escapeHtml(meanOf(s, b)) << "</td>";
      h << "<td>" << s.alerts.size() << "</td></tr>";
    }
    h << "</tbody></table>";
    h << "<h3>Prompts that divide most across rooms</h3><ul>";
    int n = 0;
    for (const auto& p : f.dividedPrompts) {
      if (!p.prompt.divergence || ++n > 10) continue;
      h << "<li>" << core::divergenceFigure(*p.prompt.divergence) << " " << escapeHtml(p.room) << ": "
        << escapeHtml(p.prompt.text) << "</li>";
    }
    h << "</ul><h3>Alerts</h3><ul>";
    for (const auto& [room, alert] : f.alerts)
      h << "<li>" << escapeHtml(room) << ": " << escapeHtml(alert) << "</li>";
    h << "</ul>";
    if (!f.polls.empty()) {
      h << "<h3>Polls</h3><ul>";
      for (const auto& [room, poll] : f.polls)
        h << "<li>" << escapeHtml(room) << ": " << escapeHtml(pollLine(poll)) << "</li>";
      h << "</ul>";
    }
    h << "<h3>Clear for now, across rooms</h3><ul>";
    for (const auto& [room, item] : f.clarity) {
      h << "<li>" << escapeHtml(item.what) << (item.owner.empty() ? "" : " (owner: " + escapeHtml(item.owner) + ")")
        << " · " << escapeHtml(room) << "</li>";
    }
    h << "</ul>";
  };
  return r;
}

} // namespace balcony::report
