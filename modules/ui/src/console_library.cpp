// The Library tab: every session in the database by series, to open, archive or bring back.
// Read afresh each time the tab is opened.
#include "console_tabs.hpp"

namespace balcony::ui {
namespace {

class LibraryTab final : public ConsoleTab {
public:
  const char* title() const override { return "Library"; }
  void hidden() override { m_loaded = false; }

  void drawContent(const core::Snapshot&, ConsoleContext& ctx) override {
    const auto& info = ctx.info;
    if (info.options == nullptr || !info.options->listSessions) {
      ImGui::TextDisabled("The session library is not available.");
      return;
    }
    if (!m_loaded) {
      m_library = info.options->listSessions();
      m_loaded = true;
    }
    ImGui::TextWrapped("Every session in this database, grouped by series (the same partnership). Opening one "
                       "closes this one; nothing is lost. Rename a session with its title in the Setup tab.");
    ImGui::Checkbox("Show archived sessions", &m_showArchived);
    if (!ImGui::BeginTable("library", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
      return;
    }
    std::int64_t lastSeries = -1;
    for (const auto& entry : m_library) {
      if (entry.archived && !m_showArchived) continue;
      ImGui::PushID(static_cast<int>(entry.id));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      if (entry.series != lastSeries) {
        ImGui::TextDisabled("series %lld", static_cast<long long>(entry.series));
        lastSeries = entry.series;
      }
      ImGui::TableNextColumn();
      ImGui::Text("%s  #%lld", entry.date.c_str(), static_cast<long long>(entry.id));
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s%s", entry.title.c_str(), entry.archived ? " (archived)" : "");
      ImGui::TableNextColumn();
      ImGui::Text("%zu joined", entry.participants);
      ImGui::TableNextColumn();
      if (entry.id == info.options->session) {
        ImGui::TextDisabled("open now");
      } else {
        if (smallButton("Open")) ctx.settings.openSession = entry.id;
        ImGui::SameLine();
        if (smallButton(entry.archived ? "Bring back" : "Archive")) {
          const auto problem = info.options->archiveSession(entry.id, !entry.archived);
          ctx.feedback->set(problem.empty()
                                ? (entry.archived ? "Brought back." : "Archived: out of the list, still in the file.")
                                : problem);
          m_loaded = false;
        }
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }

private:
  std::vector<LibraryEntry> m_library;
  bool m_loaded = false;
  bool m_showArchived = false;
};

} // namespace

std::unique_ptr<ConsoleTab> makeLibraryTab() {
  return std::make_unique<LibraryTab>();
}

} // namespace balcony::ui
