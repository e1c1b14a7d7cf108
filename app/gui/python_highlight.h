// Syntax colouring for the code editor, from the engine's own tokenizer (CPython 3.11's
// tok_get), so the editor colours exactly what the interpreter will read.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace al::gui {

enum class Syntax : std::uint8_t {
  text,
  keyword,
  builtin,
  string,
  number,
  comment,
  op,
  decorator,
  definition,
};

// A coloured byte range [start, end) of one line.
struct Span {
  int start;
  int end;
  Syntax kind;
};

// Spans for every line of `lines` (joined with "\n"), sorted by start, not overlapping; bytes
// without a span are plain text. Text the tokenizer rejects (an unterminated string while the
// user types) is coloured as far as it can be: lexing resumes on the line after the error, and
// an unterminated triple-quoted string colours the rest of the file as a string.
std::vector<std::vector<Span>> highlight_python(const std::vector<std::string>& lines);

}  // namespace al::gui
