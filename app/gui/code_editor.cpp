// Sections: document and breakpoints · keyboard · mouse · drawing.
#include "app/gui/code_editor.h"

#include <GLFW/glfw3.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "app/gui/theme.h"
#include "app/gui/ui_rects.h"
#include "app/gui/utf8.h"

namespace al::gui {

namespace {

constexpr float kGutterMarkerWidth = 18.0f;  // breakpoint dots and task bars
constexpr float kTextLeftPad = 8.0f;
constexpr float kTopPad = 4.0f;
constexpr double kCaretBlinkSeconds = 0.53;

ImU32 syntax_color(Syntax s, const Palette& p) {
  switch (s) {
    case Syntax::keyword:
      return p.keyword;
    case Syntax::builtin:
      return p.builtin;
    case Syntax::string:
      return p.string;
    case Syntax::number:
      return p.number;
    case Syntax::comment:
      return p.comment;
    case Syntax::op:
      return p.op;
    case Syntax::decorator:
      return p.decorator;
    case Syntax::definition:
      return p.definition;
    case Syntax::text:
      break;
  }
  return p.text;
}

float text_width(ImFont* font, const char* b, const char* e) {
  return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, b, e).x;
}

// A rounded label drawn after the end of a line: a task's wait reason, an error message.
void draw_pill(ImDrawList* dl, ImFont* font, ImVec2 pos, float line_h, ImU32 bg, ImU32 fg,
               const std::string& text) {
  float w = text_width(font, text.data(), text.data() + text.size());
  float pad = 6.0f;
  dl->AddRectFilled(ImVec2(pos.x, pos.y + 1), ImVec2(pos.x + w + 2 * pad, pos.y + line_h - 1), bg,
                    4.0f);
  dl->AddText(font, font->FontSize, ImVec2(pos.x + pad, pos.y + (line_h - font->FontSize) * 0.5f),
              fg, text.data(), text.data() + text.size());
}

}  // namespace

// ---- document and breakpoints ----

void CodeEditor::set_text(std::string_view text) {
  buffer_.set_text(text);
  std::set<int> kept;
  for (int l : breakpoints_)
    if (l <= buffer_.line_count()) kept.insert(l);
  breakpoints_ = std::move(kept);
}

void CodeEditor::toggle_breakpoint(int line) {
  if (!breakpoints_.erase(line)) breakpoints_.insert(line);
}

void CodeEditor::shift_breakpoints(int from_line, int delta) {
  std::set<int> moved;
  for (int l : breakpoints_) {
    if (l <= from_line) {
      moved.insert(l);
    } else if (delta >= 0 || l > from_line - delta) {
      moved.insert(l + delta);
    }
  }
  breakpoints_ = std::move(moved);
}

void CodeEditor::refresh_highlight() {
  if (spans_version_ == buffer_.version()) return;
  spans_version_ = buffer_.version();
  std::vector<std::string> lines;
  lines.reserve(static_cast<std::size_t>(buffer_.line_count()));
  max_line_width_ = 0;
  for (int i = 0; i < buffer_.line_count(); ++i) {
    const std::string& s = buffer_.line(i);
    lines.push_back(s);
    max_line_width_ = std::max(max_line_width_, text_width(font_, s.data(), s.data() + s.size()));
  }
  spans_ = highlight_python(lines);
}

// ---- keyboard ----

