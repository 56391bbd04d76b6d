// The difference board on the projector, drawn in the space left of the join column.
#pragma once

#include "balcony/ui/views.hpp"

namespace balcony::ui {

void drawProjectorBoard(std::type_identity<core::DifferenceBoard>, const core::Snapshot& snapshot,
                        const ProjectorContext& ctx, ImVec2 origin, ImVec2 size);

} // namespace balcony::ui
