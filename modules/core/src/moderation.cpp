// The one answer to "what is hidden", for every view, report and export.
#include "balcony/core/moderation.hpp"

namespace balcony::core {

HiddenTexts hiddenTexts(const SessionState& state) {
  HiddenTexts h;
  for (const auto& prompt : state.prompts) {
    for (const auto& note : prompt.notesGiven) {
      if (!note.hidden) continue;
      h.notes.insert(note.id);
      ++h.leftOut;
    }
  }
  for (const auto& st : state.statements) {
    if (st.status == StatementStatus::Hidden) h.statements.insert(st.id);
  }
  for (const auto& item : state.clarity) {
    if (item.hidden) h.clarityItems.insert(item.id);
  }
  for (const auto& flag : state.flags) {
    if (!flag.words.empty() && !flag.wordsApproved) h.flagWords.insert(flag.id);
  }
  for (const auto& r : state.reflections) {
    if (r.status == ReflectionStatus::Hidden) h.reflections.insert(r.id);
  }
  h.leftOut += static_cast<int>(h.statements.size() + h.clarityItems.size() + h.reflections.size());
  return h;
}

} // namespace balcony::core
