// Summaries and requests to and from JSON (summary_codec.hpp). Reading goes through Reader, which
// checks each field's type and bounds and names the first one that is wrong.
#include "balcony/federation/summary_codec.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace balcony::federation {
namespace {

using Json = nlohmann::json;

constexpr std::size_t kMaxText = 4000;   // bytes in any one text
constexpr std::size_t kMaxItems = 1000;  // entries in any one list
constexpr long long kMaxCount = 100'000; // answers to one question in one room, at most (a room is thousands)

struct Bad : std::runtime_error {
  using std::runtime_error::runtime_error;
};

const Json& at(const Json& j, const char* key) {
  if (!j.is_object()) throw Bad("expected an object");
  const auto it = j.find(key);
  if (it == j.end()) throw Bad(std::string("'") + key + "' is missing");
  return *it;
}

std::string text(const Json& j, const char* key) {
  const auto& v = at(j, key);
  if (!v.is_string()) throw Bad(std::string("'") + key + "' is not text");
  auto s = v.get<std::string>();
  if (s.size() > kMaxText) throw Bad(std::string("'") + key + "' is too long");
  return s;
}

long long number(const Json& j, const char* key, long long lo, long long hi) {
  const auto& v = at(j, key);
  if (!v.is_number_integer()) throw Bad(std::string("'") + key + "' is not a whole number");
  const auto n = v.get<long long>();
  if (n < lo || n > hi) throw Bad(std::string("'") + key + "' is out of range");
  return n;
}

int count(const Json& j, const char* key) {
  return static_cast<int>(number(j, key, 0, kMaxCount));
}

double real(const Json& j, const char* key, double lo, double hi) {
  const auto& v = at(j, key);
  if (!v.is_number()) throw Bad(std::string("'") + key + "' is not a number");
  const auto d = v.get<double>();
  if (!std::isfinite(d) || d < lo || d > hi) throw Bad(std::string("'") + key + "' is out of range");
  return d;
}

bool flag(const Json& j, const char* key) {
  const auto& v = at(j, key);
  if (!v.is_boolean()) throw Bad(std::string("'") + key + "' is not true or false");
  return v.get<bool>();
}

template <class F> void each(const Json& j, const char* key, F f) {
  const auto& v = at(j, key);
  if (!v.is_array()) throw Bad(std::string("'") + key + "' is not a list");
  if (v.size() > kMaxItems) throw Bad(std::string("'") + key + "' has too many entries");
  for (const auto& item : v)
    f(item);
}

std::optional<double> maybeReal(const Json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return real(j, key, 0.0, 1.0);
}

Json toJson(const core::Distribution& d) {
  return {{"min", d.scaleMin}, {"max", d.scaleMax},  {"counts", d.counts},    {"answered", d.answered},
          {"mean", d.mean},    {"median", d.median}, {"withheld", d.withheld}};
}
// A distribution; with `counts`, the answers per scale point must be there and add up (a prompt's
// overall figures travel as the number who answered only, as the room's projector shows them).
core::Distribution distribution(const Json& j, bool counts = true) {
  core::Distribution d;
  d.scaleMin = static_cast<int>(number(j, "min", 0, 10));
  d.scaleMax = static_cast<int>(number(j, "max", 0, 10));
  if (d.scaleMax <= d.scaleMin) throw Bad("a scale runs the wrong way");
  long long total = 0;
  each(j, "counts", [&](const Json& c) {
    if (!c.is_number_integer() || c.get<long long>() < 0 || c.get<long long>() > kMaxCount)
      throw Bad("a count is wrong");
    d.counts.push_back(c.get<int>());
    total += c.get<int>();
  });
  d.answered = count(j, "answered");
  if (!d.counts.empty() && d.counts.size() != static_cast<std::size_t>(d.scaleMax - d.scaleMin + 1)) {
    throw Bad("counts do not match the scale");
  }
  if (counts && d.answered > 0 && d.counts.empty()) throw Bad("answers without their counts");
  if (!d.counts.empty() && total != d.answered) throw Bad("counts do not add up to the answers");
  d.mean = real(j, "mean", 0, 10);
  d.median = real(j, "median", 0, 10);
  if (d.answered > 0 && !d.counts.empty() &&
      (d.mean < d.scaleMin || d.mean > d.scaleMax || d.median < d.scaleMin || d.median > d.scaleMax)) {
    throw Bad("a mean or median is off the scale");
  }
  d.withheld = count(j, "withheld");
  return d;
}

Json toJson(const std::vector<core::GroupDistribution>& groups) {
  Json a = Json::array();
  for (const auto& g : groups)
    a.push_back({{"group", g.group}, {"figures", toJson(g.distribution)}});
  return a;
}
std::vector<core::GroupDistribution> groups(const Json& j, const char* key) {
  std::vector<core::GroupDistribution> out;
  each(j, key, [&](const Json& g) { out.push_back({text(g, "group"), distribution(at(g, "figures"))}); });
  return out;
}

Json toJson(const core::GroupAgreement& g) {
  return {{"group", g.group}, {"agree", g.agree}, {"disagree", g.disagree}, {"pass", g.pass}};
}
core::GroupAgreement agreement(const Json& j) {
  return {text(j, "group"), count(j, "agree"), count(j, "disagree"), count(j, "pass")};
}

Json optionalJson(const std::optional<double>& v) {
  return v ? Json(*v) : Json(nullptr);
}

} // namespace

