// Reflection: what opening a round, sharing, approving and hiding allow (decide) and change (apply).
#include "reflection/reflection_domain.hpp"

#include "balcony/core/rule_helpers.hpp"

#include <algorithm>

namespace balcony::core {

using namespace rules;

std::vector<std::string> reflectionQuestions(ReflectionStage stage) {
  // The paper's questions for each stage of the cycle ("Systems Leadership: Ways of Learning").
  switch (stage) {
  case ReflectionStage::Experience:
    return {"What am I feeling right now?",
            "What can I see and hear?",
            "How can I make sense of this: what patterns can I see?",
            "What is happening to relationships?",
            "Who is doing what?",
            "What is the mood or essence of what is going on?"};
  case ReflectionStage::Observation:
    return {"What else, outside the moment of action, do I feel?",
            "What else, now I have time to reflect, do I notice?", "What am I learning about the way the system works?",
            "How are relationships developing and changing?", "What has been the impact of actions so far?"};
  case ReflectionStage::SenseMaking:
    return {"What is causing these feelings?",
            "What are the system drivers and pressures, and how do they impact?",
            "What keeps repeating?",
            "What patterns can I see in how people respond, and how this changes relationships?",
            "What assumptions am I carrying? Where do I get stuck?",
            "What needs to shift, and how do I or others need to be to enable it?"};
  case ReflectionStage::Planning:
    return {"What do I want to happen next?", "What would be good ways to make that happen?",
            "How do we break or disturb systems pressures or cycles?",
            "What could happen that would make a difference?", "What is my role in this?"};
  }
  return {};
}

const ReflectionRound* ReflectionState::findReflectionRound(int number) const {
  for (const auto& r : reflectionRounds) {
    if (r.number == number) return &r;
  }
  return nullptr;
}

const SharedReflection* ReflectionState::findReflection(int id) const {
  return id >= 1 && id <= static_cast<int>(reflections.size()) ? &reflections[static_cast<std::size_t>(id - 1)]
                                                               : nullptr;
}

std::vector<const SharedReflection*> ReflectionState::approvedReflections(int round) const {
  std::vector<const SharedReflection*> out;
  for (const auto& r : reflections) {
    if (r.status == ReflectionStatus::Approved && (round == 0 || r.round == round)) out.push_back(&r);
  }
  return out;
}

std::size_t ReflectionState::waitingReflections() const {
  return static_cast<std::size_t>(std::count_if(reflections.begin(), reflections.end(), [](const SharedReflection& r) {
    return r.status == ReflectionStatus::Pending;
  }));
}

std::vector<Dimension> untouchedDimensions(const ReflectionState& state) {
  std::vector<Dimension> out;
  const auto approved = state.approvedReflections();
  for (const auto d : kDimensions) {
    if (std::none_of(approved.begin(), approved.end(), [&](const SharedReflection* r) { return r->dimension == d; })) {
      out.push_back(d);
    }
  }
  return out;
}

Decision decideCommand(const SessionState& state, const ShareReflection& c, Millis) {
  const auto* p = participant(state, c.token);
  if (p == nullptr) return notJoined();
  const auto* round = state.reflectionRound();
  if (round == nullptr || !round->open) {
    return fail(ErrorCode::NotOpen, "Reflection is not open just now. Your words stay on your phone.");
  }
  if (!validText(c.text, kMaxReflectionLength)) {
    return fail(ErrorCode::BadRequest, "A reflection to share needs between 1 and 500 characters.");
  }
  if (static_cast<int>(c.dimension) < 0 || static_cast<int>(c.dimension) > kDimensionCount) {
    return fail(ErrorCode::BadRequest, "That is not one of the six dimensions.");
  }
  std::size_t waiting = 0;
  std::size_t shared = 0;
  for (const auto& r : state.reflections) {
    if (r.author != p->id) continue;
    if (r.round == round->number && r.text == c.text) return nothingFor(p->id); // sent again after a reconnect
    waiting += r.status == ReflectionStatus::Pending ? 1 : 0;
    ++shared;
  }
  if (shared >= kMaxReflectionsPerParticipant) {
    return fail(ErrorCode::Conflict,
                "You have shared twenty reflections in this session: thank you, that is the most.");
  }
  if (waiting >= kMaxPendingReflectionsPerParticipant) {
    return fail(ErrorCode::Conflict, "You have three reflections waiting for the facilitator. Please wait a moment.");
  }
  auto d = eventIf(true, ReflectionShared{static_cast<int>(state.reflections.size()) + 1, round->number, p->id, c.text,
                                          c.dimension});
  d.participant = p->id;
  return d;
}

Decision decideCommand(const SessionState& state, const OpenReflection& c, Millis) {
  if (static_cast<int>(c.stage) < 0 || static_cast<int>(c.stage) >= kReflectionStageCount) {
    return fail(ErrorCode::BadRequest, "That is not a stage of the learning cycle.");
  }
  if (static_cast<int>(c.lens) < 0 || static_cast<int>(c.lens) > kLensCount) {
    return fail(ErrorCode::BadRequest, "That is not one of the lenses.");
  }
  std::vector<std::string> questions;
  for (const auto& q : c.questions) {
    if (isBlank(q) || q.empty()) continue; // an empty line of the editor
    if (q.size() > kMaxReflectionQuestionLength) {
      return fail(ErrorCode::BadRequest, "A question can be at most 200 characters.");
    }
    questions.push_back(q);
  }
  if (questions.empty()) questions = reflectionQuestions(c.stage);
  if (questions.size() > kMaxReflectionQuestions) {
    return fail(ErrorCode::BadRequest, "Ask at most six questions at a time.");
  }
  Decision d;
  if (const auto* open = state.reflectionRound(); open != nullptr && open->open) {
    d.events.emplace_back(ReflectionClosed{open->number});
  }
  d.events.emplace_back(
      ReflectionOpened{static_cast<int>(state.reflectionRounds.size()) + 1, c.stage, std::move(questions), c.lens});
  return d;
}

Decision decideCommand(const SessionState& state, const CloseReflection&, Millis) {
  const auto* round = state.reflectionRound();
  if (round == nullptr) return fail(ErrorCode::NotOpen, "No reflection has been opened.");
  return eventIf(round->open, ReflectionClosed{round->number});
}

Decision decideCommand(const SessionState& state, const ApproveReflection& c, Millis) {
  const auto* r = state.findReflection(c.reflection);
  if (r == nullptr) return fail(ErrorCode::BadRequest, "There is no such reflection.");
  return eventIf(r->status != ReflectionStatus::Approved, ReflectionApproved{c.reflection});
}

Decision decideCommand(const SessionState& state, const HideReflection& c, Millis) {
  const auto* r = state.findReflection(c.reflection);
  if (r == nullptr) return fail(ErrorCode::BadRequest, "There is no such reflection.");
  return eventIf(r->status != ReflectionStatus::Hidden, ReflectionHidden{c.reflection});
}

void applyEvent(SessionState& state, const ReflectionOpened& e, Millis at) {
  state.reflectionRounds.push_back({e.round, e.stage, e.questions, e.lens, true, at});
  state.currentReflection = e.round;
}

void applyEvent(SessionState& state, const ReflectionClosed& e, Millis) {
  for (auto& r : state.reflectionRounds) {
    if (r.number == e.round) r.open = false;
  }
}

void applyEvent(SessionState& state, const ReflectionShared& e, Millis at) {
  const auto* round = state.findReflectionRound(e.round);
  state.reflections.push_back({e.reflection, e.round, round != nullptr ? round->stage : ReflectionStage::Experience,
                               e.participant, state.groupOf(e.participant), e.text, e.dimension,
                               ReflectionStatus::Pending, at});
}

void applyEvent(SessionState& state, const ReflectionApproved& e, Millis) {
  if (e.reflection >= 1 && e.reflection <= static_cast<int>(state.reflections.size())) {
    state.reflections[static_cast<std::size_t>(e.reflection - 1)].status = ReflectionStatus::Approved;
  }
}

void applyEvent(SessionState& state, const ReflectionHidden& e, Millis) {
  if (e.reflection >= 1 && e.reflection <= static_cast<int>(state.reflections.size())) {
    state.reflections[static_cast<std::size_t>(e.reflection - 1)].status = ReflectionStatus::Hidden;
  }
}

} // namespace balcony::core
