// Sections: text and positions · selection and movement · editing · undo/redo.
#include "app/gui/text_buffer.h"

#include <algorithm>

#include "app/gui/utf8.h"

namespace al::gui {

namespace {

constexpr int kIndent = 4;

enum class CharClass { space, word, punct };

CharClass classify(char32_t c) {
  if (c == ' ' || c == '\t') return CharClass::space;
  if (c == '_' || c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
      (c >= 'A' && c <= 'Z'))
    return CharClass::word;
  return CharClass::punct;
}

char32_t char_at(const std::string& s, int col) {
  std::size_t i = static_cast<std::size_t>(col);
  return i < s.size() ? utf8_next(s, i) : U'\n';
}

int leading_spaces(const std::string& s) {
  int n = 0;
  while (n < static_cast<int>(s.size()) && s[static_cast<std::size_t>(n)] == ' ') ++n;
  return n;
}

}  // namespace

// ---- text and positions ----

void TextBuffer::set_text(std::string_view text) {
  lines_.clear();
  std::string cur;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') continue;
      c = '\n';
    }
    if (c == '\n') {
      lines_.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  lines_.push_back(std::move(cur));
  cursor_ = anchor_ = TextPos{};
  preferred_chars_ = -1;
  undo_.clear();
  redo_.clear();
  changed();
}

std::string TextBuffer::text() const {
  std::string out;
  for (std::size_t i = 0; i < lines_.size(); ++i) {
    if (i) out += '\n';
    out += lines_[i];
  }
  return out;
}

TextPos TextBuffer::clamp(TextPos p) const {
  p.line = std::clamp(p.line, 0, line_count() - 1);
  const std::string& s = line(p.line);
  p.col = static_cast<int>(
      utf8_floor(s, static_cast<std::size_t>(std::clamp(p.col, 0, static_cast<int>(s.size())))));
  return p;
}

int TextBuffer::char_column(int ln, int col) const {
  const std::string& s = line(ln);
  int n = 0;
  for (std::size_t i = 0; i < s.size() && static_cast<int>(i) < col; utf8_next(s, i)) ++n;
  return n;
}

int TextBuffer::byte_column(int ln, int chars) const {
  const std::string& s = line(ln);
  std::size_t i = 0;
  for (int n = 0; n < chars && i < s.size(); ++n) utf8_next(s, i);
  return static_cast<int>(i);
}

std::string TextBuffer::range_text(TextPos a, TextPos b) const {
  if (a.line == b.line) return line(a.line).substr(a.col, b.col - a.col);
  std::string out = line(a.line).substr(a.col);
  for (int l = a.line + 1; l < b.line; ++l) out += '\n' + line(l);
  out += '\n' + line(b.line).substr(0, b.col);
  return out;
}

TextPos TextBuffer::end_of(TextPos start, std::string_view s) const {
  TextPos p = start;
  for (char c : s) {
    if (c == '\n') {
      ++p.line;
      p.col = 0;
    } else {
      ++p.col;
    }
  }
  return p;
}

TextPos TextBuffer::replace(TextPos a, TextPos b, std::string_view s) {
  std::string tail = line(b.line).substr(b.col);
  std::string head = line(a.line).substr(0, a.col);
  lines_.erase(lines_.begin() + a.line + 1, lines_.begin() + b.line + 1);
  std::vector<std::string> pieces(1);
  for (char c : s) {
    if (c == '\n')
      pieces.emplace_back();
    else
      pieces.back() += c;
  }
  TextPos end{a.line + static_cast<int>(pieces.size()) - 1,
              static_cast<int>(pieces.back().size()) + (pieces.size() == 1 ? a.col : 0)};
  pieces.front() = head + pieces.front();
  pieces.back() += tail;
  lines_[static_cast<std::size_t>(a.line)] = std::move(pieces.front());
  lines_.insert(lines_.begin() + a.line + 1, std::make_move_iterator(pieces.begin() + 1),
                std::make_move_iterator(pieces.end()));
  changed();
  return end;
}

// ---- selection and movement ----

void TextBuffer::set_cursor(TextPos p, bool select) {
  cursor_ = clamp(p);
  if (!select) anchor_ = cursor_;
  preferred_chars_ = -1;
}

std::string TextBuffer::selected_text() const {
  return has_selection() ? range_text(selection_start(), selection_end()) : std::string();
}

void TextBuffer::select_all() {
  anchor_ = TextPos{};
  cursor_ = TextPos{line_count() - 1, static_cast<int>(lines_.back().size())};
}

void TextBuffer::select_word_at(TextPos p) {
  p = clamp(p);
  const std::string& s = line(p.line);
  CharClass cls = classify(char_at(s, p.col));
  std::size_t a = static_cast<std::size_t>(p.col), b = a;
  while (a > 0) {
    std::size_t prev = utf8_step_back(s, a);
    if (classify(char_at(s, static_cast<int>(prev))) != cls) break;
    a = prev;
  }
  while (b < s.size() && classify(char_at(s, static_cast<int>(b))) == cls)
    b = utf8_step_forward(s, b);
  anchor_ = TextPos{p.line, static_cast<int>(a)};
  cursor_ = TextPos{p.line, static_cast<int>(b)};
}

void TextBuffer::move_left(bool select, bool word) {
  if (has_selection() && !select) {
    set_cursor(selection_start());
    return;
  }
  TextPos p = cursor_;
  if (p.col == 0) {
    if (p.line > 0) p = TextPos{p.line - 1, static_cast<int>(line(p.line - 1).size())};
  } else if (!word) {
    p.col = static_cast<int>(utf8_step_back(line(p.line), static_cast<std::size_t>(p.col)));
  } else {
    const std::string& s = line(p.line);
    std::size_t i = static_cast<std::size_t>(p.col);
    while (i > 0 &&
           classify(char_at(s, static_cast<int>(utf8_step_back(s, i)))) == CharClass::space)
      i = utf8_step_back(s, i);
    if (i > 0) {
      CharClass cls = classify(char_at(s, static_cast<int>(utf8_step_back(s, i))));
      while (i > 0 && classify(char_at(s, static_cast<int>(utf8_step_back(s, i)))) == cls)
        i = utf8_step_back(s, i);
    }
    p.col = static_cast<int>(i);
  }
  set_cursor(p, select);
}

void TextBuffer::move_right(bool select, bool word) {
  if (has_selection() && !select) {
    set_cursor(selection_end());
    return;
  }
  TextPos p = cursor_;
  const std::string& s = line(p.line);
  if (p.col >= static_cast<int>(s.size())) {
    if (p.line + 1 < line_count()) p = TextPos{p.line + 1, 0};
  } else if (!word) {
    p.col = static_cast<int>(utf8_step_forward(s, static_cast<std::size_t>(p.col)));
  } else {
    std::size_t i = static_cast<std::size_t>(p.col);
    CharClass cls = classify(char_at(s, static_cast<int>(i)));
    while (i < s.size() && classify(char_at(s, static_cast<int>(i))) == cls)
      i = utf8_step_forward(s, i);
    while (i < s.size() && classify(char_at(s, static_cast<int>(i))) == CharClass::space)
      i = utf8_step_forward(s, i);
    p.col = static_cast<int>(i);
  }
  set_cursor(p, select);
}

void TextBuffer::move_up(bool select, int n) {
  int want = preferred_chars_ >= 0 ? preferred_chars_ : char_column(cursor_.line, cursor_.col);
  int ln = std::max(0, cursor_.line - n);
  TextPos p = cursor_.line == 0 ? TextPos{0, 0} : TextPos{ln, byte_column(ln, want)};
  set_cursor(p, select);
  preferred_chars_ = want;
}

void TextBuffer::move_down(bool select, int n) {
  int want = preferred_chars_ >= 0 ? preferred_chars_ : char_column(cursor_.line, cursor_.col);
  int last = line_count() - 1;
  int ln = std::min(last, cursor_.line + n);
  TextPos p = cursor_.line == last ? TextPos{last, static_cast<int>(line(last).size())}
                                   : TextPos{ln, byte_column(ln, want)};
  set_cursor(p, select);
  preferred_chars_ = want;
}

void TextBuffer::move_home(bool select) {
  int first = leading_spaces(line(cursor_.line));
  set_cursor(TextPos{cursor_.line, cursor_.col == first ? 0 : first}, select);
}

void TextBuffer::move_end(bool select) {
  set_cursor(TextPos{cursor_.line, static_cast<int>(line(cursor_.line).size())}, select);
}

void TextBuffer::move_doc_start(bool select) {
  set_cursor(TextPos{}, select);
}

void TextBuffer::move_doc_end(bool select) {
  set_cursor(TextPos{line_count() - 1, static_cast<int>(lines_.back().size())}, select);
}

// ---- editing ----

void TextBuffer::begin_group(bool typing, bool merge) {
  if (typing && merge && !has_selection() && !undo_.empty() && undo_.back().typing &&
      undo_.back().cursor_after == cursor_) {
    pending_ = std::move(undo_.back());
    undo_.pop_back();
    return;
  }
  pending_ = Group{};
  pending_.cursor_before = cursor_;
  pending_.anchor_before = anchor_;
  pending_.typing = typing;
}

void TextBuffer::record(TextPos a, TextPos b, std::string_view s) {
  pending_.ops.push_back(Op{a, range_text(a, b), std::string(s)});
  cursor_ = anchor_ = replace(a, b, s);
}

void TextBuffer::end_group() {
  preferred_chars_ = -1;
  if (pending_.ops.empty()) return;
  pending_.cursor_after = cursor_;
  pending_.anchor_after = anchor_;
  undo_.push_back(std::move(pending_));
  pending_ = Group{};
  redo_.clear();
}

void TextBuffer::type_char(char32_t c) {
  if (c == '\n' || c == '\r') {
    newline();
    return;
  }
  if (c < 0x20 || c == 0x7F) return;
  std::string s;
  utf8_append(s, c);
  // A space after a word ends the typing run, so undo removes a word at a time.
  bool continues = !(c == ' ' && cursor_.col > 0 &&
                     line(cursor_.line)[static_cast<std::size_t>(cursor_.col - 1)] != ' ');
  begin_group(true, continues);
  record(selection_start(), selection_end(), s);
  end_group();
}

void TextBuffer::insert_text(std::string_view raw) {
  std::string s;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\r') {
      if (i + 1 < raw.size() && raw[i + 1] == '\n') continue;
      s += '\n';
    } else if (raw[i] == '\t') {
      s.append(kIndent, ' ');
    } else {
      s += raw[i];
    }
  }
  if (s.empty() && !has_selection()) return;
  begin_group(false);
  record(selection_start(), selection_end(), s);
  end_group();
}

