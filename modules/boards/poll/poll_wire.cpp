// Quick poll on the wire: an answer read from a phone, the poll as every phone sees it.
#include "poll/poll_wire.hpp"

#include "poll/poll_summary.hpp"

namespace balcony::net::wire {

ReadResult read(const Fields& f, core::AnswerPoll& out) {
  if (!f.integer("poll", out.poll, 1, kMaxNumber)) return Fields::bad("poll");
  if (!f.integers("choices", out.choices, core::kMaxPollOptions, -kMaxScaleValue, kMaxScaleValue)) {
    return Fields::bad("choices");
  }
  return std::nullopt;
}

void writePublic(std::type_identity<core::PollBoard>, const core::Snapshot& snapshot, Json& state) {
  const auto* poll = snapshot.state.currentPoll();
  if (poll == nullptr) {
    state["poll"] = nullptr;
    return;
  }
  Json p = {{"number", poll->number},          {"question", poll->question},  {"kind", core::pollKindName(poll->kind)},
            {"scale_min", poll->scaleMin},     {"scale_max", poll->scaleMax}, {"options", poll->options},
            {"multiple", poll->multiple},      {"open", poll->open},          {"revealed", poll->revealed},
            {"answered", poll->answers.size()}};
  if (poll->revealed) {
    const auto summary = core::summarizePoll(*poll, snapshot.state.privacyThreshold);
    p["results"] = {{"counts", summary.counts}, {"answered", summary.answered}, {"withheld", summary.withheld}};
    if (poll->kind == core::PollKind::Scale) {
      p["results"]["median"] = summary.scale.median;
      p["results"]["mean"] = summary.scale.mean;
    }
  }
  state["poll"] = std::move(p);
}

void writeMine(std::type_identity<core::PollBoard>, const core::SessionState& state, core::ParticipantId participant,
               Json& welcome) {
  Json mine = nullptr;
  if (const auto* poll = state.currentPoll()) {
    auto it = poll->answers.find(participant);
    if (it != poll->answers.end()) {
      mine = {{"poll", poll->number}, {"choices", it->second}};
    }
  }
  welcome["mine_poll"] = std::move(mine);
}

} // namespace balcony::net::wire
