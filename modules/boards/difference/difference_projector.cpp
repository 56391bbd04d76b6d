// Difference surfacing on the projector: the prompt with each group's distribution side by side
// and the notes grouped by perspective; the deck ranked most divided first with the common
// ground; and the participants' statements that divide or unite the groups. Only visible text
// reaches here: hidden notes and pending or hidden statements are filtered in core.
#include "difference/difference_projector.hpp"
#include "balcony/core/figures.hpp"

#include "balcony/ui/chart.hpp"

#include "difference/difference_summary.hpp"

#include <algorithm>
#include <cstdio>

namespace balcony::ui {

const char* divergenceWords(double divergence) {
  if (divergence <= core::kCommonGroundMax) return "common ground";
  if (divergence < 0.35) return "some difference";
  if (divergence < 0.6) return "divided";
  return "strongly divided";
}

namespace {

// A statement divides the groups when their agreement differs by this much; it unites them when
// every group shown agrees at least this much.
constexpr double kDividingMin = 0.3;
constexpr double kUnitingMin = 0.6;

void drawPrompt(const core::Snapshot& snapshot, const ProjectorContext& ctx, ImVec2 origin, ImVec2 size) {
  const auto& state = snapshot.state;
  const auto& pal = palette(ctx.theme);
  const auto* prompt = state.findPrompt(state.currentPrompt);
  ImGui::PushFont(ctx.fonts.body);
  const float line = ImGui::GetTextLineHeightWithSpacing();
  if (prompt == nullptr) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    textBlock(origin, size.x, line * 2.0f, "Waiting for the facilitator to show the first prompt.");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    return;
  }
  const auto summary = core::summarizePrompt(state, *prompt);
  float y = origin.y;
  // The prompt takes up to three lines, fewer when the groups below need the room: the status, the
  // group names, a compact chart, the means and a line of notes keep about nine lines of their own.
  const float belowLeast = line * 9.0f;
  ImGui::PushFont(ctx.fonts.heading);
  const int promptLines = std::min(3, linesIn(size.y - belowLeast));
  const float textH = textBlock(ImVec2(origin.x, y), size.x,
                                ImGui::GetTextLineHeight() * static_cast<float>(promptLines), prompt->text);
  ImGui::PopFont();
  y += textH + line * 0.3f;

  char buf[200];
  if (summary.divergence) {
    std::snprintf(buf, sizeof buf, "A %s \xC2\xB7 %d answered \xC2\xB7 divergence %s: %s", prompt->kind.c_str(),
                  summary.overall.answered, core::divergenceFigure(*summary.divergence).c_str(),
                  divergenceWords(*summary.divergence));
  } else {
    std::snprintf(buf, sizeof buf, "A %s \xC2\xB7 %d answered \xC2\xB7 groups are compared once two have %d answers",
                  prompt->kind.c_str(), summary.overall.answered, state.privacyThreshold);
  }
  ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
  textLine(ImVec2(origin.x, y), size.x, buf);
  ImGui::PopStyleColor();
  y += line * 1.3f;

