// Every text on the projector fits by design: with the longest texts Balcony accepts and alerts
// showing, on every board and view, at four screen sizes and in the three themes, the drawing itself
// says that no text left its box, its part of the window or the window, that none lies over another,
// and that what was shortened ends at a word with an ellipsis and can be shown in full.
#include "balcony/engine/engine.hpp"
#include "balcony/ui/gui.hpp"
#include "belief/belief_domain.hpp"
#include "clarity/clarity_domain.hpp"
#include "difference/difference_domain.hpp"
#include "poll/poll_domain.hpp"
#include "sample_rooms.hpp"
#include "test_support.hpp"
#include "topics/avoidance_signals.hpp"
#include "topics/topics_domain.hpp"
#include "ui/screenshot_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

using namespace balcony;
using namespace balcony::core;

namespace {

constexpr Millis kStart = 1'800'000'000'000;

// Real words up to exactly `bytes` bytes, so the layout has word boundaries to wrap and shorten at,
// and the last word is cut only if the limit falls inside it (as a participant's text would be).
std::string wordsOf(std::size_t bytes, std::string_view lead) {
  static constexpr std::string_view kWords[] = {
      "families",   "waiting", "for",    "a",        "decision", "about",    "the",     "placement",
      "nobody",     "owns",    "budget", "usually",  "months",   "before",   "anyone",  "notices",
      "front-line", "staff",   "see",    "pressure", "every",    "week",     "and",     "partners",
      "disagree",   "on",      "what",   "counts",   "as",       "progress", "housing", "referrals",
  };
  std::string out(lead);
  for (std::size_t i = 0; out.size() < bytes; ++i) {
    if (!out.empty()) out += ' ';
    out += kWords[(i * 7 + lead.size()) % std::size(kWords)];
  }
  out.resize(bytes);
  while (!out.empty() && out.back() == ' ')
    out.back() = 'x';
  return out;
}

const std::vector<std::string> kGroups = {
    wordsOf(kMaxGroupNameLength, "Health"),        wordsOf(kMaxGroupNameLength, "Police"),
    wordsOf(kMaxGroupNameLength, "Schools"),       wordsOf(kMaxGroupNameLength, "Social care"),
    wordsOf(kMaxGroupNameLength, "Service users"),
};

// Every command of the fill must be accepted: a refused one would leave a text shorter than meant.
void execute(engine::Engine& e, CommandBody command) {
  const auto reply = e.execute({0, std::move(command)});
  INFO((reply.error ? reply.error->message : std::string()));
  REQUIRE_FALSE(reply.error);
}

// A session holding the longest text each field allows, on every board, with the three kinds of
// alert firing.
void fillToTheLimits(engine::Engine& e, const std::shared_ptr<Millis>& now) {
  execute(e, CreateSession{wordsOf(kMaxTitleLength, "Partnership board"), "ROOM", kGroups});
  constexpr int kPeople = 20;
  for (int i = 1; i <= kPeople; ++i) {
    execute(e, Join{"ROOM", test::token(i), kGroups[static_cast<std::size_t>(i) % kGroups.size()]});
  }
  // Two belief rounds; the third statement is reworded for the second, so the trend breaks there.
  BeliefStatements statements = {wordsOf(kMaxStatementLength, "The goals we are working towards"),
                                 wordsOf(kMaxStatementLength, "Change is possible now"),
                                 wordsOf(kMaxStatementLength, "It will actually happen")};
  for (int round = 1; round <= 2; ++round) {
    if (round == 2) statements[2] = wordsOf(kMaxStatementLength, "We will see it happen this year");
    execute(e, OpenRound{statements, 0, 10, true});
    for (int i = 1; i <= kPeople; ++i) {
      for (int b = 0; b < 3; ++b)
        execute(e, AnswerBelief{test::token(i), round, b, (i * (b + 2) + round) % 11});
    }
    *now += 60'000;
  }
  OpenPoll poll;
  poll.question = wordsOf(kMaxQuestionLength, "Who else should be in the room");
  for (int o = 0; o < static_cast<int>(kMaxPollOptions); ++o) {
    poll.options.push_back(wordsOf(kMaxOptionLength, "Option " + std::to_string(o + 1)));
  }
  poll.multiple = true;
  poll.showLive = true;
  execute(e, poll);
  for (int i = 1; i <= kPeople; ++i)
    execute(e, AnswerPoll{test::token(i), 1, {i % 8, (i + 3) % 8}});

  for (int p = 1; p <= 3; ++p) {
    execute(e, AddPrompt{wordsOf(kMaxPromptLength, "Case " + std::to_string(p)), "case", 1, 5, true});
    execute(e, ShowPrompt{p});
    for (int i = 1; i <= kPeople; ++i) {
      execute(e, AnswerPrompt{test::token(i), p, 1 + (i * p) % 5,
                              wordsOf(kMaxNoteLength, "From where I sit " + std::to_string(i))});
    }
  }
  for (int s = 1; s <= 6; ++s) {
    execute(e,
            SubmitStatement{test::token(s), wordsOf(kMaxParticipantStatementLength, "We should " + std::to_string(s))});
    execute(e, ApproveStatement{s});
    for (int i = 1; i <= kPeople; ++i) {
      execute(e, VoteStatement{test::token(i), s, (i + s) % 3 == 0 ? Vote::Disagree : Vote::Agree});
    }
  }

  // Topics: one comes back again and again, one runs far past its budget, and flags are raised.
  execute(e, AddTopic{wordsOf(kMaxTopicTitleLength, "Budget pressures"), 1});
  execute(e, AddTopic{wordsOf(kMaxTopicTitleLength, "Data sharing"), 10});
  execute(e, AddTopic{wordsOf(kMaxTopicTitleLength, "Winter communications"), 5});
  execute(e, StartTopic{2});
  for (int loop = 0; loop < 3; ++loop) {
    *now += 60'000;
    execute(e, StartTopic{3});
    *now += 60'000;
    execute(e, StartTopic{2});
  }
  execute(e, RecordDecision{3, wordsOf(kMaxDecisionLength, "Use the regional template")});
  execute(e, StartTopic{1});
  *now += 6 * 60'000;
  for (int i = 1; i <= 8; ++i) {
    *now += 5'000;
    execute(e, RaiseFlag{test::token(i), i % 2 ? FlagKind::Elephant : FlagKind::Circles,
                         wordsOf(kMaxFlagWordsLength, "Nobody will say " + std::to_string(i))});
    execute(e, ApproveFlagWords{i});
  }

  execute(e, SetEndeavour{wordsOf(kMaxEndeavourLength, "Every child in the city")});
  for (int c = 1; c <= 4; ++c) {
    execute(e, AddClarityItem{{wordsOf(kMaxClarityTextLength, "Weekly huddle " + std::to_string(c)),
                               wordsOf(kMaxClarityTextLength, "Owner"), wordsOf(kMaxClarityTextLength, "Resources"),
                               c % 2 ? "2027-01-10" : "2027-03-01", c == 1 ? 3 : 0},
                              ClarityStatus::Agreed});
  }
  for (int p = 1; p <= 4; ++p) {
    execute(e, ProposeClarityItem{test::token(p), wordsOf(kMaxClarityTextLength, "Proposal " + std::to_string(p))});
    execute(e, ApproveClarityItem{4 + p});
    // Three votes each (the default budget), more of them on the earlier proposals.
    for (int i = 1; i <= kPeople - p * 3; ++i) {
      if (i % 4 != p - 1) execute(e, ToggleEnergy{test::token(i), 4 + p, true});
    }
  }
  // Reflection: six questions of the longest length, a lens, and a long reflection from everyone,
  // on five of the six dimensions (so one is named as not touched).
  std::vector<std::string> questions;
  for (int q = 1; q <= static_cast<int>(kMaxReflectionQuestions); ++q) {
    questions.push_back(wordsOf(kMaxReflectionQuestionLength, "What keeps repeating " + std::to_string(q)));
  }
  execute(e, OpenReflection{ReflectionStage::SenseMaking, questions, Lens::AerialPhotographer});
  for (int i = 1; i <= kPeople; ++i) {
    execute(e, ShareReflection{test::token(i), wordsOf(kMaxReflectionLength, "I notice " + std::to_string(i)),
                               i % 7 == 0 ? Dimension::None : kDimensions[static_cast<std::size_t>(i % 5)]});
    execute(e, ApproveReflection{i});
  }
  test::keepSampleRooms(e, *now, true); // every room's name and text at the longest
  e.setPresent(kPeople);
}

struct View {
  Board board;
  const char* belief;
  const char* difference;
  bool trendByGroup;
  const char* name;
};

const View kViews[] = {
    {Board::Belief, "room", "prompt", false, "belief-room"},
    {Board::Belief, "groups", "prompt", false, "belief-groups"},
    {Board::Belief, "trend", "prompt", false, "belief-trend"},
    {Board::Belief, "trend", "prompt", true, "belief-trend-groups"},
    {Board::Poll, "room", "prompt", false, "poll"},
    {Board::Difference, "room", "prompt", false, "difference-prompt"},
    {Board::Difference, "room", "ranking", false, "difference-ranking"},
    {Board::Difference, "room", "statements", false, "difference-statements"},
    {Board::Topics, "room", "prompt", false, "topics"},
    {Board::Clarity, "room", "prompt", false, "clarity"},
    {Board::Reflection, "room", "prompt", false, "reflection"},
    {Board::Balcony, "room", "prompt", false, "balcony"},
    {Board::Rooms, "room", "prompt", false, "rooms"},
};

bool inside(const float (&inner)[4], const float (&outer)[4], float slack) {
  return inner[0] >= outer[0] - slack && inner[1] >= outer[1] - slack && inner[2] <= outer[2] + slack &&
         inner[3] <= outer[3] + slack;
}

bool overlap(const float (&a)[4], const float (&b)[4], float slack) {
  return a[0] < b[2] - slack && b[0] < a[2] - slack && a[1] < b[3] - slack && b[1] < a[3] - slack;
}

std::string describe(const ui::ProjectorText& t) {
  std::ostringstream out;
  out << "\"" << t.shown << "\" drawn [" << t.drawn[0] << ", " << t.drawn[1] << " - " << t.drawn[2] << ", "
      << t.drawn[3] << "] in box [" << t.box[0] << ", " << t.box[1] << " - " << t.box[2] << ", " << t.box[3]
      << "] of region [" << t.region[0] << ", " << t.region[1] << " - " << t.region[2] << ", " << t.region[3] << "]";
  return out.str();
}

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

// What every frame must satisfy, whatever it shows.
void checkFits(const std::vector<ui::ProjectorText>& texts, int width, int height) {
  const float window[4] = {0, 0, static_cast<float>(width), static_cast<float>(height)};
  REQUIRE(texts.size() > 5);
  for (const auto& t : texts) {
    INFO(describe(t));
    CHECK(inside(t.drawn, t.box, 0.5f));   // not cut by its box
    CHECK(inside(t.box, t.region, 0.5f));  // the box lies in its part of the window
    CHECK(inside(t.region, window, 0.5f)); // and that part in the window
    if (t.shortened) {
      // Shortened at a word (or inside one word longer than the line), with an ellipsis; the words
      // before it are the text's own, in order.
      REQUIRE(t.shown.size() >= kEllipsis.size());
      CHECK(t.shown.substr(t.shown.size() - kEllipsis.size()) == kEllipsis);
      const std::string kept = t.shown.substr(0, t.shown.size() - kEllipsis.size());
      std::string flat = t.full;
      std::replace(flat.begin(), flat.end(), '\n', ' ');
      CHECK(flat.rfind(kept, 0) == 0);
      if (flat.rfind(kept, 0) == 0 && kept.size() < flat.size() && kept.find(' ') != std::string::npos) {
        const char next = flat[kept.size()];
        CHECK((next == ' ' || next == ',' || next == ';' || next == ':'));
      }
    } else {
      CHECK((t.shown.find(kEllipsis) == std::string::npos || t.full.find(kEllipsis) != std::string::npos));
    }
  }
  for (std::size_t i = 0; i < texts.size(); ++i) {
    for (std::size_t j = i + 1; j < texts.size(); ++j) {
      INFO(describe(texts[i]) << "\n over \n" << describe(texts[j]));
      CHECK_FALSE(overlap(texts[i].drawn, texts[j].drawn, 1.0f));
    }
  }
}

} // namespace

