// Reflection on the wire. Lengths are checked in bytes here at four times the limit (a character
// can take four); core checks the real limit on the cleaned text.
#include "reflection/reflection_wire.hpp"

namespace balcony::net::wire {

ReadResult read(const Fields& f, core::ShareReflection& out) {
  if (!f.text("text", out.text, core::kMaxReflectionLength * 4, true)) return Fields::bad("text");
  std::string dimension;
  if (!f.string("dimension", dimension, 32, false)) return Fields::bad("dimension");
  if (dimension.empty()) {
    out.dimension = core::Dimension::None;
  } else if (const auto d = core::dimensionFromName(dimension)) {
    out.dimension = *d;
  } else {
    return Fields::bad("dimension");
  }
  return std::nullopt;
}

void writePublic(std::type_identity<core::ReflectionBoard>, const core::Snapshot& snapshot, Json& state) {
  const auto& s = snapshot.state;
  Json r = {{"round", nullptr}, {"shared", Json::array()}};
  if (const auto* round = s.reflectionRound()) {
    r["round"] = {{"number", round->number},
                  {"stage", core::reflectionStageName(round->stage)},
                  {"title", core::reflectionStageTitle(round->stage)},
                  {"questions", round->questions},
                  {"lens", core::lensName(round->lens)},
                  {"lens_prompt", core::lensPrompt(round->lens)},
                  {"open", round->open}};
    for (const auto* shared : s.approvedReflections(round->number)) {
      r["shared"].push_back(
          {{"id", shared->id}, {"text", shared->text}, {"dimension", core::dimensionName(shared->dimension)}});
    }
  }
  state["reflection"] = std::move(r);
}

void writeMine(std::type_identity<core::ReflectionBoard>, const core::SessionState& state,
               core::ParticipantId participant, Json& welcome) {
  Json mine = Json::array();
  for (const auto& r : state.reflections) {
    if (r.author != participant || r.round != state.currentReflection) continue;
    mine.push_back({{"id", r.id},
                    {"text", r.text},
                    {"dimension", core::dimensionName(r.dimension)},
                    {"status", r.status == core::ReflectionStatus::Pending    ? "waiting"
                               : r.status == core::ReflectionStatus::Approved ? "shared"
                                                                              : "not shown"}});
  }
  welcome["mine_reflections"] = std::move(mine);
}

} // namespace balcony::net::wire
