// The code editor's document: lines of UTF-8 text, a cursor and a selection, edits, and
// undo/redo. Pure C++ (no ImGui) so that editing is unit-tested without a window.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace al::gui {

// A position between characters: 0-based line, byte column inside the line (always on a
// code point boundary).
struct TextPos {
  int line = 0;
  int col = 0;
  friend bool operator==(const TextPos&, const TextPos&) = default;
  friend auto operator<=>(const TextPos&, const TextPos&) = default;
};

class TextBuffer {
 public:
  TextBuffer() : lines_(1) {}

  // Replaces the whole text (not undoable: a new document). "\r\n" becomes "\n".
  void set_text(std::string_view text);
  std::string text() const;
  int line_count() const { return static_cast<int>(lines_.size()); }
  const std::string& line(int i) const { return lines_[static_cast<std::size_t>(i)]; }
  // Bumped by every change; the highlighter and the autosave compare it.
  std::uint64_t version() const { return version_; }

  TextPos cursor() const { return cursor_; }
  TextPos anchor() const { return anchor_; }
  bool has_selection() const { return cursor_ != anchor_; }
  TextPos selection_start() const { return cursor_ < anchor_ ? cursor_ : anchor_; }
  TextPos selection_end() const { return cursor_ < anchor_ ? anchor_ : cursor_; }
  std::string selected_text() const;
  // Moves the cursor; with `select` the anchor stays (extending the selection).
  void set_cursor(TextPos p, bool select = false);
  void select_all();
  void select_word_at(TextPos p);

  // Movement; `select` extends the selection instead of collapsing it.
  void move_left(bool select, bool word = false);
  void move_right(bool select, bool word = false);
  void move_up(bool select, int lines = 1);
  void move_down(bool select, int lines = 1);
  void move_home(bool select);  // first non-blank character, then column 0
  void move_end(bool select);
  void move_doc_start(bool select);
  void move_doc_end(bool select);

  // Editing; each call is one undo step, except that consecutive typed characters merge.
  void type_char(char32_t c);            // replaces the selection
  void insert_text(std::string_view s);  // paste: replaces the selection
  void newline();                        // keeps the indentation, indents after ':'
  void backspace();                      // deletes the selection, or one character back
  void delete_forward();
  void indent();    // Tab: four spaces, or indents selected lines
  void unindent();  // Shift+Tab
  void delete_selection();

  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  void undo();
  void redo();

  TextPos clamp(TextPos p) const;
  // Column in code points of byte column `col` on `line` (and back).
  int char_column(int line, int col) const;
  int byte_column(int line, int chars) const;

 private:
  struct Op {
    TextPos start;
    std::string removed;
    std::string inserted;
  };
  struct Group {
    std::vector<Op> ops;
    TextPos cursor_before, anchor_before, cursor_after, anchor_after;
    bool typing = false;  // may absorb the next typed character
  };

  // Replaces [a, b) with `s` and returns the position after the inserted text.
  TextPos replace(TextPos a, TextPos b, std::string_view s);
  std::string range_text(TextPos a, TextPos b) const;
  TextPos end_of(TextPos start, std::string_view s) const;
  // `typing` groups may absorb later typed characters; `merge` lets this one join the last.
  void begin_group(bool typing, bool merge = false);
  void record(TextPos a, TextPos b, std::string_view s);
  void end_group();
  void changed() { ++version_; }

  std::vector<std::string> lines_;
  TextPos cursor_, anchor_;
  int preferred_chars_ = -1;  // the column up/down aims for, in code points
  std::uint64_t version_ = 0;
  std::vector<Group> undo_, redo_;
  Group pending_;
};

}  // namespace al::gui
