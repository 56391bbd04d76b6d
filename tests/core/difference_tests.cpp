// Difference surfacing: the divergence score on constructed cases, notes by perspective with
// moderation, and the life of a participant statement.
#include "core/run_command.hpp"
#include "difference/difference_summary.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace balcony;
using namespace balcony::core;
using balcony::test::run;

namespace {

GroupDistribution group(std::string name, std::vector<int> values) {
  return {std::move(name), makeDistribution(1, 5, values)};
}

// A session with a prompt shown, and participants given as (group, rating).
SessionState ratedPrompt(const std::vector<std::pair<std::string, int>>& ratings) {
  SessionState state;
  run(state, CreateSession{"T", "ABCD", {"Health", "Police", "Schools", "Social care"}});
  run(state, AddPrompt{"A 14-year-old missing from school three times this month", "case", 1, 5, true});
  run(state, ShowPrompt{1});
  int i = 1;
  for (const auto& [g, rating] : ratings) {
    run(state, Join{"ABCD", test::token(i), g});
    REQUIRE_FALSE(run(state, AnswerPrompt{test::token(i), 1, rating, ""}).error);
    ++i;
  }
  return state;
}

} // namespace

TEST_CASE("Divergence is high when groups agree inside but disagree with each other", "[core][difference]") {
  SECTION("two groups, each unanimous, at opposite ends: the maximum") {
    const auto d = divergence({group("Health", {5, 5, 5}), group("Police", {1, 1, 1})}, 1, 5);
    REQUIRE(d);
    CHECK(*d == Approx(1.0));
  }
  SECTION("everyone split the same way: the groups agree with each other") {
    const auto d = divergence({group("Health", {1, 5, 1, 5}), group("Police", {5, 1, 5, 1})}, 1, 5);
    REQUIRE(d);
    CHECK(*d == Approx(0.0));
  }
  SECTION("one group only: nothing to compare") {
    CHECK_FALSE(divergence({group("Health", {1, 5, 3})}, 1, 5));
    CHECK_FALSE(divergence({}, 1, 5));
  }
  SECTION("a one-point difference between two groups on 1-5") {
    const auto d = divergence({group("Health", {4, 4}), group("Police", {3, 3})}, 1, 5);
    REQUIRE(d);
    CHECK(*d == Approx(0.25)); // between-group SD 0.5 over half the range, 2
  }
  SECTION("group sizes weigh in: one outlying small group moves it less") {
    const auto big = divergence({group("Health", {5, 5, 5, 5, 5, 5}), group("Police", {1, 1, 1})}, 1, 5);
    const auto even = divergence({group("Health", {5, 5, 5}), group("Police", {1, 1, 1})}, 1, 5);
    REQUIRE(big);
    CHECK(*big < *even);
  }
}

TEST_CASE("Prompts are ranked most divided first, with common ground found", "[core][difference]") {
  auto state = ratedPrompt({{"Health", 5}, {"Health", 5}, {"Health", 4}, {"Police", 1}, {"Police", 2}, {"Police", 1}});
  run(state, AddPrompt{"Information sharing works well between agencies", "statement", 1, 5, false});
  run(state, ShowPrompt{2});
  for (int i = 1; i <= 6; ++i) {
    run(state, AnswerPrompt{test::token(i), 2, 2, ""});
  }
  run(state, AddPrompt{"Nobody has answered this", "risk", 1, 5, true});
  const auto ranked = rankPrompts(state);
  REQUIRE(ranked.size() == 2); // the unanswered prompt is not ranked
  CHECK(ranked[0].prompt == 1);
  CHECK(*ranked[0].divergence > 0.7);
  CHECK_FALSE(ranked[0].commonGround());
  CHECK(ranked[1].prompt == 2);
  CHECK(*ranked[1].divergence == Approx(0.0));
  CHECK(ranked[1].commonGround());
}

