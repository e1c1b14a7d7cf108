#include "app/gui/theme.h"

#include <array>

namespace al::gui {

namespace {

Theme g_theme = Theme::dark;
Palette g_palette{};

constexpr ImU32 rgb(unsigned r, unsigned g, unsigned b, unsigned a = 255) {
  return IM_COL32(r, g, b, a);
}

// Hues chosen to be told apart by most colour-blind viewers too (Okabe-Ito-like order first).
constexpr std::array<ImU32, 10> kTaskDark = {
    rgb(86, 180, 233),  rgb(230, 159, 0),   rgb(0, 190, 140),  rgb(240, 110, 170),
    rgb(200, 200, 80),  rgb(160, 130, 240), rgb(255, 120, 90), rgb(120, 210, 230),
    rgb(170, 220, 120), rgb(220, 160, 120)};
constexpr std::array<ImU32, 10> kTaskLight = {
    rgb(0, 114, 178),  rgb(204, 121, 0), rgb(0, 140, 100), rgb(204, 60, 130), rgb(150, 140, 0),
    rgb(110, 80, 200), rgb(213, 70, 30), rgb(0, 150, 170), rgb(90, 150, 40),  rgb(160, 100, 60)};

void dark_palette(Palette& p) {
  p.running = rgb(72, 190, 110);
  p.ready = rgb(235, 190, 70);
  p.waiting = rgb(78, 96, 128);
  p.waiting_text = rgb(215, 225, 240);
  p.done = rgb(140, 200, 140);
  p.cancelled = rgb(200, 160, 60);
  p.failed = rgb(235, 80, 80);
  p.idle = rgb(60, 62, 70);
  p.lane_bg = rgb(30, 32, 38);
  p.lane_bg_alt = rgb(36, 38, 45);
  p.lane_text = rgb(220, 222, 228);
  p.grid = rgb(70, 74, 84);
  p.grid_text = rgb(150, 155, 165);
  p.playhead = rgb(255, 90, 90);
  p.wake_arrow = rgb(250, 210, 120, 220);
  p.await_marker = rgb(255, 255, 255, 200);
  p.fold_mark = rgb(170, 175, 190);
  p.counter_line = rgb(120, 180, 255);
  p.counter_fill = rgb(120, 180, 255, 60);
  p.selection = rgb(255, 255, 255, 40);
  p.editor_bg = rgb(26, 28, 33);
  p.gutter_bg = rgb(32, 34, 40);
  p.gutter_text = rgb(110, 115, 125);
  p.gutter_text_current = rgb(220, 222, 228);
  p.text = rgb(215, 218, 224);
  p.keyword = rgb(198, 120, 221);
  p.builtin = rgb(86, 182, 194);
  p.string = rgb(152, 195, 121);
  p.number = rgb(209, 154, 102);
  p.comment = rgb(110, 118, 130);
  p.op = rgb(171, 178, 191);
  p.decorator = rgb(229, 192, 123);
  p.definition = rgb(97, 175, 239);
  p.cursor = rgb(240, 240, 240);
  p.selection_bg = rgb(62, 90, 140, 170);
  p.current_line_fallback = rgb(72, 190, 110, 60);
  p.breakpoint = rgb(230, 70, 70);
  p.error_bg = rgb(200, 50, 50, 70);
  p.error_text = rgb(255, 130, 120);
  p.whitespace_guide = rgb(255, 255, 255, 18);
  p.muted_text = rgb(140, 145, 155);
  p.accent = rgb(86, 180, 233);
  p.warning = rgb(240, 180, 60);
  p.ok = rgb(100, 200, 120);
}

void light_palette(Palette& p) {
  p.running = rgb(40, 160, 80);
  p.ready = rgb(230, 170, 30);
  p.waiting = rgb(175, 190, 215);
  p.waiting_text = rgb(30, 40, 60);
  p.done = rgb(60, 150, 60);
  p.cancelled = rgb(190, 130, 0);
  p.failed = rgb(210, 40, 40);
  p.idle = rgb(215, 218, 224);
  p.lane_bg = rgb(250, 250, 252);
  p.lane_bg_alt = rgb(240, 242, 246);
  p.lane_text = rgb(30, 32, 38);
  p.grid = rgb(200, 204, 212);
  p.grid_text = rgb(100, 105, 115);
  p.playhead = rgb(220, 40, 40);
  p.wake_arrow = rgb(200, 120, 0, 220);
  p.await_marker = rgb(20, 20, 30, 200);
  p.fold_mark = rgb(110, 115, 130);
  p.counter_line = rgb(30, 110, 210);
  p.counter_fill = rgb(30, 110, 210, 50);
  p.selection = rgb(0, 0, 0, 25);
  p.editor_bg = rgb(252, 252, 253);
  p.gutter_bg = rgb(240, 241, 244);
  p.gutter_text = rgb(150, 155, 165);
  p.gutter_text_current = rgb(30, 32, 38);
  p.text = rgb(36, 41, 47);
  p.keyword = rgb(166, 38, 164);
  p.builtin = rgb(1, 132, 188);
  p.string = rgb(80, 161, 79);
  p.number = rgb(152, 104, 1);
  p.comment = rgb(140, 145, 155);
  p.op = rgb(56, 58, 66);
  p.decorator = rgb(193, 132, 1);
  p.definition = rgb(64, 120, 242);
  p.cursor = rgb(20, 20, 20);
  p.selection_bg = rgb(170, 200, 250, 170);
  p.current_line_fallback = rgb(40, 160, 80, 50);
  p.breakpoint = rgb(215, 50, 50);
  p.error_bg = rgb(230, 60, 60, 50);
  p.error_text = rgb(190, 30, 30);
  p.whitespace_guide = rgb(0, 0, 0, 18);
  p.muted_text = rgb(110, 115, 125);
  p.accent = rgb(0, 114, 178);
  p.warning = rgb(190, 120, 0);
  p.ok = rgb(40, 150, 70);
}

void common_style(ImGuiStyle& s) {
  s.WindowPadding = ImVec2(10, 8);
  s.FramePadding = ImVec2(8, 4);
  s.ItemSpacing = ImVec2(8, 6);
  s.ItemInnerSpacing = ImVec2(6, 4);
  s.CellPadding = ImVec2(6, 3);
  s.ScrollbarSize = 13;
  s.GrabMinSize = 10;
  s.WindowBorderSize = 0;
  s.ChildBorderSize = 1;
  s.FrameBorderSize = 0;
  s.TabBorderSize = 0;
  s.WindowRounding = 0;
  s.ChildRounding = 4;
  s.FrameRounding = 4;
  s.PopupRounding = 4;
  s.ScrollbarRounding = 6;
  s.GrabRounding = 4;
  s.TabRounding = 4;
}

}  // namespace

void apply_theme(Theme theme) {
  g_theme = theme;
  ImGuiStyle& s = ImGui::GetStyle();
  common_style(s);
  ImVec4* c = s.Colors;
  if (theme == Theme::dark) {
    ImGui::StyleColorsDark(&s);
    c[ImGuiCol_WindowBg] = ImVec4(0.13f, 0.14f, 0.16f, 1.0f);
    c[ImGuiCol_ChildBg] = ImVec4(0.11f, 0.12f, 0.14f, 1.0f);
    c[ImGuiCol_PopupBg] = ImVec4(0.15f, 0.16f, 0.19f, 0.98f);
    c[ImGuiCol_Border] = ImVec4(0.24f, 0.26f, 0.30f, 1.0f);
    c[ImGuiCol_FrameBg] = ImVec4(0.19f, 0.20f, 0.24f, 1.0f);
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.24f, 0.26f, 0.31f, 1.0f);
    c[ImGuiCol_FrameBgActive] = ImVec4(0.28f, 0.30f, 0.36f, 1.0f);
    c[ImGuiCol_MenuBarBg] = ImVec4(0.16f, 0.17f, 0.20f, 1.0f);
    c[ImGuiCol_Header] = ImVec4(0.22f, 0.34f, 0.50f, 0.70f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.26f, 0.40f, 0.58f, 0.80f);
    c[ImGuiCol_HeaderActive] = ImVec4(0.28f, 0.44f, 0.64f, 1.0f);
    c[ImGuiCol_Button] = ImVec4(0.22f, 0.24f, 0.29f, 1.0f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.28f, 0.31f, 0.38f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.22f, 0.40f, 0.60f, 1.0f);
    c[ImGuiCol_Tab] = ImVec4(0.17f, 0.18f, 0.22f, 1.0f);
    c[ImGuiCol_TabHovered] = ImVec4(0.26f, 0.40f, 0.58f, 1.0f);
    c[ImGuiCol_TabActive] = ImVec4(0.22f, 0.34f, 0.50f, 1.0f);
    c[ImGuiCol_TabUnfocusedActive] = ImVec4(0.20f, 0.28f, 0.40f, 1.0f);
    c[ImGuiCol_Separator] = ImVec4(0.24f, 0.26f, 0.30f, 1.0f);
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.17f, 0.18f, 0.22f, 1.0f);
    c[ImGuiCol_TableRowBgAlt] = ImVec4(1.0f, 1.0f, 1.0f, 0.03f);
    dark_palette(g_palette);
  } else {
    ImGui::StyleColorsLight(&s);
    c[ImGuiCol_WindowBg] = ImVec4(0.95f, 0.95f, 0.96f, 1.0f);
    c[ImGuiCol_ChildBg] = ImVec4(0.99f, 0.99f, 0.995f, 1.0f);
    c[ImGuiCol_PopupBg] = ImVec4(1.0f, 1.0f, 1.0f, 0.98f);
    c[ImGuiCol_Border] = ImVec4(0.80f, 0.81f, 0.84f, 1.0f);
    c[ImGuiCol_FrameBg] = ImVec4(0.90f, 0.91f, 0.93f, 1.0f);
    c[ImGuiCol_MenuBarBg] = ImVec4(0.91f, 0.92f, 0.94f, 1.0f);
    c[ImGuiCol_Button] = ImVec4(0.86f, 0.87f, 0.90f, 1.0f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.78f, 0.84f, 0.93f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.65f, 0.76f, 0.92f, 1.0f);
    c[ImGuiCol_Tab] = ImVec4(0.87f, 0.88f, 0.91f, 1.0f);
    c[ImGuiCol_TabActive] = ImVec4(0.99f, 0.99f, 0.995f, 1.0f);
    c[ImGuiCol_TabUnfocusedActive] = ImVec4(0.97f, 0.97f, 0.98f, 1.0f);
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.90f, 0.91f, 0.93f, 1.0f);
    light_palette(g_palette);
  }
  common_style(s);
}

const Palette& palette() {
  return g_palette;
}
Theme current_theme() {
  return g_theme;
}

ImU32 task_color(int index) {
  const auto& table = g_theme == Theme::dark ? kTaskDark : kTaskLight;
  if (index < 0) return g_palette.muted_text;
  return table[static_cast<std::size_t>(index) % table.size()];
}

ImU32 with_alpha(ImU32 c, float alpha) {
  unsigned a = (c >> IM_COL32_A_SHIFT) & 0xFF;
  a = static_cast<unsigned>(static_cast<float>(a) * alpha);
  return (c & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

ImU32 task_color_soft(int index) {
  return with_alpha(task_color(index), g_theme == Theme::dark ? 0.22f : 0.18f);
}

}  // namespace al::gui
