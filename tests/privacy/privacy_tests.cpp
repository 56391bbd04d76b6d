// Privacy that cannot be subtracted: random rooms through every view that shows a whole beside its
// parts (the belief check, difference prompts, statements, the summary a room publishes, the HTML
// report and the raw responses), each checked by the one checker in privacy_check.hpp; the
// 4 Health + 2 Police room by name; and rounds side by side when a group grows by one.
#include "balcony/core/figures.hpp"
#include "balcony/core/privacy.hpp"
#include "balcony/core/session_state.hpp"
#include "balcony/federation/summary_codec.hpp"
#include "balcony/report/csv_export.hpp"
#include "balcony/report/html_report.hpp"
#include "balcony/report/markdown_summary.hpp"
#include "belief/belief_aggregate.hpp"
#include "difference/difference_summary.hpp"
#include "privacy_check.hpp"
#include "rooms/rooms_summary.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <random>
#include <regex>
#include <set>
#include <sstream>

using namespace balcony;
using namespace balcony::core;

namespace {

constexpr Millis kNow = 1'700'000'000'000;
const std::vector<std::string> kGroups = {"Health", "Police", "Schools", "Social care"};

struct Room {
  SessionState state;
  std::vector<std::string> groupOf{""}; // by participant number, from 1
  void run(CommandBody body) {
    auto d = decide(state, Command{kNow, std::move(body)});
    REQUIRE_FALSE(d.error);
    for (auto& e : d.events)
      apply(state, Event{kNow, e});
  }
  Room(const std::vector<int>& sizes, int ungrouped, int threshold) {
    run(CreateSession{"Case review", "ABCD", kGroups});
    run(SetPrivacyThreshold{threshold});
    for (std::size_t g = 0; g < sizes.size(); ++g) {
      for (int i = 0; i < sizes[g]; ++i)
        join(kGroups[g]);
    }
    for (int i = 0; i < ungrouped; ++i)
      join("");
  }
  int join(const std::string& group) {
    groupOf.push_back(group);
    const int p = static_cast<int>(groupOf.size()) - 1;
    run(Join{"ABCD", test::token(p), group});
    return p;
  }
  int people() const { return static_cast<int>(groupOf.size()) - 1; }
};

// What each true group answered, as counts per value of a 1–5 scale.
using Truth = std::map<std::string, std::vector<int>>;

void add(Truth& truth, const std::string& group, int value, int scaleMin = 1, std::size_t points = 5) {
  auto& counts = truth[group];
  counts.resize(points, 0);
  ++counts[static_cast<std::size_t>(value - scaleMin)];
}

test::ShownFigures shown(std::string where, const Distribution& whole, const std::vector<GroupDistribution>& parts) {
  test::ShownFigures f{std::move(where), whole.answered + whole.withheld, whole.counts, {}};
  for (const auto& g : parts)
    f.parts.push_back({g.group, g.distribution.answered, g.distribution.counts});
  return f;
}

test::ShownFigures shown(std::string where, const GroupAgreement& whole, const std::vector<GroupAgreement>& parts) {
  test::ShownFigures f{
      std::move(where), whole.agree + whole.disagree + whole.pass, {whole.agree, whole.disagree, whole.pass}, {}};
  for (const auto& g : parts)
    f.parts.push_back({g.group, g.agree + g.disagree + g.pass, {g.agree, g.disagree, g.pass}});
  return f;
}

void expectPrivate(const test::ShownFigures& figures, const Truth& truth, int threshold) {
  for (const auto& p : test::privacyProblems(figures, truth, threshold)) {
    FAIL_CHECK(p);
  }
}

// The raw responses as a view: for each board's item and question, the whole (every row) and its
// rows by the group column. Values are not counted (answers are words for some boards), only rows.
std::map<std::string, test::ShownFigures> csvViews(const std::string& csv) {
  std::map<std::string, test::ShownFigures> views;
  const auto rows = report::csvCells(csv);
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    if (row.size() < 6 || row[0].starts_with("#") || row[0] == "difference note") continue;
    const std::string key = row[0] + " / " + row[1] + " / " + row[2];
    auto& view = views[key];
    view.where = "raw responses, " + key;
    ++view.answered;
    if (row[4].empty()) continue; // counted in the whole only
    auto part = std::find_if(view.parts.begin(), view.parts.end(), [&](const auto& p) { return p.label == row[4]; });
    if (part == view.parts.end()) {
      view.parts.push_back({row[4], 0, {}});
      part = std::prev(view.parts.end());
    }
    ++part->answered;
  }
  return views;
}

