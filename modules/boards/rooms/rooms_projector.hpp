// The rooms board on the plenary's projector, drawn in the space left of the join column.
#pragma once

#include "balcony/ui/views.hpp"

namespace balcony::ui {

void drawProjectorBoard(std::type_identity<core::RoomsBoard>, const core::Snapshot& snapshot,
                        const ProjectorContext& ctx, ImVec2 origin, ImVec2 size);

// The rooms to show: live from the link to the event, else as the plenary kept them.
std::vector<core::EventRoom> roomsToShow(const core::Snapshot& snapshot);
// "14:05" in this computer's time zone.
std::string clockOf(core::Millis at);

} // namespace balcony::ui
