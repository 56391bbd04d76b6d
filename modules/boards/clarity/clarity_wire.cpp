// Clarity for now on the wire.
#include "clarity/clarity_wire.hpp"

#include "clarity/clarity_lists.hpp"

namespace balcony::net::wire {

ReadResult read(const Fields& f, core::ProposeClarityItem& out) {
  if (!f.text("what", out.what, core::kMaxClarityTextLength * 4, true)) return Fields::bad("what");
  return std::nullopt;
}

ReadResult read(const Fields& f, core::ToggleEnergy& out) {
  if (!f.integer("item", out.item, 1, kMaxNumber)) return Fields::bad("item");
  if (!f.boolean("on", out.on)) return Fields::bad("on");
  return std::nullopt;
}

void writePublic(std::type_identity<core::ClarityBoard>, const core::Snapshot& snapshot, Json& state) {
  const auto& s = snapshot.state;
  Json c = {{"endeavour", s.endeavour},
            {"energy_budget", s.energyBudget},
            {"agreed", Json::array()},
            {"proposals", Json::array()}};
  for (const auto* item : core::agreedItems(s)) {
    c["agreed"].push_back({{"id", item->id},
                           {"what", item->fields.what},
                           {"owner", item->fields.owner},
                           {"resources", item->fields.resources},
                           {"review_date", item->fields.reviewDate},
                           {"status", core::clarityStatusName(item->status)}});
  }
  for (const auto* item : core::proposalsByEnergy(s)) {
    c["proposals"].push_back({{"id", item->id}, {"what", item->fields.what}, {"energy", item->energy.size()}});
  }
  state["clarity"] = std::move(c);
}

void writeMine(std::type_identity<core::ClarityBoard>, const core::SessionState& state, core::ParticipantId participant,
               Json& welcome) {
  Json mine = Json::array();
  for (const auto& item : state.clarity) {
    if (item.energy.contains(participant)) {
      mine.push_back(item.id);
    }
  }
  welcome["mine_energy"] = std::move(mine);
}

} // namespace balcony::net::wire
