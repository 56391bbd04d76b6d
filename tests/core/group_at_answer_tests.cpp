// An answer keeps the group it was given in: a participant who changes group afterwards does not
// move their earlier answers (nor lift a small group over the privacy threshold with them).
#include "belief/belief_aggregate.hpp"
#include "difference/difference_summary.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace balcony;
using namespace balcony::core;

namespace {

// A session where participant 1 answers in Health, moves to Police and answers again.
SessionState movedParticipant() {
  return replay({
      {1, SessionCreated{"T", "ABCD", {"Health", "Police"}}},
      {2, PrivacyThresholdSet{1}},
      {3, RoundOpened{1, kDefaultBeliefStatements, 1, 5}},
      {4, PromptAdded{1, "A case", "case", 1, 5, true}},
      {5, PromptShown{1}},
      {6, ParticipantJoined{1, test::token(1), "Health"}},
      {7, BeliefAnswered{1, 1, 0, 5}},
      {8, PromptAnswered{1, 1, 4}},
      {9, NoteAdded{1, 1, 1, "seen from health"}},
      {10, GroupChosen{1, "Police"}},
      {11, BeliefAnswered{1, 1, 1, 2}},
  });
}

const GroupDistribution* groupIn(const std::vector<GroupDistribution>& groups, const std::string& name) {
  const auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.group == name; });
  return it == groups.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("Answers given before a change of group stay in the group they were given in", "[core][groups]") {
  const auto state = movedParticipant();
  REQUIRE(state.participants.at(1).group == "Police");
  const auto summaries = summarizeRound(state, state.rounds.at(0));

  // Belief 1 was answered in Health, belief 2 in Police.
  const auto* health = groupIn(summaries[0].byGroup, "Health");
  REQUIRE(health != nullptr);
  CHECK(health->distribution.answered == 1);
  CHECK(groupIn(summaries[0].byGroup, "Police") == nullptr);
  const auto* police = groupIn(summaries[1].byGroup, "Police");
  REQUIRE(police != nullptr);
  CHECK(police->distribution.answered == 1);
  CHECK(groupIn(summaries[1].byGroup, "Health") == nullptr);

  // The rating and the note on the prompt were given from Health too.
  const auto prompt = summarizePrompt(state, state.prompts.at(0));
  REQUIRE(groupIn(prompt.byGroup, "Health") != nullptr);
  CHECK(groupIn(prompt.byGroup, "Police") == nullptr);
  REQUIRE(prompt.notes.size() == 1);
  CHECK(prompt.notes[0].group == "Health");
  CHECK(prompt.notes[0].notes == std::vector<std::string>{"seen from health"});
}

TEST_CASE("Changing group does not lift a group over the privacy threshold with earlier answers", "[core][groups]") {
  // Two people answer in Health; one moves to Police. With a threshold of 2, Police (one answer
  // given there: none) must not appear, and Health keeps both answers.
  auto state = replay({
      {1, SessionCreated{"T", "ABCD", {"Health", "Police"}}},
      {2, PrivacyThresholdSet{2}},
      {3, RoundOpened{1, kDefaultBeliefStatements, 1, 5}},
      {4, ParticipantJoined{1, test::token(1), "Health"}},
      {5, ParticipantJoined{2, test::token(2), "Health"}},
      {6, BeliefAnswered{1, 1, 0, 5}},
      {7, BeliefAnswered{2, 1, 0, 1}},
      {8, GroupChosen{2, "Police"}},
  });
  const auto summaries = summarizeRound(state, state.rounds.at(0));
  const auto* health = groupIn(summaries[0].byGroup, "Health");
  REQUIRE(health != nullptr);
  CHECK(health->distribution.answered == 2);
  CHECK(groupIn(summaries[0].byGroup, "Police") == nullptr);
}
