// How belief moves: the mean of each belief (or of each group on one belief) per round, in this
// session and in the earlier sessions of the same series. Means are shown as a share of the
// scale, so rounds on 1–5 and on 0–10 share one chart honestly.
#include "belief/belief_projector.hpp"

#include "balcony/ui/chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace balcony::ui {
namespace {

struct Series {
  std::string name;
  std::vector<std::optional<double>> values; // one per trend point
};

} // namespace

void drawBeliefTrend(const core::Snapshot& snapshot, const ProjectorContext& ctx, ImVec2 origin, ImVec2 size) {
  const auto& pal = palette(ctx.theme);
  auto* list = ImGui::GetWindowDrawList();
  ImGui::PushFont(ctx.fonts.body);
  const float line = ImGui::GetTextLineHeightWithSpacing();

  std::vector<core::TrendPoint> points;
  if (snapshot.history) {
    points = *snapshot.history;
  }
  // Only revealed rounds of this session: the trend must not leak hidden results.
  for (auto& point : core::beliefTrend(snapshot.state, "Today ")) {
    if (point.revealed) {
      points.push_back(std::move(point));
    }
  }
  if (points.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    textBlock(origin, size.x, line * 2.0f, "The trend appears once a round has been revealed.");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    return;
  }

  std::vector<Series> series;
  std::vector<std::size_t> rewordedAt; // points where the followed belief's wording changed (by group)
  const auto& s = ctx.settings;
  const auto n = points.size();
  if (!s.trendByGroup) {
    // A line per belief and wording: a reworded belief is a new question, so its line starts anew,
    // labelled with the round it starts at, and never joins the old one.
    for (std::size_t b = 0; b < core::kBeliefCount; ++b) {
      std::size_t first = 0;
      for (std::size_t i = 0; i <= n; ++i) {
        if (i < n && (i == first || points[i].statements[b] == points[first].statements[b])) continue;
        Series one;
        char name[96];
        const bool whole = first == 0 && i == n;
        if (whole) {
          std::snprintf(name, sizeof name, "%zu. ", b + 1);
        } else if (first == 0) {
          std::snprintf(name, sizeof name, "%zu, to %s: ", b + 1, points[i - 1].label.c_str());
        } else {
          std::snprintf(name, sizeof name, "%zu, from %s: ", b + 1, points[first].label.c_str());
        }
        one.name = name + points[first].statements[b];
        one.values.assign(n, std::nullopt);
        for (std::size_t k = first; k < i; ++k) {
          one.values[k] = points[k].overall[b];
        }
        series.push_back(std::move(one));
        first = i;
      }
    }
  } else {
    const auto b = static_cast<std::size_t>(std::clamp(s.trendBelief, 0, static_cast<int>(core::kBeliefCount) - 1));
    std::vector<std::string> names;
    for (const auto& p : points) {
      for (const auto& [group, values] : p.byGroup) {
        if (std::find(names.begin(), names.end(), group) == names.end()) {
          names.push_back(group);
        }
      }
    }
    for (const auto& name : names) {
      Series one{name, {}};
      for (const auto& p : points) {
        std::optional<double> v;
        for (const auto& [group, values] : p.byGroup) {
          if (group == name) v = values[b];
        }
        one.values.push_back(v);
      }
      series.push_back(std::move(one));
    }
    for (std::size_t i = 1; i < n; ++i) {
      if (points[i].statements[b] != points[i - 1].statements[b]) rewordedAt.push_back(i);
    }
  }

  // Legend on the right, chart on the left.
  const float legendW = size.x * 0.3f;
  const float axisW = ImGui::CalcTextSize("disagree").x + line * 0.5f;
  const ImVec2 chart0(origin.x + axisW, origin.y + line * 0.5f);
  const ImVec2 chart1(origin.x + size.x - legendW - line, origin.y + size.y - line * 1.8f);
  for (int tick = 0; tick <= 4; ++tick) {
    const float y = chart1.y - (chart1.y - chart0.y) * static_cast<float>(tick) / 4.0f;
    list->AddLine(ImVec2(chart0.x, y), ImVec2(chart1.x, y), pal.grid, tick == 0 ? 2.0f : 1.0f);
  }
  ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
  textAt(ImVec2(origin.x, chart0.y - line * 0.5f), "agree");
  textAt(ImVec2(origin.x, chart1.y - line * 0.5f), "disagree");
  ImGui::PopStyleColor();

  auto xAt = [&](std::size_t i) {
    return n == 1
               ? (chart0.x + chart1.x) * 0.5f
               : chart0.x + (chart1.x - chart0.x) * (0.04f + 0.92f * static_cast<float>(i) / static_cast<float>(n - 1));
  };
  auto yAt = [&](double v) { return chart1.y - (chart1.y - chart0.y) * static_cast<float>(v); };
  // Round labels as many as fit side by side, always the last.
  float widest = 0;
  for (const auto& p : points)
    widest = std::max(widest, ImGui::CalcTextSize(p.label.c_str()).x);
  const float spacing = n > 1 ? (xAt(1) - xAt(0)) : chart1.x - chart0.x;
  const std::size_t labelEvery =
      std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil((widest + line) / std::max(1.0f, spacing))));
  const float labelY = chart1.y + line * 0.3f;
  const float chartLeft = origin.x;
  const float chartRight = chart1.x + line * 0.5f;
  for (std::size_t i = 0; i < n; ++i) {
    const bool last = i + 1 == n;
    if ((i % labelEvery == 0 && (last || n - 1 - i >= labelEvery)) || last) {
      ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
      const float w = ImGui::CalcTextSize(points[i].label.c_str()).x;
      const float x = std::clamp(xAt(i) - w * 0.5f, chartLeft, chartRight - w);
      textLine(ImVec2(x, labelY), chartRight - x, points[i].label);
      ImGui::PopStyleColor();
    }
  }
  const float thick = ctx.fonts.bodyPx * 0.14f;
  for (std::size_t i : rewordedAt) {
    // The followed belief was asked in new words from here: the lines break, and the chart says why.
    const float x = (xAt(i - 1) + xAt(i)) * 0.5f;
    for (float y = chart0.y; y < chart1.y; y += line * 0.5f) {
      list->AddLine(ImVec2(x, y), ImVec2(x, std::min(chart1.y, y + line * 0.25f)), pal.mutedText, 2.0f);
    }
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    const float w = std::min(ImGui::CalcTextSize("reworded").x, chartRight - x - line * 0.2f);
    textLine(ImVec2(x + line * 0.2f, chart0.y), std::max(w, line), "reworded");
    ImGui::PopStyleColor();
  }
  auto connected = [&](std::size_t i) {
    return std::find(rewordedAt.begin(), rewordedAt.end(), i) == rewordedAt.end();
  };
  for (std::size_t k = 0; k < series.size(); ++k) {
    const auto colour = seriesColour(k);
    std::optional<ImVec2> previous;
    for (std::size_t i = 0; i < n; ++i) {
      if (!series[k].values[i]) {
        previous.reset();
        continue;
      }
      const ImVec2 p(xAt(i), yAt(*series[k].values[i]));
      if (previous && connected(i)) {
        list->AddLine(*previous, p, colour, thick);
      }
      list->AddCircleFilled(p, thick * 2.0f, colour);
      previous = p;
    }
  }

  float ly = origin.y;
  const float lx = origin.x + size.x - legendW;
  if (s.trendByGroup) {
    ImGui::PushFont(ctx.fonts.bold);
    char buf[64];
    std::snprintf(buf, sizeof buf, "Belief %d, by group", s.trendBelief + 1);
    textLine(ImVec2(lx, ly), legendW, buf);
    ImGui::PopFont();
    ly += line * 1.3f;
  }
  // Each entry gets an equal share of the legend's height, up to three lines; what is shortened can
  // be shown in full.
  const float gap = line * 0.4f;
  const float each = (origin.y + size.y - ly) / static_cast<float>(std::max<std::size_t>(1, series.size())) - gap;
  const float tl = ImGui::GetTextLineHeight();
  const int entryLines = std::clamp(static_cast<int>(each / tl), 1, 3);
  for (std::size_t k = 0; k < series.size(); ++k) {
    if (ly + tl > origin.y + size.y) break;
    list->AddRectFilled(ImVec2(lx, ly + tl * 0.25f), ImVec2(lx + tl * 0.8f, ly + tl * 0.75f), seriesColour(k));
    const float h =
        textBlock(ImVec2(lx + tl * 1.1f, ly), legendW - tl * 1.1f, tl * static_cast<float>(entryLines), series[k].name);
    ly += h + gap;
  }
  // Rounds where a few joined, left or changed group are counted over the same people (see
  // core::summarizeRoundsTogether); the chart says so, or a changed mean would look like the room's.
  int common = 0;
  const std::size_t today = snapshot.history ? std::min(snapshot.history->size(), points.size()) : 0;
  for (std::size_t i = today; i < points.size(); ++i) {
    const auto& p = points[i];
    for (std::size_t b = 0; b < core::kBeliefCount; ++b) {
      if (!s.trendByGroup || static_cast<int>(b) == s.trendBelief) common = std::max(common, p.commonPeople[b]);
    }
  }
  if (common > 0 && ly + tl * 2 <= origin.y + size.y) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    textBlock(ImVec2(lx, ly), legendW, tl * 2, "Today's rounds: the " + std::to_string(common) + " who answered each");
    ImGui::PopStyleColor();
  }
  ImGui::PopFont();
}

} // namespace balcony::ui