TEST_CASE("Every projector text fits its box with the longest texts, on every board, size and theme",
          "[ui][screenshot][fit]") {
  test::TempDir dir;
  store::Store db(dir.path() / "balcony.sqlite");
  auto now = std::make_shared<Millis>(kStart);
  engine::Engine engine(db, db.createSession(1), [now] { return *now; });
  engine.start();
  fillToTheLimits(engine, now);
  const auto signals = core::signalsAt(engine.snapshot()->state, *now, 20);
  REQUIRE(signals.size() >= 3); // circles, overtime and flags, all showing as alerts

  const auto size = GENERATE(std::pair{1024, 768}, std::pair{1280, 720}, std::pair{1920, 1080}, std::pair{3840, 2160});
  const auto theme = GENERATE(as<std::string>{}, "light", "dark", "high-contrast");
  for (const auto& view : kViews) {
    execute(engine, ShowBoard{view.board});
    ui::GuiOptions options;
    options.joinUrl = "http://192.0.2.10:8080/?room=ROOM";
    options.databasePath = "balcony.sqlite";
    options.screenshotDir = dir.path().string();
    options.projectorWidth = size.first;
    options.projectorHeight = size.second;
    options.darkProjector = theme == "dark";
    options.highContrastProjector = theme == "high-contrast";
    options.beliefView = view.belief;
    options.differenceView = view.difference;
    options.trendByGroup = view.trendByGroup;
    options.clock = [now] { return *now; };
    ui::Gui gui(engine.facilitator());
    REQUIRE(gui.run(options) == 0);
    INFO(view.name << " " << theme << " " << size.first << "x" << size.second);
    CHECK(gui.projectorWidth() == size.first);
    CHECK(gui.projectorHeight() == size.second);
    const auto texts = gui.projectorText();
    checkFits(texts, size.first, size.second);
    // The alerts are on every board, in full or shortened to be shown in full, and those the strip
    // has no room for are counted, for the console.
    std::size_t shownAlerts = 0;
    std::size_t countedAlerts = 0;
    for (const auto& t : texts) {
      shownAlerts += static_cast<std::size_t>(
          std::count_if(signals.begin(), signals.end(), [&](const core::Signal& s) { return s.message == t.full; }));
      if (t.full.find("more alert") != std::string::npos) countedAlerts = std::stoul(t.full.substr(4));
    }
    CHECK(shownAlerts >= 1);
    CHECK(shownAlerts + countedAlerts == signals.size());
    const auto name = std::string("fit-") + view.name + "-" + theme + "-" + std::to_string(size.first) + ".png";
    test::keep(dir.path() / "projector.png", name.c_str());
  }
}