  // Groups side by side: the distribution on top, the notes from that perspective below.
  std::vector<std::string> columns;
  for (const auto& g : summary.byGroup)
    columns.push_back(g.group);
  for (const auto& n : summary.notes) {
    if (std::find(columns.begin(), columns.end(), n.group) == columns.end()) columns.push_back(n.group);
  }
  if (columns.empty()) {
    ImGui::PopFont();
    return;
  }
  // Groups of different sizes compare as shares of their own answers, on one scale.
  double maxShare = 0.05;
  for (const auto& g : summary.byGroup) {
    maxShare = largestShare(g.distribution, maxShare);
  }
  const float colW = size.x / static_cast<float>(columns.size());
  // Notes are the point of this view: the charts stay compact to leave them room.
  const float chartH = std::min(size.y * 0.3f, summary.notes.empty() ? line * 6.0f : line * 3.6f);
  auto* list = ImGui::GetWindowDrawList();
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const float x = origin.x + static_cast<float>(c) * colW;
    const float w = colW - line * 0.6f;
    ImGui::PushFont(ctx.fonts.bold);
    textLine(ImVec2(x, y), w, columns[c]);
    ImGui::PopFont();
    float cy = y + line * 1.1f;
    const auto g = std::find_if(summary.byGroup.begin(), summary.byGroup.end(),
                                [&](const core::GroupDistribution& d) { return d.group == columns[c]; });
    if (g != summary.byGroup.end()) {
      histogram(g->distribution, maxShare, ImVec2(x, cy), ImVec2(w, chartH), ctx, {true, true, true});
      cy += chartH;
      std::snprintf(buf, sizeof buf, "mean %s \xC2\xB7 %d", core::meanFigure(g->distribution.mean).c_str(),
                    g->distribution.answered);
      ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
      textLine(ImVec2(x, cy), w, buf);
      ImGui::PopStyleColor();
      cy += line * 1.2f;
    }
    const auto n = std::find_if(summary.notes.begin(), summary.notes.end(),
                                [&](const core::GroupNotes& gn) { return gn.group == columns[c]; });
    if (n == summary.notes.end()) continue;
    const float bottom = origin.y + size.y;
    const float tl = ImGui::GetTextLineHeight();
    const float inset = tl * 0.3f;
    for (std::size_t k = 0; k < n->notes.size(); ++k) {
      const auto& text = n->notes[k];
      // Each note in a quiet box, up to four lines; a line is kept for "+N more" while notes remain.
      const float noteH = textHeight(text, w - inset * 2.0f, 4);
      const float boxH = noteH + inset * 2.0f;
      const float more = k + 1 < n->notes.size() ? tl * 1.1f : 0.0f;
      if (cy + boxH + more > bottom) {
        // What room there is: a shorter box, or only the count of what is left.
        const int fit = static_cast<int>((bottom - cy - inset * 2.0f - tl * 1.1f) / tl);
        if (fit >= 2) {
          const float h = textHeight(text, w - inset * 2.0f, fit);
          list->AddRectFilled(ImVec2(x, cy), ImVec2(x + w, cy + h + inset * 2.0f), pal.panel, line * 0.2f);
          textBlock(ImVec2(x + inset, cy + inset), w - inset * 2.0f, h, text);
          cy += h + inset * 2.0f + tl * 0.1f;
          ++k;
        }
        if (k < n->notes.size() && cy + tl <= bottom) {
          std::snprintf(buf, sizeof buf, "+%zu more", n->notes.size() - k);
          ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
          textLine(ImVec2(x, cy), w, buf);
          ImGui::PopStyleColor();
        }
        break;
      }
      list->AddRectFilled(ImVec2(x, cy), ImVec2(x + w, cy + boxH), pal.panel, line * 0.2f);
      textBlock(ImVec2(x + inset, cy + inset), w - inset * 2.0f, noteH, text);
      cy += boxH + tl * 0.3f;
    }
  }
  ImGui::PopFont();
}

void drawRanking(const core::Snapshot& snapshot, const ProjectorContext& ctx, ImVec2 origin, ImVec2 size) {
  const auto& pal = palette(ctx.theme);
  auto* list = ImGui::GetWindowDrawList();
  const auto ranked = core::rankPrompts(snapshot.state);
  ImGui::PushFont(ctx.fonts.body);
  const float line = ImGui::GetTextLineHeightWithSpacing();
  if (ranked.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    textLine(origin, size.x, "The ranking appears once prompts have answers.");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    return;
  }
  float y = origin.y;
  const float barW = size.x * 0.25f;
  const float textW = size.x - barW - line * 4.0f;
  auto row = [&](const core::PromptSummary& p, std::size_t rank) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%zu.", rank);
    textAt(ImVec2(origin.x, y), buf);
    const float textH = textBlock(ImVec2(origin.x + line * 1.5f, y), textW, ImGui::GetTextLineHeight() * 2.0f, p.text);
    const float bx = origin.x + size.x - barW - line * 2.2f;
    list->AddRectFilled(ImVec2(bx, y + line * 0.2f), ImVec2(bx + barW, y + line * 0.8f), pal.panel, line * 0.1f);
    if (p.divergence) {
      // A stub at least, so a score of zero still reads as a bar, not as a missing one.
      const float w = std::max(line * 0.3f, barW * static_cast<float>(std::min(1.0, *p.divergence)));
      list->AddRectFilled(ImVec2(bx, y + line * 0.2f), ImVec2(bx + w, y + line * 0.8f),
                          p.commonGround() ? seriesColour(2) : pal.warning, line * 0.1f);
      std::snprintf(buf, sizeof buf, "%s", core::divergenceFigure(*p.divergence).c_str());
    } else {
      std::snprintf(buf, sizeof buf, "\xE2\x80\x93");
    }
    textAt(ImVec2(bx + barW + line * 0.3f, y), buf);
    y += std::max(line, textH) + line * 0.35f;
  };
  ImGui::PushFont(ctx.fonts.bold);
  textLine(ImVec2(origin.x, y), size.x, "Most divided first");
  ImGui::PopFont();
  y += line * 1.2f;
  std::size_t rank = 1;
  const float commonTop = origin.y + size.y * 0.62f;
  for (const auto& p : ranked) {
    if (p.commonGround()) continue;
    if (y + line * 2.0f > commonTop) break;
    row(p, rank++);
  }
  y = std::max(y + line * 0.5f, commonTop);
  ImGui::PushFont(ctx.fonts.bold);
  textLine(ImVec2(origin.x, y), size.x, "Common ground: the groups see these alike");
  ImGui::PopFont();
  y += line * 1.2f;
  bool any = false;
  rank = 1;
  for (const auto& p : ranked) {
    if (!p.commonGround()) continue;
    if (y + line * 2.0f > origin.y + size.y) break;
    row(p, rank++);
    any = true;
  }
  if (!any) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    textLine(ImVec2(origin.x, y), size.x, "None yet.");
    ImGui::PopStyleColor();
  }
  ImGui::PopFont();
}

