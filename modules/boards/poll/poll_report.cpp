// Quick polls in the exports: the counts per answer, and every answer as a row.
#include "poll/poll_report.hpp"

#include "balcony/core/privacy.hpp"
#include "balcony/report/html_report.hpp"
#include "balcony/report/markdown_summary.hpp"
#include "poll/poll_summary.hpp"

namespace balcony::report {

BoardReport reportPart(std::type_identity<core::PollBoard>) {
  BoardReport r;
  r.markdownPlace = 40;
  r.markdown = [](const core::SessionState& state, std::ostream& md) {
    for (const auto& poll : state.polls) {
      const auto s = core::summarizePoll(poll, state.privacyThreshold);
      md << "## Quick poll: " << escapeMarkdown(poll.question) << "\n\n" << s.answered + s.withheld << " answered. ";
      if (s.withheld > 0) {
        md << "Too few answers to show (the privacy threshold is " << state.privacyThreshold << ").\n\n";
        continue;
      }
      for (std::size_t i = 0; i < s.counts.size(); ++i) {
        const std::string label = poll.kind == core::PollKind::Scale
                                      ? std::to_string(poll.scaleMin + static_cast<int>(i))
                                      : escapeMarkdown(poll.options[i]);
        md << (i ? " · " : "") << label << ": " << s.counts[i];
      }
      md << "\n\n";
    }
  };
  r.htmlPlace = 30;
  r.html = [](const core::SessionState& state, std::ostream& h) {
    for (const auto& poll : state.polls) {
      const auto s = core::summarizePoll(poll, state.privacyThreshold);
      h << "<h2>Quick poll: " << escapeHtml(poll.question) << "</h2>";
      if (s.withheld > 0) {
        h << "<p class=\"muted\">" << s.withheld << " answered: too few to show.</p>";
        continue;
      }
      h << "<table><tr><th>Answer</th><th>Count</th></tr>";
      for (std::size_t i = 0; i < s.counts.size(); ++i) {
        const std::string label =
            poll.kind == core::PollKind::Scale ? std::to_string(poll.scaleMin + static_cast<int>(i)) : poll.options[i];
        h << "<tr><td>" << escapeHtml(label) << "</td><td>" << s.counts[i] << "</td></tr>";
      }
      h << "</table>";
    }
  };
  r.csv = [](const core::SessionState& state, std::ostream& out) {
    for (const auto& poll : state.polls) {
      // Each answer's group as it may be shown beside the whole: a small group's rows say "other groups".
      std::vector<std::string> groups;
      for (const auto& [pid, choices] : poll.answers)
        groups.push_back(poll.groupOf(pid));
      const auto shown = core::groupsShown(state.groups, groups, state.privacyThreshold);
      for (const auto& [pid, choices] : poll.answers) {
        std::string answer;
        for (int c : choices) {
          if (!answer.empty()) answer += "; ";
          answer +=
              poll.kind == core::PollKind::Scale ? std::to_string(c) : poll.options.at(static_cast<std::size_t>(c));
        }
        csvRow(out, {"poll", "poll " + std::to_string(poll.number), poll.question, std::to_string(pid),
                     shown.labelOf(poll.groupOf(pid)), answer});
      }
    }
  };
  return r;
}

} // namespace balcony::report
