// The Settings tab: the privacy threshold, the avoidance signals, and the projector's and console's themes.
#include "console_tabs.hpp"

#include <algorithm>

namespace balcony::ui {
namespace {

class SettingsTab final : public ConsoleTab {
public:
  const char* title() const override { return "Settings"; }
  void reload() override { m_thresholdLoaded = false; }

  void drawContent(const core::Snapshot& snapshot, ConsoleContext& ctx) override {
    auto& settings = ctx.settings;
    if (!m_thresholdLoaded) {
      m_threshold = snapshot.state.privacyThreshold;
      m_thresholdLoaded = true;
    }
    ImGui::TextWrapped("Privacy: a group with fewer answers than this is never shown on its own; it is folded "
                       "into \"other groups\", so nobody can be identified by their group.");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    ImGui::InputInt("smallest group shown", &m_threshold);
    m_threshold = std::clamp(m_threshold, core::kMinPrivacyThreshold, core::kMaxPrivacyThreshold);
    ImGui::SameLine();
    ImGui::BeginDisabled(m_threshold == snapshot.state.privacyThreshold);
    if (button("Apply")) {
      ctx.send(core::SetPrivacyThreshold{m_threshold},
               "Groups with fewer than " + std::to_string(m_threshold) + " answers are now folded together.");
    }
    ImGui::EndDisabled();
    if (!m_signalSettingsLoaded) {
      m_signalSettings = snapshot.state.signalSettings;
      m_signalSettingsLoaded = true;
    }
    ImGui::Separator();
    ImGui::TextUnformatted("Avoidance signals:");
    auto& ss = m_signalSettings;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    ImGui::InputInt("revisits with no decision before \"going round in circles\"", &ss.revisitLimit);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    ImGui::InputInt("% of a topic's budget before \"well past its time\"", &ss.overtimePercent, 10);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    ImGui::InputInt("% of those present flagging...", &ss.flagSharePercent, 5);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    ImGui::InputInt("...within this many minutes", &ss.flagWindowMinutes);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    ImGui::InputInt("minutes a flag counts", &ss.flagLifetimeMinutes);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    ImGui::InputInt("seconds between one participant's flags", &ss.flagCooldownSeconds, 10);
    ImGui::Checkbox("Show alerts on the projector (otherwise on the console only)", &ss.alertsOnProjector);
    if (button("Apply signal settings")) {
      ctx.send(ss, "Signal settings applied.");
    }
    ImGui::Separator();
    ImGui::TextUnformatted("Projector theme:");
    ImGui::SameLine();
    int theme = static_cast<int>(settings.theme);
    ImGui::RadioButton("Light (best on most projectors)", &theme, 0);
    ImGui::SameLine();
    ImGui::RadioButton("Dark", &theme, 1);
    ImGui::SameLine();
    ImGui::RadioButton("High contrast", &theme, 2);
    settings.theme = static_cast<Theme>(theme);
    ImGui::TextUnformatted("Console theme:");
    ImGui::SameLine();
    int consoleTheme = settings.consoleTheme == Theme::Dark ? 1 : 0;
    ImGui::RadioButton("Light##console", &consoleTheme, 0);
    ImGui::SameLine();
    ImGui::RadioButton("Dark (for a dark room)##console", &consoleTheme, 1);
    settings.consoleTheme = consoleTheme == 1 ? Theme::Dark : Theme::Light;
  }

private:
  int m_threshold = 3;
  bool m_thresholdLoaded = false;
  core::SignalSettingsSet m_signalSettings;
  bool m_signalSettingsLoaded = false;
};

} // namespace

std::unique_ptr<ConsoleTab> makeSettingsTab() {
  return std::make_unique<SettingsTab>();
}

} // namespace balcony::ui
