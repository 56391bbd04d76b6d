// Clarity for now's console tab: the long-term endeavour, adding and editing items (owner,
// resources, review date, a linked topic), their status, order and approval, and the energy budget.
#include "clarity/clarity_console.hpp"

#include "balcony/ui/console_list.hpp"
#include "clarity/clarity_lists.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace balcony::ui {
namespace {

class ClarityTab final : public BoardConsoleTab {
public:
  const char* title() const override { return "Clarity"; }
  core::Board board() const override { return core::Board::Clarity; }
  int showKey() const override { return GLFW_KEY_K; }
  const char* keyName() const override { return "K"; }
  const char* shortName() const override { return "clarity"; }
  const char* projectorLabel() const override { return "Clarity for now (Ctrl+K)"; }
  const char* shownMessage() const override { return "The projector shows clarity for now."; }

  void drawContent(const core::Snapshot& snapshot, ConsoleContext& ctx) override {
    drawForm(snapshot.state, ctx);
    drawItems(snapshot.state, ctx);
  }

private:
  void drawForm(const core::SessionState& state, ConsoleContext& ctx) {
    if (!m_endeavourLoaded) {
      copyInto(m_endeavour, state.endeavour);
      m_endeavourLoaded = true;
    }
    ImGui::TextUnformatted("The long-term shared endeavour (carried to the next session of this series):");
    ImGui::InputTextMultiline("##endeavour", m_endeavour.data(), m_endeavour.size(),
                              ImVec2(-ImGui::GetFontSize() * 8, ImGui::GetTextLineHeight() * 2.5f));
    ImGui::SameLine();
    ImGui::BeginDisabled(state.endeavour == m_endeavour.data());
    if (button("Save endeavour")) {
      ctx.send(core::SetEndeavour{m_endeavour.data()}, "The endeavour is saved.");
    }
    ImGui::EndDisabled();
    ImGui::Separator();

    ImGui::Text(m_editing == 0 ? "Add an item, clear for now:" : "Edit item %d:", m_editing);
    const float w = ImGui::GetFontSize() * 14;
    ImGui::SetNextItemWidth(w * 2);
    ImGui::InputTextWithHint("##what", "what we will do", m_what.data(), m_what.size());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(w);
    ImGui::InputTextWithHint("##owner", "owner: a person or a group", m_owner.data(), m_owner.size());
    ImGui::SetNextItemWidth(w * 2);
    ImGui::InputTextWithHint("##resources", "resources", m_resources.data(), m_resources.size());
    ImGui::SameLine();
    // Wide enough for its hint in full.
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("review YYYY-MM-DD").x + ImGui::GetStyle().FramePadding.x * 4.0f);
    ImGui::InputTextWithHint("##review", "review YYYY-MM-DD", m_review.data(), m_review.size());
    ImGui::SameLine();
    // The topic by its title, not its number.
    m_topic = std::clamp(m_topic, 0, static_cast<int>(state.topics.size()));
    const std::string topicLabel =
        m_topic == 0 ? std::string("no topic") : state.topics[static_cast<std::size_t>(m_topic - 1)].title;
    ImGui::SetNextItemWidth(w * 0.9f);
    if (ImGui::BeginCombo("topic", topicLabel.c_str())) {
      if (ImGui::Selectable("no topic", m_topic == 0)) m_topic = 0;
      for (const auto& topic : state.topics) {
        ImGui::PushID(topic.number);
        if (ImGui::Selectable(topic.title.c_str(), m_topic == topic.number)) m_topic = topic.number;
        ImGui::PopID();
      }
      ImGui::EndCombo();
    }
    const core::ClarityFields fields{m_what.data(), m_owner.data(), m_resources.data(), m_review.data(), m_topic};
    if (m_editing == 0) {
      if (button("Add as agreed for now")) {
        ctx.send(core::AddClarityItem{fields, core::ClarityStatus::Agreed}, "Added: agreed for now.");
        clearForm();
      }
      ImGui::SameLine();
      if (button("Add as a proposal")) {
        ctx.send(core::AddClarityItem{fields, core::ClarityStatus::Proposed}, "Added as a proposal for energy votes.");
        clearForm();
      }
    } else {
      if (button("Save changes")) {
        ctx.send(core::EditClarityItem{m_editing, fields}, "The item is updated.");
        clearForm();
      }
      ImGui::SameLine();
      if (button("Cancel")) clearForm();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
    int budget = state.energyBudget;
    if (ImGui::InputInt("energy votes each", &budget) && budget != state.energyBudget) {
      ctx.send(core::SetEnergyBudget{std::clamp(budget, 1, 10)}, "Energy votes changed.");
    }
  }

