// Belief check on the wire: an answer read from a phone, the round as every phone sees it.
#include "belief/belief_wire.hpp"

#include "belief/belief_aggregate.hpp"

namespace balcony::net::wire {

ReadResult read(const Fields& f, core::AnswerBelief& out) {
  if (!f.integer("round", out.round, 1, kMaxNumber)) return Fields::bad("round");
  if (!f.integer("belief", out.belief, 0, 100)) return Fields::bad("belief");
  if (!f.integer("value", out.value, -kMaxScaleValue, kMaxScaleValue)) return Fields::bad("value");
  return std::nullopt;
}

void writePublic(std::type_identity<core::BeliefBoard>, const core::Snapshot& snapshot, Json& state) {
  const auto* round = snapshot.state.currentRound();
  if (round == nullptr) {
    state["round"] = nullptr;
    return;
  }
  Json r = {{"number", round->number},          {"open", round->open},          {"revealed", round->revealed},
            {"statements", round->statements},  {"scale_min", round->scaleMin}, {"scale_max", round->scaleMax},
            {"answered", round->answers.size()}};
  if (round->revealed) {
    Json results = Json::array();
    for (const auto& summary : core::summarizeRound(snapshot.state, *round)) {
      results.push_back({{"counts", summary.overall.counts},
                         {"answered", summary.overall.answered},
                         {"withheld", summary.overall.withheld},
                         {"median", summary.overall.median},
                         {"mean", summary.overall.mean}});
    }
    r["results"] = std::move(results);
  }
  state["round"] = std::move(r);
}

void writeMine(std::type_identity<core::BeliefBoard>, const core::SessionState& state, core::ParticipantId participant,
               Json& welcome) {
  Json mine = nullptr;
  if (const auto* round = state.currentRound()) {
    auto it = round->answers.find(participant);
    if (it != round->answers.end()) {
      mine = {{"round", round->number}, {"answers", it->second}};
    }
  }
  welcome["mine"] = std::move(mine);
}

} // namespace balcony::net::wire
