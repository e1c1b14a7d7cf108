#include "app/gui/icons.h"

#include <cmath>

#include "app/gui/theme.h"

namespace al::gui {

namespace {

void triangle_right(ImDrawList* dl, ImVec2 c, float s, ImU32 col) {
  dl->AddTriangleFilled(ImVec2(c.x - s * 0.5f, c.y - s * 0.6f),
                        ImVec2(c.x - s * 0.5f, c.y + s * 0.6f), ImVec2(c.x + s * 0.55f, c.y), col);
}

void triangle_left(ImDrawList* dl, ImVec2 c, float s, ImU32 col) {
  dl->AddTriangleFilled(ImVec2(c.x + s * 0.5f, c.y - s * 0.6f),
                        ImVec2(c.x + s * 0.5f, c.y + s * 0.6f), ImVec2(c.x - s * 0.55f, c.y), col);
}

void bar(ImDrawList* dl, float x, ImVec2 c, float s, ImU32 col) {
  dl->AddRectFilled(ImVec2(x - s * 0.09f, c.y - s * 0.6f), ImVec2(x + s * 0.09f, c.y + s * 0.6f),
                    col);
}

void draw_icon(ImDrawList* dl, Icon icon, ImVec2 c, float s, ImU32 col) {
  switch (icon) {
    case Icon::play:
      triangle_right(dl, ImVec2(c.x + s * 0.08f, c.y), s, col);
      break;
    case Icon::pause:
      bar(dl, c.x - s * 0.25f, c, s * 1.2f, col);
      bar(dl, c.x + s * 0.25f, c, s * 1.2f, col);
      break;
    case Icon::step_forward:
      triangle_right(dl, ImVec2(c.x - s * 0.12f, c.y), s * 0.85f, col);
      bar(dl, c.x + s * 0.45f, c, s * 0.85f, col);
      break;
    case Icon::step_back:
      triangle_left(dl, ImVec2(c.x + s * 0.12f, c.y), s * 0.85f, col);
      bar(dl, c.x - s * 0.45f, c, s * 0.85f, col);
      break;
    case Icon::to_start:
      bar(dl, c.x - s * 0.55f, c, s * 0.85f, col);
      triangle_left(dl, ImVec2(c.x - s * 0.05f, c.y), s * 0.7f, col);
      triangle_left(dl, ImVec2(c.x + s * 0.45f, c.y), s * 0.7f, col);
      break;
    case Icon::to_end:
      triangle_right(dl, ImVec2(c.x - s * 0.45f, c.y), s * 0.7f, col);
      triangle_right(dl, ImVec2(c.x + s * 0.05f, c.y), s * 0.7f, col);
      bar(dl, c.x + s * 0.55f, c, s * 0.85f, col);
      break;
    case Icon::prev_switch:
      triangle_left(dl, ImVec2(c.x - s * 0.2f, c.y), s * 0.75f, col);
      triangle_left(dl, ImVec2(c.x + s * 0.3f, c.y), s * 0.75f, col);
      break;
    case Icon::next_switch:
      triangle_right(dl, ImVec2(c.x - s * 0.3f, c.y), s * 0.75f, col);
      triangle_right(dl, ImVec2(c.x + s * 0.2f, c.y), s * 0.75f, col);
      break;
    case Icon::rerun: {
      float r = s * 0.55f;
      dl->PathArcTo(c, r, 0.6f, 0.6f + 3.14159f * 1.6f, 20);
      dl->PathStroke(col, 0, s * 0.16f);
      float a = 0.6f;
      ImVec2 tip(c.x + r * std::cos(a), c.y + r * std::sin(a));
      dl->AddTriangleFilled(ImVec2(tip.x - s * 0.32f, tip.y - s * 0.05f),
                            ImVec2(tip.x + s * 0.28f, tip.y - s * 0.12f),
                            ImVec2(tip.x + s * 0.02f, tip.y + s * 0.36f), col);
      break;
    }
  }
}

}  // namespace

bool icon_button(const char* id, Icon icon, const char* tooltip, bool accent) {
  float h = ImGui::GetFrameHeight();
  ImVec2 size(h * 1.25f, h);
  if (accent)
    ImGui::PushStyleColor(ImGuiCol_Button,
                          ImGui::ColorConvertU32ToFloat4(with_alpha(palette().accent, 0.7f)));
  bool pressed = ImGui::Button(id, size);
  if (accent) ImGui::PopStyleColor();
  ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  ImVec2 c((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
  draw_icon(ImGui::GetWindowDrawList(), icon, c, h * 0.42f, ImGui::GetColorU32(ImGuiCol_Text));
  if (tooltip && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
  return pressed;
}

}  // namespace al::gui