TEST_CASE("A shortened projector text is shown in full, large, and fits there", "[ui][screenshot][fit]") {
  test::TempDir dir;
  store::Store db(dir.path() / "balcony.sqlite");
  auto now = std::make_shared<Millis>(kStart);
  engine::Engine engine(db, db.createSession(1), [now] { return *now; });
  engine.start();
  fillToTheLimits(engine, now);
  execute(engine, ShowBoard{Board::Difference});

  ui::GuiOptions options;
  options.joinUrl = "http://192.0.2.10:8080/?room=ROOM";
  options.databasePath = "balcony.sqlite";
  options.screenshotDir = dir.path().string();
  options.projectorWidth = 1024;
  options.projectorHeight = 768;
  options.clock = [now] { return *now; };
  std::vector<ui::ProjectorText> board;
  {
    ui::Gui gui(engine.facilitator());
    REQUIRE(gui.run(options) == 0);
    board = gui.projectorText();
  }
  const auto firstShortened = std::find_if(board.begin(), board.end(), [](const auto& t) { return t.shortened; });
  REQUIRE(firstShortened != board.end());

  options.inFullSteps = 1; // F pressed once on the projector
  ui::Gui gui(engine.facilitator());
  REQUIRE(gui.run(options) == 0);
  const auto texts = gui.projectorText();
  checkFits(texts, 1024, 768);
  const auto inFull = std::find_if(texts.begin(), texts.end(),
                                   [&](const auto& t) { return t.full == firstShortened->full && !t.shortened; });
  INFO(firstShortened->full);
  REQUIRE(inFull != texts.end());
  test::keep(dir.path() / "projector.png", "fit-in-full-1024.png");
}
