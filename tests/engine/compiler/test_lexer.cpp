// The tokenizer's token kinds and positions. Expected (line, column) pairs come from python3's
// tokenize module on the same source (which agrees with the C tokenizer for these tokens;
// the C tokenizer gives INDENT/DEDENT no column and has no NL tokens).
#include <catch2/catch.hpp>

#include <vector>

#include "engine/compiler/lexer.h"

namespace {

struct Tk {
  al::Tok type;
  int lineno, col, end_lineno, end_col;
  std::string text;
  bool operator==(const Tk&) const = default;
};

std::vector<Tk> tokenize(const std::string& text) {
  al::Source source(text, "t.py");
  al::Lexer lexer(source);
  std::vector<Tk> out;
  for (;;) {
    al::Token t = lexer.next();
    out.push_back({t.type, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset,
                   std::string(lexer.token_text(t))});
    if (t.type == al::Tok::ENDMARKER || t.type == al::Tok::ERRORTOKEN) break;
  }
  return out;
}

}  // namespace

TEST_CASE("tokens and positions", "[lexer]") {
  using al::Tok;
  auto toks = tokenize("if x:\n    y = f\"a{b}\" + rb'\\d' \\\n        + (1,\n 2)\n");
  std::vector<Tk> expected = {
      {Tok::KW_IF, 1, 0, 1, 2, "if"},     {Tok::NAME, 1, 3, 1, 4, "x"},
      {Tok::COLON, 1, 4, 1, 5, ":"},      {Tok::NEWLINE, 1, 5, 1, 5, ""},
      {Tok::INDENT, 2, -1, 2, -1, ""},    {Tok::NAME, 2, 4, 2, 5, "y"},
      {Tok::EQUAL, 2, 6, 2, 7, "="},      {Tok::STRING, 2, 8, 2, 15, "f\"a{b}\""},
      {Tok::PLUS, 2, 16, 2, 17, "+"},     {Tok::STRING, 2, 18, 2, 24, "rb'\\d'"},
      {Tok::PLUS, 3, 8, 3, 9, "+"},       {Tok::LPAR, 3, 10, 3, 11, "("},
      {Tok::NUMBER, 3, 11, 3, 12, "1"},   {Tok::COMMA, 3, 12, 3, 13, ","},
      {Tok::NUMBER, 4, 1, 4, 2, "2"},     {Tok::RPAR, 4, 2, 4, 3, ")"},
      {Tok::NEWLINE, 4, 3, 4, 3, ""},     {Tok::DEDENT, 4, -1, 4, -1, ""},
      {Tok::ENDMARKER, 4, -1, 4, -1, ""},
  };
  CHECK(toks == expected);
}

TEST_CASE("operators, keywords and async tokens", "[lexer]") {
  using al::Tok;
  auto toks = tokenize("async def f(): await x ** 2 // 3 != 4 -> ... := <<= @=\n");
  std::vector<Tok> types;
  for (const Tk& t : toks) types.push_back(t.type);
  std::vector<Tok> expected = {
      Tok::ASYNC,       Tok::KW_DEF,     Tok::NAME,           Tok::LPAR,       Tok::RPAR,
      Tok::COLON,       Tok::AWAIT,      Tok::NAME,           Tok::DOUBLESTAR, Tok::NUMBER,
      Tok::DOUBLESLASH, Tok::NUMBER,     Tok::NOTEQUAL,       Tok::NUMBER,     Tok::RARROW,
      Tok::ELLIPSIS,    Tok::COLONEQUAL, Tok::LEFTSHIFTEQUAL, Tok::ATEQUAL,    Tok::NEWLINE,
      Tok::ENDMARKER};
  CHECK(types == expected);
}

TEST_CASE("string prefixes and numbers are single tokens", "[lexer]") {
  using al::Tok;
  for (const char* s : {"Rb'x'", "bR\"x\"", "F'x'", "rF'''x\ny'''", "u'x'", "U\"x\""}) {
    auto toks = tokenize(std::string(s) + "\n");
    CHECK(toks[0].type == Tok::STRING);
    CHECK(toks[0].text == s);
  }
  for (const char* n : {"0x_1f", "0o17", "0b1_0", "1_000.5e-3", ".5", "1.", "3j", "1e10"}) {
    auto toks = tokenize(std::string(n) + "\n");
    CHECK(toks[0].type == Tok::NUMBER);
    CHECK(toks[0].text == n);
    CHECK(toks[1].type == Tok::NEWLINE);
  }
}

TEST_CASE("a string spanning lines is positioned where it starts", "[lexer]") {
  using al::Tok;
  auto toks = tokenize("x = '''a\nb''' + 1\n");
  CHECK(toks[2] == Tk{Tok::STRING, 1, 4, 2, 4, "'''a\nb'''"});
  CHECK(toks[3] == Tk{Tok::PLUS, 2, 5, 2, 6, "+"});
}

TEST_CASE("blank lines and comments produce no tokens", "[lexer]") {
  using al::Tok;
  auto toks = tokenize("x\n\n   # c\n\ty  # d\n");
  std::vector<Tok> types;
  for (const Tk& t : toks) types.push_back(t.type);
  CHECK(types == std::vector<Tok>{Tok::NAME, Tok::NEWLINE, Tok::INDENT, Tok::NAME, Tok::NEWLINE,
                                  Tok::DEDENT, Tok::ENDMARKER});
}