bool CodeEditor::handle_keyboard() {
  ImGuiIO& io = ImGui::GetIO();
  bool shift = io.KeyShift, ctrl = io.KeyCtrl;
  auto pressed = [](int key) { return ImGui::IsKeyPressed(key); };
  std::uint64_t before = buffer_.version();
  TextPos cursor_before = buffer_.cursor();
  int page =
      std::max(1, static_cast<int>(ImGui::GetWindowHeight() / (font_->FontSize * 1.35f)) - 1);

  if (pressed(GLFW_KEY_LEFT)) buffer_.move_left(shift, ctrl);
  if (pressed(GLFW_KEY_RIGHT)) buffer_.move_right(shift, ctrl);
  if (pressed(GLFW_KEY_UP)) buffer_.move_up(shift);
  if (pressed(GLFW_KEY_DOWN)) buffer_.move_down(shift);
  if (pressed(GLFW_KEY_PAGE_UP)) buffer_.move_up(shift, page);
  if (pressed(GLFW_KEY_PAGE_DOWN)) buffer_.move_down(shift, page);
  if (pressed(GLFW_KEY_HOME)) ctrl ? buffer_.move_doc_start(shift) : buffer_.move_home(shift);
  if (pressed(GLFW_KEY_END)) ctrl ? buffer_.move_doc_end(shift) : buffer_.move_end(shift);
  if (ctrl && pressed(GLFW_KEY_A)) buffer_.select_all();
  if (ctrl && pressed(GLFW_KEY_C) && buffer_.has_selection())
    ImGui::SetClipboardText(buffer_.selected_text().c_str());

  {
    int lines_before = buffer_.line_count();
    int edit_line = std::min(buffer_.selection_start().line, buffer_.cursor().line);
    if (ctrl && pressed(GLFW_KEY_X) && buffer_.has_selection()) {
      ImGui::SetClipboardText(buffer_.selected_text().c_str());
      buffer_.delete_selection();
    }
    if (ctrl && pressed(GLFW_KEY_V)) {
      if (const char* clip = ImGui::GetClipboardText()) buffer_.insert_text(clip);
    }
    if (ctrl && pressed(GLFW_KEY_Z)) shift ? buffer_.redo() : buffer_.undo();
    if (ctrl && pressed(GLFW_KEY_Y)) buffer_.redo();
    if (pressed(GLFW_KEY_BACKSPACE)) buffer_.backspace();
    if (pressed(GLFW_KEY_DELETE)) buffer_.delete_forward();
    // Ctrl+Enter reruns (the window handles it); plain Enter is a newline.
    if (!ctrl && (pressed(GLFW_KEY_ENTER) || pressed(GLFW_KEY_KP_ENTER))) buffer_.newline();
    if (pressed(GLFW_KEY_TAB)) shift ? buffer_.unindent() : buffer_.indent();
    // AltGr arrives as Ctrl+Alt on some layouts: those characters are text too.
    if (!ctrl || io.KeyAlt) {
      for (ImWchar c : io.InputQueueCharacters)
        if (c >= 0x20 && c != 0x7F) buffer_.type_char(c);
    }
    io.InputQueueCharacters.resize(0);
    int delta = buffer_.line_count() - lines_before;
    if (delta != 0) shift_breakpoints(edit_line + 1, delta);
  }
  if (buffer_.cursor() != cursor_before || buffer_.version() != before) {
    cursor_moved_ = true;
    last_input_time_ = ImGui::GetTime();
  }
  return buffer_.version() != before;
}

// ---- mouse ----

float CodeEditor::x_of(int line, int col) const {
  const std::string& s = buffer_.line(line);
  return text_width(font_, s.data(), s.data() + std::min<std::size_t>(col, s.size()));
}

TextPos CodeEditor::pos_at(ImVec2 mouse, ImVec2 text_origin, float line_h) const {
  int line = static_cast<int>(std::floor((mouse.y - text_origin.y) / line_h));
  line = std::clamp(line, 0, buffer_.line_count() - 1);
  const std::string& s = buffer_.line(line);
  float x = mouse.x - text_origin.x, acc = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = i;
    char32_t c = utf8_next(s, j);
    float adv = font_->GetCharAdvance(static_cast<ImWchar>(c <= 0xFFFF ? c : 0xFFFD));
    if (acc + adv * 0.5f > x) break;
    acc += adv;
    i = j;
  }
  return TextPos{line, static_cast<int>(i)};
}

void CodeEditor::handle_mouse(ImVec2 text_origin, float line_h, float gutter_w) {
  ImGuiIO& io = ImGui::GetIO();
  ImGuiWindow* win = ImGui::GetCurrentWindow();
  ImRect inner = win->InnerRect;
  ImVec2 m = io.MousePos;
  bool inside = ImGui::IsWindowHovered() && inner.Contains(m);
  bool in_gutter = m.x < win->Pos.x + gutter_w;
  if (inside) ImGui::SetMouseCursor(in_gutter ? ImGuiMouseCursor_Hand : ImGuiMouseCursor_TextInput);
  if (inside && ImGui::IsMouseClicked(0)) {
    TextPos p = pos_at(m, text_origin, line_h);
    if (in_gutter) {
      toggle_breakpoint(p.line + 1);
    } else if (ImGui::IsMouseDoubleClicked(0)) {
      buffer_.select_word_at(p);
    } else {
      buffer_.set_cursor(p, io.KeyShift);
      dragging_ = true;
    }
    last_input_time_ = ImGui::GetTime();
  }
  if (dragging_) {
    if (!ImGui::IsMouseDown(0)) {
      dragging_ = false;
    } else {
      buffer_.set_cursor(pos_at(m, text_origin, line_h), true);
      // Dragging past an edge scrolls, so a selection can grow beyond the view.
      if (m.y < inner.Min.y) ImGui::SetScrollY(ImGui::GetScrollY() - line_h);
      if (m.y > inner.Max.y) ImGui::SetScrollY(ImGui::GetScrollY() + line_h);
    }
  }
}

