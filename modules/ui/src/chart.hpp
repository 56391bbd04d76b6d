// Drawing pieces shared by the boards: histograms, lines of text at a position, series colours.
#pragma once

#include "views.hpp"

#include "belief/belief_aggregate.hpp"

namespace balcony::ui {

void textAt(ImVec2 pos, const char* text);
void centredText(ImVec2 centre, const char* text);
// Text wrapped to a width and clipped to a height: long participant text never breaks a layout.
void wrappedText(ImVec2 pos, float width, float maxHeight, const std::string& text);

// One line, cut at the width with an ellipsis: for labels that must not wrap.
void clippedText(ImVec2 pos, float width, const std::string& text);

struct HistogramStyle {
  bool counts = true;     // numbers over the bars
  bool axisLabels = true; // scale points under the axis
  bool median = true;     // the median marker on the axis
};

// Bars of a distribution in the box; heights relative to maxCount so several charts compare.
void histogram(const core::Distribution& d, int maxCount, ImVec2 pos, ImVec2 size, const ProjectorContext& ctx,
               const HistogramStyle& style = {});

// Okabe-Ito colours, distinguishable with the common kinds of colour blindness.
ImU32 seriesColour(std::size_t index);

} // namespace balcony::ui
