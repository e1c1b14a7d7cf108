// The parser's machinery: token buffer, memo, and the two passes.
// CPython: Parser/pegen.c.
#include "engine/compiler/parser_impl.h"

namespace al {

namespace parser {

namespace {
// CPython: Parser/parser.c MAXSTACK (deeper nesting raises MemoryError).
constexpr int kMaxStack = 6000;
}  // namespace

Parser::Parser(const Source& source, ast::Arena& arena, StartRule start, int first_lineno,
               int starting_lineno, int starting_col_offset)
    : source_(source),
      arena_(arena),
      lexer_(source, start == StartRule::FString, first_lineno),
      start_rule_(start),
      starting_lineno_(starting_lineno),
      starting_col_offset_(starting_col_offset) {}

// CPython: Parser/pegen.c _PyPegen_fill_token and initialize_token.
void Parser::fill_token() {
  Token t = lexer_.next();
  if (lexer_.lineno() == starting_lineno_) {
    t.col_offset += starting_col_offset_;
    t.end_col_offset += starting_col_offset_;
  }
  tokens_.push_back(t);
  memo_heads_.push_back(-1);
  if (t.type == Tok::ERRORTOKEN) tokenizer_error();
}

const Token* Parser::peek() {
  if (mark_ == static_cast<int>(tokens_.size())) fill_token();
  return &tokens_[static_cast<std::size_t>(mark_)];
}

// CPython: Parser/pegen.c _PyPegen_expect_token.
const Token* Parser::expect(Tok type) {
  const Token* t = peek();
  if (t->type != type) return nullptr;
  ++mark_;
  return t;
}

// CPython: Parser/pegen.c _PyPegen_expect_forced_token (`&&'x'` in the grammar): the token
// must come next, or it is a SyntaxError at the token found instead.
void Parser::expect_forced(Tok type, const char* expected) {
  const Token* t = peek();
  if (t->type != type) raise_at(span(t), std::string("expected '") + expected + "'");
  ++mark_;
}

bool Parser::lookahead(Tok type) {
  int mark = mark_;
  bool ok = expect(type) != nullptr;
  mark_ = mark;
  return ok;
}

// CPython: Parser/pegen.c _PyPegen_get_last_nonnwhitespace_token.
const Token* Parser::last_nonwhitespace_token() {
  const Token* t = nullptr;
  for (int m = mark_ - 1; m >= 0; --m) {
    t = &tok(m);
    if (t->type != Tok::ENDMARKER &&
        (t->type != Tok::NEWLINE && t->type != Tok::INDENT && t->type != Tok::DEDENT)) {
      break;
    }
  }
  return t;
}

bool Parser::enter() {
  if (level_++ == kMaxStack) throw CompilerLimitError("MemoryError", "");
  return true;
}

bool Parser::memo_get(int rule, void*& result) {
  peek();
  for (int i = memo_heads_[static_cast<std::size_t>(mark_)]; i != -1; i = memos_[i].next) {
    if (memos_[i].rule == rule) {
      mark_ = memos_[i].end_mark;
      result = memos_[i].result;
      return true;
    }
  }
  return false;
}

void Parser::memo_put(int mark, int rule, void* result) {
  auto& head = memo_heads_[static_cast<std::size_t>(mark)];
  memos_.push_back({rule, mark_, result, head});
  head = static_cast<int>(memos_.size()) - 1;
}

// CPython: Parser/pegen.c _PyPegen_run_parser: a first pass without the invalid_* rules, then
// a second pass with them to find a specialised message.
template <class Rule>
auto Parser::run_passes(Rule rule) {
  auto on_error = [this](const SyntaxErrorException& e) {
    // Errors the parser raised (not the tokenizer) yield to a tokenizer error further on.
    if (lexer_.done() != TokDone::OK) throw e;
    SyntaxErrorInfo info = e.info();
    tokenize_full_source_to_check_for_errors(info);
    throw SyntaxErrorException(std::move(info));
  };
  try {
    if (auto result = (this->*rule)()) return result;
  } catch (const SyntaxErrorException& e) {
    on_error(e);
  }
  int last_token = static_cast<int>(tokens_.size()) - 1;
  for (auto& head : memo_heads_) head = -1;
  memos_.clear();
  mark_ = 0;
  call_invalid_rules_ = true;
  try {
    (this->*rule)();
  } catch (const SyntaxErrorException& e) {
    on_error(e);
  }
  set_syntax_error(last_token);
}

// file: [statements] ENDMARKER
ast::StmtList* Parser::file_rule() {
  Depth depth(this);
  int mark = mark_;
  ast::StmtList* a = statements();
  if (expect(Tok::ENDMARKER)) return a ? a : keep(ast::StmtList{});
  mark_ = mark;
  return nullptr;
}

// fstring: star_expressions
ast::expr* Parser::fstring_rule() {
  return star_expressions();
}

ast::StmtList Parser::run_file() {
  return *run_passes(&Parser::file_rule);
}

ast::expr* Parser::run_fstring() {
  return run_passes(&Parser::fstring_rule);
}

}  // namespace parser

}  // namespace al
