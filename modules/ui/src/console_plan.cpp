// The Plan tab: the meeting prepared in advance as steps, each with a private note, built and
// reordered here, run with one key (Page Down) from the Present tab, the projector or a clicker,
// and saved as a template file for another laptop.
#include "console_tabs.hpp"

#include "plan_actions.hpp"

#include <algorithm>
#include <cstdio>

namespace balcony::ui {
namespace {

constexpr const char* kKindLabels[] = {"Belief check round",     "Quick poll", "Difference prompt", "Topic",
                                       "A board (clarity, ...)", "Break"};
constexpr const char* kPromptKinds[] = {"case", "statement", "risk"};

std::vector<std::string> lines(const char* text) {
  std::vector<std::string> out;
  std::string all = text;
  std::size_t start = 0;
  while (start < all.size()) {
    auto end = all.find('\n', start);
    if (end == std::string::npos) end = all.size();
    auto line = all.substr(start, end - start);
    line.erase(0, line.find_first_not_of(' '));
    line.erase(line.find_last_not_of(' ') + 1);
    if (!line.empty()) out.push_back(line);
    start = end + 1;
  }
  return out;
}

class PlanTab final : public ConsoleTab {
public:
  const char* title() const override { return "Plan"; }

  void drawContent(const core::Snapshot& snapshot, ConsoleContext& ctx) override {
    const auto& state = snapshot.state;
    const float em = ImGui::GetFontSize();
    const auto next = core::goOn(state);
    ImGui::TextWrapped("Page Down (or a clicker) does the next thing: %s. Page Up goes back a step.",
                       next.label.c_str());
    drawSteps(state, ctx);
    ImGui::Separator();
    drawForm(state, ctx, em);
    ImGui::Separator();
    drawTemplateSave(snapshot, ctx, em);
  }

private:
  void drawSteps(const core::SessionState& state, ConsoleContext& ctx) {
    if (state.plan.empty()) {
      ImGui::TextDisabled("No steps yet: add the first below, or load a template in the Setup tab.");
      return;
    }
    const float rowsH =
        std::min(ImGui::GetTextLineHeightWithSpacing() * 10.0f,
                 ImGui::GetTextLineHeightWithSpacing() * (static_cast<float>(state.plan.size()) + 1.5f));
    if (!ImGui::BeginTable("plan", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit,
                           ImVec2(0, rowsH))) {
      return;
    }
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, em * 2.5f);
    ImGui::TableSetupColumn("step", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("note", ImGuiTableColumnFlags_WidthStretch);
    // Fixed width: the buttons keep their places whatever the row holds.
    ImGui::TableSetupColumn("actions", ImGuiTableColumnFlags_WidthFixed, em * 17.0f);
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < state.plan.size(); ++i) {
      const auto& step = state.plan[i];
      const int position = static_cast<int>(i) + 1;
      ImGui::PushID(position);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      if (position == state.planPosition) {
        ImGui::PushStyleColor(ImGuiCol_Text, accentText());
        ImGui::Text("%d now", position);
        ImGui::PopStyleColor();
      } else {
        ImGui::Text("%d", position);
      }
      ImGui::TableNextColumn();
      const auto summary = core::stepSummary(step);
      ImGui::TextUnformatted(summary.c_str());
      ImGui::TableNextColumn();
      std::string note = step.note;
      std::replace(note.begin(), note.end(), '\n', ' ');
      ImGui::TextDisabled("%s", note.c_str());
      if (!step.note.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", step.note.c_str());
      ImGui::TableNextColumn();
      ImGui::BeginDisabled(position == 1);
      if (smallButton("Up")) ctx.send(core::MovePlanStep{position, position - 1}, "Step moved up.");
      ImGui::EndDisabled();
      ImGui::SameLine();
      ImGui::BeginDisabled(position == static_cast<int>(state.plan.size()));
      if (smallButton("Down")) ctx.send(core::MovePlanStep{position, position + 1}, "Step moved down.");
      ImGui::EndDisabled();
      ImGui::SameLine();
      if (smallButton("Edit")) load(step, position);
      ImGui::SameLine();
      if (smallButton("Go to")) {
        ctx.sendAll(core::stepCommands(state, position), "Now at step " + std::to_string(position) + ": " + summary);
      }
      ImGui::SameLine();
      if (smallButton("Remove")) {
        ctx.send(core::RemovePlanStep{position}, "Step " + std::to_string(position) + " removed.");
        if (m_editing == position) m_editing = 0;
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }

  void drawForm(const core::SessionState& state, ConsoleContext& ctx, float em) {
    if (m_editing > static_cast<int>(state.plan.size())) m_editing = 0;
    ImGui::TextUnformatted(m_editing > 0 ? "Change the step:" : "Add a step:");
    ImGui::SetNextItemWidth(em * 14);
    ImGui::Combo("kind", &m_kind, kKindLabels, IM_ARRAYSIZE(kKindLabels));
    const auto kind = static_cast<core::StepKind>(m_kind);
    switch (kind) {
    case core::StepKind::Belief:
      if (!m_statementsLoaded) {
        for (std::size_t b = 0; b < 3; ++b)
          copyInto(m_statements[b], state.nextStatements[b]);
        m_statementsLoaded = true;
      }
      for (std::size_t b = 0; b < 3; ++b) {
        ImGui::PushID(static_cast<int>(b));
        ImGui::SetNextItemWidth(em * 30);
        ImGui::InputText("belief", m_statements[b].data(), m_statements[b].size());
        ImGui::PopID();
      }
      ImGui::Checkbox("0 to 10 (else 1 to 5)", &m_zeroToTen);
      break;
    case core::StepKind::Poll:
      ImGui::SetNextItemWidth(em * 30);
      ImGui::InputTextWithHint("question", "the poll's question", m_text.data(), m_text.size());
      ImGui::InputTextMultiline("options, one a line (none: a 1-5 scale)", m_options.data(), m_options.size(),
                                ImVec2(em * 30, em * 5));
      break;
    case core::StepKind::Prompt:
      ImGui::InputTextMultiline("prompt", m_text.data(), m_text.size(), ImVec2(em * 30, em * 3.5f));
      ImGui::SetNextItemWidth(em * 10);
      ImGui::Combo("framed as", &m_promptKind, kPromptKinds, IM_ARRAYSIZE(kPromptKinds));
      break;
    case core::StepKind::Topic:
      ImGui::SetNextItemWidth(em * 24);
      ImGui::InputTextWithHint("topic", "agenda topic", m_text.data(), m_text.size());
      ImGui::SetNextItemWidth(em * 6);
      ImGui::InputInt("minutes", &m_minutes);
      break;
    case core::StepKind::Board: ImGui::TextDisabled("Puts the clarity board on the projector and the phones."); break;
    case core::StepKind::Break:
      ImGui::SetNextItemWidth(em * 24);
      ImGui::InputTextWithHint("words", "e.g. Coffee in the foyer", m_text.data(), m_text.size());
      ImGui::SetNextItemWidth(em * 6);
      ImGui::InputInt("minutes", &m_minutes);
      break;
    }
    m_minutes = std::clamp(m_minutes, 1, 600);
    ImGui::InputTextMultiline("your note (only on this screen)", m_note.data(), m_note.size(), ImVec2(em * 30, em * 3));
    if (m_editing > 0) {
      if (button("Save the step")) {
        ctx.send(core::EditPlanStep{m_editing, step()}, "Step " + std::to_string(m_editing) + " saved.");
        clear();
      }
      ImGui::SameLine();
      if (button("Cancel")) clear();
    } else if (button("Add at the end")) {
      ctx.send(core::AddPlanStep{static_cast<int>(state.plan.size()) + 1, step()},
               "Step " + std::to_string(state.plan.size() + 1) + " added to the plan.");
      clear();
    }
  }

  void drawTemplateSave(const core::Snapshot& snapshot, ConsoleContext& ctx, float em) {
    const auto* options = ctx.info.options;
    if (options == nullptr || !options->saveTemplate) return;
    if (m_templatePath[0] == '\0') copyInto(m_templatePath, options->templateFolder + "/my-plan.json");
    ImGui::TextUnformatted("Save this plan, the groups, the belief statements and the endeavour as a template file:");
    ImGui::SetNextItemWidth(em * 30);
    ImGui::InputText("##templatePath", m_templatePath.data(), m_templatePath.size());
    ImGui::SameLine();
    if (button("Save as template")) {
      const auto problem = options->saveTemplate(m_templatePath.data(), snapshot.state);
      ctx.feedback->set(problem.empty() ? std::string("Template saved to ") + m_templatePath.data() +
                                              ". Start Balcony with --template and this file to use it."
                                        : "Could not save the template: " + problem);
    }
  }

  core::PlanStep step() const {
    core::PlanStep s;
    s.kind = static_cast<core::StepKind>(m_kind);
    s.note = m_note.data();
    switch (s.kind) {
    case core::StepKind::Belief:
      for (std::size_t b = 0; b < 3; ++b)
        s.statements[b] = m_statements[b].data();
      s.scaleMin = m_zeroToTen ? 0 : 1;
      s.scaleMax = m_zeroToTen ? 10 : 5;
      break;
    case core::StepKind::Poll:
      s.text = m_text.data();
      s.options = lines(m_options.data());
      break;
    case core::StepKind::Prompt:
      s.text = m_text.data();
      s.promptKind = kPromptKinds[m_promptKind];
      break;
    case core::StepKind::Topic:
    case core::StepKind::Break:
      s.text = m_text.data();
      s.minutes = m_minutes;
      break;
    case core::StepKind::Board: s.board = core::Board::Clarity; break;
    }
    return s;
  }

  void load(const core::PlanStep& s, int position) {
    m_editing = position;
    m_kind = static_cast<int>(s.kind);
    copyInto(m_text, s.text);
    copyInto(m_note, s.note);
    std::string options;
    for (const auto& o : s.options)
      options += o + "\n";
    copyInto(m_options, options);
    for (std::size_t b = 0; b < 3; ++b)
      copyInto(m_statements[b], s.statements[b]);
    m_statementsLoaded = true;
    m_zeroToTen = s.scaleMax == 10;
    m_minutes = std::max(1, s.minutes);
    const auto kindAt = std::find(std::begin(kPromptKinds), std::end(kPromptKinds), s.promptKind);
    m_promptKind = kindAt == std::end(kPromptKinds) ? 0 : static_cast<int>(kindAt - std::begin(kPromptKinds));
  }

  void clear() {
    m_editing = 0;
    m_text.fill('\0');
    m_note.fill('\0');
    m_options.fill('\0');
    m_statementsLoaded = false;
  }

  int m_editing = 0; // the step the form changes (0: the form adds a new one)
  int m_kind = 0;
  std::array<char, 520> m_text{};
  std::array<char, 1100> m_options{};
  std::array<std::array<char, 320>, 3> m_statements{};
  bool m_statementsLoaded = false;
  bool m_zeroToTen = false;
  int m_minutes = 10;
  int m_promptKind = 0;
  std::array<char, 1020> m_note{};
  std::array<char, 512> m_templatePath{};
};

} // namespace

std::unique_ptr<ConsoleTab> makePlanTab() {
  return std::make_unique<PlanTab>();
}

} // namespace balcony::ui
