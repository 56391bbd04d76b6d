// The topics and flags tab: the agenda with its time budgets, starting and pausing topics,
// recording decisions, and approving the words that come with flags.
#include "topics/topics_console.hpp"

#include "balcony/ui/console_list.hpp"
#include "topics/avoidance_signals.hpp"

#include <algorithm>
#include <vector>

namespace balcony::ui {
namespace {

class TopicsTab final : public BoardConsoleTab {
public:
  const char* title() const override { return "Topics"; }
  core::Board board() const override { return core::Board::Topics; }
  int showKey() const override { return GLFW_KEY_T; }
  const char* keyName() const override { return "T"; }
  const char* shortName() const override { return "topics"; }
  const char* projectorLabel() const override { return "Topics and flags (Ctrl+T)"; }
  const char* shownMessage() const override { return "The projector shows topics and flags."; }

  void drawContent(const core::Snapshot& snapshot, ConsoleContext& ctx) override {
    const auto& state = snapshot.state;
    const auto now = ctx.info.now;
    ImGui::TextUnformatted("Add a topic:");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
    ImGui::InputTextWithHint("##topic", "agenda topic", m_topicTitle.data(), m_topicTitle.size());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
    ImGui::InputInt("minutes", &m_topicMinutes);
    m_topicMinutes = std::clamp(m_topicMinutes, 1, 600);
    ImGui::SameLine();
    if (button("Add topic")) {
      ctx.send(core::AddTopic{m_topicTitle.data(), m_topicMinutes}, "Topic added to the agenda.");
      m_topicTitle.fill('\0');
    }
    drawAgenda(state, ctx, now);
    if (const auto* current = state.findTopic(state.currentTopic)) {
      ImGui::SetNextItemWidth(ImGui::GetFontSize() * 28);
      ImGui::InputTextWithHint("##decision", "what was decided", m_decision.data(), m_decision.size());
      ImGui::SameLine();
      if (button("Record decision")) {
        ctx.send(core::RecordDecision{current->number, m_decision.data()}, "Decision recorded.");
        m_decision.fill('\0');
      }
    }
    ImGui::Separator();
    const auto live = core::liveFlags(state, now);
    ImGui::Text("Flags counting now: %zu. Words wait for your approval before the projector shows them:", live.size());
    std::vector<const core::Flag*> waiting;
    for (const auto& flag : state.flags) {
      if (!flag.words.empty() && !flag.wordsApproved) waiting.push_back(&flag);
    }
    if (waiting.empty()) {
      ImGui::TextDisabled("No words waiting.");
      return;
    }
    clippedRows("flag words", static_cast<int>(waiting.size()), 8, [&](int i) {
      const auto& flag = *waiting[static_cast<std::size_t>(i)];
      RowId id("flag", flag.id);
      if (smallButton("Show on projector")) {
        ctx.send(core::ApproveFlagWords{flag.id}, "The flag's words are on the board.");
      }
      ImGui::SameLine();
      rowText(flag.words);
    });
  }

private:
  static void drawAgenda(const core::SessionState& state, ConsoleContext& ctx, core::Millis now) {
    if (!ImGui::BeginTable("topics", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
      return;
    }
    for (const auto& topic : state.topics) {
      RowId id("topic", topic.number);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const bool current = topic.number == state.currentTopic;
      // One button that says what it will do: a toggle, so a press never brings another button here.
      if (smallButton(current ? "Pause###run" : "Start###run")) {
        if (current) {
          ctx.send(core::StartTopic{0}, "No topic is current.");
        } else {
          ctx.send(core::StartTopic{topic.number}, "\"" + topic.title + "\" is the current topic.");
        }
      }
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s%s", current ? "> " : "", topic.title.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%lld of %d min, back %d times", static_cast<long long>(state.topicTime(topic, now) / 60'000),
                  topic.budgetMinutes, topic.revisits);
      ImGui::TableNextColumn();
      if (topic.decisions.empty()) {
        ImGui::TextDisabled("no decision");
      } else {
        ImGui::TextWrapped("%s", topic.decisions.back().text.c_str());
      }
    }
    ImGui::EndTable();
  }

  std::array<char, 128> m_topicTitle{};
  int m_topicMinutes = 15;
  std::array<char, 320> m_decision{};
};

} // namespace

std::unique_ptr<BoardConsoleTab> makeConsoleTab(std::type_identity<core::TopicsBoard>) {
  return std::make_unique<TopicsTab>();
}

} // namespace balcony::ui
