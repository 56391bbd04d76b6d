// Checks of events read back from a file or a damaged database, before the first replay trusts them.
#include "balcony/store/event_codec.hpp"

#include "balcony/store/store.hpp"

#include <string>
#include <type_traits>

namespace balcony::store {

// An event log from a file (or a damaged database) was not written by decide(), and apply() and the
// reports trust every event they fold: values that index, size or multiply are checked here,
// before the first replay.
void checkEvent(const core::SessionState& state, const core::Event& event) {
  constexpr core::Millis kLatest = 253'402'300'799'999; // the last millisecond of the year 9999
  auto refuse = [](const std::string& why) { throw StoreError("Damaged event log: " + why); };
  auto scale = [&](int lo, int hi) {
    if (lo < -1000 || hi > 1000 || lo >= hi) refuse("a scale must run upwards within -1000 to 1000");
  };
  if (event.at < 0 || event.at > kLatest) refuse("a time out of range");
  std::visit(
      [&](const auto& e) {
        using T = std::decay_t<decltype(e)>;
        if constexpr (std::is_same_v<T, core::RoundOpened> || std::is_same_v<T, core::PromptAdded>) {
          scale(e.scaleMin, e.scaleMax);
        } else if constexpr (std::is_same_v<T, core::PollOpened>) {
          if (e.kind == core::PollKind::Scale) scale(e.scaleMin, e.scaleMax); // an options poll has no scale
        }
        if constexpr (std::is_same_v<T, core::BeliefAnswered>) {
          if (e.belief < 0 || static_cast<std::size_t>(e.belief) >= core::kBeliefCount) refuse("an unknown belief");
        } else if constexpr (std::is_same_v<T, core::PollAnswered>) {
          for (const auto& poll : state.polls) {
            if (poll.number != e.poll || poll.kind != core::PollKind::Options) continue;
            for (int c : e.choices) {
              if (c < 0 || static_cast<std::size_t>(c) >= poll.options.size()) refuse("a poll choice out of range");
            }
          }
        } else if constexpr (std::is_same_v<T, core::NoteAdded>) {
          // Numbered in order, as decide() numbers them: two notes with one number could not be
          // told apart, and hiding one would leave the other's words in every export.
          if (e.note <= state.noteCount) refuse("a note numbered out of order");
        } else if constexpr (std::is_same_v<T, core::NoteEdited>) {
          const auto* prompt = state.findPrompt(e.prompt);
          const auto* note = prompt != nullptr ? prompt->noteOf(e.participant) : nullptr;
          if (note == nullptr || note->id != e.note) refuse("an edit of a note that is not its writer's");
        } else if constexpr (std::is_same_v<T, core::TopicAdded>) {
          if (e.budgetMinutes < 0 || e.budgetMinutes > 100'000) refuse("a topic budget out of range");
        } else if constexpr (std::is_same_v<T, core::SignalSettingsSet>) {
          for (int v : {e.revisitLimit, e.overtimePercent, e.flagSharePercent, e.flagWindowMinutes,
                        e.flagLifetimeMinutes, e.flagCooldownSeconds}) {
            if (v < 0 || v > 100'000) refuse("a signal setting out of range");
          }
        }
      },
      event.body);
}

} // namespace balcony::store
