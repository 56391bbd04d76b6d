// Fuzzes the outcome exports. An input is either an event log as JSON (first byte even: the rest
// goes through importEventLog, as a file someone hands over would), or a meeting (first byte odd:
// FuzzedDataProvider picks facilitator and participant commands, decide() checks them as the
// engine does). The resulting state goes to every writer, and what must hold is checked: CSV cells
// never start a formula, participant text never adds HTML markup, the calendar keeps RFC 5545
// lines, and the JSON export reads back into the same reports.
#include "balcony/core/session_state.hpp"
#include "balcony/report/csv_export.hpp"
#include "balcony/report/html_report.hpp"
#include "balcony/report/ics_export.hpp"
#include "balcony/report/markdown_summary.hpp"
#include "balcony/store/event_codec.hpp"
#include "balcony/store/store.hpp"

#include <fuzzer/FuzzedDataProvider.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

using namespace balcony;
using nlohmann::json;

namespace {

void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "export_writers: property violated: %s\n", what);
    __builtin_trap();
  }
}

// Equal texts, or the first place they differ on stderr and a trap.
void requireSame(const std::string& a, const std::string& b, const char* what) {
  if (a != b) {
    const auto at = static_cast<std::size_t>(std::mismatch(a.begin(), a.end(), b.begin(), b.end()).first - a.begin());
    const auto from = at < 80 ? 0 : at - 80;
    std::fprintf(stderr, "first difference at byte %zu:\n--- before\n%s\n--- after\n%s\n", at,
                 a.substr(from, 160).c_str(), b.substr(from, 160).c_str());
  }
  require(a == b, what);
}

// --- A meeting made of commands -------------------------------------------------------------

std::string text(FuzzedDataProvider& fdp, std::size_t max = 80) {
  return fdp.ConsumeRandomLengthString(max);
}

std::string token(FuzzedDataProvider& fdp) {
  return "participant-token-" + std::to_string(fdp.ConsumeIntegralInRange(0, 5));
}

int small(FuzzedDataProvider& fdp, int lo, int hi) {
  return fdp.ConsumeIntegralInRange(lo, hi);
}

std::string date(FuzzedDataProvider& fdp) {
  if (fdp.ConsumeBool()) {
    return text(fdp, 12);
  }
  return "20" + std::to_string(small(fdp, 20, 40)) + "-0" + std::to_string(small(fdp, 1, 9)) + "-1" +
         std::to_string(small(fdp, 0, 9));
}

core::ClarityFields fields(FuzzedDataProvider& fdp) {
  return {text(fdp), text(fdp, 30), text(fdp, 30), date(fdp), small(fdp, 0, 3)};
}

