#include "app/gui/ui_rects.h"

#include <imgui.h>

namespace al::gui {

namespace {
std::map<std::string, std::array<float, 4>>& rects() {
  static std::map<std::string, std::array<float, 4>> r;
  return r;
}
}  // namespace

void note_rect(const char* name, float x, float y, float w, float h) {
  rects()[name] = {x, y, w, h};
}

void note_item_rect(const char* name) {
  ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  note_rect(name, a.x, a.y, b.x - a.x, b.y - a.y);
}

const std::map<std::string, std::array<float, 4>>& item_rects() {
  return rects();
}

}  // namespace al::gui