void TextBuffer::newline() {
  TextPos a = selection_start();
  const std::string& s = line(a.line);
  int indent = std::min(leading_spaces(s), a.col);
  std::string before = s.substr(0, static_cast<std::size_t>(a.col));
  while (!before.empty() && before.back() == ' ') before.pop_back();
  if (!before.empty() && before.back() == ':') indent += kIndent;
  begin_group(false);
  record(a, selection_end(), "\n" + std::string(static_cast<std::size_t>(indent), ' '));
  end_group();
}

void TextBuffer::delete_selection() {
  if (!has_selection()) return;
  begin_group(false);
  record(selection_start(), selection_end(), "");
  end_group();
}

void TextBuffer::backspace() {
  if (has_selection()) return delete_selection();
  TextPos b = cursor_, a = cursor_;
  if (b.col == 0) {
    if (b.line == 0) return;
    a = TextPos{b.line - 1, static_cast<int>(line(b.line - 1).size())};
  } else if (leading_spaces(line(b.line)) >= b.col) {
    // In the indentation a backspace removes one indent level, as editors for Python do.
    a.col = (b.col - 1) / kIndent * kIndent;
  } else {
    a.col = static_cast<int>(utf8_step_back(line(b.line), static_cast<std::size_t>(b.col)));
  }
  begin_group(false);
  record(a, b, "");
  end_group();
}