std::string encodeSummary(const core::RoomSummary& s) {
  Json beliefs = Json::array();
  for (const auto& b : s.beliefs) {
    beliefs.push_back({{"statement", b.statement}, {"overall", toJson(b.overall)}, {"groups", toJson(b.byGroup)}});
  }
  Json prompts = Json::array();
  for (const auto& p : s.prompts) {
    prompts.push_back({{"prompt", p.prompt},
                       {"text", p.text},
                       {"kind", p.kind},
                       {"overall", toJson(p.overall)},
                       {"groups", toJson(p.byGroup)},
                       {"divergence", optionalJson(p.divergence)}});
  }
  Json statements = Json::array();
  for (const auto& st : s.statements) {
    Json by = Json::array();
    for (const auto& g : st.byGroup)
      by.push_back(toJson(g));
    statements.push_back({{"statement", st.id},
                          {"text", st.text},
                          {"overall", toJson(st.overall)},
                          {"groups", by},
                          {"dividing", optionalJson(st.dividing)},
                          {"uniting", st.uniting}});
  }
  Json clarity = Json::array();
  for (const auto& c : s.clarity)
    clarity.push_back({{"what", c.what}, {"owner", c.owner}, {"review", c.reviewDate}});
  Json j = {{"room", s.room},
            {"version", s.version},
            {"at", s.at},
            {"title", s.title},
            {"participants", s.participants},
            {"present", s.present},
            {"threshold", s.privacyThreshold},
            {"round", s.beliefRound},
            {"round_open", s.beliefOpen},
            {"beliefs", beliefs},
            {"prompts", prompts},
            {"statements", statements},
            {"alerts", s.alerts},
            {"clarity", clarity},
            {"shared", s.shared}};
  if (s.poll) {
    j["poll"] = {{"question", s.poll->question},           {"options", s.poll->options},
                 {"answered", s.poll->figures.answered},   {"counts", s.poll->figures.counts},
                 {"scale", toJson(s.poll->figures.scale)}, {"withheld", s.poll->figures.withheld}};
  }
  // Text that is not valid UTF-8 (typed in another code page) is sent with U+FFFD, never refused.
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::optional<core::RoomSummary> decodeSummary(std::string_view text_, std::string& error) {
  if (text_.size() > kMaxMessageBytes) {
    error = "the summary is too long";
    return std::nullopt;
  }
  const auto j = Json::parse(text_.begin(), text_.end(), nullptr, false);
  if (j.is_discarded()) {
    error = "the summary is not JSON";
    return std::nullopt;
  }
  try {
    core::RoomSummary s;
    s.room = text(j, "room");
    if (!core::validRoomName(s.room)) throw Bad("'room' is not a room's name");
    s.version = static_cast<std::uint64_t>(number(j, "version", 0, std::numeric_limits<long long>::max()));
    s.at = number(j, "at", 0, std::numeric_limits<long long>::max());
    s.title = text(j, "title");
    s.participants = count(j, "participants");
    s.present = count(j, "present");
    s.privacyThreshold =
        static_cast<int>(number(j, "threshold", core::kMinPrivacyThreshold, core::kMaxPrivacyThreshold));
    s.beliefRound = count(j, "round");
    s.beliefOpen = flag(j, "round_open");
    each(j, "beliefs", [&](const Json& b) {
      if (s.beliefs.size() == core::kBeliefCount) throw Bad("too many beliefs");
      s.beliefs.push_back({text(b, "statement"), distribution(at(b, "overall")), groups(b, "groups")});
    });
    each(j, "prompts", [&](const Json& p) {
      core::PromptSummary ps;
      ps.prompt = count(p, "prompt");
      ps.text = text(p, "text");
      ps.kind = text(p, "kind");
      ps.overall = distribution(at(p, "overall"), false);
      ps.byGroup = groups(p, "groups");
      ps.divergence = maybeReal(p, "divergence");
      s.prompts.push_back(std::move(ps));
    });
    each(j, "statements", [&](const Json& st) {
      core::StatementSummary ss;
      ss.id = count(st, "statement");
      ss.text = text(st, "text");
      ss.overall = agreement(at(st, "overall"));
      each(st, "groups", [&](const Json& g) { ss.byGroup.push_back(agreement(g)); });
      ss.dividing = maybeReal(st, "dividing");
      ss.uniting = real(st, "uniting", 0.0, 1.0);
      s.statements.push_back(std::move(ss));
    });
    each(j, "alerts", [&](const Json& a) {
      if (!a.is_string() || a.get<std::string>().size() > kMaxText) throw Bad("an alert is not text");
      s.alerts.push_back(a.get<std::string>());
    });
    each(j, "clarity", [&](const Json& c) {
      s.clarity.push_back({text(c, "what"), text(c, "owner"), text(c, "review")});
    });
    each(j, "shared", [&](const Json& t) {
      if (!t.is_string() || t.get<std::string>().size() > kMaxText) throw Bad("a shared text is not text");
      s.shared.push_back(t.get<std::string>());
    });
    if (j.contains("poll")) {
      const auto& p = j.at("poll");
      core::RoomPoll poll;
      poll.question = text(p, "question");
      each(p, "options", [&](const Json& o) {
        if (!o.is_string() || o.get<std::string>().size() > kMaxText) throw Bad("a poll option is not text");
        poll.options.push_back(o.get<std::string>());
      });
      poll.figures.answered = count(p, "answered");
      each(p, "counts", [&](const Json& c) {
        if (!c.is_number_integer() || c.get<long long>() < 0 || c.get<long long>() > kMaxCount)
          throw Bad("a count is wrong");
        poll.figures.counts.push_back(c.get<int>());
      });
      poll.figures.scale = distribution(at(p, "scale"));
      poll.figures.withheld = count(p, "withheld");
      if (!poll.options.empty() && !poll.figures.counts.empty() && poll.figures.counts.size() != poll.options.size()) {
        throw Bad("a poll's counts do not match its options");
      }
      s.poll = std::move(poll);
    }
    return s;
  } catch (const std::exception& e) {
    error = e.what();
    return std::nullopt;
  }
}

std::string encodeRequest(const core::EventRequest& r) {
  return Json{{"id", r.id},
              {"kind", r.kind == core::RequestKind::Belief ? "belief" : "poll"},
              {"question", r.question},
              {"options", r.options},
              {"at", r.at}}
      .dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::optional<core::EventRequest> decodeRequest(std::string_view text_, std::string& error) {
  if (text_.size() > 64 * 1024) {
    error = "the request is too long";
    return std::nullopt;
  }
  const auto j = Json::parse(text_.begin(), text_.end(), nullptr, false);
  if (j.is_discarded()) {
    error = "the request is not JSON";
    return std::nullopt;
  }
  try {
    core::EventRequest r;
    r.id = static_cast<std::uint64_t>(number(j, "id", 1, std::numeric_limits<long long>::max()));
    const auto kind = text(j, "kind");
    if (kind == "belief") {
      r.kind = core::RequestKind::Belief;
    } else if (kind == "poll") {
      r.kind = core::RequestKind::Poll;
    } else {
      throw Bad("'kind' is neither belief nor poll");
    }
    r.question = text(j, "question");
    each(j, "options", [&](const Json& o) {
      if (!o.is_string() || o.get<std::string>().size() > kMaxText) throw Bad("an option is not text");
      r.options.push_back(o.get<std::string>());
    });
    if (r.kind == core::RequestKind::Poll && (r.question.empty() || r.options.size() < 2 || r.options.size() > 10)) {
      throw Bad("a poll needs a question and 2 to 10 options");
    }
    r.at = number(j, "at", 0, std::numeric_limits<long long>::max());
    return r;
  } catch (const std::exception& e) {
    error = e.what();
    return std::nullopt;
  }
}

std::vector<core::EventRoom> keptRooms(const core::SessionState& state) {
  std::vector<core::EventRoom> out;
  for (const auto& [name, kept] : state.keptRooms) {
    std::string why;
    auto summary = decodeSummary(kept.summary, why);
    if (!summary) continue;
    out.push_back({std::move(*summary), kept.link, kept.since, 0});
  }
  return out;
}

} // namespace balcony::federation
