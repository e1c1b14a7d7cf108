// The parser's internals: a hand-written port of CPython 3.11's PEG grammar
// (Grammar/python.gram), rule for rule, with its two passes: the second pass enables the
// invalid_* rules that produce CPython's specialised error messages.
//
// Sections: 1. intermediate results  2. the Parser class (tokens, errors, rules)
//           3. shapes shared by many rules (gathers, optional clauses)
#pragma once

#include <deque>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

#include "engine/compiler/ast.h"
#include "engine/compiler/lexer.h"
#include "engine/compiler/source.h"

namespace al::parser {

// ---------------------------------------------------------------- 1. intermediate results

struct NameDefaultPair {  // CPython: NameDefaultPair
  ast::Arg* arg;
  ast::expr* value;
};

struct SlashWithDefault {  // CPython: SlashWithDefault
  std::vector<ast::Arg*> plain_names;
  std::vector<NameDefaultPair*> names_with_defaults;
};

struct StarEtc {  // CPython: StarEtc
  ast::Arg* vararg = nullptr;
  std::vector<NameDefaultPair*> kwonlyargs;
  ast::Arg* kwarg = nullptr;
};

struct KeyValuePair {  // CPython: KeyValuePair (key null for **value)
  ast::expr* key;
  ast::expr* value;
};

struct CmpopExprPair {
  ast::CmpOp op;
  ast::expr* expr;
};

struct KeywordOrStarred {  // CPython: KeywordOrStarred
  ast::Node* element;
  bool is_keyword;
};

// One operator of a binary-operator level (bitwise_or ... term): its token and its AST operator.
struct BinaryOperatorToken {
  Tok token;
  ast::Operator op;
};

// Where a node or token is, for error reporting (0-based byte columns).
struct Span {
  int lineno, col_offset, end_lineno, end_col_offset;
};

enum class TargetsType { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS };

enum class StartRule { File, FString };

// ---------------------------------------------------------------- 2. the Parser class

class Parser {
 public:
  // `starting_*` shift positions on the first line, for f-string expressions parsed apart.
  Parser(const Source& source, ast::Arena& arena, StartRule start, int first_lineno = 0,
         int starting_lineno = 0, int starting_col_offset = 0);

  // CPython: Parser/pegen.c _PyPegen_run_parser. Throws SyntaxErrorException.
  ast::StmtList run_file();
  ast::expr* run_fstring();

 private:
  friend struct StringParser;

  // --- tokens (parser_core.cpp)
  void fill_token();
  const Token& tok(int i) { return tokens_[static_cast<std::size_t>(i)]; }
  const Token* peek();
  const Token* expect(Tok type);
  bool at(Tok type) { return peek()->type == type; }
  bool lookahead(Tok type);
  const Token* last_nonwhitespace_token();
  std::string_view text(const Token* t) const { return lexer_.token_text(*t); }
  template <class T>
  T* node(int start_mark);  // a located node spanning start..last token
  template <class T>
  T* make() {
    return arena_.make<T>();
  }
  bool enter();
  void leave() { --level_; }
  // Counts nesting like CPython's p->level, so absurd nesting raises MemoryError, not a crash.
  struct Depth {
    explicit Depth(Parser* p) : parser(p) { parser->enter(); }
    ~Depth() { parser->leave(); }
    Depth(const Depth&) = delete;
    Depth& operator=(const Depth&) = delete;
    Parser* parser;
  };

  // --- memo (parser_core.cpp)
  enum MemoRule : int {
    M_simple_stmt,
    M_block,
    M_expression,
    M_star_expression,
    M_disjunction,
    M_conjunction,
    M_inversion,
    M_factor,
    M_await_primary,
    M_strings,
    M_arguments,
    M_star_target,
    M_target_with_star_atom,
    M_del_target,
    M_invalid_named_expression,
    M_bitwise_or,
    M_bitwise_xor,
    M_bitwise_and,
    M_shift_expr,
    M_sum,
    M_term,
    M_primary,
    M_t_primary,
    M_dotted_name,
  };
  bool memo_get(int rule, void*& result);
  void memo_put(int mark, int rule, void* result);
  template <class T, class F>
  T* memoized(MemoRule rule, F body);

