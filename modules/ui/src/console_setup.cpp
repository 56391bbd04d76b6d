// The Setup tab: the session's title and groups, the next session of the series, exports for
// follow-up, locking joining, the join address on the projector, and templates.
#include "console_tabs.hpp"

#include "balcony/core/session_template.hpp"

#include <algorithm>

namespace balcony::ui {
namespace {

class SetupTab final : public ConsoleTab {
public:
  const char* title() const override { return "Setup"; }
  void reload() override { m_loaded = false; }

  void drawContent(const core::Snapshot& snapshot, ConsoleContext& ctx) override {
    const auto& state = snapshot.state;
    const auto& info = ctx.info;
    auto& settings = ctx.settings;
    if (!m_loaded) {
      copyInto(m_title, state.title);
      std::string groups;
      for (const auto& g : state.groups)
        groups += (groups.empty() ? "" : ", ") + g;
      copyInto(m_groups, groups);
      m_loaded = true;
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24);
    ImGui::InputText("title", m_title.data(), m_title.size());
    ImGui::SameLine();
    if (button("Save title")) ctx.send(core::RetitleSession{m_title.data()}, "Title saved.");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24);
    ImGui::InputText("groups, separated by commas", m_groups.data(), m_groups.size());
    ImGui::SameLine();
    if (button("Save groups")) {
      std::vector<std::string> groups;
      std::string all = m_groups.data();
      std::size_t start = 0;
      while (start <= all.size()) {
        auto comma = all.find(',', start);
        if (comma == std::string::npos) comma = all.size();
        auto g = all.substr(start, comma - start);
        g.erase(0, g.find_first_not_of(' '));
        g.erase(g.find_last_not_of(' ') + 1);
        if (!g.empty()) groups.push_back(g);
        start = comma + 1;
      }
      ctx.send(core::SetGroups{groups}, "Groups saved; phones show them at once.");
    }
    ImGui::TextUnformatted("The next meeting of this partnership:");
    ImGui::SameLine();
    if (button("Start the next session of this series")) {
      ImGui::OpenPopup("next-session");
    }
    if (ImGui::BeginPopupModal("next-session", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
      ImGui::TextUnformatted("Close this session and start the next one of the same series?");
      ImGui::TextDisabled("Everything here stays saved. The endeavour and the open clarity items come along,\n"
                          "and the belief trend carries on. Phones reconnect by themselves.");
      if (button("Start the next session")) {
        settings.nextSessionRequested = true;
        ImGui::CloseCurrentPopup();
      }
      ImGui::SameLine();
      if (button("Cancel")) ImGui::CloseCurrentPopup();
      ImGui::EndPopup();
    }
    if (info.options != nullptr && info.options->exportAll) {
      if (m_exportFolder[0] == '\0') copyInto(m_exportFolder, info.options->exportFolder);
      ImGui::TextUnformatted("Outcomes for follow-up (report, summary, responses, review dates, event log):");
      ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24);
      ImGui::InputText("##exportFolder", m_exportFolder.data(), m_exportFolder.size());
      ImGui::SameLine();
      ImGui::BeginDisabled(m_export->running);
      if (button("Export everything")) {
        m_export->running = true;
        m_export->done = 0;
        info.options->exportAll(m_exportFolder.data(), m_export);
      }
      ImGui::EndDisabled();
      if (m_export->running) {
        const float fraction =
            static_cast<float>(m_export->done) / static_cast<float>(std::max(1, m_export->total.load()));
        ImGui::ProgressBar(fraction, ImVec2(ImGui::GetFontSize() * 24, 0));
      } else {
        std::lock_guard lock(m_export->mutex);
        if (!m_export->message.empty()) ImGui::TextWrapped("%s", m_export->message.c_str());
      }
    }
    bool locked = state.joiningLocked;
    if (ImGui::Checkbox("Lock joining (people already in can still answer)", &locked)) {
      ctx.send(core::LockJoining{locked}, locked ? "Joining is locked." : "Joining is open again.");
    }
    if (info.options != nullptr && info.joinChoice != nullptr && info.options->joinAddresses.size() > 1) {
      ImGui::TextUnformatted("Join address on the projector:");
      for (std::size_t i = 0; i < info.options->joinAddresses.size(); ++i) {
        const auto& a = info.options->joinAddresses[i];
        const std::string label = a.url + "  (" + a.interface + ")";
        ImGui::RadioButton(label.c_str(), info.joinChoice, static_cast<int>(i));
      }
    }
    if (info.options != nullptr && !info.options->templates.empty()) {
      ImGui::Separator();
      ImGui::TextUnformatted("Set up from a template (adds its topics and prompts to this session):");
      for (const auto& t : info.options->templates) {
        ImGui::PushID(t.name.c_str());
        if (button(t.name.c_str())) {
          for (auto& command : core::templateCommands(t)) {
            ctx.send(std::move(command), "Set up from the \"" + t.name + "\" template.");
          }
          ctx.reloadForms = true; // the belief statements and the title come from the template now
        }
        ImGui::SameLine();
        ImGui::TextWrapped("%s", t.description.c_str());
        ImGui::PopID();
      }
    }
  }

private:
  std::array<char, 220> m_title{};
  std::array<char, 800> m_groups{};
  bool m_loaded = false;
  std::array<char, 512> m_exportFolder{};
  std::shared_ptr<ExportProgress> m_export = std::make_shared<ExportProgress>();
};

} // namespace

std::unique_ptr<ConsoleTab> makeSetupTab() {
  return std::make_unique<SetupTab>();
}

} // namespace balcony::ui
