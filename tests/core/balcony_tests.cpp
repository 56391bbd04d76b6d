// The view from the balcony: which patterns are picked from known sessions, table-driven, with
// sessions where nothing stands out (then there are none), and the privacy threshold holding.
#include "balcony/balcony_domain.hpp"
#include "belief/belief_aggregate.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <functional>

using namespace balcony;
using namespace balcony::core;

namespace {

constexpr Millis kNow = 1'800'000'000'000;

struct Room {
  SessionState state;
  int people = 0;
  void run(CommandBody body) {
    auto d = decide(state, Command{kNow, std::move(body)});
    REQUIRE_FALSE(d.error);
    for (auto& e : d.events)
      apply(state, Event{kNow, e});
  }
  // Members of each group, in order: participants 1..n.
  explicit Room(std::vector<std::pair<std::string, int>> groups) {
    std::vector<std::string> names;
    for (const auto& g : groups)
      names.push_back(g.first);
    run(CreateSession{"T", "ABCD", names});
    for (const auto& [group, n] : groups) {
      for (int i = 0; i < n; ++i)
        run(Join{"ABCD", test::token(++people), group});
    }
  }
  // One revealed belief round: `value(participant)` for every belief (0: does not answer).
  void beliefRound(const std::function<int(int)>& value) {
    run(OpenRound{});
    const int round = static_cast<int>(state.rounds.size());
    for (int p = 1; p <= people; ++p) {
      if (value(p) == 0) continue;
      for (int b = 0; b < 3; ++b)
        run(AnswerBelief{test::token(p), round, b, value(p)});
    }
    run(RevealResults{});
  }
  void statement(const std::string& text, const std::function<Vote(int)>& vote) {
    run(SubmitStatement{test::token(1), text});
    const int id = static_cast<int>(state.statements.size());
    run(ApproveStatement{id});
    for (int p = 1; p <= people; ++p)
      run(VoteStatement{test::token(p), id, vote(p)});
  }
};

std::vector<PatternKind> kinds(const std::vector<Pattern>& patterns) {
  std::vector<PatternKind> out;
  for (const auto& p : patterns)
    out.push_back(p.kind);
  return out;
}

} // namespace

TEST_CASE("Patterns picked from known sessions", "[core][balcony]") {
  using K = PatternKind;
  struct Row {
    const char* name;
    std::function<void(Room&)> build;
    std::vector<K> expected;
    const char* sentence; // the first pattern's sentence, exactly ("" when none)
  };
  const std::vector<Row> rows = {
      {"people joined, nothing asked: nothing stands out", [](Room&) {}, {}, ""},
      {"everyone agrees and everyone answers: nothing stands out",
       [](Room& r) { r.beliefRound([](int) { return 4; }); },
       {},
       ""},
      {"Health and Police far apart on the first belief",
       [](Room& r) { r.beliefRound([](int p) { return p <= 3 ? 5 : 1; }); },
       {K::BeliefGap},
       "Health (5.0) and Police (1.0) are 4.0 points apart on \xE2\x80\x9CThe goals we are working towards are good "
       "goals\xE2\x80\x9D."},
      {"Police present but silent",
       [](Room& r) { r.beliefRound([](int p) { return p <= 3 ? 4 : 0; }); },
       {K::Quiet},
       "Police answer far less than they are here: 0 answers from 3 people over 1 question, 0% of the room's rate."},
      {"a statement that divides the groups, and one that unites them",
       [](Room& r) {
         r.statement("One shared chronology", [](int p) { return p <= 3 ? Vote::Agree : Vote::Disagree; });
         r.statement("Children first", [](int) { return Vote::Agree; });
       },
       {K::StatementDivides, K::Unites},
       "\xE2\x80\x9COne shared chronology\xE2\x80\x9D divides the groups: 100% of Health agree, 0% of Police."},
      {"a topic that keeps coming back, and a flag",
       [](Room& r) {
         r.run(AddTopic{"Budget", 10});
         r.run(AddTopic{"Data", 10});
         for (int i = 0; i < 4; ++i) {
           r.run(StartTopic{1});
           r.run(StartTopic{2});
         }
         r.run(RaiseFlag{test::token(2), FlagKind::Elephant, ""});
       },
       {K::TopicReturns, K::Flags},
       "\xE2\x80\x9C"
       "Budget\xE2\x80\x9D has come back 3 times with no decision."},
      {"reflection that touched two dimensions",
       [](Room& r) {
         r.run(OpenReflection{ReflectionStage::Experience, {}, Lens::None});
         r.run(ShareReflection{test::token(1), "Tense", Dimension::Feeling});
         r.run(ShareReflection{test::token(2), "Who speaks", Dimension::Perceiving});
         r.run(ApproveReflection{1});
         r.run(ApproveReflection{2});
       },
       {K::Untouched},
       "The room's reflection has not touched thinking, relating, doing and being."},
  };
  for (const auto& row : rows) {
    INFO(row.name);
    Room room({{"Health", 3}, {"Police", 3}});
    row.build(room);
    const auto patterns = balconyPatterns(room.state, nullptr, kNow);
    CHECK(kinds(patterns) == row.expected);
    if (!patterns.empty()) CHECK(patterns[0].sentence == row.sentence);
  }
}