// The HTML report's belief charts: the whole's "N answered" and each group's "G: mean M (N)".
std::vector<test::ShownFigures> htmlBeliefViews(const std::string& html) {
  std::vector<test::ShownFigures> views;
  const std::regex chart(R"(<div class="chart"><p><strong>([^<]*)</strong></p>)");
  const std::regex answered(R"((\d+) answered)");
  const std::regex group(R"(<p class="muted">([^<:]+): mean [0-9.]+ \((\d+)\)</p>)");
  const auto belief = html.find("<h2>Belief check");
  if (belief == std::string::npos) return views;
  const auto end = html.find("<h2>", html.find("</h2>", belief) + 5);
  std::string section = html.substr(belief, end == std::string::npos ? std::string::npos : end - belief);
  for (std::sregex_iterator it(section.begin(), section.end(), chart), stop; it != stop; ++it) {
    const auto from = static_cast<std::size_t>(it->position() + it->length());
    const auto to = section.find("</div>", section.find("</svg>", from));
    const std::string body = section.substr(from, to - from);
    test::ShownFigures f;
    f.where = "HTML report, " + (*it)[1].str();
    std::smatch m;
    if (std::regex_search(body, m, answered)) f.answered = std::stoi(m[1]);
    if (body.find("too few to show") != std::string::npos) f.answered += 0; // withheld: no parts follow
    for (std::sregex_iterator g(body.begin(), body.end(), group); g != std::sregex_iterator(); ++g)
      f.parts.push_back({(*g)[1].str(), std::stoi((*g)[2].str()), {}});
    views.push_back(std::move(f));
  }
  return views;
}

// The HTML report's difference prompt: "N answered", then a chart per group whose bars are labelled
// with their counts.
std::optional<test::ShownFigures> htmlPromptView(const std::string& html) {
  const auto section = html.find("<h2>Where the groups differ</h2>");
  if (section == std::string::npos) return std::nullopt;
  const auto end = html.find("<h2>", section + 5);
  const std::string body = html.substr(section, end == std::string::npos ? std::string::npos : end - section);
  test::ShownFigures f;
  f.where = "HTML report, prompt";
  std::smatch m;
  if (!std::regex_search(body, m, std::regex(R"((\d+) answered)"))) return std::nullopt;
  f.answered = std::stoi(m[1]);
  const std::regex chart(R"(<div class="chart"><p><strong>([^<]*)</strong></p>(.*?)</svg>)");
  const std::regex count(R"(font-size="11" text-anchor="middle">(\d+)</text>)");
  for (std::sregex_iterator c(body.begin(), body.end(), chart), stop; c != stop; ++c) {
    test::ShownPart part{(*c)[1].str(), 0, {}};
    const std::string bars = (*c)[2].str();
    for (std::sregex_iterator n(bars.begin(), bars.end(), count); n != std::sregex_iterator(); ++n) {
      part.counts.push_back(std::stoi((*n)[1].str()));
      part.answered += part.counts.back();
    }
    f.parts.push_back(std::move(part));
  }
  return f;
}

} // namespace

