// The Moderation tab: participants' statements wait here for approval, notes on the current
// prompt can be hidden, and hidden notes wait here (as their writers edit them) until approved.
// Hidden text never reaches the projector or a phone.
#include "console_list.hpp"
#include "console_tabs.hpp"

#include <string>
#include <vector>

namespace balcony::ui {
namespace {

constexpr int kVisibleRows = 6; // a list scrolls past this many lines (two lists fit a 720-line console)

class ModerationTab final : public ConsoleTab {
public:
  const char* title() const override { return "Moderation"; }

  void drawContent(const core::Snapshot& snapshot, ConsoleContext& ctx) override {
    const auto& state = snapshot.state;
    ImGui::TextWrapped("Statements wait here until you approve them. Hidden text never reaches the projector or "
                       "any phone, and exports count it as hidden.");
    // Statements on the left, notes on the right: both queues in view at once.
    if (!ImGui::BeginTable("moderation", 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerV)) {
      return;
    }
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    drawStatements(state, ctx);
    ImGui::TableNextColumn();
    drawNotes(state, ctx);
    ImGui::EndTable();
  }

private:
  static void drawStatements(const core::SessionState& state, ConsoleContext& ctx) {
    std::vector<const core::ParticipantStatement*> waiting;
    std::vector<const core::ParticipantStatement*> approved;
    std::vector<const core::ParticipantStatement*> hidden;
    for (const auto& st : state.statements) {
      if (st.status == core::StatementStatus::Pending) waiting.push_back(&st);
      if (st.status == core::StatementStatus::Approved) approved.push_back(&st);
      if (st.status == core::StatementStatus::Hidden) hidden.push_back(&st);
    }
    ImGui::Text("Statements waiting: %zu", waiting.size());
    if (waiting.empty()) {
      ImGui::TextDisabled("No statements waiting.");
    } else {
      clippedRows("waiting", static_cast<int>(waiting.size()), kVisibleRows, [&](int i) {
        const auto& st = *waiting[static_cast<std::size_t>(i)];
        RowId id("statement", st.id);
        if (ImGui::SmallButton("Approve")) {
          ctx.send(core::ApproveStatement{st.id}, "The statement is up for votes.");
        }
        ImGui::SameLine();
        if (ImGui::SmallButton("Hide")) {
          ctx.send(core::HideStatement{st.id}, "The statement is hidden.");
        }
        ImGui::SameLine();
        rowText(st.text);
      });
    }
    ImGui::Text("Approved statements: %zu", approved.size());
    if (!approved.empty()) {
      clippedRows("approved", static_cast<int>(approved.size()), kVisibleRows, [&](int i) {
        const auto& st = *approved[static_cast<std::size_t>(i)];
        RowId id("statement", st.id);
        if (ImGui::SmallButton("Hide")) {
          ctx.send(core::HideStatement{st.id}, "The statement is hidden.");
        }
        ImGui::SameLine();
        ImGui::TextDisabled("%zu votes", st.votes.size());
        ImGui::SameLine();
        rowText(st.text);
      });
    }
    // Hidden statements stay listed, as hidden notes do, so a hide can be undone.
    if (!hidden.empty()) {
      ImGui::Text("Hidden statements: %zu", hidden.size());
      clippedRows("hidden", static_cast<int>(hidden.size()), kVisibleRows, [&](int i) {
        const auto& st = *hidden[static_cast<std::size_t>(i)];
        RowId id("statement", st.id);
        if (ImGui::SmallButton("Approve")) {
          ctx.send(core::ApproveStatement{st.id}, "The statement is back up for votes.");
        }
        ImGui::SameLine();
        rowText(st.text, true);
      });
    }
  }

  static void drawNotes(const core::SessionState& state, ConsoleContext& ctx) {
    if (const auto* prompt = state.findPrompt(state.currentPrompt)) {
      std::vector<const core::Note*> shown;
      for (const auto& note : prompt->notesGiven) {
        if (!note.hidden) shown.push_back(&note);
      }
      ImGui::Text("Notes on prompt %d: %zu", prompt->number, shown.size());
      if (!shown.empty()) {
        clippedRows("notes", static_cast<int>(shown.size()), kVisibleRows, [&](int i) {
          const auto& note = *shown[static_cast<std::size_t>(i)];
          RowId id("note", note.id);
          if (ImGui::SmallButton("Hide")) {
            ctx.send(core::HideNote{note.id}, "The note is hidden.");
          }
          ImGui::SameLine();
          rowText(note.text);
        });
      }
    }
    // Hidden notes of every prompt: their writers may have edited them since; approve what they say now.
    std::vector<std::pair<int, const core::Note*>> hidden;
    for (const auto& prompt : state.prompts) {
      for (const auto& note : prompt.notesGiven) {
        if (note.hidden) hidden.emplace_back(prompt.number, &note);
      }
    }
    if (hidden.empty()) return;
    ImGui::Text("Hidden notes: %zu", hidden.size());
    ImGui::SameLine();
    ImGui::TextDisabled("(hidden through their writers' edits until you approve them)");
    clippedRows("hidden notes", static_cast<int>(hidden.size()), kVisibleRows, [&](int i) {
      const auto& [number, note] = hidden[static_cast<std::size_t>(i)];
      RowId id("note", note->id);
      if (ImGui::SmallButton("Approve")) {
        ctx.send(core::ApproveNote{note->id}, "The note shows again.");
      }
      ImGui::SameLine();
      ImGui::TextDisabled("prompt %d%s", number, note->edits > 0 ? ", edited" : "");
      ImGui::SameLine();
      rowText(note->text, true);
    });
  }
};

} // namespace

std::unique_ptr<ConsoleTab> makeModerationTab() {
  return std::make_unique<ModerationTab>();
}

} // namespace balcony::ui
