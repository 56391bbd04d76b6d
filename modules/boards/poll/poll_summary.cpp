// A quick poll's figures (poll_summary.hpp).
#include "poll/poll_summary.hpp"

namespace balcony::core {

PollSummary summarizePoll(const Poll& poll) {
  PollSummary s;
  s.answered = static_cast<int>(poll.answers.size());
  if (poll.kind == PollKind::Scale) {
    std::vector<int> values;
    for (const auto& [pid, choices] : poll.answers) {
      if (!choices.empty()) {
        values.push_back(choices.front());
      }
    }
    s.scale = makeDistribution(poll.scaleMin, poll.scaleMax, values);
    s.counts = s.scale.counts;
    return s;
  }
  s.counts.assign(poll.options.size(), 0);
  for (const auto& [pid, choices] : poll.answers) {
    for (int c : choices) {
      if (c >= 0 && static_cast<std::size_t>(c) < s.counts.size()) {
        ++s.counts[static_cast<std::size_t>(c)];
      }
    }
  }
  return s;
}

PollSummary summarizePoll(const Poll& poll, int privacyThreshold) {
  auto s = summarizePoll(poll);
  if (s.answered > 0 && s.answered < privacyThreshold) {
    PollSummary withheld;
    withheld.counts.assign(s.counts.size(), 0);
    withheld.scale = makeDistribution(poll.scaleMin, poll.scaleMax, {});
    withheld.withheld = s.answered;
    return withheld;
  }
  return s;
}

} // namespace balcony::core
