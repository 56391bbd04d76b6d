// Clarity for now in the exports: the endeavour and what is clear for now come first, then the
// proposals by energy; every energy vote as a row. Hidden items are left out.
#include "clarity/clarity_report.hpp"

#include "balcony/core/privacy.hpp"
#include "balcony/report/html_report.hpp"
#include "balcony/report/markdown_summary.hpp"
#include "clarity/clarity_lists.hpp"

namespace balcony::report {

BoardReport reportPart(std::type_identity<core::ClarityBoard>) {
  BoardReport r;
  r.markdownPlace = 10;
  r.markdown = [](const core::SessionState& state, std::ostream& md) {
    if (!state.endeavour.empty()) {
      md << "**The shared endeavour:** " << escapeMarkdown(state.endeavour) << "\n\n";
    }

    // What people take away first: what is clear for now.
    const auto agreed = core::agreedItems(state);
    if (!agreed.empty()) {
      md << "## Clear for now (provisional)\n\n| What | Owner | Resources | Review |\n|---|---|---|---|\n";
      for (const auto* item : agreed) {
        md << "| " << escapeMarkdown(item->fields.what)
           << (item->status == core::ClarityStatus::Reopened ? " (reopened)" : "") << " | "
           << escapeMarkdown(item->fields.owner) << " | " << escapeMarkdown(item->fields.resources) << " | "
           << (item->fields.reviewDate.empty() ? "–" : item->fields.reviewDate) << " |\n";
      }
      md << "\n";
    }
    const auto proposals = core::proposalsByEnergy(state);
    if (!proposals.empty()) {
      md << "Proposals by energy: ";
      for (std::size_t i = 0; i < proposals.size(); ++i) {
        md << (i ? "; " : "") << escapeMarkdown(proposals[i]->fields.what) << " (" << proposals[i]->energy.size()
           << ")";
      }
      md << "\n\n";
    }
  };
  r.htmlPlace = 10;
  r.html = [](const core::SessionState& state, std::ostream& h) {
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
  };
  r.csv = [](const core::SessionState& state, std::ostream& out) {
    for (const auto& item : state.clarity) {
      if (item.hidden) continue;
      // Each row's group as it may be shown beside the whole: a small group's rows say "other groups".
      std::vector<std::string> groups;
      for (const auto pid : item.energy)
        groups.push_back(item.groupOf(pid));
      const auto shown = core::groupsShown(state.groups, groups, state.privacyThreshold);
      for (const auto pid : item.energy) {
        csvRow(out, {"energy", "item " + std::to_string(item.id), item.fields.what, std::to_string(pid),
                     shown.labelOf(item.groupOf(pid)), "1"});
      }
    }
  };
  return r;
}

} // namespace balcony::report