  // --- shapes shared by many rules (section 3 below)
  template <class F>
  auto call(F rule);
  template <class T, class F>
  bool gather(Tok sep, F elem, std::vector<T>& out);
  template <class F>
  auto comma_list(F elem);
  template <class F>
  ast::expr* tuple_or_single(F elem, ast::ExprContext ctx);
  template <class F>
  auto optional_after(Tok keyword, F rule);
  template <class Seq, class F>
  ast::expr* bracketed_sequence(Tok open, F elements, Tok close, ast::ExprContext ctx);
  std::optional<std::string> optional_as_name();
  void expect_forced(Tok type, const char* expected);
  template <class F>
  void run_invalid(F invalid_rule, int mark);
  template <class F>
  auto after(Tok token, F rule);

  // --- errors (parser_errors.cpp)
  [[noreturn]] void raise_known_location(const char* kind, int lineno, int col_offset,
                                         int end_lineno, int end_col_offset,
                                         const std::string& msg);
  [[noreturn]] void raise_error(const char* kind, const std::string& msg);
  [[noreturn]] void raise_at(const Span& a, const std::string& msg);
  [[noreturn]] void raise_range(const Span& a, const Span& b, const std::string& msg);
  [[noreturn]] void raise_starting_from(const Span& a, const std::string& msg);
  void raise_invalid_target(TargetsType type, ast::expr* e);
  void tokenizer_error();
  [[noreturn]] void raise_unclosed_parentheses_error();
  SyntaxErrorInfo error_info(const char* kind, int lineno, int col_offset, int end_lineno,
                             int end_col_offset, const std::string& msg);
  void tokenize_full_source_to_check_for_errors(SyntaxErrorInfo& error);
  [[noreturn]] void set_syntax_error(int last_token);
  template <class Rule>
  auto run_passes(Rule rule);
  ast::StmtList* file_rule();
  ast::expr* fstring_rule();
  static Span span(const Token* t) {
    return {t->lineno, t->col_offset, t->end_lineno, t->end_col_offset};
  }
  static Span span(const ast::Located* n) {
    return {n->lineno, n->col_offset, n->end_lineno, n->end_col_offset};
  }

  // --- actions (parser_actions.cpp): CPython's Parser/action_helpers.c
  ast::Name* name_token();
  std::string identifier(const Token* t) const;
  ast::expr* number_token();
  ast::expr* set_expr_context(ast::expr* e, ast::ExprContext ctx);
  ast::arguments* make_arguments(std::vector<ast::Arg*>* slash_without_default,
                                 SlashWithDefault* slash_with_default,
                                 std::vector<ast::Arg*>* plain_names,
                                 std::vector<NameDefaultPair*>* names_with_default,
                                 StarEtc* star_etc);
  ast::arguments* empty_arguments();
  ast::Call* collect_call_seqs(ast::ExprList& a, std::vector<KeywordOrStarred*>* b, int start_mark);
  ast::Call* call_from_kwargs(std::vector<KeywordOrStarred*>& a, int start_mark);
  ast::expr* concatenate_strings(const std::vector<const Token*>& tokens);
  ast::expr* attribute_node(int start_mark, ast::expr* value, const Token* name,
                            ast::ExprContext ctx);
  ast::expr* subscript_node(int start_mark, ast::expr* value, ast::expr* slice,
                            ast::ExprContext ctx);
  ast::expr* call_node(int start_mark, ast::expr* func, ast::Call* arguments);
  ast::expr* genexp_call_node(int start_mark, ast::expr* func, ast::expr* genexp);
  static const char* expr_name(const ast::expr* e);
  static ast::expr* get_invalid_target(ast::expr* e, TargetsType type);
  bool check_legacy_stmt(const ast::expr* name);
  ast::stmt* with_decorators(ast::ExprList& decorators, ast::stmt* def);
  static ast::expr* last_comprehension_item(const ast::comprehension* c);
  void nonparen_genexp_in_call(ast::Call* args, std::vector<ast::comprehension*>& comprehensions);
  void arguments_parsing_error(ast::Call* e);

