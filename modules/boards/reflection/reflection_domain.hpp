// Reflection, the board's domain part: the room reflects at one stage of Kolb's learning cycle,
// with the paper's questions for that stage. Each participant writes privately on their phone
// first; only what they choose to share reaches Balcony, anonymously, and waits for the
// facilitator like a statement. A shared reflection may say which of the six dimensions of systems
// leadership it touches, and the board shows the dimensions the room has not touched yet.
// Std only; compiled into core.
#pragma once

#include "balcony/core/type_list.hpp"
#include "balcony/core/types.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace balcony::core {

struct SessionState;
struct Decision;

inline constexpr std::size_t kMaxReflectionLength = 500;
inline constexpr std::size_t kMaxReflectionQuestionLength = 200;
inline constexpr std::size_t kMaxReflectionQuestions = 6; // a few at a time
inline constexpr std::size_t kMaxPendingReflectionsPerParticipant = 3;
inline constexpr std::size_t kMaxReflectionsPerParticipant = 20;

// The four stages of the learning cycle.
enum class ReflectionStage { Experience, Observation, SenseMaking, Planning };
inline constexpr int kReflectionStageCount = 4;

constexpr std::string_view reflectionStageName(ReflectionStage s) {
  switch (s) {
  case ReflectionStage::Experience: return "experience";
  case ReflectionStage::Observation: return "observation";
  case ReflectionStage::SenseMaking: return "sense-making";
  case ReflectionStage::Planning: return "planning";
  }
  return "experience";
}
constexpr std::optional<ReflectionStage> reflectionStageFromName(std::string_view name) {
  for (int i = 0; i < kReflectionStageCount; ++i) {
    if (reflectionStageName(static_cast<ReflectionStage>(i)) == name) return static_cast<ReflectionStage>(i);
  }
  return std::nullopt;
}
// As the room reads it.
constexpr std::string_view reflectionStageTitle(ReflectionStage s) {
  switch (s) {
  case ReflectionStage::Experience: return "Concrete experience: in the moment";
  case ReflectionStage::Observation: return "Observation and reflection";
  case ReflectionStage::SenseMaking: return "Conceptualisation: sense making";
  case ReflectionStage::Planning: return "Planning";
  }
  return "";
}

// The six dimensions of systems leadership; None: the participant did not say.
enum class Dimension { None, Feeling, Perceiving, Thinking, Relating, Doing, Being };
inline constexpr int kDimensionCount = 6; // Feeling .. Being

constexpr std::string_view dimensionName(Dimension d) {
  switch (d) {
  case Dimension::None: return "none";
  case Dimension::Feeling: return "feeling";
  case Dimension::Perceiving: return "perceiving";
  case Dimension::Thinking: return "thinking";
  case Dimension::Relating: return "relating";
  case Dimension::Doing: return "doing";
  case Dimension::Being: return "being";
  }
  return "none";
}
constexpr std::optional<Dimension> dimensionFromName(std::string_view name) {
  for (int i = 0; i <= kDimensionCount; ++i) {
    if (dimensionName(static_cast<Dimension>(i)) == name) return static_cast<Dimension>(i);
  }
  return std::nullopt;
}
constexpr std::array<Dimension, kDimensionCount> kDimensions = {Dimension::Feeling,  Dimension::Perceiving,
                                                                Dimension::Thinking, Dimension::Relating,
                                                                Dimension::Doing,    Dimension::Being};

// The characters to reflect as, from the paper (Mary Fillmore); None: no lens this round.
enum class Lens { None, Biographer, Historian, AerialPhotographer, StoryTeller, Sage };
inline constexpr int kLensCount = 5;

constexpr std::string_view lensName(Lens l) {
  switch (l) {
  case Lens::None: return "none";
  case Lens::Biographer: return "biographer";
  case Lens::Historian: return "historian";
  case Lens::AerialPhotographer: return "aerial photographer";
  case Lens::StoryTeller: return "story-teller";
  case Lens::Sage: return "sage";
  }
  return "none";
}
constexpr std::optional<Lens> lensFromName(std::string_view name) {
  for (int i = 0; i <= kLensCount; ++i) {
    if (lensName(static_cast<Lens>(i)) == name) return static_cast<Lens>(i);
  }
  return std::nullopt;
}
// The lens's one-line prompt, shown on the phones.
constexpr std::string_view lensPrompt(Lens l) {
  switch (l) {
  case Lens::None: return "";
  case Lens::Biographer: return "As the biographer: what does this tell me about me?";
  case Lens::Historian: return "As the historian: how did this start, and what does it mean in the sweep of things?";
  case Lens::AerialPhotographer: return "As the aerial photographer: how does this link to the bigger picture?";
  case Lens::StoryTeller: return "As the story-teller: what is the story here?";
  case Lens::Sage: return "As the sage: what is the learning?";
  }
  return "";
}

