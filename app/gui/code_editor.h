// The code editor widget, drawn with ImGui's draw lists (imgui 1.86 has no editor): Python
// colouring, line numbers with a breakpoint gutter, cursor and selection, typing (CJK too),
// clipboard, undo/redo, and markers the stepper draws — the line the running task is at, the
// lines other tasks are suspended at, errors with their message.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "app/gui/python_highlight.h"
#include "app/gui/text_buffer.h"

namespace al::gui {

struct LineMarker {
  int line = 0;  // 1-based
  ImU32 color = 0;
  std::string label;  // shown at the end of the line ("Task-2 waits: sleep(1.0)")
};

struct ErrorMarker {
  int line = 0;  // 1-based
  int col = 0;   // 1-based character offset, 0 for the whole line
  std::string message;
};

struct EditorDecorations {
  LineMarker current;  // line 0: none
  std::vector<LineMarker> suspended;
  std::vector<ErrorMarker> errors;
};

class CodeEditor {
 public:
  // A new document: clears undo history (breakpoints stay, clamped to the text).
  void set_text(std::string_view text);
  std::string text() const { return buffer_.text(); }
  TextBuffer& buffer() { return buffer_; }
  const TextBuffer& buffer() const { return buffer_; }

  // Draws the editor filling `size`; returns true when the text changed this frame.
  bool draw(const char* id, ImVec2 size, ImFont* font, const EditorDecorations& deco);

  const std::set<int>& breakpoints() const { return breakpoints_; }
  void toggle_breakpoint(int line);
  void set_breakpoints(std::set<int> lines) { breakpoints_ = std::move(lines); }

  bool focused() const { return focused_; }
  // Scrolls so that 1-based `line` is visible (centred when it was off screen).
  void reveal_line(int line) { reveal_line_ = line; }
  // Characters the font must be able to draw (the text changed): read by the font manager.
  std::uint64_t version() const { return buffer_.version(); }

 private:
  bool handle_keyboard();
  void handle_mouse(ImVec2 text_origin, float line_h, float gutter_w);
  TextPos pos_at(ImVec2 mouse, ImVec2 text_origin, float line_h) const;
  float x_of(int line, int col) const;
  void ensure_cursor_visible(float line_h, float gutter_w);
  void refresh_highlight();
  void shift_breakpoints(int from_line, int delta);

  TextBuffer buffer_;
  std::set<int> breakpoints_;
  std::vector<std::vector<Span>> spans_;
  std::uint64_t spans_version_ = ~0ull;
  float max_line_width_ = 0;
  ImFont* font_ = nullptr;
  bool focused_ = false;
  bool dragging_ = false;
  bool cursor_moved_ = false;
  int reveal_line_ = 0;
  double last_input_time_ = 0;
};

}  // namespace al::gui