  // --- statements (parser_statements.cpp)
  ast::StmtList* statements();
  ast::StmtList* statement();
  ast::StmtList* simple_stmts();
  ast::stmt* simple_stmt();
  ast::stmt* compound_stmt();
  void match_stmt();
  ast::stmt* assignment();
  ast::stmt* annotated_assignment(int start_mark, ast::expr* target, int simple);
  ast::expr* annotated_rhs();
  bool augassign(ast::Operator& op);
  ast::stmt* return_stmt();
  ast::stmt* raise_stmt();
  ast::stmt* global_stmt();
  ast::stmt* nonlocal_stmt();
  template <class Stmt>
  ast::stmt* names_stmt(Tok keyword);
  ast::stmt* del_stmt();
  ast::stmt* yield_stmt();
  ast::stmt* assert_stmt();
  ast::stmt* import_stmt();
  ast::stmt* import_name();
  ast::stmt* import_from();
  std::vector<ast::alias*>* import_from_targets();
  std::vector<ast::alias*>* import_from_as_names();
  ast::alias* import_from_as_name();
  std::vector<ast::alias*>* dotted_as_names();
  ast::alias* dotted_as_name();
  ast::Name* dotted_name();
  ast::StmtList* block();
  ast::ExprList* decorators();
  ast::stmt* class_def();
  ast::stmt* class_def_raw();
  ast::stmt* function_def();
  ast::stmt* function_def_raw();
  ast::stmt* if_stmt();
  ast::stmt* elif_stmt();
  ast::stmt* if_branch(Tok keyword);
  ast::StmtList* else_block();
  ast::StmtList* forced_colon_block(Tok keyword);
  ast::stmt* while_stmt();
  ast::stmt* for_stmt();
  ast::stmt* with_stmt();
  ast::withitem* with_item();
  ast::stmt* try_stmt();
  ast::ExceptHandler* except_block();
  ast::ExceptHandler* except_star_block();
  ast::ExceptHandler* except_clause(int start_mark);
  ast::StmtList* finally_block();

  // --- parameters (parser_params.cpp): `lam` selects the lambda_* twin of each rule
  ast::arguments* params();
  ast::arguments* lambda_params();
  ast::arguments* parameters(bool lam);
  std::vector<ast::Arg*>* slash_no_default(bool lam);
  SlashWithDefault* slash_with_default(bool lam);
  StarEtc* star_etc(bool lam);
  ast::Arg* kwds(bool lam);
  ast::Arg* param_no_default(bool lam);
  ast::Arg* param_no_default_star_annotation();
  NameDefaultPair* param_with_default(bool lam);
  NameDefaultPair* param_maybe_default(bool lam);
  ast::Arg* param(bool lam);
  ast::Arg* param_star_annotation();
  ast::expr* annotation();
  ast::expr* star_annotation();
  ast::expr* default_();
  void invalid_parameters(bool lam);
  bool invalid_parameters_helper(bool lam);
  void invalid_default();
  void invalid_star_etc(bool lam);
  void invalid_kwds(bool lam);

  // --- expressions (parser_expressions.cpp)
  ast::expr* expressions();
  ast::expr* expression();
  ast::expr* expression_without_invalid();
  ast::expr* expression_alternatives();
  ast::expr* yield_expr();
  ast::expr* star_expressions();
  ast::expr* star_expression();
  ast::ExprList* star_named_expressions();
  ast::expr* star_named_expression();
  ast::expr* assignment_expression();
  ast::expr* named_expression();
  ast::expr* disjunction();
  ast::expr* conjunction();
  ast::expr* bool_op_level(MemoRule rule, ast::expr* (Parser::*operand)(), Tok keyword,
                           ast::BoolOperator op);
  ast::expr* inversion();
  ast::expr* comparison();
  CmpopExprPair* compare_op_bitwise_or_pair();
  ast::expr* binary_level(MemoRule rule, ast::expr* (Parser::*operand)(),
                          std::span<const BinaryOperatorToken> operators);
  ast::expr* bitwise_or();
  ast::expr* bitwise_xor();
  ast::expr* bitwise_and();
  ast::expr* shift_expr();
  ast::expr* sum();
  ast::expr* term();
  ast::expr* factor();
  ast::expr* power();
  ast::expr* await_primary();
  ast::expr* primary();
  ast::expr* slices();
  ast::expr* slice();
  ast::expr* atom();
  ast::expr* group();
  ast::expr* lambdef();
  ast::expr* strings();
  ast::expr* list();
  ast::expr* tuple();
  ast::expr* set();
  ast::expr* dict();
  std::vector<KeyValuePair*>* double_starred_kvpairs();
  KeyValuePair* double_starred_kvpair();
  KeyValuePair* kvpair();
  std::vector<ast::comprehension*>* for_if_clauses();
  ast::comprehension* for_if_clause();
  ast::expr* listcomp();
  ast::expr* setcomp();
  ast::expr* genexp();
  ast::expr* assignment_expression_or_expression();
  template <class Comp, class F>
  ast::expr* comprehension_display(Tok open, F element, Tok close);
  ast::expr* dictcomp();
  ast::Call* arguments();
  ast::Call* args();
  std::vector<KeywordOrStarred*>* kwargs();
  ast::expr* starred_expression();
  KeywordOrStarred* kwarg_or_starred();
  KeywordOrStarred* kwarg_or_double_starred();
  KeywordOrStarred* kwarg_name_value();