// The paper's questions for a stage: the starting set the facilitator edits.
std::vector<std::string> reflectionQuestions(ReflectionStage stage);

enum class ReflectionStatus { Pending, Approved, Hidden };

// Events.
struct ReflectionOpened {
  int round = 0;
  ReflectionStage stage = ReflectionStage::Experience;
  std::vector<std::string> questions;
  Lens lens = Lens::None;
};

struct ReflectionClosed {
  int round = 0;
};

// A participant's reflection, shared to the room: the only words of theirs that Balcony keeps.
struct ReflectionShared {
  int reflection = 0;
  int round = 0;
  ParticipantId participant = 0; // never shown
  std::string text;
  Dimension dimension = Dimension::None;
};

struct ReflectionApproved {
  int reflection = 0;
};

struct ReflectionHidden {
  int reflection = 0;
};

// Participant commands.
struct ShareReflection {
  std::string token;
  std::string text;
  Dimension dimension = Dimension::None;
};

// Facilitator commands.
struct OpenReflection {
  ReflectionStage stage = ReflectionStage::Experience;
  std::vector<std::string> questions; // empty: the paper's for the stage
  Lens lens = Lens::None;
};

struct CloseReflection {};

struct ApproveReflection {
  int reflection = 0;
};

struct HideReflection {
  int reflection = 0;
};

// State.
struct ReflectionRound {
  int number = 0;
  ReflectionStage stage = ReflectionStage::Experience;
  std::vector<std::string> questions;
  Lens lens = Lens::None;
  bool open = true;
  Millis openedAt = 0;
};

struct SharedReflection {
  int id = 0;
  int round = 0;
  ReflectionStage stage = ReflectionStage::Experience;
  ParticipantId author = 0; // never shown
  std::string group;        // the author's group when it was shared
  std::string text;
  Dimension dimension = Dimension::None;
  ReflectionStatus status = ReflectionStatus::Pending;
  Millis sharedAt = 0;
};

struct ReflectionState {
  std::vector<ReflectionRound> reflectionRounds;
  int currentReflection = 0; // the round on show, 0: none yet
  std::vector<SharedReflection> reflections;

  const ReflectionRound* findReflectionRound(int number) const;
  const SharedReflection* findReflection(int id) const;
  const ReflectionRound* reflectionRound() const { return findReflectionRound(currentReflection); }
  // Approved reflections of a round (0: of every round), in the order shared.
  std::vector<const SharedReflection*> approvedReflections(int round = 0) const;
  std::size_t waitingReflections() const;
};

// The dimensions no approved reflection of the session has touched (in the order of kDimensions).
std::vector<Dimension> untouchedDimensions(const ReflectionState& state);

struct ReflectionBoard {
  static constexpr Board kBoard = Board::Reflection;
  static constexpr std::string_view kName = "reflection"; // in stored events and on the wire: never renamed
  using Events = TypeList<ReflectionOpened, ReflectionClosed, ReflectionShared, ReflectionApproved, ReflectionHidden>;
  using ParticipantCommands = TypeList<ShareReflection>;
  using FacilitatorCommands = TypeList<OpenReflection, CloseReflection, ApproveReflection, HideReflection>;
  using State = ReflectionState;
};

Decision decideCommand(const SessionState& state, const ShareReflection& c, Millis now);
Decision decideCommand(const SessionState& state, const OpenReflection& c, Millis now);
Decision decideCommand(const SessionState& state, const CloseReflection& c, Millis now);
Decision decideCommand(const SessionState& state, const ApproveReflection& c, Millis now);
Decision decideCommand(const SessionState& state, const HideReflection& c, Millis now);

void applyEvent(SessionState& state, const ReflectionOpened& e, Millis at);
void applyEvent(SessionState& state, const ReflectionClosed& e, Millis at);
void applyEvent(SessionState& state, const ReflectionShared& e, Millis at);
void applyEvent(SessionState& state, const ReflectionApproved& e, Millis at);
void applyEvent(SessionState& state, const ReflectionHidden& e, Millis at);

} // namespace balcony::core
