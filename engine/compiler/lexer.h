// The tokenizer: CPython 3.11's Parser/tokenizer.c tok_get, state for state, so that token
// positions and tokenizer errors (messages, lines, offsets) are CPython's.
#pragma once

#include <cstdint>
#include <string_view>

#include "engine/compiler/source.h"

namespace al {

// Token types: CPython's Grammar/Tokens, plus one type per keyword (CPython's parser turns NAME
// into a keyword type when it stores the token; doing it here saves a lookup per use).
// clang-format off
enum class Tok : std::uint8_t {
  ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,
  LPAR, RPAR, LSQB, RSQB, COLON, COMMA, SEMI, PLUS, MINUS, STAR, SLASH, VBAR, AMPER, LESS,
  GREATER, EQUAL, DOT, PERCENT, LBRACE, RBRACE, EQEQUAL, NOTEQUAL, LESSEQUAL, GREATEREQUAL,
  TILDE, CIRCUMFLEX, LEFTSHIFT, RIGHTSHIFT, DOUBLESTAR, PLUSEQUAL, MINEQUAL, STAREQUAL,
  SLASHEQUAL, PERCENTEQUAL, AMPEREQUAL, VBAREQUAL, CIRCUMFLEXEQUAL, LEFTSHIFTEQUAL,
  RIGHTSHIFTEQUAL, DOUBLESTAREQUAL, DOUBLESLASH, DOUBLESLASHEQUAL, AT, ATEQUAL, RARROW,
  ELLIPSIS, COLONEQUAL, OP, AWAIT, ASYNC, ERRORTOKEN,
  // keywords
  KW_FALSE, KW_NONE, KW_TRUE, KW_AND, KW_AS, KW_ASSERT, KW_BREAK, KW_CLASS, KW_CONTINUE,
  KW_DEF, KW_DEL, KW_ELIF, KW_ELSE, KW_EXCEPT, KW_FINALLY, KW_FOR, KW_FROM, KW_GLOBAL, KW_IF,
  KW_IMPORT, KW_IN, KW_IS, KW_LAMBDA, KW_NONLOCAL, KW_NOT, KW_OR, KW_PASS, KW_RAISE,
  KW_RETURN, KW_TRY, KW_WHILE, KW_WITH, KW_YIELD,
};
// clang-format on

struct Token {
  Tok type = Tok::ENDMARKER;
  std::uint32_t start = 0;  // byte range in Source::text(); empty for INDENT/DEDENT/ENDMARKER
  std::uint32_t end = 0;
  int lineno = 0;
  int col_offset = -1;  // -1 where CPython has no position (INDENT, DEDENT, ENDMARKER)
  int end_lineno = 0;
  int end_col_offset = -1;
  int level = 0;  // bracket depth after the token, as CPython records it
};

// Why the tokenizer stopped (CPython: Include/errcode.h); errors the parser reports itself.
enum class TokDone : std::uint8_t { OK, EOF_, DEDENT, TABSPACE, TOODEEP, LINECONT, ERROR };

class Lexer {
 public:
  // `string_mode` mirrors CPython's string tokenizer (used for f-string expressions), whose
  // buffer always starts at the current line; `first_lineno` is the line before the first.
  explicit Lexer(const Source& source, bool string_mode = false, int first_lineno = 0);

  // The next token. Errors CPython's tokenizer raises itself throw SyntaxErrorException;
  // the others return ERRORTOKEN with done() saying why (the parser raises them).
  Token next();

  std::string_view token_text(const Token& t) const {
    return std::string_view(text_).substr(t.start, t.end - t.start);
  }

  // State the parser's error reporting reads, as CPython's pegen reads tok_state.
  TokDone done() const { return done_; }
  int lineno() const { return lineno_; }
  int level() const { return level_; }
  std::size_t cur() const { return cur_; }
  std::size_t line_start() const { return line_start_; }
  std::size_t buf() const { return buf_; }
  std::size_t inp() const { return inp_; }
  int paren_lineno(int i) const { return paren_lineno_[i]; }
  int paren_col(int i) const { return paren_col_[i]; }
  char paren_char(int i) const { return paren_stack_[i]; }
  const Source& source() const { return source_; }

 private:
  static constexpr int kMaxIndent = 100;
  static constexpr int kMaxLevel = 200;
  static constexpr int kEOF = -1;

  int nextc();
  void backup(int c);
  bool underflow();
  Token make(Tok type, std::size_t start, std::size_t end);
  Token make_error(TokDone why);
  [[noreturn]] void syntax_error(const std::string& msg, int col_offset = -1,
                                 int end_col_offset = -1);
  int continuation_line();
  int decimal_tail();
  bool lookahead(const char* rest);
  void verify_end_of_number(int c, const char* kind);
  void verify_identifier(std::size_t start);
  Tok number(int c, std::size_t start, bool fraction);
  Token string(int quote, std::size_t start);

  const Source& source_;
  const std::string& text_;
  std::size_t cur_ = 0;  // next byte to read
  std::size_t inp_ = 0;  // end of the data read so far (end of the current line)
  std::size_t buf_ = 0;  // start of the current line (CPython's tok->buf)
  std::size_t line_start_ = 0;
  std::size_t tok_start_ = 0;
  std::size_t multi_line_start_ = 0;
  int first_lineno_ = 0;
  int lineno_ = 0;
  int next_line_ = 1;  // next physical line underflow() reads
  bool atbol_ = true;
  int pendin_ = 0;
  int indent_ = 0;
  int indstack_[kMaxIndent] = {0};
  int altindstack_[kMaxIndent] = {0};
  int level_ = 0;
  char paren_stack_[kMaxLevel] = {0};
  int paren_lineno_[kMaxLevel] = {0};
  int paren_col_[kMaxLevel] = {0};
  TokDone done_ = TokDone::OK;
  bool string_mode_ = false;
};

}  // namespace al