TEST_CASE("Answers go to the prompt that is showing: ratings and notes can change", "[core][difference]") {
  auto state = ratedPrompt({{"Health", 4}});
  const auto t = test::token(1);
  CHECK(run(state, AnswerPrompt{t, 2, 3, ""}).error->code == ErrorCode::NotOpen);
  CHECK(run(state, AnswerPrompt{t, 1, 9, ""}).error->code == ErrorCode::BadRequest);
  CHECK(run(state, AnswerPrompt{t, 1, 4, std::string(281, 'x')}).error);
  CHECK(run(state, AnswerPrompt{t, 1, 4, ""}).events.empty());
  const auto d = run(state, AnswerPrompt{t, 1, 2, "From A&E we see him at 2am, never the daytime picture"});
  CHECK(d.events.size() == 2);
  CHECK(state.prompts[0].ratings.at(1) == 2);
  run(state, AnswerPrompt{t, 1, 2, "Seen from A&E at night"});
  const auto s = summarizePrompt(state, state.prompts[0]);
  REQUIRE(s.notes.size() == 1);
  CHECK(s.notes[0].notes == std::vector<std::string>{"Seen from A&E at night"}); // the newer note only

  run(state, AddPrompt{"Ratings only", "risk", 1, 5, false});
  run(state, ShowPrompt{2});
  CHECK(run(state, AnswerPrompt{t, 2, 3, "a note"}).error);
  CHECK_FALSE(run(state, AnswerPrompt{t, 2, 3, ""}).error);
}

TEST_CASE("Notes are grouped by perspective: small groups and hidden notes are never shown",
          "[core][difference][privacy]") {
  auto state =
      ratedPrompt({{"Health", 4}, {"Health", 5}, {"Health", 4}, {"Police", 2}, {"Schools", 3}, {"Social care", 2}});
  run(state, AnswerPrompt{test::token(1), 1, 4, "He is known to CAMHS"});
  run(state, AnswerPrompt{test::token(4), 1, 2, "Three missing reports, no crime"});
  run(state, AnswerPrompt{test::token(5), 1, 3, "Attendance 60%"});
  run(state, AnswerPrompt{test::token(6), 1, 2, "Offensive words about a named family"});
  auto s = summarizePrompt(state, state.prompts[0]);
  REQUIRE(s.byGroup.size() == 2);
  CHECK(s.byGroup[0].group == "Health");
  CHECK(s.byGroup[1].group == kOtherGroups); // police, schools and social care: one each
  REQUIRE(s.notes.size() == 2);
  CHECK(s.notes[0].group == "Health");
  CHECK(s.notes[1].group == kOtherGroups);
  CHECK(s.notes[1].notes.size() == 3);

  const int offensive = state.prompts[0].notesGiven.back().id;
  REQUIRE_FALSE(run(state, HideNote{offensive}).error);
  CHECK(run(state, HideNote{offensive}).events.empty());
  CHECK(run(state, HideNote{999}).error);
  s = summarizePrompt(state, state.prompts[0]);
  CHECK(s.hiddenNotes == 1);
  for (const auto& g : s.notes) {
    for (const auto& n : g.notes) {
      CHECK(n.find("Offensive") == std::string::npos);
    }
  }
}