TEST_CASE("The remainder folded into \"other groups\" holds at least the threshold", "[privacy]") {
  const auto d = groupsShown({{"Health", 4}, {"Police", 2}}, 3);
  CHECK(d.shown.empty()); // Health alone beside the room would give Police away
  CHECK(d.otherGroups);   // "other groups" is then the whole room
  CHECK(d.labelOf("Police") == kOtherGroups);

  const auto e = groupsShown({{"Health", 5}, {"Police", 2}, {"Schools", 3}, {"Social care", 4}}, 3);
  CHECK(e.shown == std::vector<std::string>{"Health", "Social care"}); // Schools, the smallest, folded too
  CHECK(e.folded == std::vector<std::string>{"Police", "Schools"});
  CHECK(e.foldedAnswers == 5);

  const auto f = groupsShown({{"Health", 5}, {"Police", 3}}, 3);
  CHECK(f.shown == std::vector<std::string>{"Health", "Police"});
  CHECK_FALSE(f.otherGroups);
  CHECK(f.labelOf("Schools") == ""); // nobody from Schools answered: nothing to show

  const auto g = groupsShown({{"Health", 2}}, 3);
  CHECK(g.shown.empty());
  CHECK_FALSE(g.otherGroups); // two answers: below the threshold even as the whole
  CHECK(g.labelOf("Health") == "");
}

TEST_CASE("Random rooms: no small group is recovered from any view by subtraction", "[privacy][property]") {
  for (unsigned seed = 1; seed <= 150; ++seed) {
    std::mt19937 rng(seed);
    const auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const int threshold = pick(2, 5);
    std::vector<int> sizes;
    for (std::size_t g = 0; g < kGroups.size(); ++g)
      sizes.push_back(pick(0, 12));
    Room room(sizes, pick(0, 2), threshold);
    INFO("seed " << seed << ", threshold " << threshold << ", groups " << sizes[0] << " " << sizes[1] << " " << sizes[2]
                 << " " << sizes[3]);
    if (room.people() == 0) continue;

    // A revealed belief round: each belief answered by most, a value each.
    room.run(OpenRound{});
    std::array<Truth, kBeliefCount> beliefTruth;
    for (int p = 1; p <= room.people(); ++p) {
      for (int b = 0; b < static_cast<int>(kBeliefCount); ++b) {
        if (pick(0, 9) == 0) continue;
        const int v = pick(1, 5);
        room.run(AnswerBelief{test::token(p), 1, b, v});
        add(beliefTruth[static_cast<std::size_t>(b)], room.groupOf[static_cast<std::size_t>(p)], v);
      }
    }
    room.run(RevealResults{});
    // A difference prompt, rated by most.
    room.run(AddPrompt{"Is this family safe tonight?"});
    room.run(ShowPrompt{1});
    Truth promptTruth;
    for (int p = 1; p <= room.people(); ++p) {
      if (pick(0, 4) == 0) continue;
      const int v = pick(1, 5);
      room.run(AnswerPrompt{test::token(p), 1, v, ""});
      add(promptTruth, room.groupOf[static_cast<std::size_t>(p)], v);
    }
    // A statement, voted on by most.
    room.run(SubmitStatement{test::token(1), "One shared chronology"});
    room.run(ApproveStatement{1});
    Truth statementTruth;
    for (int p = 1; p <= room.people(); ++p) {
      if (pick(0, 4) == 0) continue;
      const int v = pick(0, 2);
      const Vote vote = v == 0 ? Vote::Agree : v == 1 ? Vote::Disagree : Vote::Pass;
      room.run(VoteStatement{test::token(p), 1, vote});
      add(statementTruth, room.groupOf[static_cast<std::size_t>(p)], v, 0, 3);
    }
    const auto& state = room.state;

    // The projector's and console's figures (the belief board by group, the difference board).
    const auto beliefs = summarizeRound(state, state.rounds.front());
    for (std::size_t b = 0; b < kBeliefCount; ++b)
      expectPrivate(shown("belief " + std::to_string(b + 1), beliefs[b].overall, beliefs[b].byGroup), beliefTruth[b],
                    threshold);
    const auto prompt = summarizePrompt(state, state.prompts.front());
    expectPrivate(shown("prompt", prompt.overall, prompt.byGroup), promptTruth, threshold);
    const auto statements = summarizeStatements(state);
    REQUIRE(statements.size() == 1);
    expectPrivate(shown("statement", statements[0].overall, statements[0].byGroup), statementTruth, threshold);

    // The summary the room publishes to the plenary, as the message carries it.
    std::string error;
    const auto message = federation::encodeSummary(summarizeRoom(state, "room-a", room.people(), kNow));
    const auto published = federation::decodeSummary(message, error);
    INFO(error);
    REQUIRE(published);
    for (std::size_t b = 0; b < published->beliefs.size(); ++b)
      expectPrivate(shown("published belief " + std::to_string(b + 1), published->beliefs[b].overall,
                          published->beliefs[b].byGroup),
                    beliefTruth[b], threshold);
    for (const auto& p : published->prompts)
      expectPrivate(shown("published prompt", p.overall, p.byGroup), promptTruth, threshold);
    for (const auto& s : published->statements)
      expectPrivate(shown("published statement", s.overall, s.byGroup), statementTruth, threshold);

    // The exports: the HTML report's belief charts and every raw response's group.
    const auto html = htmlBeliefViews(report::htmlReport(state));
    CHECK(html.size() == kBeliefCount);
    for (std::size_t b = 0; b < html.size(); ++b)
      expectPrivate(html[b], beliefTruth[b], threshold);
    if (const auto view = htmlPromptView(report::htmlReport(state))) expectPrivate(*view, promptTruth, threshold);
    std::map<std::string, Truth> csvTruth;
    for (const auto& [key, view] : csvViews(report::csvResponses(state))) {
      Truth byRows; // the CSV counts rows only: a truth of rows per group
      const Truth* source = key.starts_with("belief")       ? nullptr
                            : key.starts_with("difference") ? &promptTruth
                                                            : &statementTruth;
      if (source == nullptr) {
        for (std::size_t b = 0; b < kBeliefCount; ++b) {
          if (key.ends_with(state.rounds.front().statements[b])) source = &beliefTruth[b];
        }
      }
      REQUIRE(source != nullptr);
      for (const auto& [group, counts] : *source)
        byRows[group] = {test::total(counts)};
      expectPrivate(view, byRows, threshold);
    }
  }
}