core::CommandBody command(FuzzedDataProvider& fdp) {
  switch (fdp.ConsumeIntegralInRange(0, 31)) {
  case 0: return core::Join{"ROOM", token(fdp), fdp.ConsumeBool() ? "Health" : text(fdp, 20)};
  case 1: return core::ChooseGroup{token(fdp), fdp.ConsumeBool() ? "Police" : text(fdp, 20)};
  case 2: {
    core::OpenRound c;
    if (fdp.ConsumeBool()) {
      c.statements = {text(fdp), text(fdp), text(fdp)};
    }
    c.scaleMin = small(fdp, -1, 3);
    c.scaleMax = small(fdp, 3, 11);
    c.showLive = fdp.ConsumeBool();
    return c;
  }
  case 3: return core::AnswerBelief{token(fdp), small(fdp, 0, 3), small(fdp, -1, 3), small(fdp, -1, 11)};
  case 4: return fdp.ConsumeBool() ? core::CommandBody{core::CloseRound{}} : core::CommandBody{core::RevealResults{}};
  case 5: {
    core::OpenPoll c;
    c.question = text(fdp);
    c.kind = fdp.ConsumeBool() ? core::PollKind::Scale : core::PollKind::Options;
    c.scaleMin = small(fdp, 0, 3);
    c.scaleMax = small(fdp, 3, 10);
    const int n = small(fdp, 0, 9);
    for (int i = 0; i < n; ++i) {
      c.options.push_back(text(fdp, 20));
    }
    c.multiple = fdp.ConsumeBool();
    c.showLive = fdp.ConsumeBool();
    return c;
  }
  case 6: {
    core::AnswerPoll c{token(fdp), small(fdp, 0, 3), {}};
    const int n = small(fdp, 0, 4);
    for (int i = 0; i < n; ++i) {
      c.choices.push_back(small(fdp, -1, 10));
    }
    return c;
  }
  case 7: return fdp.ConsumeBool() ? core::CommandBody{core::ClosePoll{}} : core::CommandBody{core::RevealPoll{}};
  case 8: return core::SetPrivacyThreshold{small(fdp, 0, 21)};
  case 9: return core::AddPrompt{text(fdp), text(fdp, 10), small(fdp, 0, 3), small(fdp, 3, 10), fdp.ConsumeBool()};
  case 10: return core::ShowPrompt{small(fdp, 0, 3)};
  case 11: return core::AnswerPrompt{token(fdp), small(fdp, 0, 3), small(fdp, 0, 10), text(fdp)};
  case 12: return core::HideNote{small(fdp, 0, 6)};
  case 13: return core::SubmitStatement{token(fdp), text(fdp)};
  case 14: return core::ApproveStatement{small(fdp, 0, 6)};
  case 15: return core::HideStatement{small(fdp, 0, 6)};
  case 16: return core::VoteStatement{token(fdp), small(fdp, 0, 6), static_cast<core::Vote>(small(fdp, -1, 1))};
  case 17: return core::AddTopic{text(fdp), small(fdp, 0, 90)};
  case 18: return core::StartTopic{small(fdp, 0, 3)};
  case 19: return core::RecordDecision{small(fdp, 0, 3), text(fdp)};
  case 20: return core::RaiseFlag{token(fdp), static_cast<core::FlagKind>(small(fdp, 0, 2)), text(fdp)};
  case 21: return core::ApproveFlagWords{small(fdp, 0, 6)};
  case 22: return core::ProposeClarityItem{token(fdp), text(fdp)};
  case 23: return core::ToggleEnergy{token(fdp), small(fdp, 0, 6), fdp.ConsumeBool()};
  case 24: return core::SetEndeavour{text(fdp)};
  case 25: return core::AddClarityItem{fields(fdp), static_cast<core::ClarityStatus>(small(fdp, 0, 4))};
  case 26: return core::EditClarityItem{small(fdp, 0, 6), fields(fdp)};
  case 27: return core::SetClarityStatus{small(fdp, 0, 6), static_cast<core::ClarityStatus>(small(fdp, 0, 4))};
  case 28:
    return fdp.ConsumeBool() ? core::CommandBody{core::ApproveClarityItem{small(fdp, 0, 6)}}
                             : core::CommandBody{core::HideClarityItem{small(fdp, 0, 6)}};
  case 29: return core::MoveClarityItem{small(fdp, 0, 6), small(fdp, -1, 7)};
  case 30: return core::RetitleSession{text(fdp)};
  default: return core::ShowBoard{static_cast<core::Board>(small(fdp, 0, 4))};
  }
}

std::vector<core::Event> meeting(FuzzedDataProvider& fdp) {
  core::SessionState state;
  std::vector<core::Event> events;
  core::Millis now = 1'790'000'000'000;
  std::vector<core::Command> commands;
  commands.push_back({now, core::CreateSession{fdp.ConsumeBool() ? "Partnership board" : text(fdp),
                                               "ROOM",
                                               {"Health", "Police", text(fdp, 20)}}});
  for (int i = 0; i < 64 && fdp.remaining_bytes() > 0; ++i) {
    now += fdp.ConsumeIntegralInRange<core::Millis>(0, 600'000);
    commands.push_back({now, command(fdp)});
  }
  for (const auto& c : commands) {
    const auto decision = core::decide(state, c);
    for (const auto& body : decision.events) {
      events.push_back({c.at, body});
      core::apply(state, events.back());
    }
  }
  return events;
}

// --- What must hold ---------------------------------------------------------------------------

// Splits CSV text (RFC 4180 quoting, CRLF rows) into cells.
std::vector<std::vector<std::string>> parseCsv(const std::string& csv) {
  std::vector<std::vector<std::string>> rows(1);
  std::string cell;
  bool quoted = false;
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const char c = csv[i];
    if (quoted) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == '"') {
      require(cell.empty(), "CSV: a quote inside an unquoted cell");
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(cell));
      cell.clear();
    } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
      rows.back().push_back(std::move(cell));
      cell.clear();
      rows.emplace_back();
      ++i;
    } else {
      require(c != '\r' && c != '\n', "CSV: a line break outside quotes");
      cell += c;
    }
  }
  require(!quoted, "CSV: an unterminated quoted cell");
  require(cell.empty() && rows.back().empty(), "CSV: the last row does not end with CRLF");
  rows.pop_back();
  return rows;
}

void checkCsv(const std::string& csv) {
  const auto rows = parseCsv(csv);
  require(!rows.empty(), "CSV: no header row");
  for (const auto& row : rows) {
    require(row.size() == 6, "CSV: a row without six cells");
    for (const auto& cell : row) {
      if (!cell.empty()) {
        const char c = cell.front();
        require(c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' && c != '\r',
                "CSV: a cell a spreadsheet would run as a formula");
      }
    }
  }
}