void CodeEditor::ensure_cursor_visible(float line_h, float gutter_w) {
  ImGuiWindow* win = ImGui::GetCurrentWindow();
  float view_h = win->InnerRect.GetHeight(), view_w = win->InnerRect.GetWidth() - gutter_w;
  TextPos c = buffer_.cursor();
  float y = kTopPad + static_cast<float>(c.line) * line_h;
  float sy = ImGui::GetScrollY();
  if (y < sy)
    ImGui::SetScrollY(y - kTopPad);
  else if (y + line_h > sy + view_h)
    ImGui::SetScrollY(y + line_h - view_h + kTopPad);
  float x = x_of(c.line, c.col) + kTextLeftPad;
  float sx = ImGui::GetScrollX();
  if (x < sx + kTextLeftPad)
    ImGui::SetScrollX(std::max(0.0f, x - 4 * kTextLeftPad));
  else if (x > sx + view_w - 2 * kTextLeftPad)
    ImGui::SetScrollX(x - view_w + 4 * kTextLeftPad);
}

// ---- drawing ----

bool CodeEditor::draw(const char* id, ImVec2 size, ImFont* font, const EditorDecorations& deco) {
  const Palette& p = palette();
  if (font_ != font) spans_version_ = ~0ull;  // widths depend on the font
  font_ = font;
  ImGui::PushFont(font);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, p.editor_bg);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::BeginChild(id, size, false, ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NoNav);
  focused_ = ImGui::IsWindowFocused();

  bool changed = false;
  cursor_moved_ = false;
  if (focused_) changed = handle_keyboard();
  refresh_highlight();

  const float line_h = std::floor(font->FontSize * 1.35f);
  const float digit_w = text_width(font, "0", nullptr);
  int digits = std::max(3, static_cast<int>(std::to_string(buffer_.line_count()).size()));
  const float gutter_w = kGutterMarkerWidth + digit_w * static_cast<float>(digits) + 12.0f;

  ImGuiWindow* win = ImGui::GetCurrentWindow();
  note_rect("editor_text", win->InnerRect.Min.x + gutter_w, win->InnerRect.Min.y,
            win->InnerRect.GetWidth() - gutter_w, win->InnerRect.GetHeight());
  note_rect("editor_gutter", win->InnerRect.Min.x, win->InnerRect.Min.y, gutter_w,
            win->InnerRect.GetHeight());
  ImVec2 origin = ImGui::GetCursorScreenPos();  // the content's top-left, scrolled
  ImVec2 text_origin(origin.x + gutter_w + kTextLeftPad, origin.y + kTopPad);
  ImGui::Dummy(ImVec2(gutter_w + kTextLeftPad + max_line_width_ + 80.0f,
                      kTopPad + static_cast<float>(buffer_.line_count()) * line_h +
                          win->InnerRect.GetHeight() * 0.3f));

  handle_mouse(text_origin, line_h, gutter_w);
  if (cursor_moved_) ensure_cursor_visible(line_h, gutter_w);
  if (reveal_line_ > 0) {
    float y = kTopPad + static_cast<float>(reveal_line_ - 1) * line_h;
    float sy = ImGui::GetScrollY(), h = win->InnerRect.GetHeight();
    if (y < sy || y + line_h > sy + h) ImGui::SetScrollY(std::max(0.0f, y - h * 0.35f));
    reveal_line_ = 0;
  }

  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImRect inner = win->InnerRect;
  float scroll_y = ImGui::GetScrollY();
  int first = std::max(0, static_cast<int>((scroll_y - kTopPad) / line_h));
  int last = std::min(buffer_.line_count() - 1,
                      static_cast<int>((scroll_y + inner.GetHeight()) / line_h) + 1);
  float full_x0 = inner.Min.x + gutter_w, full_x1 = inner.Max.x;
  auto line_y = [&](int l) { return text_origin.y + static_cast<float>(l) * line_h; };

  // Line backgrounds: suspended tasks, errors, then the running task's line on top.
  for (const LineMarker& m : deco.suspended)
    if (m.line - 1 >= first && m.line - 1 <= last)
      dl->AddRectFilled(ImVec2(full_x0, line_y(m.line - 1)),
                        ImVec2(full_x1, line_y(m.line - 1) + line_h), with_alpha(m.color, 0.16f));
  for (const ErrorMarker& e : deco.errors)
    if (e.line - 1 >= first && e.line - 1 <= last)
      dl->AddRectFilled(ImVec2(full_x0, line_y(e.line - 1)),
                        ImVec2(full_x1, line_y(e.line - 1) + line_h), p.error_bg);
  if (deco.current.line - 1 >= first && deco.current.line - 1 <= last) {
    float y = line_y(deco.current.line - 1);
    ImU32 c = deco.current.color ? deco.current.color : p.running;
    dl->AddRectFilled(ImVec2(full_x0, y), ImVec2(full_x1, y + line_h), with_alpha(c, 0.28f));
  }

  dl->PushClipRect(ImVec2(full_x0, inner.Min.y), inner.Max, true);
  // Selection.
  if (buffer_.has_selection()) {
    TextPos a = buffer_.selection_start(), b = buffer_.selection_end();
    for (int l = std::max(first, a.line); l <= std::min(last, b.line); ++l) {
      float x0 = text_origin.x + (l == a.line ? x_of(l, a.col) : 0.0f);
      float x1 = text_origin.x +
                 (l == b.line ? x_of(l, b.col)
                              : x_of(l, static_cast<int>(buffer_.line(l).size())) + digit_w * 0.5f);
      dl->AddRectFilled(ImVec2(x0, line_y(l)), ImVec2(x1, line_y(l) + line_h), p.selection_bg);
    }
  }
  // Text, span by span.
  float text_dy = (line_h - font->FontSize) * 0.5f;
  for (int l = first; l <= last; ++l) {
    const std::string& s = buffer_.line(l);
    const auto& spans = spans_[static_cast<std::size_t>(l)];
    float x = text_origin.x, y = line_y(l) + text_dy;
    int at = 0;
    auto emit = [&](int a, int b, ImU32 col) {
      if (b <= a) return;
      const char* pa = s.data() + a;
      const char* pb = s.data() + b;
      dl->AddText(font, font->FontSize, ImVec2(x, y), col, pa, pb);
      x += text_width(font, pa, pb);
    };
    for (const Span& sp : spans) {
      emit(at, sp.start, p.text);
      emit(std::max(at, sp.start), sp.end, syntax_color(sp.kind, p));
      at = std::max(at, sp.end);
    }
    emit(at, static_cast<int>(s.size()), p.text);
  }
  // Labels after line ends: the running task, suspended tasks, errors.
  auto label_at = [&](int line) {
    const std::string& s = buffer_.line(line);
    return ImVec2(text_origin.x + text_width(font, s.data(), s.data() + s.size()) + 24.0f,
                  line_y(line));
  };
  // Several labels on one line sit side by side.
  // Scrolled past a shorter text (a variant just loaded), no line is visible: first > last.
  std::vector<float> label_end(static_cast<std::size_t>(std::max(0, last - first + 1)), 0.0f);
  auto place = [&](int line) {
    ImVec2 pos = label_at(line);
    float& end = label_end[static_cast<std::size_t>(line - first)];
    pos.x = std::max(pos.x, end + 8.0f);
    return pos;
  };
  auto note_end = [&](int line, ImVec2 pos, const std::string& text) {
    label_end[static_cast<std::size_t>(line - first)] =
        pos.x + text_width(font, text.data(), text.data() + text.size()) + 12.0f;
  };
  auto label = [&](int line1, ImU32 bg, ImU32 fg, const std::string& text) {
    int l = line1 - 1;
    if (l < first || l > last || text.empty()) return;
    ImVec2 pos = place(l);
    draw_pill(dl, font, pos, line_h, bg, fg, text);
    note_end(l, pos, text);
  };
  if (deco.current.line > 0)
    label(deco.current.line, with_alpha(deco.current.color ? deco.current.color : p.running, 0.85f),
          current_theme() == Theme::dark ? IM_COL32(15, 15, 20, 255) : IM_COL32(255, 255, 255, 255),
          deco.current.label);
  for (const LineMarker& m : deco.suspended)
    label(m.line, with_alpha(m.color, 0.25f), p.text, m.label);
  for (const ErrorMarker& e : deco.errors) {
    int l = e.line - 1;
    if (l < first || l > last) continue;
    // A wavy underline from the error's column to the end of the line.
    const std::string& s = buffer_.line(l);
    int col = e.col > 0 ? buffer_.byte_column(l, e.col - 1) : 0;
    float x0 = text_origin.x + x_of(l, col);
    float x1 =
        std::max(x0 + digit_w, text_origin.x + text_width(font, s.data(), s.data() + s.size()));
    float y = line_y(l) + line_h - 3.0f;
    for (float x = x0; x < x1; x += 4.0f)
      dl->AddLine(ImVec2(x, y + ((static_cast<int>((x - x0) / 4.0f) & 1) ? 2.0f : 0.0f)),
                  ImVec2(x + 4.0f, y + ((static_cast<int>((x - x0) / 4.0f) & 1) ? 0.0f : 2.0f)),
                  p.error_text, 1.2f);
    label(e.line, with_alpha(p.failed, 0.85f), IM_COL32(255, 255, 255, 255), e.message);
    // The pill may be cut at the edge: hovering the line shows the whole message.
    ImVec2 m = ImGui::GetIO().MousePos;
    if (ImGui::IsWindowHovered() && m.y >= line_y(l) && m.y < line_y(l) + line_h && m.x > full_x0)
      ImGui::SetTooltip("%s", e.message.c_str());
  }
  // Caret: solid while typing, blinking when idle.
  if (focused_) {
    double t = ImGui::GetTime() - last_input_time_;
    bool on = t < kCaretBlinkSeconds || std::fmod(t, 2 * kCaretBlinkSeconds) < kCaretBlinkSeconds;
    TextPos c = buffer_.cursor();
    if (on && c.line >= first && c.line <= last) {
      float x = text_origin.x + x_of(c.line, c.col);
      dl->AddRectFilled(ImVec2(x, line_y(c.line) + 1),
                        ImVec2(x + 2.0f, line_y(c.line) + line_h - 1), p.cursor);
    }
  }
  dl->PopClipRect();

  // Gutter, fixed while the text scrolls sideways.
  float gx = inner.Min.x;
  dl->AddRectFilled(ImVec2(gx, inner.Min.y), ImVec2(gx + gutter_w, inner.Max.y), p.gutter_bg);
  for (int l = first; l <= last; ++l) {
    float y = line_y(l);
    bool is_current = l + 1 == deco.current.line;
    std::string num = std::to_string(l + 1);
    float w = text_width(font, num.data(), num.data() + num.size());
    dl->AddText(font, font->FontSize, ImVec2(gx + gutter_w - 8.0f - w, y + text_dy),
                is_current ? p.gutter_text_current : p.gutter_text, num.data(),
                num.data() + num.size());
    if (breakpoints_.count(l + 1))
      dl->AddCircleFilled(ImVec2(gx + kGutterMarkerWidth * 0.5f + 1, y + line_h * 0.5f),
                          std::min(6.0f, line_h * 0.3f), p.breakpoint);
  }
  for (const LineMarker& m : deco.suspended)
    if (m.line - 1 >= first && m.line - 1 <= last)
      dl->AddRectFilled(ImVec2(gx + gutter_w - 4, line_y(m.line - 1)),
                        ImVec2(gx + gutter_w, line_y(m.line - 1) + line_h), m.color);
  if (deco.current.line - 1 >= first && deco.current.line - 1 <= last) {
    float y = line_y(deco.current.line - 1);
    ImU32 c = deco.current.color ? deco.current.color : p.running;
    dl->AddRectFilled(ImVec2(gx + gutter_w - 4, y), ImVec2(gx + gutter_w, y + line_h), c);
    // A small arrow head pointing at the line, as debuggers show the execution point.
    float cy = y + line_h * 0.5f, ax = gx + gutter_w - 4;
    dl->AddTriangleFilled(ImVec2(ax - 7, cy - 5), ImVec2(ax - 7, cy + 5), ImVec2(ax, cy), c);
  }

  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  ImGui::PopFont();
  return changed;
}

}  // namespace al::gui