TEST_CASE("4 Health and 2 Police at a threshold of 3: the police answers are nowhere to be worked out",
          "[privacy][named]") {
  Room room({4, 2, 0, 0}, 0, 3);
  room.run(OpenRound{});
  for (int p = 1; p <= 6; ++p) {
    for (int b = 0; b < 3; ++b)
      room.run(AnswerBelief{test::token(p), 1, b, p <= 4 ? 5 : 1});
  }
  room.run(RevealResults{});
  const auto& state = room.state;

  // The projector: the whole room [2,0,0,0,4], and no group on its own (Health alone beside it would
  // be Police by subtraction).
  const auto beliefs = summarizeRound(state, state.rounds.front());
  CHECK(beliefs[0].overall.counts == std::vector<int>{2, 0, 0, 0, 4});
  REQUIRE(beliefs[0].byGroup.size() == 1);
  CHECK(beliefs[0].byGroup[0].group == kOtherGroups);
  CHECK(beliefs[0].byGroup[0].distribution.counts == std::vector<int>{2, 0, 0, 0, 4});
  CHECK_FALSE(largestGroupGap(beliefs[0])); // one label: no gap between groups to call out

  // The published summary: no Health, no Police.
  const auto message = federation::encodeSummary(summarizeRoom(state, "room-a", 6, kNow));
  CHECK(message.find("Health") == std::string::npos);
  CHECK(message.find("Police") == std::string::npos);

  // The exports: the report, the summary and the raw responses name neither group.
  for (const auto& text : {report::htmlReport(state), report::markdownSummary(state)}) {
    INFO(text);
    CHECK(text.find("Health:") == std::string::npos); // a group's figures are "Health: mean …"
    CHECK(text.find("Police:") == std::string::npos);
    CHECK(text.find("Health (") == std::string::npos); // and in the Balcony view's sentences "Health (5.0)"
  }
  const auto rows = report::csvCells(report::csvResponses(state));
  int belief = 0;
  for (const auto& row : rows) {
    if (row.empty() || row[0] != "belief") continue;
    ++belief;
    CHECK(row[4] == kOtherGroups);
  }
  CHECK(belief == 18);
}