TEST_CASE("A participant statement is pending, then approved or hidden, then voted on", "[core][statements]") {
  auto state = ratedPrompt({{"Health", 4}, {"Health", 4}, {"Health", 4}, {"Police", 2}, {"Police", 2}, {"Police", 2}});
  const auto author = test::token(1);
  CHECK(run(state, SubmitStatement{author, "  "}).error);
  CHECK(run(state, SubmitStatement{author, std::string(201, 'x')}).error);
  REQUIRE_FALSE(run(state, SubmitStatement{author, "We should share one chronology"}).error);
  CHECK(run(state, SubmitStatement{author, "We should share one chronology"}).events.empty());
  CHECK(state.statements[0].status == StatementStatus::Pending);
  CHECK(summarizeStatements(state).empty()); // not before approval
  CHECK(run(state, VoteStatement{test::token(2), 1, Vote::Agree}).error->code == ErrorCode::NotOpen);

  SECTION("approved: everyone votes; the board shows agreement per group") {
    REQUIRE_FALSE(run(state, ApproveStatement{1}).error);
    for (int i = 1; i <= 6; ++i) {
      run(state, VoteStatement{test::token(i), 1, i <= 3 ? Vote::Agree : Vote::Disagree});
    }
    run(state, VoteStatement{test::token(6), 1, Vote::Pass}); // changed to pass
    const auto s = summarizeStatements(state);
    REQUIRE(s.size() == 1);
    CHECK(s[0].overall.agree == 3);
    CHECK(s[0].overall.disagree == 2);
    CHECK(s[0].overall.pass == 1);
    REQUIRE(s[0].byGroup.size() == 2);
    CHECK(s[0].byGroup[0].share() == Approx(1.0));
    CHECK(s[0].byGroup[1].share() == Approx(0.0));
    CHECK(*s[0].dividing == Approx(1.0));
    CHECK(s[0].uniting == Approx(0.0));
  }
  SECTION("hidden: gone from the board and never counted, until the facilitator undoes it") {
    REQUIRE_FALSE(run(state, HideStatement{1}).error);
    CHECK(run(state, VoteStatement{test::token(2), 1, Vote::Agree}).error);
    CHECK(summarizeStatements(state).empty());
    // Undo: approving it again puts it back up for votes, with the votes it had.
    REQUIRE_FALSE(run(state, ApproveStatement{1}).error);
    CHECK(state.findStatement(1)->status == StatementStatus::Approved);
    CHECK(summarizeStatements(state).size() == 1);
    CHECK_FALSE(run(state, VoteStatement{test::token(2), 1, Vote::Agree}).error);
    CHECK(run(state, ApproveStatement{1}).events.empty()); // already approved: nothing to store
  }
  SECTION("at most three waiting per participant") {
    run(state, SubmitStatement{author, "Two"});
    run(state, SubmitStatement{author, "Three"});
    CHECK(run(state, SubmitStatement{author, "Four"}).error->code == ErrorCode::Conflict);
    run(state, ApproveStatement{2});
    CHECK_FALSE(run(state, SubmitStatement{author, "Four"}).error);
  }
}

TEST_CASE("A participant has one note per prompt, edited in place a capped number of times", "[core][notes][trust]") {
  auto state = replay({
      {1, SessionCreated{"T", "ABCD", {"Health", "Police"}}},
      {2, ParticipantJoined{1, test::token(1), "Health"}},
      {3, ParticipantJoined{2, test::token(2), "Police"}},
      {4, PromptAdded{1, "A case", "case", 1, 5, true}},
      {5, PromptShown{1}},
  });
  std::size_t events = 0;
  auto say = [&](const std::string& token, const std::string& note) {
    const auto d = decide(state, {10, AnswerPrompt{token, 1, 3, note}});
    for (const auto& e : d.events)
      apply(state, {10, e});
    events += d.events.size();
    return d;
  };
  const auto first = say(test::token(1), "take 0");
  REQUIRE(first.events.size() == 2); // the rating, and the note
  CHECK(std::holds_alternative<NoteAdded>(first.events[1]));
  const int id = state.prompts.at(0).notesGiven.at(0).id;
  for (int i = 1; i <= kMaxNoteEdits; ++i) {
    const auto d = say(test::token(1), "take " + std::to_string(i));
    REQUIRE_FALSE(d.error);
    REQUIRE(d.events.size() == 1);
    CHECK(std::get<NoteEdited>(d.events[0]).note == id);
  }
  CHECK(say(test::token(1), "take 20").events.empty()); // the same words again: nothing to store
  const auto refused = say(test::token(1), "one more");
  REQUIRE(refused.error);
  CHECK(refused.error->code == ErrorCode::Conflict);
  CHECK(refused.error->message.find("many times") != std::string::npos);
  say(test::token(2), "from the police");

  const auto& prompt = state.prompts.at(0);
  REQUIRE(prompt.notesGiven.size() == 2); // one each, however often rewritten
  CHECK(prompt.notesGiven[0].id == id);
  CHECK(prompt.notesGiven[0].text == "take 20");
  CHECK(prompt.notesGiven[0].edits == kMaxNoteEdits);
  CHECK(events == 2 + static_cast<std::size_t>(kMaxNoteEdits) + 2);
  CHECK(prompt.noteOf(2)->text == "from the police");
}

namespace {

// Every note the room may read on the first prompt, whatever group it is under.
std::vector<std::string> readable(const SessionState& state) {
  std::vector<std::string> all;
  for (const auto& group : summarizePrompt(state, state.prompts.at(0)).notes) {
    all.insert(all.end(), group.notes.begin(), group.notes.end());
  }
  return all;
}

} // namespace