void TextBuffer::delete_forward() {
  if (has_selection()) return delete_selection();
  TextPos a = cursor_, b = cursor_;
  const std::string& s = line(a.line);
  if (a.col >= static_cast<int>(s.size())) {
    if (a.line + 1 >= line_count()) return;
    b = TextPos{a.line + 1, 0};
  } else {
    b.col = static_cast<int>(utf8_step_forward(s, static_cast<std::size_t>(a.col)));
  }
  begin_group(false);
  record(a, b, "");
  end_group();
}

void TextBuffer::indent() {
  TextPos s = selection_start(), e = selection_end();
  if (s.line == e.line) {
    int chars = char_column(cursor_.line, s.col);
    int n = kIndent - chars % kIndent;
    begin_group(false);
    record(s, e, std::string(static_cast<std::size_t>(n), ' '));
    end_group();
    return;
  }
  int last = e.col == 0 ? e.line - 1 : e.line;
  TextPos c = cursor_, a = anchor_;
  begin_group(false);
  for (int l = s.line; l <= last; ++l) record(TextPos{l, 0}, TextPos{l, 0}, "    ");
  auto shift = [&](TextPos p) {
    // A position at column 0 stays there, so a selection of whole lines stays whole.
    if (p.line <= last && p.line >= s.line && p.col > 0) p.col += kIndent;
    return p;
  };
  cursor_ = shift(c);
  anchor_ = shift(a);
  end_group();
}