TEST_CASE("Rounds side by side: one person joining a group between rounds is not the difference",
          "[privacy][over-time]") {
  // Round 1: 4 Health, 3 Police. Round 2: a fifth Health joins and answers 1; nobody else changes.
  Room room({4, 3, 0, 0}, 0, 3);
  const auto roundWith = [&](int people) {
    room.run(OpenRound{});
    const int n = static_cast<int>(room.state.rounds.size());
    for (int p = 1; p <= people; ++p) {
      for (int b = 0; b < 3; ++b)
        room.run(AnswerBelief{test::token(p), n, b, p == 8 ? 1 : p <= 4 ? 4 : 2});
    }
    room.run(RevealResults{});
  };
  roundWith(7);
  REQUIRE(room.join("Health") == 8);
  roundWith(8);
  const auto& state = room.state;
  const auto together = summarizeRoundsTogether(state, {&state.rounds[0], &state.rounds[1]});
  REQUIRE(together.size() == 2);
  for (std::size_t b = 0; b < kBeliefCount; ++b) {
    // Both rounds over the 7 who answered both: the same people, so their difference is changed minds only.
    CHECK(together[0].commonPeople[b] == 7);
    CHECK(together[1].commonPeople[b] == 7);
    CHECK(together[1].leftOut[b] == 1);
    CHECK(together[0].summaries[b].overall.counts == together[1].summaries[b].overall.counts);
    for (std::size_t g = 0; g < together[1].summaries[b].byGroup.size(); ++g) {
      CHECK(together[0].summaries[b].byGroup[g].distribution.counts ==
            together[1].summaries[b].byGroup[g].distribution.counts);
    }
  }
  // The trend and the exports count them so: the trend's points for Health agree.
  const auto trend = beliefTrend(state);
  REQUIRE(trend.size() == 2);
  CHECK(trend[0].byGroup == trend[1].byGroup);
  CHECK(trend[1].commonPeople[0] == 7);
  const auto md = report::markdownSummary(state);
  CHECK(md.find("counted over the 7 people who answered it in every round") != std::string::npos);

  // Three joining Health together is enough people: each round is counted whole.
  for (int i = 0; i < 2; ++i)
    room.join("Health");
  roundWith(10);
  const auto three = summarizeRoundsTogether(room.state, {&room.state.rounds[0], &room.state.rounds[2]});
  CHECK(three[0].commonPeople[0] == 0);
  CHECK(three[1].summaries[0].overall.answered == 10);
}

TEST_CASE("A figure reads the same in every view: 4.25 is 4.3 on the projector, in the sentences and the exports",
          "[figures]") {
  CHECK(figure(4.25, 1) == "4.3");
  CHECK(figure(3.25, 1) == "3.3"); // printf alone writes 3.2: 3.25 is 3.2499… in binary
  CHECK(figure(-0.25, 1) == "-0.3");
  CHECK(figure(0.125, 2) == "0.13");
  CHECK(meanFigure(2.0) == "2.0");
  CHECK(divergenceFigure(0.5) == "0.50");
  CHECK(percentFigure(0.125) == "13%"); // printf("%.0f") would write 12
  CHECK(percentFigure(2.0 / 3.0) == "67%");

  // Health 5, 5, 4, 3 (mean 4.25) and Police 1, 1, 1, 1 on every belief.
  Room room({4, 4, 0, 0}, 0, 3);
  room.run(OpenRound{});
  const int health[] = {5, 5, 4, 3};
  for (int p = 1; p <= 8; ++p) {
    for (int b = 0; b < 3; ++b)
      room.run(AnswerBelief{test::token(p), 1, b, p <= 4 ? health[p - 1] : 1});
  }
  room.run(RevealResults{});
  const auto& state = room.state;
  const auto summaries = summarizeRound(state, state.rounds.front());
  REQUIRE(summaries[0].byGroup.size() == 2);
  CHECK(summaries[0].byGroup[0].distribution.mean == Approx(4.25));

  const auto html = report::htmlReport(state);
  CHECK(html.find("Health: mean 4.3 (4)") != std::string::npos);
  CHECK(html.find("4.2") == std::string::npos);
  CHECK(html.find("4.25") == std::string::npos);
  const auto md = report::markdownSummary(state);
  INFO(md);
  CHECK(md.find("Health (4.3) and Police (1.0)") != std::string::npos); // the Balcony view's sentence
  CHECK(md.find("4.2 ") == std::string::npos);
  // The whole room: 21 / 8 = 2.625, 2.6 in the table; the median 2.0.
  CHECK(md.find("| 8 | 2.0 | 2.6 |") != std::string::npos);
}