TEST_CASE("A note the facilitator hid stays hidden through its writer's edits until approved", "[core][notes][trust]") {
  auto state = replay({
      {1, SessionCreated{"T", "ABCD", {"Health"}}},
      {2, ParticipantJoined{1, test::token(1), "Health"}},
      {3, PromptAdded{1, "A case", "case", 1, 5, true}},
      {4, PromptShown{1}},
  });
  run(state, AnswerPrompt{test::token(1), 1, 3, "rude words"});
  const int id = state.prompts.at(0).notesGiven.at(0).id;
  CHECK(run(state, ApproveNote{id}).events.empty()); // showing already: nothing to approve
  REQUIRE_FALSE(run(state, HideNote{id}).error);
  run(state, AnswerPrompt{test::token(1), 1, 3, "rude words, again"});
  CHECK(state.prompts.at(0).notesGiven.at(0).hidden);
  CHECK(state.prompts.at(0).notesGiven.at(0).text == "rude words, again");
  CHECK(readable(state).empty());
  CHECK(summarizePrompt(state, state.prompts.at(0)).hiddenNotes == 1);

  run(state, AnswerPrompt{test::token(1), 1, 3, "sorry: what I meant"});
  const auto approved = run(state, ApproveNote{id});
  REQUIRE(approved.events.size() == 1);
  CHECK(std::holds_alternative<NoteApproved>(approved.events[0]));
  CHECK_FALSE(state.prompts.at(0).notesGiven.at(0).hidden);
  CHECK(readable(state) == std::vector<std::string>{"sorry: what I meant"});
  CHECK(run(state, ApproveNote{999}).error->code == ErrorCode::BadRequest);
}

TEST_CASE("A log from before notes were edited in place replays to one note per participant", "[core][notes][trust]") {
  // There a rewrite was a note_added of its own: it takes the older note's place and hidden mark,
  // under its own newer number (the one a hide in such a log names).
  const auto state = replay({
      {1, SessionCreated{"T", "ABCD", {"Health"}}},
      {2, ParticipantJoined{1, test::token(1), "Health"}},
      {3, PromptAdded{1, "A case", "case", 1, 5, true}},
      {4, PromptShown{1}},
      {5, NoteAdded{1, 1, 1, "rude words"}},
      {6, NoteHidden{1}},
      {7, NoteAdded{2, 1, 1, "rude words, again"}},
      {8, NoteAdded{3, 1, 1, "and again"}},
  });
  const auto& notes = state.prompts.at(0).notesGiven;
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].id == 3);
  CHECK(notes[0].text == "and again");
  CHECK(notes[0].hidden);
  CHECK(notes[0].edits == 2);
  CHECK(state.noteCount == 3);
  CHECK(readable(state).empty());
  CHECK(summarizePrompt(state, state.prompts.at(0)).hiddenNotes == 1);
}

TEST_CASE("Statements and proposals are capped per participant over a session", "[core][trust]") {
  auto state = replay({
      {1, SessionCreated{"T", "ABCD", {"Health"}}},
      {2, ParticipantJoined{1, test::token(1), "Health"}},
  });
  auto run = [&](CommandBody body) {
    const auto d = decide(state, {10, std::move(body)});
    for (const auto& e : d.events)
      apply(state, {10, e});
    return d;
  };
  for (std::size_t i = 0; i < kMaxStatementsPerParticipant; ++i) {
    REQUIRE_FALSE(run(SubmitStatement{test::token(1), "statement " + std::to_string(i)}).error);
    apply(state, {11, StatementApproved{static_cast<int>(i + 1)}}); // approved: none left pending
  }
  CHECK(run(SubmitStatement{test::token(1), "one more"}).error);
  for (std::size_t i = 0; i < kMaxProposalsPerParticipant; ++i) {
    REQUIRE_FALSE(run(ProposeClarityItem{test::token(1), "proposal " + std::to_string(i)}).error);
    apply(state, {11, ClarityItemApproved{static_cast<int>(i + 1)}});
  }
  CHECK(run(ProposeClarityItem{test::token(1), "one more"}).error);
}
