// The belief board on the projector, drawn in the space left of the join column.
#pragma once

#include "balcony/ui/views.hpp"

namespace balcony::ui {

void drawProjectorBoard(std::type_identity<core::BeliefBoard>, const core::Snapshot& snapshot,
                        const ProjectorContext& ctx, ImVec2 origin, ImVec2 size);

// The two other views of the results, drawn by drawProjectorBoard as the facilitator chooses.
void drawBeliefByGroup(const core::Snapshot& snapshot, const core::BeliefRound& round, const ProjectorContext& ctx,
                       ImVec2 origin, ImVec2 size);
void drawBeliefTrend(const core::Snapshot& snapshot, const ProjectorContext& ctx, ImVec2 origin, ImVec2 size);
} // namespace balcony::ui
