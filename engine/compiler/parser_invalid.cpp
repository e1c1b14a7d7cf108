// The invalid_* rules of CPython 3.11's Grammar/python.gram (except the parameter ones, in
// parser_params.cpp). They run only in the second pass; each either raises CPython's
// specialised SyntaxError or fails, leaving mark_ to its caller to restore.
//
// Sections: 1. calls and expressions  2. assignments and targets  3. displays and
//           comprehensions  4. compound statements
#include "engine/compiler/parser_impl.h"

namespace al::parser {

using namespace al::ast;

namespace {
// CPython: Parser/pegen.c _PyPegen_soft_keyword_token compares with strncmp over the token's
// length, so any prefix of a soft keyword ("c", "ma", ...) counts as one.
bool is_soft_keyword(std::string_view s) {
  for (std::string_view kw : {"_", "case", "match"}) {
    if (!s.empty() && s.size() <= kw.size() && kw.substr(0, s.size()) == s) return true;
  }
  return false;
}
}  // namespace

// ---------------------------------------------------------------- 1. calls and expressions

// invalid_arguments (CPython 3.11.7):
//     | ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ','
//        kwargs) | kwargs) ',' a='*'
//     | expression for_if_clauses ',' [args | expression for_if_clauses]
//     | NAME '=' expression for_if_clauses
//     | args for_if_clauses
//     | args ',' expression for_if_clauses
//     | args ',' args
void Parser::invalid_arguments() {
  int mark = mark_;
  {
    // The first alternative needs keyword arguments before the '*'; it reports at the '*'.
    Call* positional = args();
    bool have_kwargs = positional && !positional->keywords.empty();
    if (!have_kwargs) {
      mark_ = mark;
      have_kwargs = kwargs() != nullptr;
    }
    if (have_kwargs && expect(Tok::COMMA)) {
      if (const Token* a = expect(Tok::STAR)) {
        raise_at(span(a), "iterable argument unpacking follows keyword argument unpacking");
      }
    }
  }
  mark_ = mark;
  if (expr* a = expression()) {
    if (auto* b = for_if_clauses()) {
      if (expect(Tok::COMMA)) {
        int m = mark_;
        if (!args()) {
          mark_ = m;
          if (!(expression() && for_if_clauses())) mark_ = m;
        }
        raise_range(span(a), span(last_comprehension_item(b->back())),
                    "Generator expression must be parenthesized");
      }
    }
  }
  mark_ = mark;
  if (const Token* a = expect(Tok::NAME)) {
    if (const Token* b = expect(Tok::EQUAL)) {
      if (expression() && for_if_clauses()) {
        raise_range(span(a), span(b),
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
  }
  mark_ = mark;
  if (Call* a = args()) {
    if (auto* b = for_if_clauses()) nonparen_genexp_in_call(a, *b);
  }
  mark_ = mark;
  if (args() && expect(Tok::COMMA)) {
    if (expr* a = expression()) {
      if (auto* b = for_if_clauses()) {
        raise_range(span(a), span(last_comprehension_item(b->back())),
                    "Generator expression must be parenthesized");
      }
    }
  }
  mark_ = mark;
  if (Call* a = args()) {
    if (expect(Tok::COMMA) && args()) arguments_parsing_error(a);
  }
  mark_ = mark;
}

// invalid_kwarg:
//     | ('True'|'False'|'None') '='
//     | NAME '=' expression for_if_clauses
//     | !(NAME '=') expression '='
void Parser::invalid_kwarg() {
  int mark = mark_;
  const Token* a = peek();
  if (a->type == Tok::KW_TRUE || a->type == Tok::KW_FALSE || a->type == Tok::KW_NONE) {
    ++mark_;
    if (const Token* b = expect(Tok::EQUAL)) {
      raise_range(span(a), span(b), "cannot assign to " + std::string(text(a)));
    }
  }
  mark_ = mark;
  if (const Token* n = expect(Tok::NAME)) {
    if (const Token* b = expect(Tok::EQUAL)) {
      if (expression() && for_if_clauses()) {
        raise_range(span(n), span(b),
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
  }
  mark_ = mark;
  bool name_eq = expect(Tok::NAME) && expect(Tok::EQUAL);
  mark_ = mark;
  if (!name_eq) {
    if (expr* e = expression()) {
      if (const Token* b = expect(Tok::EQUAL)) {
        raise_range(span(e), span(b),
                    "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
    }
  }
  mark_ = mark;
}

// invalid_legacy_expression: NAME !'(' star_expressions
void Parser::invalid_legacy_expression() {
  int mark = mark_;
  if (Name* a = name_token()) {
    if (!lookahead(Tok::LPAR)) {
      if (expr* b = star_expressions()) {
        if (check_legacy_stmt(a)) {
          raise_range(
              span(a), span(b),
              "Missing parentheses in call to '" + a->id + "'. Did you mean " + a->id + "(...)?");
        }
      }
    }
  }
  mark_ = mark;
}

// invalid_expression:
//     | !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
//     | disjunction 'if' disjunction !('else'|':')
void Parser::invalid_expression() {
  int mark = mark_;
  bool excluded = false;
  if (const Token* n = expect(Tok::NAME)) {
    excluded = is_soft_keyword(text(n)) || lookahead(Tok::STRING);
  }
  mark_ = mark;
  if (!excluded) {
    if (expr* a = disjunction()) {
      if (expr* b = expression_without_invalid()) {
        if (!check_legacy_stmt(a) && tok(mark_ - 1).level != 0) {
          raise_range(span(a), span(b), "invalid syntax. Perhaps you forgot a comma?");
        }
      }
    }
  }
  mark_ = mark;
  if (expr* a = disjunction()) {
    if (expect(Tok::KW_IF)) {
      if (expr* b = disjunction()) {
        if (!lookahead(Tok::KW_ELSE) && !lookahead(Tok::COLON)) {
          raise_range(span(a), span(b), "expected 'else' after 'if' expression");
        }
      }
    }
  }
  mark_ = mark;
}

// invalid_named_expression (memo):
//     | expression ':=' expression
//     | NAME '=' bitwise_or !('='|':=')
//     | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
void Parser::invalid_named_expression() {
  void* memo;
  if (memo_get(M_invalid_named_expression, memo)) return;
  int mark = mark_;
  if (expr* a = expression()) {
    if (expect(Tok::COLONEQUAL) && expression()) {
      raise_at(span(a), std::string("cannot use assignment expressions with ") + expr_name(a));
    }
  }
  mark_ = mark;
  if (Name* a = name_token()) {
    if (expect(Tok::EQUAL)) {
      if (expr* b = bitwise_or()) {
        if (!lookahead(Tok::EQUAL) && !lookahead(Tok::COLONEQUAL)) {
          raise_range(span(a), span(b),
                      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
      }
    }
  }
  mark_ = mark;
  bool excluded = false;
  {
    Tok t = peek()->type;
    if (t == Tok::KW_TRUE || t == Tok::KW_NONE || t == Tok::KW_FALSE) excluded = true;
    if (!excluded && list()) excluded = true;
    mark_ = mark;
    if (!excluded && tuple()) excluded = true;
    mark_ = mark;
    if (!excluded && genexp()) excluded = true;
    mark_ = mark;
  }
  if (!excluded) {
    if (expr* a = bitwise_or()) {
      if (expect(Tok::EQUAL) && bitwise_or()) {
        if (!lookahead(Tok::EQUAL) && !lookahead(Tok::COLONEQUAL)) {
          raise_at(span(a), std::string("cannot assign to ") + expr_name(a) +
                                " here. Maybe you meant '==' instead of '='?");
        }
      }
    }
  }
  mark_ = mark;
  memo_put(mark, M_invalid_named_expression, nullptr);
}

// ---------------------------------------------------------------- 2. assignments and targets

// invalid_assignment:
//     | invalid_ann_assign_target ':' expression
//     | star_named_expression ',' star_named_expressions* ':' expression
//     | expression ':' expression
//     | (star_targets '=')* star_expressions '='
//     | (star_targets '=')* yield_expr '='
//     | star_expressions augassign (yield_expr | star_expressions)
void Parser::invalid_assignment() {
  int mark = mark_;
  if (expr* a = invalid_ann_assign_target()) {
    if (expect(Tok::COLON) && expression()) {
      raise_at(span(a),
               std::string("only single target (not ") + expr_name(a) + ") can be annotated");
    }
  }
  mark_ = mark;
  if (expr* a = star_named_expression()) {
    if (expect(Tok::COMMA)) {
      while (star_named_expressions()) {
      }
      if (expect(Tok::COLON) && expression()) {
        raise_at(span(a), "only single target (not tuple) can be annotated");
      }
    }
  }
  mark_ = mark;
  if (expr* a = expression()) {
    if (expect(Tok::COLON) && expression()) {
      raise_at(span(a), "illegal target for annotation");
    }
  }
  mark_ = mark;
  auto skip_targets = [this] {
    for (;;) {
      int m = mark_;
      if (star_targets() && expect(Tok::EQUAL)) continue;
      mark_ = m;
      break;
    }
  };
  skip_targets();
  if (expr* a = star_expressions()) {
    if (expect(Tok::EQUAL)) raise_invalid_target(TargetsType::STAR_TARGETS, a);
  }
  mark_ = mark;
  skip_targets();
  if (expr* a = yield_expr()) {
    if (expect(Tok::EQUAL)) raise_at(span(a), "assignment to yield expression not possible");
  }
  mark_ = mark;
  if (expr* a = star_expressions()) {
    Operator op;
    if (augassign(op)) {
      int m = mark_;
      bool rhs = yield_expr() != nullptr;
      if (!rhs) {
        mark_ = m;
        rhs = star_expressions() != nullptr;
      }
      if (rhs) {
        raise_at(span(a), std::string("'") + expr_name(a) +
                              "' is an illegal expression for augmented assignment");
      }
    }
  }
  mark_ = mark;
}

// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
expr* Parser::invalid_ann_assign_target() {
  int mark = mark_;
  if (expr* a = list()) return a;
  mark_ = mark;
  if (expr* a = tuple()) return a;
  mark_ = mark;
  if (expect(Tok::LPAR)) {
    if (expr* a = invalid_ann_assign_target()) {
      if (expect(Tok::RPAR)) return a;
    }
  }
  mark_ = mark;
  return nullptr;
}

// invalid_del_stmt: 'del' star_expressions
void Parser::invalid_del_stmt() {
  int mark = mark_;
  if (expect(Tok::KW_DEL)) {
    if (expr* a = star_expressions()) raise_invalid_target(TargetsType::DEL_TARGETS, a);
  }
  mark_ = mark;
}

// invalid_block: NEWLINE !INDENT
void Parser::invalid_block() {
  int mark = mark_;
  if (expect(Tok::NEWLINE) && !lookahead(Tok::INDENT)) {
    raise_error("IndentationError", "expected an indented block");
  }
  mark_ = mark;
}

// invalid_with_item: expression 'as' expression &(',' | ')' | ':')
void Parser::invalid_with_item() {
  int mark = mark_;
  if (expression() && expect(Tok::KW_AS)) {
    if (expr* a = expression()) {
      if (lookahead(Tok::COMMA) || lookahead(Tok::RPAR) || lookahead(Tok::COLON)) {
        raise_invalid_target(TargetsType::STAR_TARGETS, a);
      }
    }
  }
  mark_ = mark;
}

// invalid_for_target: ASYNC? 'for' star_expressions
void Parser::invalid_for_target() {
  int mark = mark_;
  expect(Tok::ASYNC);
  if (expect(Tok::KW_FOR)) {
    if (expr* a = star_expressions()) raise_invalid_target(TargetsType::FOR_TARGETS, a);
  }
  mark_ = mark;
}

// invalid_group: '(' starred_expression ')' | '(' '**' expression ')'
void Parser::invalid_group() {
  int mark = mark_;
  if (expect(Tok::LPAR)) {
    if (expr* a = starred_expression()) {
      if (expect(Tok::RPAR)) raise_at(span(a), "cannot use starred expression here");
    }
  }
  mark_ = mark;
  if (expect(Tok::LPAR)) {
    if (const Token* a = expect(Tok::DOUBLESTAR)) {
      if (expression() && expect(Tok::RPAR)) {
        raise_at(span(a), "cannot use double starred expression here");
      }
    }
  }
  mark_ = mark;
}

// invalid_import_from_targets: import_from_as_names ',' NEWLINE
void Parser::invalid_import_from_targets() {
  int mark = mark_;
  if (import_from_as_names() && expect(Tok::COMMA) && expect(Tok::NEWLINE)) {
    raise_error("SyntaxError", "trailing comma not allowed without surrounding parentheses");
  }
  mark_ = mark;
}

// ---------------------------------------------------------------- 3. displays and comprehensions

// invalid_comprehension:
//     | ('[' | '(' | '{') starred_expression for_if_clauses
//     | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
//     | ('[' | '{') star_named_expression ',' for_if_clauses
void Parser::invalid_comprehension() {
  int mark = mark_;
  Tok open = peek()->type;
  if (open != Tok::LSQB && open != Tok::LPAR && open != Tok::LBRACE) return;
  ++mark_;
  if (expr* a = starred_expression()) {
    if (for_if_clauses()) raise_at(span(a), "iterable unpacking cannot be used in comprehension");
  }
  mark_ = mark;
  if (open == Tok::LPAR) return;
  ++mark_;
  if (expr* a = star_named_expression()) {
    if (expect(Tok::COMMA)) {
      if (ExprList* b = star_named_expressions()) {
        if (for_if_clauses()) {
          raise_range(span(a), span(b->back()),
                      "did you forget parentheses around the comprehension target?");
        }
      }
    }
  }
  mark_ = mark + 1;
  if (expr* a = star_named_expression()) {
    if (const Token* b = expect(Tok::COMMA)) {
      if (for_if_clauses()) {
        raise_range(span(a), span(b),
                    "did you forget parentheses around the comprehension target?");
      }
    }
  }
  mark_ = mark;
}

// invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
void Parser::invalid_dict_comprehension() {
  int mark = mark_;
  if (expect(Tok::LBRACE)) {
    if (const Token* a = expect(Tok::DOUBLESTAR)) {
      if (bitwise_or() && for_if_clauses() && expect(Tok::RBRACE)) {
        raise_at(span(a), "dict unpacking cannot be used in dict comprehension");
      }
    }
  }
  mark_ = mark;
}

// invalid_double_starred_kvpairs:
//     | ','.double_starred_kvpair+ ',' invalid_kvpair
//     | expression ':' '*' bitwise_or
//     | expression ':' &('}'|',')
void Parser::invalid_double_starred_kvpairs() {
  int mark = mark_;
  std::vector<KeyValuePair*> pairs;
  if (gather(Tok::COMMA, &Parser::double_starred_kvpair, pairs) && expect(Tok::COMMA)) {
    invalid_kvpair();
  }
  mark_ = mark;
  invalid_kvpair_value();
}

// invalid_kvpair:
//     | expression !(':')
//     | expression ':' '*' bitwise_or
//     | expression ':' &('}'|',')
void Parser::invalid_kvpair() {
  int mark = mark_;
  if (expr* a = expression()) {
    if (!lookahead(Tok::COLON)) {
      raise_known_location("SyntaxError", a->lineno, a->end_col_offset, a->end_lineno, 0,
                           "':' expected after dictionary key");
    }
  }
  mark_ = mark;
  invalid_kvpair_value();
}

// The last two alternatives of both invalid_double_starred_kvpairs and invalid_kvpair:
//     | expression ':' '*' bitwise_or
//     | expression ':' &('}'|',')
void Parser::invalid_kvpair_value() {
  int mark = mark_;
  if (expression() && expect(Tok::COLON)) {
    if (const Token* a = expect(Tok::STAR)) {
      if (bitwise_or()) {
        raise_starting_from(span(a), "cannot use a starred expression in a dictionary value");
      }
    }
  }
  mark_ = mark;
  if (expression()) {
    if (const Token* a = expect(Tok::COLON)) {
      if (lookahead(Tok::RBRACE) || lookahead(Tok::COMMA)) {
        raise_at(span(a), "expression expected after dictionary key and ':'");
      }
    }
  }
  mark_ = mark;
}

// ---------------------------------------------------------------- 4. compound statements

// The end of the *_indent alternatives, ':' NEWLINE !INDENT, reported as an IndentationError
// "expected an indented block after <what> on line <lineno>".
void Parser::raise_if_no_block(const char* what, int lineno) {
  if (expect(Tok::COLON) && expect(Tok::NEWLINE) && !lookahead(Tok::INDENT)) {
    raise_error("IndentationError", std::string("expected an indented block after ") + what +
                                        " on line " + std::to_string(lineno));
  }
}

// ','.(expression ['as' star_target])+   or, with `expressions_items`,
// ','.(expressions ['as' star_target])+
bool Parser::with_items_loose(bool expressions_items) {
  auto item = [&]() {
    int m = mark_;
    expr* e = expressions_items ? expressions() : expression();
    if (!e) {
      mark_ = m;
      return false;
    }
    int m2 = mark_;
    if (!(expect(Tok::KW_AS) && star_target())) mark_ = m2;
    return true;
  };
  if (!item()) return false;
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA) || !item()) {
      mark_ = m;
      break;
    }
  }
  return true;
}

// invalid_with_stmt:
//     | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
//     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
void Parser::invalid_with_stmt() {
  int mark = mark_;
  expect(Tok::ASYNC);
  if (expect(Tok::KW_WITH) && with_items_loose(false) && expect(Tok::NEWLINE)) {
    raise_error("SyntaxError", "expected ':'");
  }
  mark_ = mark;
  expect(Tok::ASYNC);
  if (expect(Tok::KW_WITH) && expect(Tok::LPAR) && with_items_loose(true)) {
    expect(Tok::COMMA);
    if (expect(Tok::RPAR) && expect(Tok::NEWLINE)) raise_error("SyntaxError", "expected ':'");
  }
  mark_ = mark;
}

// invalid_with_stmt_indent:
//     | [ASYNC] 'with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
//     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
void Parser::invalid_with_stmt_indent() {
  int mark = mark_;
  expect(Tok::ASYNC);
  if (const Token* a = expect(Tok::KW_WITH)) {
    if (with_items_loose(false)) raise_if_no_block("'with' statement", a->lineno);
  }
  mark_ = mark;
  expect(Tok::ASYNC);
  if (const Token* a = expect(Tok::KW_WITH)) {
    if (expect(Tok::LPAR) && with_items_loose(true)) {
      expect(Tok::COMMA);
      if (expect(Tok::RPAR)) raise_if_no_block("'with' statement", a->lineno);
    }
  }
  mark_ = mark;
}

// invalid_try_stmt:
//     | 'try' ':' NEWLINE !INDENT
//     | 'try' ':' block !('except' | 'finally')
//     | 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
//     | 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
void Parser::invalid_try_stmt() {
  int mark = mark_;
  if (const Token* a = expect(Tok::KW_TRY)) {
    raise_if_no_block("'try' statement", a->lineno);
  }
  mark_ = mark;
  if (expect(Tok::KW_TRY) && expect(Tok::COLON) && block()) {
    if (!lookahead(Tok::KW_EXCEPT) && !lookahead(Tok::KW_FINALLY)) {
      raise_error("SyntaxError", "expected 'except' or 'finally' block");
    }
  }
  mark_ = mark;
  if (expect(Tok::KW_TRY) && expect(Tok::COLON)) {
    while (block()) {
    }
    bool any = false;
    while (except_block()) any = true;
    if (any) {
      const Token* a = expect(Tok::KW_EXCEPT);
      const Token* b = a ? expect(Tok::STAR) : nullptr;
      if (b && expression()) {
        optional_as_name();
        if (expect(Tok::COLON)) {
          raise_range(span(a), span(b),
                      "cannot have both 'except' and 'except*' on the same 'try'");
        }
      }
    }
  }
  mark_ = mark;
  if (expect(Tok::KW_TRY) && expect(Tok::COLON)) {
    while (block()) {
    }
    bool any = false;
    while (except_star_block()) any = true;
    if (any) {
      if (const Token* a = expect(Tok::KW_EXCEPT)) {
        int m = mark_;
        if (expression())
          optional_as_name();
        else
          mark_ = m;
        if (expect(Tok::COLON)) {
          raise_at(span(a), "cannot have both 'except' and 'except*' on the same 'try'");
        }
      }
    }
  }
  mark_ = mark;
}

// invalid_except_stmt:
//     | 'except' '*'? expression ',' expressions ['as' NAME ] ':'
//     | 'except' '*'? expression ['as' NAME ] NEWLINE
//     | 'except' NEWLINE
//     | 'except' '*' (NEWLINE | ':')
void Parser::invalid_except_stmt() {
  int mark = mark_;
  if (expect(Tok::KW_EXCEPT)) {
    expect(Tok::STAR);
    if (expr* a = expression()) {
      if (expect(Tok::COMMA) && expressions()) {
        optional_as_name();
        if (expect(Tok::COLON)) {
          raise_starting_from(span(a), "multiple exception types must be parenthesized");
        }
      }
    }
  }
  mark_ = mark;
  if (expect(Tok::KW_EXCEPT)) {
    expect(Tok::STAR);
    if (expression()) {
      optional_as_name();
      if (expect(Tok::NEWLINE)) raise_error("SyntaxError", "expected ':'");
    }
  }
  mark_ = mark;
  if (expect(Tok::KW_EXCEPT) && expect(Tok::NEWLINE)) raise_error("SyntaxError", "expected ':'");
  mark_ = mark;
  if (expect(Tok::KW_EXCEPT) && expect(Tok::STAR)) {
    if (expect(Tok::NEWLINE) || expect(Tok::COLON)) {
      raise_error("SyntaxError", "expected one or more exception types");
    }
  }
  mark_ = mark;
}

// invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT
void Parser::invalid_finally_stmt() {
  int mark = mark_;
  if (const Token* a = expect(Tok::KW_FINALLY)) {
    raise_if_no_block("'finally' statement", a->lineno);
  }
  mark_ = mark;
}

// invalid_except_stmt_indent:
//     | 'except' expression ['as' NAME ] ':' NEWLINE !INDENT
//     | 'except' ':' NEWLINE !INDENT
void Parser::invalid_except_stmt_indent() {
  int mark = mark_;
  if (const Token* a = expect(Tok::KW_EXCEPT)) {
    if (expression()) {
      optional_as_name();
      raise_if_no_block("'except' statement", a->lineno);
    }
  }
  mark_ = mark;
  if (const Token* a = expect(Tok::KW_EXCEPT)) {
    raise_if_no_block("'except' statement", a->lineno);
  }
  mark_ = mark;
}

// invalid_except_star_stmt_indent: 'except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT
void Parser::invalid_except_star_stmt_indent() {
  int mark = mark_;
  if (const Token* a = expect(Tok::KW_EXCEPT)) {
    if (expect(Tok::STAR) && expression()) {
      optional_as_name();
      raise_if_no_block("'except*' statement", a->lineno);
    }
  }
  mark_ = mark;
}

// invalid_if_stmt: 'if' named_expression NEWLINE | 'if' named_expression ':' NEWLINE !INDENT
// (the grammar names the expression `a` too, so its line is the one reported)
void Parser::invalid_if_stmt() {
  int mark = mark_;
  if (expect(Tok::KW_IF) && named_expression() && expect(Tok::NEWLINE)) {
    raise_error("SyntaxError", "expected ':'");
  }
  mark_ = mark;
  if (expect(Tok::KW_IF)) {
    if (expr* a = named_expression()) {
      raise_if_no_block("'if' statement", a->lineno);
    }
  }
  mark_ = mark;
}

// invalid_elif_stmt: 'elif' named_expression NEWLINE | 'elif' named_expression ':' NEWLINE !INDENT
void Parser::invalid_elif_stmt() {
  invalid_condition_stmt(Tok::KW_ELIF, "'elif' statement");
}

// invalid_else_stmt: 'else' ':' NEWLINE !INDENT
void Parser::invalid_else_stmt() {
  int mark = mark_;
  if (const Token* a = expect(Tok::KW_ELSE)) {
    raise_if_no_block("'else' statement", a->lineno);
  }
  mark_ = mark;
}

// invalid_while_stmt: 'while' named_expression NEWLINE | 'while' named_expression ':' NEWLINE
// !INDENT
void Parser::invalid_while_stmt() {
  invalid_condition_stmt(Tok::KW_WHILE, "'while' statement");
}

// The shape of invalid_elif_stmt and invalid_while_stmt (and of invalid_if_stmt, which reports
// the expression's line instead of the keyword's):
//     keyword named_expression NEWLINE | keyword named_expression ':' NEWLINE !INDENT
void Parser::invalid_condition_stmt(Tok keyword, const char* what) {
  int mark = mark_;
  if (expect(keyword) && named_expression() && expect(Tok::NEWLINE)) {
    raise_error("SyntaxError", "expected ':'");
  }
  mark_ = mark;
  if (const Token* a = expect(keyword)) {
    if (named_expression()) raise_if_no_block(what, a->lineno);
  }
  mark_ = mark;
}

// invalid_for_stmt:
//     | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
//     | [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
void Parser::invalid_for_stmt() {
  int mark = mark_;
  expect(Tok::ASYNC);
  if (expect(Tok::KW_FOR) && star_targets() && expect(Tok::KW_IN) && star_expressions() &&
      expect(Tok::NEWLINE)) {
    raise_error("SyntaxError", "expected ':'");
  }
  mark_ = mark;
  expect(Tok::ASYNC);
  if (const Token* a = expect(Tok::KW_FOR)) {
    if (star_targets() && expect(Tok::KW_IN) && star_expressions()) {
      raise_if_no_block("'for' statement", a->lineno);
    }
  }
  mark_ = mark;
}

// invalid_def_raw: [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
void Parser::invalid_def_raw() {
  int mark = mark_;
  expect(Tok::ASYNC);
  if (const Token* a = expect(Tok::KW_DEF)) {
    if (expect(Tok::NAME) && expect(Tok::LPAR)) {
      int m = mark_;
      if (!params()) mark_ = m;
      if (expect(Tok::RPAR)) {
        optional_after(Tok::RARROW, &Parser::expression);
        raise_if_no_block("function definition", a->lineno);
      }
    }
  }
  mark_ = mark;
}

// invalid_class_def_raw:
//     | 'class' NAME ['(' [arguments] ')'] NEWLINE
//     | 'class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
void Parser::invalid_class_def_raw() {
  int mark = mark_;
  auto optional_bases = [this] {
    int m = mark_;
    if (expect(Tok::LPAR)) {
      int m2 = mark_;
      if (!arguments()) mark_ = m2;
      if (expect(Tok::RPAR)) return;
    }
    mark_ = m;
  };
  if (expect(Tok::KW_CLASS) && expect(Tok::NAME)) {
    optional_bases();
    if (expect(Tok::NEWLINE)) raise_error("SyntaxError", "expected ':'");
  }
  mark_ = mark;
  if (const Token* a = expect(Tok::KW_CLASS)) {
    if (expect(Tok::NAME)) {
      optional_bases();
      raise_if_no_block("class definition", a->lineno);
    }
  }
  mark_ = mark;
}

}  // namespace al::parser