  // --- targets (parser_targets.cpp)
  ast::expr* star_targets();
  ast::ExprList* star_targets_list_seq();
  ast::ExprList* star_targets_tuple_seq();
  ast::expr* star_target();
  ast::expr* target_with_star_atom();
  ast::expr* star_atom();
  ast::expr* single_target();
  ast::expr* single_subscript_attribute_target();
  ast::expr* subscript_attribute_target(ast::ExprContext ctx);
  ast::expr* t_primary();
  bool t_lookahead();
  ast::ExprList* del_targets();
  ast::expr* del_target();
  ast::expr* del_t_atom();

  // --- invalid rules (parser_invalid.cpp): only called in the second pass
  void invalid_arguments();
  void invalid_kwarg();
  void invalid_legacy_expression();
  void invalid_expression();
  void invalid_named_expression();
  void invalid_assignment();
  ast::expr* invalid_ann_assign_target();
  void invalid_del_stmt();
  void invalid_block();
  void invalid_comprehension();
  void invalid_dict_comprehension();
  void invalid_with_item();
  void invalid_for_target();
  void invalid_group();
  void invalid_import_from_targets();
  void invalid_with_stmt();
  void invalid_with_stmt_indent();
  void invalid_try_stmt();
  void invalid_except_stmt();
  void invalid_finally_stmt();
  void invalid_except_stmt_indent();
  void invalid_except_star_stmt_indent();
  void invalid_if_stmt();
  void invalid_elif_stmt();
  void invalid_else_stmt();
  void invalid_while_stmt();
  void invalid_condition_stmt(Tok keyword, const char* what);
  void raise_if_no_block(const char* what, int lineno);
  void invalid_for_stmt();
  void invalid_def_raw();
  void invalid_class_def_raw();
  void invalid_double_starred_kvpairs();
  void invalid_kvpair();
  void invalid_kvpair_value();
  bool with_items_loose(bool expressions_items);

  // --- state
  const Source& source_;
  ast::Arena& arena_;
  Lexer lexer_;
  StartRule start_rule_;
  int starting_lineno_;
  int starting_col_offset_;
  std::deque<Token> tokens_;
  int mark_ = 0;
  int level_ = 0;
  bool call_invalid_rules_ = false;

  struct Memo {
    int rule;
    int end_mark;
    void* result;
    int next;  // index of the next entry for the same token, or -1
  };
  std::vector<Memo> memos_;
  std::vector<int> memo_heads_;  // per token: first memo entry, or -1

  // Intermediate results live until the parse ends, so memoised pointers stay valid while
  // the parser backtracks.
  struct HolderBase {
    virtual ~HolderBase() = default;
  };
  template <class T>
  struct Holder : HolderBase {
    explicit Holder(T v) : value(std::move(v)) {}
    T value;
  };
  template <class T>
  T* keep(T value) {
    auto holder = std::make_unique<Holder<T>>(std::move(value));
    T* result = &holder->value;
    holders_.push_back(std::move(holder));
    return result;
  }
  std::vector<std::unique_ptr<HolderBase>> holders_;
};

}  // namespace al::parser

