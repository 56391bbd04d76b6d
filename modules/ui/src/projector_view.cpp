// The projector frame: the board on the left, how to join on the right. Nothing private here.
#include "views.hpp"

#include "balcony_ui_board_parts.hpp"

#include <string>

namespace balcony::ui {

void drawProjector(const core::Snapshot& snapshot, const ProjectorContext& ctx) {
  const auto* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::Begin("projector", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar);
  const auto& pal = palette(ctx.theme);
  auto* list = ImGui::GetWindowDrawList();
  const float pad = ctx.fonts.bodyPx * 1.2f;
  const ImVec2 origin(viewport->Pos.x + pad, viewport->Pos.y + pad);
  const ImVec2 full(viewport->Size.x - 2 * pad, viewport->Size.y - 2 * pad);

  // Right column: join panel, about a fifth of the width.
  const float sideW = std::max(full.x * 0.22f, ctx.fonts.bodyPx * 9.0f);
  const float sideX = origin.x + full.x - sideW;
  list->AddRectFilled(ImVec2(sideX - pad * 0.5f, viewport->Pos.y),
                      ImVec2(viewport->Pos.x + viewport->Size.x, viewport->Pos.y + viewport->Size.y), pal.panel);
  float y = origin.y;
  ImGui::PushFont(ctx.fonts.heading);
  ImGui::SetCursorScreenPos(ImVec2(sideX, y));
  ImGui::TextUnformatted("Join in");
  y += ImGui::GetTextLineHeightWithSpacing();
  ImGui::PopFont();
  const float qrSide = std::min(sideW, full.y * 0.42f);
  ctx.qr.draw(list, ImVec2(sideX, y), qrSide);
  y += qrSide + pad * 0.5f;

  ImGui::PushFont(ctx.fonts.body);
  ImGui::SetCursorScreenPos(ImVec2(sideX, y));
  ImGui::PushTextWrapPos(sideX + sideW);
  // The QR code carries the whole address; people who type it need only the host part, since
  // the page asks for the room code shown below.
  const auto query = ctx.joinUrl.find("/?");
  const std::string typed = query == std::string::npos ? ctx.joinUrl : ctx.joinUrl.substr(0, query);
  ImGui::TextUnformatted("or go to");
  ImGui::SetCursorScreenPos(ImVec2(sideX, ImGui::GetCursorScreenPos().y));
  ImGui::PushFont(ctx.fonts.bold);
  ImGui::TextUnformatted(typed.c_str());
  ImGui::PopFont();
  ImGui::PopTextWrapPos();
  y = ImGui::GetCursorScreenPos().y + pad * 0.5f;
  ImGui::SetCursorScreenPos(ImVec2(sideX, y));
  ImGui::TextUnformatted("Room code");
  ImGui::PopFont();
  ImGui::PushFont(ctx.fonts.display);
  ImGui::SetCursorScreenPos(ImVec2(sideX, ImGui::GetCursorScreenPos().y));
  ImGui::TextUnformatted(snapshot.state.roomCode.c_str());
  ImGui::PopFont();
  ImGui::PushFont(ctx.fonts.heading);
  ImGui::SetCursorScreenPos(ImVec2(sideX, ImGui::GetCursorScreenPos().y + pad * 0.3f));
  ImGui::Text("%d present", snapshot.present);
  ImGui::PopFont();
  if (snapshot.state.board != core::Board::Topics) {
    // Alerts follow the facilitator's choice; on other boards they sit calmly in this column.
    ImGui::PushFont(ctx.fonts.body);
    drawAlerts(snapshot, ctx, ImVec2(sideX, ImGui::GetCursorScreenPos().y + pad * 0.5f), sideW);
    ImGui::PopFont();
  }

  // Left: the session title over the live board.
  ImGui::PushFont(ctx.fonts.bold);
  ImGui::PushStyleColor(ImGuiCol_Text, pal.mutedText);
  ImGui::SetCursorScreenPos(origin);
  ImGui::PushTextWrapPos(sideX - pad);
  ImGui::TextUnformatted(snapshot.state.title.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
  const float top = ImGui::GetCursorScreenPos().y + pad * 0.3f;
  const ImVec2 boardOrigin(origin.x, top);
  const ImVec2 boardSize(sideX - pad * 1.5f - origin.x, origin.y + full.y - top);
  // The board on show, drawn by its own folder's projector part.
  core::anyType(core::Boards{}, [&](auto board) {
    if (decltype(board)::type::kBoard != snapshot.state.board) return false;
    drawProjectorBoard(board, snapshot, ctx, boardOrigin, boardSize);
    return true;
  });
  ImGui::End();
}

} // namespace balcony::ui