void drawStatements(const core::Snapshot& snapshot, const ProjectorContext& ctx, ImVec2 origin, ImVec2 size) {
  const auto& pal = palette(ctx.theme);
  auto* list = ImGui::GetWindowDrawList();
  auto statements = core::summarizeStatements(snapshot.state);
  ImGui::PushFont(ctx.fonts.body);
  const float line = ImGui::GetTextLineHeightWithSpacing();
  if (statements.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
    textBlock(origin, size.x, line * 2.0f, "Participants' statements appear here once the facilitator approves them.");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    return;
  }
  // One list across the full width: the statements that divide the groups first (most divided
  // on top), then those that unite them, then the rest.
  auto rankOf = [](const core::StatementSummary& st) {
    if (st.dividing && *st.dividing >= kDividingMin) return 0;
    if (st.uniting >= kUnitingMin) return 1;
    return 2;
  };
  std::stable_sort(statements.begin(), statements.end(), [&](const auto& a, const auto& b) {
    if (rankOf(a) != rankOf(b)) return rankOf(a) < rankOf(b);
    return rankOf(a) == 0 ? *a.dividing > *b.dividing : a.uniting > b.uniting;
  });
  float y = origin.y;
  char buf[96];
  ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
  textLine(ImVec2(origin.x, y), size.x, "Share of each group agreeing (passes left out)");
  ImGui::PopStyleColor();
  y += line * 1.4f;
  for (const auto& st : statements) {
    const int kind = rankOf(st);
    const char* tag = kind == 0 ? "divides the groups" : kind == 1 ? "unites the groups" : "mixed";
    ImGui::PushFont(ctx.fonts.bold);
    const float tagW = ImGui::CalcTextSize("divides the groups").x;
    const float textW = size.x - tagW - line;
    const float textH = textHeight(st.text, textW, 2);
    if (y + textH + line * 2.4f > origin.y + size.y) {
      ImGui::PopFont();
      break;
    }
    textBlock(ImVec2(origin.x, y), textW, textH, st.text);
    ImGui::PushStyleColor(ImGuiCol_Text, kind == 0 ? pal.warning : kind == 1 ? seriesColour(2) : pal.mutedText);
    textLineRight(ImVec2(origin.x + size.x, y), tagW, tag);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    y += textH + line * 0.1f;
    // One cell per group: its name and the share agreeing, over a bar of that share.
    const float cellW = size.x / static_cast<float>(std::max<std::size_t>(1, st.byGroup.size()));
    for (std::size_t g = 0; g < st.byGroup.size(); ++g) {
      const auto& ga = st.byGroup[g];
      const float gx = origin.x + static_cast<float>(g) * cellW;
      const float cw = cellW - line * 0.5f;
      std::snprintf(buf, sizeof buf, "%s", core::percentFigure(ga.share()).c_str());
      const float pctW = ImGui::CalcTextSize(buf).x;
      ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
      textLine(ImVec2(gx, y), cw - pctW - line * 0.3f, ga.group);
      ImGui::PopStyleColor();
      textAt(ImVec2(gx + cw - pctW, y), buf);
      list->AddRectFilled(ImVec2(gx, y + line * 1.0f), ImVec2(gx + cw, y + line * 1.35f), pal.panel);
      list->AddRectFilled(ImVec2(gx, y + line * 1.0f),
                          ImVec2(gx + cw * static_cast<float>(ga.share()), y + line * 1.35f), seriesColour(g));
    }
    y += line * 2.0f;
  }
  ImGui::PopFont();
}

} // namespace

void drawProjectorBoard(std::type_identity<core::DifferenceBoard>, const core::Snapshot& snapshot,
                        const ProjectorContext& ctx, ImVec2 origin, ImVec2 size) {
  const char* title = ctx.settings.differenceView == DifferenceView::Ranking      ? "Where we differ most"
                      : ctx.settings.differenceView == DifferenceView::Statements ? "Statements: agree or disagree"
                                                                                  : "From where I sit";
  ImGui::PushFont(ctx.fonts.heading);
  textLine(origin, size.x, title);
  const float top = origin.y + ImGui::GetTextLineHeightWithSpacing() * 1.2f;
  ImGui::PopFont();
  const ImVec2 area(size.x, origin.y + size.y - top);
  switch (ctx.settings.differenceView) {
  case DifferenceView::Prompt: drawPrompt(snapshot, ctx, ImVec2(origin.x, top), area); break;
  case DifferenceView::Ranking: drawRanking(snapshot, ctx, ImVec2(origin.x, top), area); break;
  case DifferenceView::Statements: drawStatements(snapshot, ctx, ImVec2(origin.x, top), area); break;
  }
}

} // namespace balcony::ui
