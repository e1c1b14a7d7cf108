// How the parser reports errors, position for position as CPython: Parser/pegen_errors.c and
// the RAISE_* macros of Parser/pegen.h.
#include "engine/compiler/parser_impl.h"

namespace al::parser {

namespace {
// CPython: Parser/pegen.h CURRENT_POS: "where the tokenizer is now".
constexpr int kCurrentPos = -5;
}  // namespace

// CPython: Parser/pegen_errors.c _PyPegen_raise_error_known_location. Columns come in 1-based
// bytes (or kCurrentPos); the result has CPython's character offsets and error line.
SyntaxErrorInfo Parser::error_info(const char* kind, int lineno, int col_offset, int end_lineno,
                                   int end_col_offset, const std::string& msg) {
  if (end_lineno == kCurrentPos) end_lineno = lexer_.lineno();
  if (end_col_offset == kCurrentPos) {
    end_col_offset = static_cast<int>(lexer_.cur() - lexer_.line_start());
  }
  const std::string& text = source_.text();
  std::string error_line;
  bool have_line = false;
  if (start_rule_ == StartRule::File && source_.has_file_line(lineno)) {
    error_line = source_.file_line(lineno);
    have_line = true;
  }
  if (!have_line) {
    if (lexer_.lineno() <= lineno && lexer_.inp() > lexer_.buf()) {
      error_line = Source::decode_replace(
          std::string_view(text).substr(lexer_.buf(), lexer_.inp() - lexer_.buf()));
    } else if (start_rule_ == StartRule::FString) {
      // CPython: get_error_line_from_tokenizer_buffers, for a string tokenizer.
      int relative = starting_lineno_ ? lineno - starting_lineno_ + 1 : lineno;
      std::size_t line = 0;
      for (int i = 0; i < relative - 1; ++i) {
        std::size_t nl = text.find('\n', line);
        if (nl == std::string::npos || nl + 1 > lexer_.inp()) break;
        line = nl + 1;
      }
      std::size_t end = text.find('\n', line);
      if (end == std::string::npos) end = text.size();
      error_line = Source::decode_replace(std::string_view(text).substr(line, end - line));
    }
  }
  // When running a file CPython's tokenizer has no encoding set unless the file declares one,
  // so pegen reports byte offsets (compile() of a str would convert them to characters).
  int col_number = col_offset;
  int end_col_number = end_col_offset;
  if (start_rule_ == StartRule::FString) {
    col_number -= starting_col_offset_;
    end_col_number -= starting_col_offset_;
  } else if (source_.encoding_declared()) {
    // With a BOM or a coding declaration CPython converts to characters, counting over the
    // re-read line (which keeps the BOM).
    col_number = byte_offset_to_character_offset(error_line, col_number);
    if (end_col_number > 0) {
      end_col_number = byte_offset_to_character_offset(error_line, end_col_number);
    }
  }
  SyntaxErrorInfo info;
  info.kind = kind;
  info.msg = start_rule_ == StartRule::FString ? "f-string: " + msg : msg;
  info.filename = source_.filename();
  info.lineno = lineno;
  info.offset = col_number;
  info.end_lineno = end_lineno;
  info.end_offset = end_col_number;
  info.text = std::move(error_line);
  return info;
}

void Parser::raise_known_location(const char* kind, int lineno, int col_offset, int end_lineno,
                                  int end_col_offset, const std::string& msg) {
  throw SyntaxErrorException(error_info(kind, lineno, col_offset, end_lineno, end_col_offset, msg));
}

// CPython: Parser/pegen_errors.c _PyPegen_raise_error: at the last token read.
void Parser::raise_error(const char* kind, const std::string& msg) {
  if (tokens_.empty()) raise_known_location(kind, 0, 0, 0, -1, msg);
  const Token& t = tokens_.back();
  int col_offset;
  if (t.col_offset == -1) {
    col_offset =
        lexer_.cur() == lexer_.buf() ? 0 : static_cast<int>(lexer_.cur() - lexer_.line_start());
  } else {
    col_offset = t.col_offset + 1;
  }
  int end_col_offset = t.end_col_offset != -1 ? t.end_col_offset + 1 : -1;
  raise_known_location(kind, t.lineno, col_offset, t.end_lineno, end_col_offset, msg);
}

// RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _KNOWN_RANGE / _STARTING_FROM.
void Parser::raise_at(const Span& a, const std::string& msg) {
  raise_known_location("SyntaxError", a.lineno, a.col_offset + 1, a.end_lineno,
                       a.end_col_offset + 1, msg);
}

void Parser::raise_range(const Span& a, const Span& b, const std::string& msg) {
  raise_known_location("SyntaxError", a.lineno, a.col_offset + 1, b.end_lineno,
                       b.end_col_offset + 1, msg);
}

void Parser::raise_starting_from(const Span& a, const std::string& msg) {
  raise_known_location("SyntaxError", a.lineno, a.col_offset + 1, kCurrentPos, kCurrentPos, msg);
}

// CPython: Parser/pegen.h RAISE_SYNTAX_ERROR_INVALID_TARGET; returns when there is no
// invalid target (the alternative then fails).
void Parser::raise_invalid_target(TargetsType type, ast::expr* e) {
  ast::expr* invalid = get_invalid_target(e, type);
  if (!invalid) return;
  const char* verb = type == TargetsType::DEL_TARGETS ? "cannot delete " : "cannot assign to ";
  raise_at(span(invalid), std::string(verb) + expr_name(invalid));
}

// CPython: Parser/pegen_errors.c raise_unclosed_parentheses_error.
void Parser::raise_unclosed_parentheses_error() {
  int i = lexer_.level() - 1;
  int lineno = lexer_.paren_lineno(i);
  int col = lexer_.paren_col(i);
  raise_known_location("SyntaxError", lineno, col + 1, lineno, 0,
                       std::string("'") + lexer_.paren_char(i) + "' was never closed");
}

// CPython: Parser/pegen_errors.c _Pypegen_tokenizer_error: the tokenizer stopped without
// raising; say why.
void Parser::tokenizer_error() {
  const char* kind = "SyntaxError";
  const char* msg = nullptr;
  int col_offset = -1;
  switch (lexer_.done()) {
    case TokDone::EOF_:
      if (lexer_.level()) raise_unclosed_parentheses_error();
      raise_error("SyntaxError", "unexpected EOF while parsing");
    case TokDone::DEDENT:
      raise_error("IndentationError", "unindent does not match any outer indentation level");
    case TokDone::TABSPACE:
      kind = "TabError";
      msg = "inconsistent use of tabs and spaces in indentation";
      break;
    case TokDone::TOODEEP:
      kind = "IndentationError";
      msg = "too many levels of indentation";
      break;
    case TokDone::LINECONT:
      col_offset = static_cast<int>(lexer_.cur() - lexer_.buf()) - 1;
      msg = "unexpected character after line continuation character";
      break;
    default:
      msg = "unknown parsing error";
      break;
  }
  raise_known_location(kind, lexer_.lineno(), col_offset >= 0 ? col_offset + 1 : 1, lexer_.lineno(),
                       0, msg);
}

// CPython: Parser/pegen_errors.c _PyPegen_tokenize_full_source_to_check_for_errors: a
// tokenizer error further on, or a bracket opened before the error's line and never closed,
// replaces the parser's error.
void Parser::tokenize_full_source_to_check_for_errors(SyntaxErrorInfo& error) {
  if (tokens_.empty()) return;
  int current_err_line = tokens_.back().lineno;
  try {
    for (;;) {
      Token t = lexer_.next();
      if (t.type == Tok::ERRORTOKEN) {
        if (lexer_.level() != 0) {
          int error_lineno = lexer_.paren_lineno(lexer_.level() - 1);
          if (current_err_line > error_lineno) raise_unclosed_parentheses_error();
        }
        return;
      }
      if (t.type == Tok::ENDMARKER) return;
    }
  } catch (const SyntaxErrorException& e) {
    error = e.info();
  }
}

// CPython: Parser/pegen_errors.c _Pypegen_set_syntax_error: the second pass found nothing
// specific; report at the furthest token the first pass read.
void Parser::set_syntax_error(int last_token) {
  if (tokens_.empty()) raise_error("SyntaxError", "error at start before reading any input");
  const Token& last = tok(last_token);
  if (last.type == Tok::ERRORTOKEN && lexer_.done() == TokDone::EOF_) {
    if (lexer_.level()) raise_unclosed_parentheses_error();
    raise_error("SyntaxError", "unexpected EOF while parsing");
  }
  if (last.type == Tok::INDENT) raise_error("IndentationError", "unexpected indent");
  if (last.type == Tok::DEDENT) raise_error("IndentationError", "unexpected unindent");
  SyntaxErrorInfo info = error_info("SyntaxError", last.lineno, last.col_offset + 1,
                                    last.end_lineno, last.end_col_offset + 1, "invalid syntax");
  tokenize_full_source_to_check_for_errors(info);
  throw SyntaxErrorException(std::move(info));
}

}  // namespace al::parser
