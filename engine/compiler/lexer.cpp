// CPython: Parser/tokenizer.c (3.11) tok_get and its helpers, over a Source buffer.
//
// Sections: 1. reading characters  2. errors  3. numbers  4. strings and identifiers
//           5. operators  6. tok_get
#include "engine/compiler/lexer.h"

#include <cstdio>
#include <cstring>

#include "engine/compiler/unicode_tables.h"
#include "engine/compiler/utf8.h"

namespace al {

namespace {

constexpr std::size_t kNoPos = static_cast<std::size_t>(-1);
constexpr int kTabSize = 8;
constexpr int kAltTabSize = 1;

bool is_digit(int c) {
  return c >= '0' && c <= '9';
}
bool is_xdigit(int c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_potential_identifier_start(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
bool is_potential_identifier_char(int c) {
  return is_potential_identifier_start(c) || is_digit(c);
}

std::string hex4(char32_t c) {
  char hex[16];
  std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(c));
  return hex;
}

bool valid_utf8_line(std::string_view line, unsigned char& bad) {
  for (std::size_t i = 0; i < line.size();) {
    auto b = static_cast<unsigned char>(line[i]);
    // CPython: Parser/tokenizer.c valid_utf8 (lead byte and continuation bytes only).
    std::size_t n = b < 0x80 ? 1 : b < 0xC0 ? 0 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : b < 0xF8 ? 4 : 0;
    if (n == 0 || i + n > line.size()) {
      bad = b;
      return false;
    }
    for (std::size_t k = 1; k < n; ++k) {
      auto c = static_cast<unsigned char>(line[i + k]);
      if (c < 0x80 || c >= 0xC0) {
        bad = b;
        return false;
      }
    }
    i += n;
  }
  return true;
}

Tok keyword_type(std::string_view s) {
  struct Entry {
    const char* word;
    Tok type;
  };
  static constexpr Entry keywords[] = {
      {"False", Tok::KW_FALSE}, {"None", Tok::KW_NONE},     {"True", Tok::KW_TRUE},
      {"and", Tok::KW_AND},     {"as", Tok::KW_AS},         {"assert", Tok::KW_ASSERT},
      {"break", Tok::KW_BREAK}, {"class", Tok::KW_CLASS},   {"continue", Tok::KW_CONTINUE},
      {"def", Tok::KW_DEF},     {"del", Tok::KW_DEL},       {"elif", Tok::KW_ELIF},
      {"else", Tok::KW_ELSE},   {"except", Tok::KW_EXCEPT}, {"finally", Tok::KW_FINALLY},
      {"for", Tok::KW_FOR},     {"from", Tok::KW_FROM},     {"global", Tok::KW_GLOBAL},
      {"if", Tok::KW_IF},       {"import", Tok::KW_IMPORT}, {"in", Tok::KW_IN},
      {"is", Tok::KW_IS},       {"lambda", Tok::KW_LAMBDA}, {"nonlocal", Tok::KW_NONLOCAL},
      {"not", Tok::KW_NOT},     {"or", Tok::KW_OR},         {"pass", Tok::KW_PASS},
      {"raise", Tok::KW_RAISE}, {"return", Tok::KW_RETURN}, {"try", Tok::KW_TRY},
      {"while", Tok::KW_WHILE}, {"with", Tok::KW_WITH},     {"yield", Tok::KW_YIELD},
  };
  if (s.size() < 2 || s.size() > 8) return Tok::NAME;
  for (const Entry& e : keywords) {
    if (s == e.word) return e.type;
  }
  return Tok::NAME;
}

}  // namespace

Lexer::Lexer(const Source& source, bool string_mode, int first_lineno)
    : source_(source), text_(source.text()), lineno_(first_lineno), string_mode_(string_mode) {}

// ---------------------------------------------------------------- 1. reading characters

// CPython: Parser/tokenizer.c tok_underflow_file: reads the next physical line, checking it.
bool Lexer::underflow() {
  if (next_line_ > source_.line_count()) {
    done_ = TokDone::EOF_;
    // The file reader empties its buffer between tokens.
    if (tok_start_ == kNoPos && !string_mode_) buf_ = inp_;
    return false;
  }
  std::size_t begin = source_.line_start(next_line_);
  std::size_t end = text_.find('\n', begin) + 1;
  std::string_view line = std::string_view(text_).substr(begin, end - begin);
  ++lineno_;
  ++next_line_;
  if (!string_mode_ && lineno_ == source_.encoding_problem_line()) {
    done_ = TokDone::ERROR;
    SyntaxErrorInfo info;
    info.msg = source_.encoding_problem();
    info.located = false;
    throw_syntax_error(std::move(info));
  }
  if (tok_start_ == kNoPos || string_mode_) buf_ = begin;
  cur_ = begin;
  inp_ = end;
  line_start_ = begin;
  unsigned char bad = 0;
  // CPython checks the line as a C string, so only up to a NUL byte (reported just below).
  if (!valid_utf8_line(line.substr(0, line.find('\0')), bad)) {
    // CPython: Parser/tokenizer.c ensure_utf8: an error without a location.
    char msg[256];
    std::snprintf(msg, sizeof msg,
                  "Non-UTF-8 code starting with '\\x%.2x' in file %s on line %i, but no "
                  "encoding declared; see https://peps.python.org/pep-0263/ for details",
                  bad, source_.filename().c_str(), lineno_);
    done_ = TokDone::ERROR;
    SyntaxErrorInfo info;
    info.msg = msg;
    info.located = false;
    throw_syntax_error(std::move(info));
  }
  if (line.find('\0') != std::string_view::npos) {
    syntax_error("source code cannot contain null bytes");
  }
  return true;
}

int Lexer::nextc() {
  for (;;) {
    if (cur_ != inp_) return static_cast<unsigned char>(text_[cur_++]);
    if (done_ != TokDone::OK) return kEOF;
    if (!underflow()) {
      cur_ = inp_;
      return kEOF;
    }
  }
}

void Lexer::backup(int c) {
  if (c != kEOF) --cur_;
}

Token Lexer::make(Tok type, std::size_t start, std::size_t end) {
  Token t;
  t.type = type;
  bool is_string = type == Tok::STRING;
  std::size_t ls = is_string ? multi_line_start_ : line_start_;
  t.lineno = is_string ? first_lineno_ : lineno_;
  t.end_lineno = lineno_;
  t.col_offset = (start != kNoPos && start >= ls) ? static_cast<int>(start - ls) : -1;
  t.end_col_offset =
      (end != kNoPos && end >= line_start_) ? static_cast<int>(end - line_start_) : -1;
  t.start = start == kNoPos ? static_cast<std::uint32_t>(cur_) : static_cast<std::uint32_t>(start);
  t.end = end == kNoPos ? t.start : static_cast<std::uint32_t>(end);
  t.level = level_;
  if (type == Tok::NAME) t.type = keyword_type(token_text(t));
  return t;
}

Token Lexer::make_error(TokDone why) {
  done_ = why;
  return make(Tok::ERRORTOKEN, kNoPos, kNoPos);
}

// ---------------------------------------------------------------- 2. errors

// CPython: Parser/tokenizer.c _syntaxerror_range.
void Lexer::syntax_error(const std::string& msg, int col_offset, int end_col_offset) {
  done_ = TokDone::ERROR;
  std::string_view all(text_);
  if (col_offset == -1) col_offset = utf8_char_count(all.substr(line_start_, cur_ - line_start_));
  if (end_col_offset == -1) end_col_offset = col_offset;
  std::size_t line_end = line_start_;
  while (line_end < text_.size() && text_[line_end] != '\n' && text_[line_end] != '\0') ++line_end;
  SyntaxErrorInfo info;
  info.msg = msg;
  info.filename = source_.filename();
  info.lineno = lineno_;
  info.end_lineno = lineno_;
  info.offset = col_offset;
  info.end_offset = end_col_offset;
  info.text = Source::decode_replace(all.substr(line_start_, line_end - line_start_));
  throw_syntax_error(std::move(info));
}

// CPython: Parser/tokenizer.c tok_continuation_line.
int Lexer::continuation_line() {
  int c = nextc();
  if (c != '\n') {
    done_ = TokDone::LINECONT;
    return -1;
  }
  c = nextc();
  if (c == kEOF) {
    done_ = TokDone::EOF_;
    cur_ = inp_;
    return -1;
  }
  backup(c);
  return c;
}

// ---------------------------------------------------------------- 3. numbers

// CPython: Parser/tokenizer.c tok_decimal_tail.
int Lexer::decimal_tail() {
  int c;
  for (;;) {
    do {
      c = nextc();
    } while (is_digit(c));
    if (c != '_') break;
    c = nextc();
    if (!is_digit(c)) {
      backup(c);
      syntax_error("invalid decimal literal");
    }
  }
  return c;
}

// CPython: Parser/tokenizer.c lookahead.
bool Lexer::lookahead(const char* rest) {
  const char* s = rest;
  int res = 0;
  std::size_t save = cur_;
  for (;;) {
    int c = nextc();
    if (*s == 0) {
      res = !is_potential_identifier_char(c);
      break;
    }
    if (c != static_cast<unsigned char>(*s)) break;
    ++s;
  }
  cur_ = save;
  return res != 0;
}

// CPython: Parser/tokenizer.c verify_end_of_number. A literal followed by a keyword it can
// precede in valid code ("1if x else y") is only a DeprecationWarning in 3.11: accepted.
void Lexer::verify_end_of_number(int c, const char* kind) {
  bool r = false;
  if (c == 'a')
    r = lookahead("nd");
  else if (c == 'e')
    r = lookahead("lse");
  else if (c == 'f')
    r = lookahead("or");
  else if (c == 'i') {
    int c2 = nextc();
    r = c2 == 'f' || c2 == 'n' || c2 == 's';
    backup(c2);
  } else if (c == 'o')
    r = lookahead("r");
  else if (c == 'n')
    r = lookahead("ot");
  if (r) return;
  // A non-ASCII character is left for the next token (3.11.7 reports it as an invalid
  // character rather than an invalid literal).
  if (c < 128 && is_potential_identifier_char(c)) {
    backup(c);
    syntax_error(std::string("invalid ") + kind + " literal");
  }
}

// CPython: Parser/tokenizer.c tok_get, the "Number" part. `c` is the first character; when
// `fraction` is set, the literal started with '.' and `c` is the digit after it.
Tok Lexer::number(int c, std::size_t start, bool fraction) {
  int e;
  if (fraction) goto fraction_part;
  if (c == '0') {
    c = nextc();
    if (c == 'x' || c == 'X') {
      c = nextc();
      do {
        if (c == '_') c = nextc();
        if (!is_xdigit(c)) {
          backup(c);
          syntax_error("invalid hexadecimal literal");
        }
        do {
          c = nextc();
        } while (is_xdigit(c));
      } while (c == '_');
      verify_end_of_number(c, "hexadecimal");
    } else if (c == 'o' || c == 'O' || c == 'b' || c == 'B') {
      const bool octal = c == 'o' || c == 'O';
      const int top = octal ? '8' : '2';
      const std::string kind = octal ? "octal" : "binary";
      c = nextc();
      do {
        if (c == '_') c = nextc();
        if (c < '0' || c >= top) {
          if (is_digit(c)) {
            syntax_error("invalid digit '" + std::string(1, static_cast<char>(c)) + "' in " + kind +
                         " literal");
          }
          backup(c);
          syntax_error("invalid " + kind + " literal");
        }
        do {
          c = nextc();
        } while ('0' <= c && c < top);
      } while (c == '_');
      if (is_digit(c)) {
        syntax_error("invalid digit '" + std::string(1, static_cast<char>(c)) + "' in " + kind +
                     " literal");
      }
      verify_end_of_number(c, kind.c_str());
    } else {
      bool nonzero = false;
      // Maybe an old-style octal; in any case '0' alone is a literal.
      for (;;) {
        if (c == '_') {
          c = nextc();
          if (!is_digit(c)) {
            backup(c);
            syntax_error("invalid decimal literal");
          }
        }
        if (c != '0') break;
        c = nextc();
      }
      const std::size_t zeros_end = cur_;
      if (is_digit(c)) {
        nonzero = true;
        c = decimal_tail();
      }
      if (c == '.') {
        c = nextc();
        goto fraction_part;
      }
      if (c == 'e' || c == 'E') goto exponent_part;
      if (c == 'j' || c == 'J') goto imaginary_part;
      if (nonzero) {
        backup(c);
        syntax_error(
            "leading zeros in decimal integer literals are not permitted; use an 0o "
            "prefix for octal integers",
            static_cast<int>(start + 1 - line_start_), static_cast<int>(zeros_end - line_start_));
      }
      verify_end_of_number(c, "decimal");
    }
    backup(c);
    return Tok::NUMBER;
  }
  c = decimal_tail();
  if (c == '.') {
    c = nextc();
  fraction_part:
    if (is_digit(c)) c = decimal_tail();
  }
  if (c == 'e' || c == 'E') {
  exponent_part:
    e = c;
    c = nextc();
    if (c == '+' || c == '-') {
      c = nextc();
      if (!is_digit(c)) {
        backup(c);
        syntax_error("invalid decimal literal");
      }
    } else if (!is_digit(c)) {
      backup(c);
      verify_end_of_number(e, "decimal");
      backup(e);
      return Tok::NUMBER;
    }
    c = decimal_tail();
  }
  if (c == 'j' || c == 'J') {
  imaginary_part:
    c = nextc();
    verify_end_of_number(c, "imaginary");
  } else {
    verify_end_of_number(c, "decimal");
  }
  backup(c);
  return Tok::NUMBER;
}

// ---------------------------------------------------------------- 4. strings and identifiers

Token Lexer::string(int quote, std::size_t start) {
  int quote_size = 1;
  int end_quote_size = 0;
  // A string token's position is where it starts, even when it spans lines.
  first_lineno_ = lineno_;
  multi_line_start_ = line_start_;
  int c = nextc();
  if (c == quote) {
    c = nextc();
    if (c == quote)
      quote_size = 3;
    else
      end_quote_size = 1;  // empty string
  }
  if (c != quote) backup(c);
  while (end_quote_size != quote_size) {
    c = nextc();
    if (c == kEOF || (quote_size == 1 && c == '\n')) {
      // Reported at the string's first quote character.
      cur_ = start + 1;
      line_start_ = multi_line_start_;
      int detected = lineno_;
      lineno_ = first_lineno_;
      if (quote_size == 3) {
        syntax_error("unterminated triple-quoted string literal (detected at line " +
                     std::to_string(detected) + ")");
      }
      syntax_error("unterminated string literal (detected at line " + std::to_string(detected) +
                   ")");
    }
    if (c == quote) {
      end_quote_size += 1;
    } else {
      end_quote_size = 0;
      if (c == '\\') nextc();  // skip the escaped character
    }
  }
  return make(Tok::STRING, start, cur_);
}

// CPython: Parser/tokenizer.c verify_identifier.
void Lexer::verify_identifier(std::size_t start) {
  std::string_view s = std::string_view(text_).substr(start, cur_ - start);
  std::size_t i = 0;
  bool first = true;
  while (i < s.size()) {
    char32_t ch = utf8::decode(s, i);
    bool ok = first ? unicode::is_id_start(ch) : unicode::is_id_continue(ch);
    first = false;
    if (ok) continue;
    if (i < s.size()) cur_ = start + i;  // point just past the invalid character
    if (unicode::is_printable(ch)) {
      std::string msg = "invalid character '";
      utf8::append(msg, ch);
      syntax_error(msg + "' (U+" + hex4(ch) + ")");
    }
    syntax_error("invalid non-printable character U+" + hex4(ch));
  }
}

// ---------------------------------------------------------------- 5. operators

namespace {

// CPython: Parser/token.c PyToken_OneChar / PyToken_TwoChars / PyToken_ThreeChars.
Tok one_char(int c) {
  switch (c) {
    case '%':
      return Tok::PERCENT;
    case '&':
      return Tok::AMPER;
    case '(':
      return Tok::LPAR;
    case ')':
      return Tok::RPAR;
    case '*':
      return Tok::STAR;
    case '+':
      return Tok::PLUS;
    case ',':
      return Tok::COMMA;
    case '-':
      return Tok::MINUS;
    case '.':
      return Tok::DOT;
    case '/':
      return Tok::SLASH;
    case ':':
      return Tok::COLON;
    case ';':
      return Tok::SEMI;
    case '<':
      return Tok::LESS;
    case '=':
      return Tok::EQUAL;
    case '>':
      return Tok::GREATER;
    case '@':
      return Tok::AT;
    case '[':
      return Tok::LSQB;
    case ']':
      return Tok::RSQB;
    case '^':
      return Tok::CIRCUMFLEX;
    case '{':
      return Tok::LBRACE;
    case '|':
      return Tok::VBAR;
    case '}':
      return Tok::RBRACE;
    case '~':
      return Tok::TILDE;
    default:
      return Tok::OP;
  }
}

Tok two_chars(int c1, int c2) {
  switch (c1) {
    case '!':
      if (c2 == '=') return Tok::NOTEQUAL;
      break;
    case '%':
      if (c2 == '=') return Tok::PERCENTEQUAL;
      break;
    case '&':
      if (c2 == '=') return Tok::AMPEREQUAL;
      break;
    case '*':
      if (c2 == '*') return Tok::DOUBLESTAR;
      if (c2 == '=') return Tok::STAREQUAL;
      break;
    case '+':
      if (c2 == '=') return Tok::PLUSEQUAL;
      break;
    case '-':
      if (c2 == '=') return Tok::MINEQUAL;
      if (c2 == '>') return Tok::RARROW;
      break;
    case '/':
      if (c2 == '/') return Tok::DOUBLESLASH;
      if (c2 == '=') return Tok::SLASHEQUAL;
      break;
    case ':':
      if (c2 == '=') return Tok::COLONEQUAL;
      break;
    case '<':
      if (c2 == '<') return Tok::LEFTSHIFT;
      if (c2 == '=') return Tok::LESSEQUAL;
      if (c2 == '>') return Tok::NOTEQUAL;
      break;
    case '=':
      if (c2 == '=') return Tok::EQEQUAL;
      break;
    case '>':
      if (c2 == '=') return Tok::GREATEREQUAL;
      if (c2 == '>') return Tok::RIGHTSHIFT;
      break;
    case '@':
      if (c2 == '=') return Tok::ATEQUAL;
      break;
    case '^':
      if (c2 == '=') return Tok::CIRCUMFLEXEQUAL;
      break;
    case '|':
      if (c2 == '=') return Tok::VBAREQUAL;
      break;
    default:
      break;
  }
  return Tok::OP;
}

Tok three_chars(int c1, int c2, int c3) {
  if (c3 != '=' && !(c1 == '.' && c2 == '.' && c3 == '.')) return Tok::OP;
  if (c1 == '*' && c2 == '*') return Tok::DOUBLESTAREQUAL;
  if (c1 == '/' && c2 == '/') return Tok::DOUBLESLASHEQUAL;
  if (c1 == '<' && c2 == '<') return Tok::LEFTSHIFTEQUAL;
  if (c1 == '>' && c2 == '>') return Tok::RIGHTSHIFTEQUAL;
  if (c1 == '.' && c2 == '.' && c3 == '.') return Tok::ELLIPSIS;
  return Tok::OP;
}

}  // namespace

// ---------------------------------------------------------------- 6. tok_get

Token Lexer::next() {
  int c;
  bool blankline;
nextline:
  tok_start_ = kNoPos;
  blankline = false;
  if (atbol_) {
    // Measure the indentation of a new line.
    int col = 0, altcol = 0, cont_line_col = 0;
    atbol_ = false;
    for (;;) {
      c = nextc();
      if (c == ' ') {
        ++col;
        ++altcol;
      } else if (c == '\t') {
        col = (col / kTabSize + 1) * kTabSize;
        altcol = (altcol / kAltTabSize + 1) * kAltTabSize;
      } else if (c == '\014') {
        col = altcol = 0;  // form feed resets the column, for Emacs users
      } else if (c == '\\') {
        // The first backslash continuation after whitespace fixes the indentation.
        cont_line_col = cont_line_col ? cont_line_col : col;
        if ((c = continuation_line()) == -1) return make_error(done_);
      } else {
        break;
      }
    }
    backup(c);
    if (c == '#' || c == '\n') blankline = true;  // blank and comment lines do not indent
    if (!blankline && level_ == 0) {
      col = cont_line_col ? cont_line_col : col;
      altcol = cont_line_col ? cont_line_col : altcol;
      if (col == indstack_[indent_]) {
        if (altcol != altindstack_[indent_]) {
          cur_ = inp_;
          return make_error(TokDone::TABSPACE);
        }
      } else if (col > indstack_[indent_]) {
        if (indent_ + 1 >= kMaxIndent) {
          cur_ = inp_;
          return make_error(TokDone::TOODEEP);
        }
        if (altcol <= altindstack_[indent_]) {
          cur_ = inp_;
          return make_error(TokDone::TABSPACE);
        }
        ++pendin_;
        indstack_[++indent_] = col;
        altindstack_[indent_] = altcol;
      } else {
        while (indent_ > 0 && col < indstack_[indent_]) {
          --pendin_;
          --indent_;
        }
        if (col != indstack_[indent_]) {
          cur_ = inp_;
          return make_error(TokDone::DEDENT);
        }
        if (altcol != altindstack_[indent_]) {
          cur_ = inp_;
          return make_error(TokDone::TABSPACE);
        }
      }
    }
  }

  tok_start_ = cur_;
  if (pendin_ != 0) {
    if (pendin_ < 0) {
      ++pendin_;
      return make(Tok::DEDENT, kNoPos, kNoPos);
    }
    --pendin_;
    return make(Tok::INDENT, kNoPos, kNoPos);
  }

again:
  tok_start_ = kNoPos;
  do {
    c = nextc();
  } while (c == ' ' || c == '\t' || c == '\014');
  tok_start_ = cur_ - 1;
  std::size_t start = tok_start_;

  if (c == '#') {
    while (c != kEOF && c != '\n') c = nextc();
  }

  if (c == kEOF) {
    if (level_ != 0) return make_error(TokDone::EOF_);
    return done_ == TokDone::EOF_ ? make(Tok::ENDMARKER, kNoPos, kNoPos) : make_error(done_);
  }

  if (is_potential_identifier_start(c)) {
    // String prefixes: any combination of b/r, u alone, f/r, in either case.
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    for (;;) {
      if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B'))
        saw_b = true;
      else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
        saw_u = true;
      else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
        saw_r = true;
      else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
        saw_f = true;
      else
        break;
      c = nextc();
      if (c == '"' || c == '\'') return string(c, start);
    }
    bool nonascii = false;
    while (is_potential_identifier_char(c)) {
      if (c >= 128) nonascii = true;
      c = nextc();
    }
    backup(c);
    if (nonascii) verify_identifier(start);
    std::size_t len = cur_ - start;
    if (len == 5 && text_.compare(start, 5, "async") == 0) return make(Tok::ASYNC, start, cur_);
    if (len == 5 && text_.compare(start, 5, "await") == 0) return make(Tok::AWAIT, start, cur_);
    return make(Tok::NAME, start, cur_);
  }

  if (c == '\n') {
    atbol_ = true;
    if (blankline || level_ > 0) goto nextline;
    return make(Tok::NEWLINE, start, cur_ - 1);  // the '\n' is not part of the token
  }

  if (c == '.') {
    c = nextc();
    if (is_digit(c)) {
      Tok t = number(c, start, true);
      return make(t, start, cur_);
    }
    if (c == '.') {
      c = nextc();
      if (c == '.') return make(Tok::ELLIPSIS, start, cur_);
      backup(c);
      backup('.');
    } else {
      backup(c);
    }
    return make(Tok::DOT, start, cur_);
  }

  if (is_digit(c)) {
    Tok t = number(c, start, false);
    return make(t, start, cur_);
  }

  if (c == '\'' || c == '"') return string(c, start);

  if (c == '\\') {
    if ((c = continuation_line()) == -1) return make_error(done_);
    goto again;
  }

  {
    int c2 = nextc();
    Tok two = two_chars(c, c2);
    if (two != Tok::OP) {
      int c3 = nextc();
      Tok three = three_chars(c, c2, c3);
      if (three != Tok::OP)
        two = three;
      else
        backup(c3);
      return make(two, start, cur_);
    }
    backup(c2);
  }

  switch (c) {
    case '(':
    case '[':
    case '{':
      if (level_ >= kMaxLevel) syntax_error("too many nested parentheses");
      paren_stack_[level_] = static_cast<char>(c);
      paren_lineno_[level_] = lineno_;
      paren_col_[level_] = static_cast<int>(start - line_start_);
      ++level_;
      break;
    case ')':
    case ']':
    case '}': {
      if (level_ == 0) syntax_error(std::string("unmatched '") + static_cast<char>(c) + "'");
      --level_;
      int opening = paren_stack_[level_];
      if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
            (opening == '{' && c == '}'))) {
        std::string msg = std::string("closing parenthesis '") + static_cast<char>(c) +
                          "' does not match opening parenthesis '" + static_cast<char>(opening) +
                          "'";
        if (paren_lineno_[level_] != lineno_) {
          msg += " on line " + std::to_string(paren_lineno_[level_]);
        }
        syntax_error(msg);
      }
      break;
    }
    default:
      break;
  }

  if (!unicode::is_printable(static_cast<char32_t>(c))) {
    syntax_error("invalid non-printable character U+" + hex4(static_cast<char32_t>(c)));
  }
  return make(one_char(c), start, cur_);
}

}  // namespace al
