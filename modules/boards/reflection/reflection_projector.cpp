// Reflection on the projector: the stage of the learning cycle and its questions on top (or the
// lens's prompt), then the room's shared reflections in six cells, one per dimension of systems
// leadership; a dimension nobody's reflection has touched yet is marked so, and named in the line
// below, because leadership attention needs to be paid to all of them.
#include "reflection/reflection_projector.hpp"

#include "balcony/ui/chart.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace balcony::ui {
namespace {

std::string capitalised(std::string_view word) {
  std::string s(word);
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

} // namespace

void drawProjectorBoard(std::type_identity<core::ReflectionBoard>, const core::Snapshot& snapshot,
                        const ProjectorContext& ctx, ImVec2 origin, ImVec2 size) {
  const auto& state = snapshot.state;
  const auto& pal = palette(ctx.theme);
  auto* list = ImGui::GetWindowDrawList();
  const float bottom = origin.y + size.y;
  float y = origin.y;
  const auto* round = state.reflectionRound();

  ImGui::PushFont(ctx.fonts.heading);
  const float hl = ImGui::GetTextLineHeight();
  if (round == nullptr) {
    textBlock(ImVec2(origin.x, y), size.x, hl * 2, "Reflection: nothing opened yet");
    ImGui::PopFont();
    return;
  }
  std::string title = std::string(core::reflectionStageTitle(round->stage)) + (round->open ? "" : " (closed)");
  textLine(ImVec2(origin.x, y), size.x, title);
  ImGui::PopFont();
  y += hl * 1.1f;

  ImGui::PushFont(ctx.fonts.body);
  const float tl = ImGui::GetTextLineHeight();
  // The lens, if the round has one, then the questions: two lines at most, all of them in the in-full view.
  std::string prompt;
  if (round->lens != core::Lens::None) prompt = std::string(core::lensPrompt(round->lens)) + "  ";
  for (std::size_t i = 0; i < round->questions.size(); ++i)
    prompt += (i ? " \xC2\xB7 " : "") + round->questions[i];
  ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
  y += textBlock(ImVec2(origin.x, y), size.x, tl * 2, prompt) + tl * 0.4f;
  ImGui::PopStyleColor();

  // The bottom lines: the dimensions not yet touched, and the count by stage.
  const auto untouched = core::untouchedDimensions(state);
  std::string notTouched;
  if (untouched.empty()) {
    notTouched = "Every dimension has been touched by the room's reflection.";
  } else {
    notTouched = "Not yet touched: ";
    for (std::size_t i = 0; i < untouched.size(); ++i)
      notTouched += (i ? ", " : "") + std::string(core::dimensionName(untouched[i]));
  }
  int byStage[core::kReflectionStageCount] = {};
  for (const auto* r : state.approvedReflections())
    ++byStage[static_cast<int>(r->stage)];
  char stages[200];
  std::snprintf(stages, sizeof stages,
                "Shared so far: in the moment %d \xC2\xB7 observation %d \xC2\xB7 sense making %d \xC2\xB7 planning %d",
                byStage[0], byStage[1], byStage[2], byStage[3]);
  const float footH = tl * 2.3f;
  const float gridBottom = bottom - footH;

  // Six cells, three across and two down, each with this round's reflections on that dimension;
  // below them, when any was shared without a dimension, a row of its own for those.
  const auto shared = state.approvedReflections(round->number);
  std::vector<const core::SharedReflection*> untaggedHere;
  for (const auto* r : shared) {
    if (r->dimension == core::Dimension::None) untaggedHere.push_back(r);
  }
  const float gap = tl * 0.5f;
  const float cellW = (size.x - gap * 2) / 3;
  const float rows = untaggedHere.empty() ? 2.0f : 2.6f; // the untagged row is 0.6 of a cell
  const float cellH = (gridBottom - y - gap * (rows > 2 ? 2 : 1)) / rows;
  ImGui::PopFont();
  const auto drawCell = [&](ImVec2 min, ImVec2 max, const std::string& heading,
                            const std::vector<const core::SharedReflection*>& here, bool notYet) {
    list->AddRectFilled(min, max, pal.panel, tl * 0.2f);
    if (notYet) list->AddRect(min, max, pal.warning, tl * 0.2f, 0, 3.0f);
    const float inner = max.x - min.x - tl * 0.8f;
    const float x = min.x + tl * 0.4f;
    float cy = min.y + tl * 0.3f;
    ImGui::PushFont(ctx.fonts.bold);
    textLine(ImVec2(x, cy), inner, heading + "  " + std::to_string(here.size()));
    cy += ImGui::GetTextLineHeight() * 1.15f;
    ImGui::PopFont();
    ImGui::PushFont(ctx.fonts.body);
    if (notYet) {
      ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
      textLine(ImVec2(x, cy), inner, "not touched yet");
      ImGui::PopStyleColor();
    }
    // The latest first, as many as fit, each in up to three lines; the last one that fits is
    // shortened to the lines left (F shows it in full).
    std::size_t drawn = 0;
    for (auto it = here.rbegin(); it != here.rend(); ++it) {
      const std::size_t rest = here.size() - drawn;
      const float reserve = rest > 1 ? tl : 0.0f; // room for "+N more" if this is not the last
      const float left = max.y - tl * 0.3f - cy - reserve;
      if (left < tl) break;
      const int lines = std::min(3, linesIn(left));
      const float h = textHeight((*it)->text, inner, lines);
      cy += textBlock(ImVec2(x, cy), inner, h, (*it)->text) + tl * 0.25f;
      ++drawn;
    }
    if (drawn < here.size() && cy + tl <= max.y) {
      ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
      textLine(ImVec2(x, cy), inner, "+" + std::to_string(here.size() - drawn) + " more");
      ImGui::PopStyleColor();
    }
    ImGui::PopFont();
  };
  if (cellH > tl * 2.5f) {
    for (int i = 0; i < core::kDimensionCount; ++i) {
      const auto dim = core::kDimensions[static_cast<std::size_t>(i)];
      const ImVec2 min(origin.x + static_cast<float>(i % 3) * (cellW + gap),
                       y + static_cast<float>(i / 3) * (cellH + gap));
      std::vector<const core::SharedReflection*> here;
      for (const auto* r : shared) {
        if (r->dimension == dim) here.push_back(r);
      }
      const bool notYet = std::find(untouched.begin(), untouched.end(), dim) != untouched.end();
      drawCell(min, ImVec2(min.x + cellW, min.y + cellH), capitalised(core::dimensionName(dim)), here, notYet);
    }
    if (!untaggedHere.empty()) {
      const ImVec2 min(origin.x, y + 2 * (cellH + gap));
      drawCell(min, ImVec2(origin.x + size.x, gridBottom - tl * 0.1f), "No dimension named", untaggedHere, false);
    }
  }

  ImGui::PushFont(ctx.fonts.body);
  ImGui::PushStyleColor(ImGuiCol_Text, untouched.empty() ? pal.text : pal.warning);
  textLine(ImVec2(origin.x, gridBottom + tl * 0.2f), size.x, notTouched);
  ImGui::PopStyleColor();
  ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
  textLine(ImVec2(origin.x, gridBottom + tl * 1.2f), size.x, stages);
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

} // namespace balcony::ui