  // Every item still on the board, one row each (two lines), only the rows in view drawn.
  void drawItems(const core::SessionState& state, ConsoleContext& ctx) {
    const auto today = core::isoDate(ctx.info.now);
    std::vector<std::pair<int, const core::ClarityItem*>> rows; // {position in the facilitator's order, item}
    for (std::size_t i = 0; i < state.clarity.size(); ++i) {
      if (!state.clarity[i].hidden) rows.emplace_back(static_cast<int>(i), &state.clarity[i]);
    }
    if (rows.empty()) {
      ImGui::TextDisabled("No items yet.");
      return;
    }
    const float rowHeight = ImGui::GetTextLineHeightWithSpacing() * 2 + ImGui::GetStyle().CellPadding.y * 2;
    const float height = rowHeight * static_cast<float>(std::min<std::size_t>(rows.size(), 10)) + rowHeight * 0.5f;
    if (!ImGui::BeginTable("clarity", 3,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_ScrollY,
                           ImVec2(0, height))) {
      return;
    }
    ImGui::TableSetupColumn("item", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("status", ImGuiTableColumnFlags_WidthFixed);
    // Wide enough for the most buttons a row has, so it keeps its width as rows scroll by.
    const auto& style = ImGui::GetStyle();
    ImGui::TableSetupColumn("actions", ImGuiTableColumnFlags_WidthFixed,
                            ImGui::CalcTextSize("ApproveAgree for nowDoneReopenDropEditUpHide").x +
                                8 * (2 * style.FramePadding.x + style.ItemSpacing.x));
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
      for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
        const auto& [position, itemPtr] = rows[static_cast<std::size_t>(row)];
        drawItem(*itemPtr, position, today, ctx);
      }
    }
    ImGui::EndTable();
  }

  void drawItem(const core::ClarityItem& item, int position, const std::string& today, ConsoleContext& ctx) {
    RowId id("item", item.id);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    rowText(item.fields.what + (core::dueForReview(item, today) ? "  [review due]" : ""));
    // What is known of it, leaving out what nobody filled in.
    std::string details;
    for (const auto& part :
         {item.fields.owner, item.fields.resources,
          item.fields.reviewDate.empty() ? std::string() : "review " + item.fields.reviewDate,
          std::to_string(item.energy.size()) + " energy", std::string(item.approved ? "" : "waiting for approval")}) {
      if (part.empty()) continue;
      details += (details.empty() ? "" : " | ") + part;
    }
    rowText(details, true);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(std::string(core::clarityStatusName(item.status)).c_str());
    ImGui::TableNextColumn();
    // Every button keeps its place, greyed out where it does not apply: the next one never slides
    // under the cursor after a click, so a double click cannot do two things.
    const auto button = [](const char* label, bool applies) {
      ImGui::BeginDisabled(!applies);
      const bool pressed = smallButton(label);
      ImGui::EndDisabled();
      ImGui::SameLine();
      return pressed;
    };
    const auto status = item.status;
    using S = core::ClarityStatus;
    if (button("Approve", !item.approved)) {
      ctx.send(core::ApproveClarityItem{item.id}, "The proposal is on the board.");
    }
    if (button("Agree for now", status != S::Agreed)) {
      ctx.send(core::SetClarityStatus{item.id, S::Agreed}, "Agreed for now.");
    }
    if (button("Done", status == S::Agreed || status == S::Reopened)) {
      ctx.send(core::SetClarityStatus{item.id, S::Done}, "Marked done.");
    }
    if (button("Reopen", status == S::Done || status == S::Agreed)) {
      ctx.send(core::SetClarityStatus{item.id, S::Reopened}, "Reopened.");
    }
    if (button("Drop", status != S::Dropped)) {
      ctx.send(core::SetClarityStatus{item.id, S::Dropped}, "Dropped.");
    }
    if (smallButton("Edit")) {
      m_editing = item.id;
      copyInto(m_what, item.fields.what);
      copyInto(m_owner, item.fields.owner);
      copyInto(m_resources, item.fields.resources);
      copyInto(m_review, item.fields.reviewDate);
      m_topic = item.fields.topic;
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(position == 0);
    if (smallButton("Up")) ctx.send(core::MoveClarityItem{item.id, position - 1}, "Moved up.");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (smallButton("Hide")) ctx.send(core::HideClarityItem{item.id}, "Hidden from the board.");
  }

  void clearForm() {
    m_what.fill('\0');
    m_owner.fill('\0');
    m_resources.fill('\0');
    m_review.fill('\0');
    m_topic = 0;
    m_editing = 0;
  }

  std::array<char, 1024> m_endeavour{};
  bool m_endeavourLoaded = false;
  int m_editing = 0; // the clarity item being edited, 0 for a new one
  std::array<char, 220> m_what{};
  std::array<char, 220> m_owner{};
  std::array<char, 220> m_resources{};
  std::array<char, 16> m_review{};
  int m_topic = 0;
};

} // namespace

std::unique_ptr<BoardConsoleTab> makeConsoleTab(std::type_identity<core::ClarityBoard>) {
  return std::make_unique<ClarityTab>();
}

} // namespace balcony::ui