void checkIcs(const std::string& ics) {
  require(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"), "ICS: not one calendar");
  std::size_t start = 0;
  int open = 0;
  while (start < ics.size()) {
    const auto end = ics.find("\r\n", start);
    require(end != std::string::npos, "ICS: a line without CRLF");
    const auto line = std::string_view(ics).substr(start, end - start);
    require(line.size() <= 75, "ICS: a line longer than 75 octets");
    require(line.find_first_of("\r\n") == std::string_view::npos, "ICS: a bare CR or LF in a line");
    if (line == "BEGIN:VEVENT") {
      require(open++ == 0, "ICS: nested events");
    } else if (line == "END:VEVENT") {
      require(open-- == 1, "ICS: an event ended twice");
    }
    start = end + 2;
  }
  require(open == 0, "ICS: an event left open");
}

// Every string in the events with the HTML-special characters swapped for control characters the
// events do not otherwise hold. Lengths and equalities stay as they were, so the report has the
// same shape: if participant text were pasted in unescaped, the markup counts would differ.
bool defang(json& j) {
  if (j.is_string()) {
    auto s = j.get<std::string>();
    for (auto& c : s) {
      switch (c) {
      case '\x01':
      case '\x02':
      case '\x03':
      case '\x04': return false;
      case '<': c = '\x01'; break;
      case '>': c = '\x02'; break;
      case '"': c = '\x03'; break;
      case '\'': c = '\x04'; break;
      default: break;
      }
    }
    j = s;
  } else if (j.is_structured()) {
    for (auto& value : j) {
      if (!defang(value)) {
        return false;
      }
    }
  }
  return true;
}

void checkHtml(const std::string& html, const std::vector<core::Event>& events) {
  require(html.find("<script") == std::string::npos, "HTML: a script element");
  std::vector<core::Event> plain;
  for (const auto& e : events) {
    const auto encoded = store::encodeEvent(e.body);
    auto body = json::parse(encoded.body);
    if (!defang(body)) {
      return; // the text already holds the stand-in characters: no comparison possible
    }
    plain.push_back({e.at, store::decodeEvent(encoded.type, body.dump())});
  }
  const auto reference = report::htmlReport(core::replay(plain));
  for (const char c : {'<', '>', '"', '\''}) {
    require(std::count(html.begin(), html.end(), c) == std::count(reference.begin(), reference.end(), c),
            "HTML: participant text added markup");
  }
}

struct Reports {
  std::string markdown, csv, html, ics;
};

Reports writeAll(const core::SessionState& state) {
  return {report::markdownSummary(state), report::csvResponses(state), report::htmlReport(state),
          report::icsReviewDates(state, "1-fuzz")};
}

// The events as the store keeps them: exports are always made from the stored log, where text
// that is not valid UTF-8 already holds replacement characters.
std::vector<core::Event> stored(const std::vector<core::Event>& events) {
  std::vector<core::Event> out;
  out.reserve(events.size());
  for (const auto& e : events) {
    const auto encoded = store::encodeEvent(e.body);
    out.push_back({e.at, store::decodeEvent(encoded.type, encoded.body)});
  }
  return out;
}

void checkAll(const std::vector<core::Event>& events) {
  const auto reports = writeAll(core::replay(events));
  checkCsv(reports.csv);
  checkIcs(reports.ics);
  checkHtml(reports.html, events);

  // The JSON export reads back, and what it reads back to gives the same reports: tokens and
  // hidden texts are left out of the export, and no report shows either.
  const auto kept = stored(events);
  const auto fromStore = writeAll(core::replay(kept));
  const auto again = store::importEventLog(store::exportEventLog(kept, 1));
  require(again.size() == kept.size(), "JSON: the export lost events");
  const auto back = writeAll(core::replay(again));
  requireSame(fromStore.markdown, back.markdown, "JSON: the export changes the Markdown summary");
  requireSame(fromStore.csv, back.csv, "JSON: the export changes the CSV");
  requireSame(fromStore.html, back.html, "JSON: the export changes the HTML report");
  requireSame(fromStore.ics, back.ics, "JSON: the export changes the calendar");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) {
    return 0;
  }
  if ((data[0] & 1) == 0) {
    std::vector<core::Event> events;
    try {
      events = store::importEventLog(std::string(reinterpret_cast<const char*>(data) + 1, size - 1));
    } catch (const store::StoreError&) {
      return 0; // refused with a plain message: what a damaged file should get
    }
    checkAll(events);
    return 0;
  }
  FuzzedDataProvider fdp(data + 1, size - 1);
  checkAll(meeting(fdp));
  return 0;
}
