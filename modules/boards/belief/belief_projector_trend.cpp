// How belief moves: the mean of each belief (or of each group on one belief) per round, in this
// session and in the earlier sessions of the same series. Means are shown as a share of the
// scale, so rounds on 1–5 and on 0–10 share one chart honestly.
#include "belief/belief_projector.hpp"

#include "chart.hpp"

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
    textAt(origin, "The trend appears once a round has been revealed.");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    return;
  }

  std::vector<Series> series;
  const auto& s = ctx.settings;
  const auto* round = snapshot.state.currentRound();
  if (!s.trendByGroup) {
    for (std::size_t b = 0; b < core::kBeliefCount; ++b) {
      Series one;
      char name[16];
      std::snprintf(name, sizeof name, "%zu. ", b + 1);
      const auto& statements = round != nullptr ? round->statements : core::kDefaultBeliefStatements;
      one.name = name + statements[b];
      for (const auto& p : points) {
        one.values.push_back(p.overall[b]);
      }
      series.push_back(std::move(one));
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

  const auto n = points.size();
  auto xAt = [&](std::size_t i) {
    return n == 1
               ? (chart0.x + chart1.x) * 0.5f
               : chart0.x + (chart1.x - chart0.x) * (0.04f + 0.92f * static_cast<float>(i) / static_cast<float>(n - 1));
  };
  auto yAt = [&](double v) { return chart1.y - (chart1.y - chart0.y) * static_cast<float>(v); };
  const std::size_t labelEvery = std::max<std::size_t>(1, n / 8);
  for (std::size_t i = 0; i < n; ++i) {
    if (i % labelEvery == 0 || i + 1 == n) {
      ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
      centredText(ImVec2(xAt(i), chart1.y + line * 0.3f), points[i].label.c_str());
      ImGui::PopStyleColor();
    }
  }
  const float thick = ctx.fonts.bodyPx * 0.14f;
  for (std::size_t k = 0; k < series.size(); ++k) {
    const auto colour = seriesColour(k);
    std::optional<ImVec2> previous;
    for (std::size_t i = 0; i < n; ++i) {
      if (!series[k].values[i]) {
        previous.reset();
        continue;
      }
      const ImVec2 p(xAt(i), yAt(*series[k].values[i]));
      if (previous) {
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
    textAt(ImVec2(lx, ly), buf);
    ImGui::PopFont();
    ly += line * 1.3f;
  }
  for (std::size_t k = 0; k < series.size(); ++k) {
    list->AddRectFilled(ImVec2(lx, ly + line * 0.25f), ImVec2(lx + line * 0.8f, ly + line * 0.75f), seriesColour(k));
    const float h = line * 3.0f;
    wrappedText(ImVec2(lx + line * 1.1f, ly), legendW - line * 1.1f, h, series[k].name);
    ly = std::max(ImGui::GetCursorScreenPos().y, ly + line) + line * 0.4f;
  }
  ImGui::PopFont();
}

} // namespace balcony::ui
