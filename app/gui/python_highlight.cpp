#include "app/gui/python_highlight.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "engine/compiler/lexer.h"
#include "engine/compiler/source.h"
#include "engine/compiler/syntax_error.h"

namespace al::gui {

namespace {

bool is_builtin(std::string_view name) {
  // Names from CPython's builtins module that lesson code calls, plus the names asyncio
  // programs use as if they were built in.
  static const std::unordered_set<std::string_view> names = {
      "print",
      "len",
      "range",
      "list",
      "dict",
      "set",
      "tuple",
      "str",
      "int",
      "float",
      "bool",
      "sum",
      "min",
      "max",
      "sorted",
      "enumerate",
      "zip",
      "map",
      "filter",
      "isinstance",
      "repr",
      "type",
      "super",
      "object",
      "abs",
      "any",
      "all",
      "iter",
      "next",
      "aiter",
      "anext",
      "open",
      "input",
      "round",
      "hash",
      "id",
      "getattr",
      "setattr",
      "hasattr",
      "Exception",
      "BaseException",
      "ValueError",
      "TypeError",
      "KeyError",
      "RuntimeError",
      "TimeoutError",
      "ZeroDivisionError",
      "StopIteration",
      "StopAsyncIteration",
      "ExceptionGroup",
      "BaseExceptionGroup",
      "KeyboardInterrupt",
      "AssertionError",
      "NotImplementedError",
      "OSError",
      "ConnectionError",
      "self",
      "cls",
  };
  return names.contains(name);
}

Syntax kind_of(Tok t, std::string_view text) {
  if (t == Tok::AWAIT || t == Tok::ASYNC || t >= Tok::KW_FALSE) return Syntax::keyword;
  if (t == Tok::NAME) {
    // Soft keywords (match/case/_) stay names: they are keywords only in a match statement.
    return is_builtin(text) ? Syntax::builtin : Syntax::text;
  }
  if (t == Tok::NUMBER) return Syntax::number;
  if (t == Tok::STRING) return Syntax::string;
  if (t >= Tok::LPAR && t <= Tok::OP) return Syntax::op;
  return Syntax::text;
}

class Highlighter {
 public:
  explicit Highlighter(const std::vector<std::string>& lines)
      : lines_(lines), spans_(lines.size()) {}

  std::vector<std::vector<Span>> run() {
    int first = 0;
    while (first < static_cast<int>(lines_.size())) first = lex_from(first);
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      add_comments(static_cast<int>(i));
      std::sort(spans_[i].begin(), spans_[i].end(),
                [](const Span& a, const Span& b) { return a.start < b.start; });
    }
    return std::move(spans_);
  }

 private:
  // Lexes lines [first, end) and returns the line to resume at (end when done).
  int lex_from(int first) {
    std::string text;
    std::vector<std::size_t> starts;
    for (std::size_t i = static_cast<std::size_t>(first); i < lines_.size(); ++i) {
      starts.push_back(text.size());
      text += lines_[i];
      text += '\n';
    }
    Source source(text, "<editor>");
    Lexer lexer(source);
    Tok prev = Tok::NEWLINE, prev2 = Tok::NEWLINE;
    try {
      for (;;) {
        Token t = lexer.next();
        if (t.type == Tok::ENDMARKER) return static_cast<int>(lines_.size());
        if (t.type == Tok::ERRORTOKEN) return first + std::max(lexer.lineno(), 1);
        if (t.col_offset < 0 || t.end <= t.start) continue;
        Syntax kind = kind_of(t.type, lexer.token_text(t));
        if (t.type == Tok::NAME && (prev == Tok::KW_DEF || prev == Tok::KW_CLASS))
          kind = Syntax::definition;
        if (t.type == Tok::NAME && prev == Tok::AT &&
            (prev2 == Tok::NEWLINE || prev2 == Tok::INDENT || prev2 == Tok::DEDENT))
          kind = Syntax::decorator;
        if (t.type == Tok::AT &&
            (prev == Tok::NEWLINE || prev == Tok::INDENT || prev == Tok::DEDENT))
          kind = Syntax::decorator;
        add(first, starts, t.start, t.end, kind);
        prev2 = prev;
        prev = t.type;
      }
    } catch (const SyntaxErrorException& e) {
      const SyntaxErrorInfo& info = e.info();
      int line = first + std::max(info.lineno, 1) - 1;
      if (info.msg.starts_with("unterminated triple-quoted")) {
        string_to_end(line, info.offset);
        return static_cast<int>(lines_.size());
      }
      return std::max(first + 1, line + 1);
    }
  }

  void add(int first, const std::vector<std::size_t>& starts, std::size_t a, std::size_t b,
           Syntax kind) {
    if (kind == Syntax::text) return;
    // Split a token that spans lines (a triple-quoted string) into one span per line.
    auto it = std::upper_bound(starts.begin(), starts.end(), a);
    std::size_t li = static_cast<std::size_t>(it - starts.begin()) - 1;
    while (a < b && li < starts.size()) {
      std::size_t line_start = starts[li];
      std::size_t line_end = line_start + lines_[static_cast<std::size_t>(first) + li].size();
      std::size_t e = std::min(b, line_end);
      if (e > a)
        spans_[static_cast<std::size_t>(first) + li].push_back(
            Span{static_cast<int>(a - line_start), static_cast<int>(e - line_start), kind});
      ++li;
      if (li < starts.size()) a = std::max(a, starts[li]);
    }
  }

  void string_to_end(int line, int char_offset) {
    const std::string& s = lines_[static_cast<std::size_t>(line)];
    // `offset` is 1-based in characters; find the opening quote's byte column.
    int col = 0;
    for (int chars = 1; chars < char_offset && col < static_cast<int>(s.size()); ++chars) {
      ++col;
      while (col < static_cast<int>(s.size()) && (s[static_cast<std::size_t>(col)] & 0xC0) == 0x80)
        ++col;
    }
    auto& spans = spans_[static_cast<std::size_t>(line)];
    spans.erase(
        std::remove_if(spans.begin(), spans.end(), [&](const Span& sp) { return sp.end > col; }),
        spans.end());
    spans.push_back(Span{col, static_cast<int>(s.size()), Syntax::string});
    for (std::size_t i = static_cast<std::size_t>(line) + 1; i < lines_.size(); ++i)
      spans_[i] = {Span{0, static_cast<int>(lines_[i].size()), Syntax::string}};
  }

  // The tokenizer skips comments: a '#' outside every token starts one.
  void add_comments(int line) {
    const std::string& s = lines_[static_cast<std::size_t>(line)];
    auto& spans = spans_[static_cast<std::size_t>(line)];
    std::size_t pos = 0;
    while ((pos = s.find('#', pos)) != std::string::npos) {
      bool inside = std::any_of(spans.begin(), spans.end(), [&](const Span& sp) {
        return static_cast<int>(pos) >= sp.start && static_cast<int>(pos) < sp.end;
      });
      if (!inside) {
        spans.erase(
            std::remove_if(spans.begin(), spans.end(),
                           [&](const Span& sp) { return sp.start >= static_cast<int>(pos); }),
            spans.end());
        spans.push_back(Span{static_cast<int>(pos), static_cast<int>(s.size()), Syntax::comment});
        return;
      }
      ++pos;
    }
  }

  const std::vector<std::string>& lines_;
  std::vector<std::vector<Span>> spans_;
};

}  // namespace

std::vector<std::vector<Span>> highlight_python(const std::vector<std::string>& lines) {
  return Highlighter(lines).run();
}

}  // namespace al::gui