void TextBuffer::unindent() {
  TextPos s = selection_start(), e = selection_end();
  int last = (e.col == 0 && e.line > s.line) ? e.line - 1 : e.line;
  TextPos c = cursor_, a = anchor_;
  std::vector<int> removed(static_cast<std::size_t>(last - s.line + 1), 0);
  begin_group(false);
  for (int l = s.line; l <= last; ++l) {
    int n = std::min(kIndent, leading_spaces(line(l)));
    removed[static_cast<std::size_t>(l - s.line)] = n;
    if (n) record(TextPos{l, 0}, TextPos{l, n}, "");
  }
  auto shift = [&](TextPos p) {
    if (p.line >= s.line && p.line <= last)
      p.col = std::max(0, p.col - removed[static_cast<std::size_t>(p.line - s.line)]);
    return p;
  };
  cursor_ = shift(c);
  anchor_ = shift(a);
  end_group();
}

// ---- undo/redo ----

void TextBuffer::undo() {
  if (undo_.empty()) return;
  Group g = std::move(undo_.back());
  undo_.pop_back();
  for (auto it = g.ops.rbegin(); it != g.ops.rend(); ++it)
    replace(it->start, end_of(it->start, it->inserted), it->removed);
  cursor_ = g.cursor_before;
  anchor_ = g.anchor_before;
  preferred_chars_ = -1;
  g.typing = false;
  redo_.push_back(std::move(g));
}

void TextBuffer::redo() {
  if (redo_.empty()) return;
  Group g = std::move(redo_.back());
  redo_.pop_back();
  for (const Op& op : g.ops) replace(op.start, end_of(op.start, op.removed), op.inserted);
  cursor_ = g.cursor_after;
  anchor_ = g.anchor_after;
  preferred_chars_ = -1;
  undo_.push_back(std::move(g));
}

}  // namespace al::gui
