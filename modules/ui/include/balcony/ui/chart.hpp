// Drawing pieces shared by the boards: text laid out in its box, histograms, series colours.
//
// Every piece of text on the projector goes through the text functions here. Each is laid out
// before it is drawn: it wraps at word boundaries inside the box its layout gives it, and what still
// does not fit is shortened at a word with an ellipsis and kept, so the facilitator can show it in
// full (F on the projector, or "Show in full" on the console). Nothing is cut by a clip rectangle.
// While a frame is audited, each piece is recorded with its box, so a test can check from the
// drawing itself that no text leaves its box, its part of the window, or lies over another.
#pragma once

#include "balcony/ui/views.hpp"

#include "balcony/core/distribution.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace balcony::ui {

struct TextLayout {
  std::vector<std::string> lines;
  float width = 0;  // the widest line
  float height = 0; // lines × the font's line height
  bool shortened = false;
};

// The text in the current font, wrapped to the width in at most maxLines lines; when it needs more,
// the last line ends at a word with an ellipsis.
TextLayout layoutText(std::string_view text, float width, int maxLines);
// Whole lines of the current font that fit in a height (at least one).
int linesIn(float height);
// The height the text takes at this width in at most maxLines lines.
float textHeight(std::string_view text, float width, int maxLines = 1000);

// Draws the text wrapped into the box (pos, width, maxHeight); returns the height drawn.
float textBlock(ImVec2 pos, float width, float maxHeight, std::string_view text);
// One line, shortened at a word with an ellipsis if it is wider than the width.
void textLine(ImVec2 pos, float width, std::string_view text);
// One line, right-aligned to the box's right edge.
void textLineRight(ImVec2 topRight, float width, std::string_view text);
// Short fixed labels (axis numbers, counts): drawn as they are, checked against the region.
void textAt(ImVec2 pos, const char* text);
void centredText(ImVec2 centre, const char* text);

// What a frame of the projector drew, when audited (see gui.hpp's ProjectorText).
struct AuditedText {
  std::string shown;
  std::string full;
  ImVec2 boxMin, boxMax;       // the space its layout gave it
  ImVec2 drawnMin, drawnMax;   // the extent of its lines
  ImVec2 regionMin, regionMax; // the part of the window it belongs to (the board, the join column)
  bool shortened = false;
};
struct TextAudit {
  ImVec2 windowMin, windowMax;
  std::vector<AuditedText> texts;
};
// Starts recording into audit (nullptr: stop); texts are checked against the region set last.
void auditText(TextAudit* audit);
void setTextRegion(ImVec2 min, ImVec2 max);
// After a frame: what the board shortened, for F and the console (kept as the board left it while
// one is shown in full), and every text in the public form tests read (gui.hpp).
void keepProjectorText(const TextAudit& audit, ProjectorSettings& settings, std::vector<ProjectorText>& out);

struct HistogramStyle {
  bool counts = true;     // numbers over the bars
  bool axisLabels = true; // scale points under the axis
  bool median = true;     // the median marker on the axis
};

// Bars of a distribution in the box. Heights are a share of the answers, against maxShare (the
// largest share among the charts drawn together), so several charts compare on one scale.
void histogram(const core::Distribution& d, double maxShare, ImVec2 pos, ImVec2 size, const ProjectorContext& ctx,
               const HistogramStyle& style = {});
// The largest share of one scale point among these distributions (at least a small positive value).
double largestShare(const core::Distribution& d, double atLeast = 0.0);

// Okabe-Ito colours, distinguishable with the common kinds of colour blindness.
ImU32 seriesColour(std::size_t index);

} // namespace balcony::ui
