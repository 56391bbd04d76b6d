// Topics and flags on the wire.
#include "topics/topics_wire.hpp"

namespace balcony::net::wire {

ReadResult read(const Fields& f, core::RaiseFlag& out) {
  if (!f.named("kind", out.kind, core::flagKindFromName)) return Fields::bad("kind");
  if (!f.text("words", out.words, core::kMaxFlagWordsLength * 4, false)) return Fields::bad("words");
  return std::nullopt;
}

void writePublic(std::type_identity<core::TopicsBoard>, const core::Snapshot& snapshot, Json& state) {
  const auto* topic = snapshot.state.findTopic(snapshot.state.currentTopic);
  state["topic"] = topic != nullptr ? Json(topic->title) : Json(nullptr);
}

void writeMine(std::type_identity<core::TopicsBoard>, const core::SessionState&, core::ParticipantId, Json&) {}

} // namespace balcony::net::wire
