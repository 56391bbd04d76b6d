// The Moderation tab: participants' statements wait here for approval, and notes on the current
// prompt can be hidden. Hidden text never reaches the projector or a phone.
#include "console_tabs.hpp"

namespace balcony::ui {
namespace {

class ModerationTab final : public ConsoleTab {
public:
  const char* title() const override { return "Moderation"; }

  void drawContent(const core::Snapshot& snapshot, ConsoleContext& ctx) override {
    const auto& state = snapshot.state;
    ImGui::TextWrapped("Statements wait here until you approve them. Hidden text never reaches the projector or "
                       "any phone, and exports count it as hidden.");
    int pending = 0;
    for (const auto& st : state.statements) {
      if (st.status != core::StatementStatus::Pending) continue;
      ++pending;
      ImGui::PushID(st.id);
      if (ImGui::SmallButton("Approve")) {
        ctx.send(core::ApproveStatement{st.id}, "The statement is up for votes.");
      }
      ImGui::SameLine();
      if (ImGui::SmallButton("Hide")) {
        ctx.send(core::HideStatement{st.id}, "The statement is hidden.");
      }
      ImGui::SameLine();
      ImGui::TextWrapped("%s", st.text.c_str());
      ImGui::PopID();
    }
    if (pending == 0) {
      ImGui::TextDisabled("No statements waiting.");
    }
    ImGui::Separator();
    ImGui::TextUnformatted("Approved statements:");
    for (const auto& st : state.statements) {
      if (st.status != core::StatementStatus::Approved) continue;
      ImGui::PushID(10000 + st.id);
      if (ImGui::SmallButton("Hide")) {
        ctx.send(core::HideStatement{st.id}, "The statement is hidden.");
      }
      ImGui::SameLine();
      ImGui::TextWrapped("%s (%zu votes)", st.text.c_str(), st.votes.size());
      ImGui::PopID();
    }
    ImGui::Separator();
    const auto* prompt = state.findPrompt(state.currentPrompt);
    if (prompt == nullptr) {
      return;
    }
    ImGui::Text("Notes on prompt %d:", prompt->number);
    for (const auto& note : prompt->notesGiven) {
      if (note.replaced) continue;
      ImGui::PushID(20000 + note.id);
      if (note.hidden) {
        ImGui::TextDisabled("(hidden) %s", note.text.c_str());
      } else {
        if (ImGui::SmallButton("Hide")) {
          ctx.send(core::HideNote{note.id}, "The note is hidden.");
        }
        ImGui::SameLine();
        ImGui::TextWrapped("%s", note.text.c_str());
      }
      ImGui::PopID();
    }
}
};

} // namespace

std::unique_ptr<ConsoleTab> makeModerationTab() {
  return std::make_unique<ModerationTab>();
}

} // namespace balcony::ui