TEST_CASE("A group below the privacy threshold is never named", "[core][balcony]") {
  // Two police officers: below the threshold of three, folded into "other groups" everywhere. They
  // answer far from everyone else and vote against a statement the others back, so naming them
  // would make the strongest pattern: it must not happen.
  Room room({{"Health", 3}, {"Police", 2}, {"Schools", 3}, {"Social care", 4}});
  room.beliefRound([](int p) { return p <= 3 ? 5 : p <= 5 ? 1 : 4; });
  room.statement("One shared chronology", [](int p) { return p == 4 || p == 5 ? Vote::Disagree : Vote::Agree; });
  const auto patterns = balconyPatterns(room.state, nullptr, kNow);
  REQUIRE_FALSE(patterns.empty());
  for (const auto& p : patterns) {
    INFO(p.sentence);
    CHECK(p.sentence.find("Police") == std::string::npos);
    CHECK(p.topic.find("Police") == std::string::npos);
  }
  // The two police officers alone would be the whole minus the groups shown, so Schools (the
  // smallest group shown, last of equals) is folded with them: "other groups" is five people,
  // 1, 1, 4, 4, 4. Health (5) and other groups (2.8) make the widest gap.
  REQUIRE(kinds(patterns).at(0) == PatternKind::BeliefGap);
  CHECK(patterns[0].sentence.find("Health (5.0) and other groups (2.8)") == 0);
  for (const auto& p : patterns)
    CHECK(p.sentence.find("Schools") == std::string::npos);
}

TEST_CASE("The group that moved most since the last session of the series", "[core][balcony]") {
  Room room({{"Health", 3}, {"Schools", 3}});
  room.beliefRound([](int) { return 4; }); // both groups at 4 today: no gap between them
  // The last session: Schools at 1 (0.0 of the scale) on every belief, Health at 3 (0.5).
  TrendPoint before;
  before.round = 1;
  before.statements = kDefaultBeliefStatements;
  before.byGroup = {{"Health", {0.5, 0.5, 0.5}}, {"Schools", {0.0, 0.0, 0.0}}};
  const std::vector<TrendPoint> history = {before};
  const auto patterns = balconyPatterns(room.state, &history, kNow);
  REQUIRE(kinds(patterns) == std::vector<PatternKind>{PatternKind::BeliefMoved});
  CHECK(patterns[0].sentence ==
        "Since the last session, Schools moved most on \xE2\x80\x9CThe goals we are working towards are good "
        "goals\xE2\x80\x9D: up 3.0 points on the 1 to 5 scale.");
  CHECK(patterns[0].topic.size() <= kMaxTopicTitleLength);
  // A reworded belief is another question: no movement is read across it.
  {
    auto reworded = history;
    reworded[0].statements = {"a", "b", "c"};
    CHECK(balconyPatterns(room.state, &reworded, kNow).empty());
  }
}
