#include <catch2/catch.hpp>

#include "app/gui/python_highlight.h"

using al::gui::highlight_python;
using al::gui::Span;
using al::gui::Syntax;

namespace {

// The kind of the span covering byte `col` of `line`, or text.
Syntax kind_at(const std::vector<std::vector<Span>>& spans, int line, int col) {
  for (const Span& s : spans[static_cast<std::size_t>(line)])
    if (col >= s.start && col < s.end) return s.kind;
  return Syntax::text;
}

}  // namespace

TEST_CASE("keywords, names, strings, numbers and comments are coloured", "[highlight]") {
  std::vector<std::string> lines = {
      "import asyncio",
      "",
      "async def worker(name, delay):  # one task",
      "    await asyncio.sleep(delay * 2.5)",
      "    print(f\"{name} done\")",
  };
  auto spans = highlight_python(lines);
  REQUIRE(spans.size() == lines.size());
  CHECK(kind_at(spans, 0, 0) == Syntax::keyword);      // import
  CHECK(kind_at(spans, 0, 8) == Syntax::text);         // asyncio
  CHECK(kind_at(spans, 2, 0) == Syntax::keyword);      // async
  CHECK(kind_at(spans, 2, 6) == Syntax::keyword);      // def
  CHECK(kind_at(spans, 2, 10) == Syntax::definition);  // worker
  CHECK(kind_at(spans, 2, 16) == Syntax::op);          // (
  CHECK(kind_at(spans, 2, 33) == Syntax::comment);     // # one task
  CHECK(kind_at(spans, 3, 4) == Syntax::keyword);      // await
  CHECK(kind_at(spans, 3, 33) == Syntax::number);      // 2.5
  CHECK(kind_at(spans, 4, 4) == Syntax::builtin);      // print
  CHECK(kind_at(spans, 4, 10) == Syntax::string);      // f"..."
}

TEST_CASE("a '#' inside a string is not a comment", "[highlight]") {
  auto spans = highlight_python({"s = '#not' # yes"});
  CHECK(kind_at(spans, 0, 5) == Syntax::string);
  CHECK(kind_at(spans, 0, 11) == Syntax::comment);
}

TEST_CASE("a triple-quoted string spanning lines is coloured on each line", "[highlight]") {
  auto spans = highlight_python({"x = \"\"\"a", "b", "c\"\"\"", "y = 1"});
  CHECK(kind_at(spans, 0, 4) == Syntax::string);
  CHECK(kind_at(spans, 1, 0) == Syntax::string);
  CHECK(kind_at(spans, 2, 0) == Syntax::string);
  CHECK(kind_at(spans, 3, 4) == Syntax::number);
}

TEST_CASE("lexing resumes after an unterminated string", "[highlight]") {
  auto spans = highlight_python({"print('oops", "await x"});
  CHECK(kind_at(spans, 0, 0) == Syntax::builtin);
  CHECK(kind_at(spans, 1, 0) == Syntax::keyword);
}

TEST_CASE("an unterminated triple-quoted string colours the rest as a string", "[highlight]") {
  auto spans = highlight_python({"a = 1", "b = '''open", "await x"});
  CHECK(kind_at(spans, 0, 4) == Syntax::number);
  CHECK(kind_at(spans, 1, 4) == Syntax::string);
  CHECK(kind_at(spans, 2, 0) == Syntax::string);
}

TEST_CASE("decorators are coloured", "[highlight]") {
  auto spans = highlight_python({"@dataclass", "class A:", "    pass"});
  CHECK(kind_at(spans, 0, 0) == Syntax::decorator);
  CHECK(kind_at(spans, 0, 1) == Syntax::decorator);
  CHECK(kind_at(spans, 1, 6) == Syntax::definition);
}