namespace al::parser {

// ---------------------------------------------------------------- 3. shapes shared by many rules

// A (memo) rule: its result at a position is computed once per pass and replayed after that
// (CPython: _PyPegen_is_memoized, _PyPegen_insert_memo). `body` gets the start mark.
template <class T, class F>
T* Parser::memoized(MemoRule rule, F body) {
  void* memo;
  if (memo_get(rule, memo)) return static_cast<T*>(memo);
  int mark = mark_;
  T* res = body(mark);
  memo_put(mark, rule, res);
  return res;
}

// Runs a rule given as a member function (&Parser::star_target) or as a callable (a lambda for
// a parenthesised group of the grammar).
template <class F>
auto Parser::call(F rule) {
  if constexpr (std::is_member_function_pointer_v<F>) {
    return (this->*rule)();
  } else {
    return rule();
  }
}

// A gather `sep.elem+`: elem (sep elem)*, appended to `out`. A separator that no element
// follows is left unconsumed, for the rule's optional trailing separator.
template <class T, class F>
bool Parser::gather(Tok sep, F elem, std::vector<T>& out) {
  T first = call(elem);
  if (!first) return false;
  out.push_back(first);
  for (;;) {
    int m = mark_;
    if (!expect(sep)) break;
    T next = call(elem);
    if (!next) {
      mark_ = m;
      break;
    }
    out.push_back(next);
  }
  return true;
}

// `','.elem+ [',']`, kept until the parse ends; nullptr when there is no element.
template <class F>
auto Parser::comma_list(F elem) {
  using List = std::vector<decltype(call(elem))>;
  List out;
  if (!gather(Tok::COMMA, elem, out)) return static_cast<List*>(nullptr);
  expect(Tok::COMMA);
  return keep(std::move(out));
}

// `elem (',' elem)+ [','] | elem ',' | elem` (expressions, star_expressions, star_targets): the
// element alone, or a Tuple in context `ctx` once a comma follows it.
template <class F>
ast::expr* Parser::tuple_or_single(F elem, ast::ExprContext ctx) {
  int mark = mark_;
  ast::ExprList elts;
  if (!gather(Tok::COMMA, elem, elts)) return nullptr;
  if (!expect(Tok::COMMA) && elts.size() == 1) return elts[0];
  auto* t = node<ast::Tuple>(mark);
  t->elts = std::move(elts);
  t->ctx = ctx;
  return t;
}

// An `invalid_*` alternative: tried only in the second pass, where it raises the specialised
// SyntaxError or matches nothing; either way the rule goes on from `mark`.
template <class F>
void Parser::run_invalid(F invalid_rule, int mark) {
  if (!call_invalid_rules_) return;
  call(invalid_rule);
  mark_ = mark;
}

// `token rule`: the rule's result, or nullptr with nothing consumed.
template <class F>
auto Parser::after(Tok token, F rule) {
  int mark = mark_;
  if (expect(token)) {
    if (auto result = call(rule)) return result;
  }
  mark_ = mark;
  return static_cast<decltype(call(rule))>(nullptr);
}

// `[keyword rule]`: the rule's result after `keyword`, or nullptr with nothing consumed.
template <class F>
auto Parser::optional_after(Tok keyword, F rule) {
  int mark = mark_;
  decltype(call(rule)) result = nullptr;
  if (expect(keyword) && !(result = call(rule))) mark_ = mark;
  return result;
}

// `open [elements] close` as a List or Tuple `Seq` in context `ctx` (list, star_atom,
// del_t_atom), or nullptr with nothing consumed.
template <class Seq, class F>
ast::expr* Parser::bracketed_sequence(Tok open, F elements, Tok close, ast::ExprContext ctx) {
  int mark = mark_;
  if (expect(open)) {
    int m = mark_;
    ast::ExprList* a = call(elements);
    if (!a) mark_ = m;
    if (expect(close)) {
      auto* l = node<Seq>(mark);
      if (a) l->elts = *a;
      l->ctx = ctx;
      return l;
    }
  }
  mark_ = mark;
  return nullptr;
}

// A located node from the token at `start_mark` to the last token consumed (CPython's EXTRA).
template <class T>
T* Parser::node(int start_mark) {
  T* n = arena_.make<T>();
  const Token& s = tok(start_mark);
  const Token* e = last_nonwhitespace_token();
  n->lineno = s.lineno;
  n->col_offset = s.col_offset;
  n->end_lineno = e->end_lineno;
  n->end_col_offset = e->end_col_offset;
  return n;
}

}  // namespace al::parser
