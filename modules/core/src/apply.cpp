// The fold step: one event changes the state. No validation here; decide() did it before storing.
#include "balcony/core/session_state.hpp"

#include <algorithm>
#include <type_traits>

namespace balcony::core {
namespace {

BeliefRound* findRound(SessionState& state, int number) {
  for (auto& round : state.rounds) {
    if (round.number == number) {
      return &round;
    }
  }
  return nullptr;
}

Poll* findPoll(SessionState& state, int number) {
  for (auto& poll : state.polls) {
    if (poll.number == number) {
      return &poll;
    }
  }
  return nullptr;
}

Prompt* findPromptMut(SessionState& state, int number) {
  return const_cast<Prompt*>(state.findPrompt(number));
}

ParticipantStatement* findStatementMut(SessionState& state, int id) {
  return const_cast<ParticipantStatement*>(state.findStatement(id));
}

Topic* findTopicMut(SessionState& state, int number) {
  return const_cast<Topic*>(state.findTopic(number));
}

ClarityItem* findClarityMut(SessionState& state, int id) {
  return const_cast<ClarityItem*>(state.findClarity(id));
}

} // namespace

void apply(SessionState& state, const Event& event) {
  ++state.eventCount;
  std::visit(
      [&](const auto& e) {
        using T = std::decay_t<decltype(e)>;
        if constexpr (std::is_same_v<T, SessionCreated>) {
          state.created = true;
          state.title = e.title;
          state.roomCode = e.roomCode;
          state.groups = e.groups;
          state.createdAt = event.at;
        } else if constexpr (std::is_same_v<T, ParticipantJoined>) {
          state.participants[e.participant] = Participant{e.participant, e.group, event.at};
          state.participantByToken[e.token] = e.participant;
        } else if constexpr (std::is_same_v<T, GroupChosen>) {
          auto it = state.participants.find(e.participant);
          if (it != state.participants.end()) {
            it->second.group = e.group;
          }
        } else if constexpr (std::is_same_v<T, RoundOpened>) {
          BeliefRound round;
          round.number = e.round;
          round.statements = e.statements;
          state.nextStatements = e.statements;
          round.scaleMin = e.scaleMin;
          round.scaleMax = e.scaleMax;
          round.open = true;
          round.revealed = e.revealed;
          round.openedAt = event.at;
          state.rounds.push_back(std::move(round));
          state.board = Board::Belief;
        } else if constexpr (std::is_same_v<T, RoundClosed>) {
          if (auto* round = findRound(state, e.round)) {
            round->open = false;
            round->closedAt = event.at;
          }
        } else if constexpr (std::is_same_v<T, ResultsRevealed>) {
          if (auto* round = findRound(state, e.round)) {
            round->revealed = true;
          }
        } else if constexpr (std::is_same_v<T, BeliefAnswered>) {
          if (auto* round = findRound(state, e.round)) {
            auto [it, inserted] = round->answers.try_emplace(e.participant);
            if (inserted) {
              it->second.fill(kNoAnswer);
            }
            it->second[static_cast<std::size_t>(e.belief)] = e.value;
          }
        } else if constexpr (std::is_same_v<T, PollOpened>) {
          Poll poll;
          poll.number = e.poll;
          poll.question = e.question;
          poll.kind = e.kind;
          poll.scaleMin = e.scaleMin;
          poll.scaleMax = e.scaleMax;
          poll.options = e.options;
          poll.multiple = e.multiple;
          poll.open = true;
          poll.revealed = e.revealed;
          poll.openedAt = event.at;
          state.polls.push_back(std::move(poll));
          state.board = Board::Poll;
        } else if constexpr (std::is_same_v<T, PollClosed>) {
          if (auto* poll = findPoll(state, e.poll)) {
            poll->open = false;
            poll->closedAt = event.at;
          }
        } else if constexpr (std::is_same_v<T, PollRevealed>) {
          if (auto* poll = findPoll(state, e.poll)) {
            poll->revealed = true;
          }
        } else if constexpr (std::is_same_v<T, PollAnswered>) {
          if (auto* poll = findPoll(state, e.poll)) {
            poll->answers[e.participant] = e.choices;
          }
        } else if constexpr (std::is_same_v<T, BoardShown>) {
          state.board = e.board;
        } else if constexpr (std::is_same_v<T, PrivacyThresholdSet>) {
          state.privacyThreshold = e.threshold;
        } else if constexpr (std::is_same_v<T, PromptAdded>) {
          Prompt prompt;
          prompt.number = e.prompt;
          prompt.text = e.text;
          prompt.kind = e.kind;
          prompt.scaleMin = e.scaleMin;
          prompt.scaleMax = e.scaleMax;
          prompt.notes = e.notes;
          state.prompts.push_back(std::move(prompt));
        } else if constexpr (std::is_same_v<T, PromptShown>) {
          state.currentPrompt = e.prompt;
          state.board = Board::Difference;
        } else if constexpr (std::is_same_v<T, PromptAnswered>) {
          if (auto* prompt = findPromptMut(state, e.prompt)) {
            prompt->ratings[e.participant] = e.rating;
          }
        } else if constexpr (std::is_same_v<T, NoteAdded>) {
          if (auto* prompt = findPromptMut(state, e.prompt)) {
            for (auto& note : prompt->notesGiven) {
              if (note.participant == e.participant) {
                note.replaced = true;
              }
            }
            prompt->notesGiven.push_back(Note{e.note, e.participant, e.text, false, false, event.at});
          }
          state.noteCount = std::max(state.noteCount, e.note);
        } else if constexpr (std::is_same_v<T, NoteHidden>) {
          for (auto& prompt : state.prompts) {
            for (auto& note : prompt.notesGiven) {
              if (note.id == e.note) {
                note.hidden = true;
              }
            }
          }
        } else if constexpr (std::is_same_v<T, StatementSubmitted>) {
          state.statements.push_back(
              ParticipantStatement{e.statement, e.participant, e.text, StatementStatus::Pending, event.at, {}});
        } else if constexpr (std::is_same_v<T, StatementApproved>) {
          if (auto* st = findStatementMut(state, e.statement)) {
            st->status = StatementStatus::Approved;
          }
        } else if constexpr (std::is_same_v<T, StatementHidden>) {
          if (auto* st = findStatementMut(state, e.statement)) {
            st->status = StatementStatus::Hidden;
          }
        } else if constexpr (std::is_same_v<T, StatementVoted>) {
          if (auto* st = findStatementMut(state, e.statement)) {
            st->votes[e.participant] = e.vote;
          }
        } else if constexpr (std::is_same_v<T, TopicAdded>) {
          Topic topic;
          topic.number = e.topic;
          topic.title = e.title;
          topic.budgetMinutes = e.budgetMinutes;
          state.topics.push_back(std::move(topic));
        } else if constexpr (std::is_same_v<T, TopicStarted>) {
          if (auto* current = findTopicMut(state, state.currentTopic)) {
            current->spentMs += std::max<Millis>(0, event.at - current->currentSince);
            state.lastTopic = state.currentTopic;
          }
          state.currentTopic = e.topic;
          if (auto* next = findTopicMut(state, e.topic)) {
            // Coming back to a topic after time on another one is a revisit.
            if (next->visits > 0 && state.lastTopic != e.topic) {
              ++next->revisits;
            }
            ++next->visits;
            next->currentSince = event.at;
            next->visitStarts.push_back(event.at);
          }
        } else if constexpr (std::is_same_v<T, DecisionRecorded>) {
          if (auto* topic = findTopicMut(state, e.topic)) {
            topic->decisions.push_back({e.text, event.at});
          }
        } else if constexpr (std::is_same_v<T, FlagRaised>) {
          state.flags.push_back(Flag{e.flag, e.participant, e.kind, e.words, false, event.at, state.currentTopic});
        } else if constexpr (std::is_same_v<T, FlagWordsApproved>) {
          for (auto& flag : state.flags) {
            if (flag.id == e.flag) flag.wordsApproved = true;
          }
        } else if constexpr (std::is_same_v<T, AlertResolved>) {
          state.resolvedAlerts[e.key] = e.acknowledged;
        } else if constexpr (std::is_same_v<T, SignalSettingsSet>) {
          state.signalSettings = e;
        } else if constexpr (std::is_same_v<T, EndeavourSet>) {
          state.endeavour = e.text;
        } else if constexpr (std::is_same_v<T, ClarityItemAdded>) {
          ClarityItem item;
          item.id = e.item;
          item.fields = e.fields;
          item.status = e.status;
          item.proposedBy = e.proposedBy;
          item.approved = e.proposedBy == 0;
          item.changedAt = event.at;
          state.clarity.push_back(std::move(item));
          state.clarityCount = std::max(state.clarityCount, e.item);
        } else if constexpr (std::is_same_v<T, ClarityItemEdited>) {
          if (auto* item = findClarityMut(state, e.item)) {
            item->fields = e.fields;
            item->changedAt = event.at;
          }
        } else if constexpr (std::is_same_v<T, ClarityStatusSet>) {
          if (auto* item = findClarityMut(state, e.item)) {
            item->status = e.status;
            item->approved = true;
            item->changedAt = event.at;
          }
        } else if constexpr (std::is_same_v<T, ClarityItemApproved>) {
          if (auto* item = findClarityMut(state, e.item)) {
            item->approved = true;
          }
        } else if constexpr (std::is_same_v<T, ClarityItemHidden>) {
          if (auto* item = findClarityMut(state, e.item)) {
            item->hidden = true;
            item->energy.clear(); // energy on a hidden item goes back to the participants
          }
        } else if constexpr (std::is_same_v<T, ClarityItemMoved>) {
          auto it = std::find_if(state.clarity.begin(), state.clarity.end(),
                                 [&](const ClarityItem& c) { return c.id == e.item; });
          if (it != state.clarity.end()) {
            ClarityItem moved = std::move(*it);
            state.clarity.erase(it);
            const auto pos =
                std::clamp<std::size_t>(static_cast<std::size_t>(std::max(0, e.position)), 0, state.clarity.size());
            state.clarity.insert(state.clarity.begin() + static_cast<std::ptrdiff_t>(pos), std::move(moved));
          }
        } else if constexpr (std::is_same_v<T, EnergyVoted>) {
          if (auto* item = findClarityMut(state, e.item)) {
            if (e.on) {
              item->energy.insert(e.participant);
            } else {
              item->energy.erase(e.participant);
            }
          }
        } else if constexpr (std::is_same_v<T, EnergyBudgetSet>) {
          state.energyBudget = e.votes;
        } else if constexpr (std::is_same_v<T, SessionRetitled>) {
          state.title = e.title;
        } else if constexpr (std::is_same_v<T, GroupsSet>) {
          state.groups = e.groups;
        } else if constexpr (std::is_same_v<T, BeliefStatementsSet>) {
          state.nextStatements = e.statements;
        } else if constexpr (std::is_same_v<T, JoiningLocked>) {
          state.joiningLocked = e.locked;
        }
      },
      event.body);
}

} // namespace balcony::core