TEST_CASE("Rounds side by side: a group shown in one round and folded in another is folded in both",
          "[privacy][over-time]") {
  // Round 1: 4 Health, 2 Police: only the whole room. Round 2: 3 from Social care join. On its own
  // round 2 would show Health (4) beside "other groups" (Police and Social care), and round 1's
  // whole less round 2's Health would be the police officers.
  Room room({4, 2, 0, 0}, 0, 3);
  const auto roundWith = [&](int people) {
    room.run(OpenRound{});
    const int n = static_cast<int>(room.state.rounds.size());
    for (int p = 1; p <= people; ++p) {
      for (int b = 0; b < 3; ++b)
        room.run(AnswerBelief{test::token(p), n, b, p <= 4 ? 5 : p <= 6 ? 1 : 3});
    }
    room.run(RevealResults{});
  };
  roundWith(6);
  for (int i = 0; i < 3; ++i)
    room.join("Social care");
  roundWith(9);
  const auto& state = room.state;
  REQUIRE(summarizeRound(state, state.rounds[1])[0].byGroup.front().group == "Health"); // alone, yes
  const auto together = summarizeRoundsTogether(state, {&state.rounds[0], &state.rounds[1]});
  for (const auto& f : together) {
    for (const auto& s : f.summaries) {
      for (const auto& g : s.byGroup)
        CHECK(g.group == kOtherGroups);
    }
  }
}

TEST_CASE("Answers with no group chosen are never a group of their own", "[privacy]") {
  Room room({3, 0, 0, 0}, 3, 3); // 3 Health and 3 who chose no group
  room.run(OpenRound{});
  for (int p = 1; p <= 6; ++p) {
    for (int b = 0; b < 3; ++b)
      room.run(AnswerBelief{test::token(p), 1, b, p <= 3 ? 5 : 1});
  }
  const auto s = summarizeRound(room.state, room.state.rounds.front());
  REQUIRE(s[0].byGroup.size() == 2);
  CHECK(s[0].byGroup[0].group == "Health");
  CHECK(s[0].byGroup[1].group == kOtherGroups);
}

TEST_CASE("The raw responses name a group only where every row of its people does", "[privacy][csv]") {
  // Police: 3 answer belief 1 (shown there), 2 of them belief 2 (folded there). Named in belief 1,
  // participant 5's rows would be "Police" in one and "other groups" in the other: the second
  // would be unmasked. So Police is "other groups" in every row, and so is Schools (folded in belief
  // 2 with Police, the smallest shown group); Health, named in both, stays named.
  Room room({4, 3, 3, 0}, 0, 3);
  room.run(OpenRound{});
  for (int p = 1; p <= 10; ++p) {
    room.run(AnswerBelief{test::token(p), 1, 0, 4});
    if (p != 7) room.run(AnswerBelief{test::token(p), 1, 1, 2});
  }
  std::map<std::string, std::set<std::string>> labels; // participant -> group cells
  for (const auto& row : report::csvCells(report::csvResponses(room.state))) {
    if (row.size() == 6 && row[0] == "belief") labels[row[3]].insert(row[4]);
  }
  REQUIRE(labels.size() == 10);
  for (const auto& [participant, cells] : labels) {
    INFO("participant " << participant);
    CHECK(cells.size() == 1);
  }
  CHECK(labels["1"] == std::set<std::string>{"Health"});
  CHECK(labels["5"] == std::set<std::string>{kOtherGroups});
  CHECK(labels["8"] == std::set<std::string>{kOtherGroups});
}
