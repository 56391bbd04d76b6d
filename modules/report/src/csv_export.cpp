// Spreadsheets execute cells that start with a formula character; participant text must never
// become a formula on the facilitator's laptop (OWASP "CSV injection").
#include "balcony/report/csv_export.hpp"

#include "balcony/core/moderation.hpp"

#include <sstream>

namespace balcony::report {
namespace {

std::string groupOf(const core::SessionState& state, core::ParticipantId id) {
  auto p = state.participants.find(id);
  return p != state.participants.end() ? p->second.group : std::string{};
}

void row(std::ostringstream& out, std::initializer_list<std::string> cells) {
  bool first = true;
  for (const auto& cell : cells) {
    out << (first ? "" : ",") << csvCell(cell);
    first = false;
  }
  out << "\r\n";
}

} // namespace

std::string csvCell(const std::string& text) {
  std::string cell = text;
  if (!cell.empty() &&
      (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' || cell[0] == '\t' || cell[0] == '\r')) {
    cell.insert(cell.begin(), '\'');
  }
  if (cell.find_first_of(",\"\r\n") == std::string::npos) {
    return cell;
  }
  std::string quoted = "\"";
  for (char c : cell) {
    quoted += c;
    if (c == '"') quoted += '"';
  }
  return quoted + "\"";
}

std::string csvResponses(const core::SessionState& state) {
  std::ostringstream out;
  row(out, {"board", "item", "question", "participant", "group", "answer"});
  for (const auto& round : state.rounds) {
    for (const auto& [pid, answers] : round.answers) {
      for (std::size_t b = 0; b < answers.size(); ++b) {
        if (answers[b] == core::kNoAnswer) continue;
        row(out, {"belief", "round " + std::to_string(round.number), round.statements[b], std::to_string(pid),
                  groupOf(state, pid), std::to_string(answers[b])});
      }
    }
  }
  for (const auto& poll : state.polls) {
    for (const auto& [pid, choices] : poll.answers) {
      std::string answer;
      for (int c : choices) {
        if (!answer.empty()) answer += "; ";
        answer += poll.kind == core::PollKind::Scale ? std::to_string(c) : poll.options.at(static_cast<std::size_t>(c));
      }
      row(out, {"poll", "poll " + std::to_string(poll.number), poll.question, std::to_string(pid), groupOf(state, pid),
                answer});
    }
  }
  for (const auto& prompt : state.prompts) {
    for (const auto& [pid, rating] : prompt.ratings) {
      row(out, {"difference", "prompt " + std::to_string(prompt.number), prompt.text, std::to_string(pid),
                groupOf(state, pid), std::to_string(rating)});
    }
    for (const auto& note : prompt.notesGiven) {
      if (note.replaced) continue;
      if (note.hidden) continue;
      row(out, {"difference note", "prompt " + std::to_string(prompt.number), prompt.text,
                std::to_string(note.participant), groupOf(state, note.participant), note.text});
    }
  }
  for (const auto& st : state.statements) {
    if (st.status != core::StatementStatus::Approved) continue;
    for (const auto& [pid, vote] : st.votes) {
      row(out, {"statement", "statement " + std::to_string(st.id), st.text, std::to_string(pid), groupOf(state, pid),
                std::string(core::voteName(vote))});
    }
  }
  for (const auto& item : state.clarity) {
    if (item.hidden) continue;
    for (const auto pid : item.energy) {
      row(out, {"energy", "item " + std::to_string(item.id), item.fields.what, std::to_string(pid), groupOf(state, pid),
                "1"});
    }
  }
  if (const int hidden = core::hiddenTexts(state).leftOut; hidden > 0) {
    row(out, {"# hidden by the facilitator and left out", std::to_string(hidden), "", "", "", ""});
  }
  return out.str();
}

} // namespace balcony::report
