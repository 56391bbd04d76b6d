// The Moderation tab: participants' statements wait here for approval, notes on the current
// prompt can be hidden, and hidden notes wait here (as their writers edit them) until approved.
// Hidden text never reaches the projector or a phone.
#include "balcony/ui/console_list.hpp"
#include "console_tabs.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace balcony::ui {
namespace {

constexpr int kVisibleRows = 5; // a list scrolls past this many lines (two lists fit a 720-line console)

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
  HeldRows m_waiting;
  HeldRows m_approved;
  HeldRows m_hidden;
  HeldRows m_notes;
  HeldRows m_hiddenNotes;

  void drawStatements(const core::SessionState& state, ConsoleContext& ctx) {
    using S = core::StatementStatus;
    for (auto* rows : {&m_waiting, &m_approved, &m_hidden})
      rows->expire();
    std::vector<const core::ParticipantStatement*> waiting;
    std::vector<const core::ParticipantStatement*> approved;
    std::vector<const core::ParticipantStatement*> hidden;
    std::size_t counts[3] = {};
    for (const auto& st : state.statements) {
      if (st.status == S::Pending || m_waiting.holds(st.id)) waiting.push_back(&st);
      // A hidden statement just approved joins the approved list only once its hidden row is let
      // go: the approved list growing now would push the hidden list under the cursor.
      if ((st.status == S::Approved && !m_hidden.holds(st.id)) || m_approved.holds(st.id)) approved.push_back(&st);
      if (st.status == S::Hidden || m_hidden.holds(st.id)) hidden.push_back(&st);
      ++counts[st.status == S::Pending ? 0 : st.status == S::Approved ? 1 : 2];
    }
    const auto outcome = [](const core::ParticipantStatement& st) {
      return std::string(st.status == S::Approved ? "Approved: " : st.status == S::Hidden ? "Hidden: " : "Back: ");
    };
    ImGui::Text("Statements waiting: %zu", counts[0]);
    if (waiting.empty()) {
      ImGui::TextDisabled("No statements waiting.");
    } else {
      clippedRows("waiting", static_cast<int>(waiting.size()), kVisibleRows, [&](int i) {
        const auto& st = *waiting[static_cast<std::size_t>(i)];
        RowId id("statement", st.id);
        const bool gone = st.status != S::Pending;
        const auto choice = moderationRow(gone, gone ? outcome(st) + st.text : st.text);
        if (choice == RowChoice::Approve) ctx.send(core::ApproveStatement{st.id}, "The statement is up for votes.");
        if (choice == RowChoice::Hide) ctx.send(core::HideStatement{st.id}, "The statement is hidden.");
        if (choice != RowChoice::None) m_waiting.hold(st.id);
        m_waiting.listHovered();
      });
    }
    ImGui::Text("Approved statements: %zu", counts[1]);
    if (!approved.empty()) {
      clippedRows("approved", static_cast<int>(approved.size()), kVisibleRows, [&](int i) {
        const auto& st = *approved[static_cast<std::size_t>(i)];
        RowId id("statement", st.id);
        const bool gone = st.status != S::Approved;
        if (rowButton("Hide", gone)) {
          ctx.send(core::HideStatement{st.id}, "The statement is hidden.");
          m_approved.hold(st.id);
        }
        ImGui::TextDisabled("%zu votes", st.votes.size());
        ImGui::SameLine();
        rowText(gone ? outcome(st) + st.text : st.text, gone);
        m_approved.listHovered();
      });
    }
    // Hidden statements stay listed, as hidden notes do, so a hide can be undone.
    if (!hidden.empty()) {
      ImGui::Text("Hidden statements: %zu", counts[2]);
      clippedRows("hidden", static_cast<int>(hidden.size()), kVisibleRows, [&](int i) {
        const auto& st = *hidden[static_cast<std::size_t>(i)];
        RowId id("statement", st.id);
        const bool gone = st.status != S::Hidden;
        if (rowButton("Approve", gone)) {
          ctx.send(core::ApproveStatement{st.id}, "The statement is back up for votes.");
          m_hidden.hold(st.id);
        }
        rowText(gone ? outcome(st) + st.text : st.text, true);
        m_hidden.listHovered();
      });
    }
  }

  void drawNotes(const core::SessionState& state, ConsoleContext& ctx) {
    m_notes.expire();
    m_hiddenNotes.expire();
    if (const auto* prompt = state.findPrompt(state.currentPrompt)) {
      std::vector<const core::Note*> shown;
      std::size_t count = 0;
      for (const auto& note : prompt->notesGiven) {
        if (!note.hidden) ++count;
        // Likewise a hidden note just approved: it joins the notes above once its hidden row is let go.
        if ((!note.hidden && !m_hiddenNotes.holds(note.id)) || m_notes.holds(note.id)) shown.push_back(&note);
      }
      ImGui::Text("Notes on prompt %d: %zu", prompt->number, count);
      if (!shown.empty()) {
        clippedRows("notes", static_cast<int>(shown.size()), kVisibleRows, [&](int i) {
          const auto& note = *shown[static_cast<std::size_t>(i)];
          RowId id("note", note.id);
          if (rowButton("Hide", note.hidden)) {
            ctx.send(core::HideNote{note.id}, "The note is hidden.");
            m_notes.hold(note.id);
          }
          rowText(note.hidden ? "Hidden: " + note.text : note.text, note.hidden);
          m_notes.listHovered();
        });
      }
    }
    // Hidden notes of every prompt: their writers may have edited them since; approve what they say now.
    std::vector<std::pair<int, const core::Note*>> hidden;
    std::size_t count = 0;
    for (const auto& prompt : state.prompts) {
      for (const auto& note : prompt.notesGiven) {
        if (note.hidden) ++count;
        if (note.hidden || m_hiddenNotes.holds(note.id)) hidden.emplace_back(prompt.number, &note);
      }
    }
    if (hidden.empty()) return;
    ImGui::Text("Hidden notes: %zu", count);
    ImGui::SameLine();
    ImGui::TextDisabled("(hidden through their writers' edits until you approve them)");
    clippedRows("hidden notes", static_cast<int>(hidden.size()), kVisibleRows, [&](int i) {
      const auto& [number, note] = hidden[static_cast<std::size_t>(i)];
      RowId id("note", note->id);
      if (rowButton("Approve", !note->hidden)) {
        ctx.send(core::ApproveNote{note->id}, "The note shows again.");
        m_hiddenNotes.hold(note->id);
      }
      ImGui::TextDisabled("prompt %d%s", number, note->edits > 0 ? ", edited" : "");
      ImGui::SameLine();
      rowText(note->hidden ? note->text : "Shows again: " + note->text, true);
      m_hiddenNotes.listHovered();
    });
  }
};

} // namespace

std::unique_ptr<ConsoleTab> makeModerationTab() {
  return std::make_unique<ModerationTab>();
}

} // namespace balcony::ui
