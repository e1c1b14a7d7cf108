// Statement rules of CPython 3.11's Grammar/python.gram ("GENERAL STATEMENTS", "SIMPLE
// STATEMENTS", "COMPOUND STATEMENTS"), one function per rule, alternatives in grammar order.
// A rule that fails leaves mark_ where it found it.
//
// Sections: 1. statement lists  2. simple statements  3. imports  4. blocks and definitions
//           5. if/while/for/with  6. try
#include "engine/compiler/parser_impl.h"

namespace al::parser {

using namespace al::ast;

// ---------------------------------------------------------------- 1. statement lists

// statements: statement+
StmtList* Parser::statements() {
  Depth depth(this);
  Depth loop_depth(this);  // CPython's helper rule for `statement+`
  StmtList out;
  bool any = false;
  while (StmtList* s = statement()) {
    any = true;
    out.insert(out.end(), s->begin(), s->end());
  }
  return any ? keep(std::move(out)) : nullptr;
}

// statement: compound_stmt | simple_stmts
StmtList* Parser::statement() {
  Depth depth(this);
  if (stmt* a = compound_stmt()) return keep(StmtList{a});
  return simple_stmts();
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
StmtList* Parser::simple_stmts() {
  Depth depth(this);
  int mark = mark_;
  if (stmt* a = simple_stmt()) {
    if (!lookahead(Tok::SEMI) && expect(Tok::NEWLINE)) return keep(StmtList{a});
  }
  mark_ = mark;
  StmtList out;
  if (gather(Tok::SEMI, &Parser::simple_stmt, out)) {
    expect(Tok::SEMI);
    if (expect(Tok::NEWLINE)) return keep(std::move(out));
  }
  mark_ = mark;
  return nullptr;
}

// simple_stmt (memo): assignment | star_expressions | &'return' return_stmt | ...
stmt* Parser::simple_stmt() {
  Depth depth(this);
  return memoized<stmt>(M_simple_stmt, [&](int mark) -> stmt* {
    if (stmt* a = assignment()) return a;
    mark_ = mark;
    if (expr* e = star_expressions()) {
      auto* s = node<Expr>(mark);
      s->value = e;
      return s;
    }
    mark_ = mark;
    stmt* res = nullptr;
    switch (peek()->type) {
      case Tok::KW_RETURN:
        res = return_stmt();
        break;
      case Tok::KW_IMPORT:
      case Tok::KW_FROM:
        res = import_stmt();
        break;
      case Tok::KW_RAISE:
        res = raise_stmt();
        break;
      case Tok::KW_PASS:
        ++mark_;
        res = node<Pass>(mark);
        break;
      case Tok::KW_DEL:
        res = del_stmt();
        break;
      case Tok::KW_YIELD:
        res = yield_stmt();
        break;
      case Tok::KW_ASSERT:
        res = assert_stmt();
        break;
      case Tok::KW_BREAK:
        ++mark_;
        res = node<Break>(mark);
        break;
      case Tok::KW_CONTINUE:
        ++mark_;
        res = node<Continue>(mark);
        break;
      case Tok::KW_GLOBAL:
        res = global_stmt();
        break;
      case Tok::KW_NONLOCAL:
        res = nonlocal_stmt();
        break;
      default:
        break;
    }
    if (!res) mark_ = mark;
    return res;
  });
}

// compound_stmt: &('def' | '@' | ASYNC) function_def | &'if' if_stmt | ...
stmt* Parser::compound_stmt() {
  Depth depth(this);
  int mark = mark_;
  Tok t = peek()->type;
  stmt* res = nullptr;
  if (t == Tok::KW_DEF || t == Tok::AT || t == Tok::ASYNC) {
    if ((res = function_def())) return res;
    mark_ = mark;
  }
  if (t == Tok::KW_IF) {
    if ((res = if_stmt())) return res;
    mark_ = mark;
  }
  if (t == Tok::KW_CLASS || t == Tok::AT) {
    if ((res = class_def())) return res;
    mark_ = mark;
  }
  if (t == Tok::KW_WITH || t == Tok::ASYNC) {
    if ((res = with_stmt())) return res;
    mark_ = mark;
  }
  if (t == Tok::KW_FOR || t == Tok::ASYNC) {
    if ((res = for_stmt())) return res;
    mark_ = mark;
  }
  if (t == Tok::KW_TRY) {
    if ((res = try_stmt())) return res;
    mark_ = mark;
  }
  if (t == Tok::KW_WHILE) {
    if ((res = while_stmt())) return res;
    mark_ = mark;
  }
  if (t == Tok::NAME && text(peek()) == "match") match_stmt();
  return nullptr;
}

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
// Pattern matching is outside awaitlab's subset: a statement that starts like one (up to the
// first "case") is reported as unsupported instead of being parsed.
void Parser::match_stmt() {
  int mark = mark_;
  const Token* kw = expect(Tok::NAME);
  // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
  bool subject = false;
  if (star_named_expression() && expect(Tok::COMMA)) {
    star_named_expressions();
    subject = true;
  } else {
    mark_ = mark + 1;
    subject = named_expression() != nullptr;
  }
  if (subject && expect(Tok::COLON) && expect(Tok::NEWLINE) && expect(Tok::INDENT)) {
    const Token* c = peek();
    if (c->type == Tok::NAME && text(c) == "case") {
      raise_at(span(kw), "'match' statements are not supported by awaitlab");
    }
  }
  mark_ = mark;
}

// ---------------------------------------------------------------- 2. simple statements

// assignment:
//     | NAME ':' expression ['=' annotated_rhs]
//     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['='
//     annotated_rhs] | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT] |
//     single_target augassign ~ (yield_expr | star_expressions) | invalid_assignment
stmt* Parser::assignment() {
  Depth depth(this);
  int mark = mark_;
  if (Name* a = name_token()) {
    if (stmt* s = annotated_assignment(mark, set_expr_context(a, ExprContext::Store), 1)) return s;
  }
  mark_ = mark;
  {
    expr* a = nullptr;
    if (expect(Tok::LPAR)) {
      if (expr* b = single_target()) {
        if (expect(Tok::RPAR)) a = b;
      }
    }
    if (!a) {
      mark_ = mark;
      a = single_subscript_attribute_target();
    }
    if (a) {
      if (stmt* s = annotated_assignment(mark, a, 0)) return s;
    }
  }
  mark_ = mark;
  {
    ExprList targets;
    for (;;) {
      int m = mark_;
      expr* z = star_targets();
      if (z && expect(Tok::EQUAL)) {
        targets.push_back(z);
        continue;
      }
      mark_ = m;
      break;
    }
    if (!targets.empty()) {
      expr* b = annotated_rhs();  // (yield_expr | star_expressions)
      if (b && !lookahead(Tok::EQUAL)) {
        auto* s = node<Assign>(mark);
        s->targets = std::move(targets);
        s->value = b;
        return s;
      }
    }
  }
  mark_ = mark;
  if (expr* a = single_target()) {
    Operator op;
    if (augassign(op)) {
      // (yield_expr | star_expressions), after the cut: no other alternative is tried
      expr* c = annotated_rhs();
      if (!c) {
        mark_ = mark;
        return nullptr;
      }
      auto* s = node<AugAssign>(mark);
      s->target = a;
      s->op = op;
      s->value = c;
      return s;
    }
  }
  mark_ = mark;
  run_invalid(&Parser::invalid_assignment, mark);
  return nullptr;
}

// The tail of assignment's two annotated alternatives: target ':' expression ['=' annotated_rhs]
stmt* Parser::annotated_assignment(int start_mark, expr* target, int simple) {
  if (!expect(Tok::COLON)) return nullptr;
  expr* b = expression();
  if (!b) return nullptr;
  expr* c = optional_after(Tok::EQUAL, &Parser::annotated_rhs);
  auto* s = node<AnnAssign>(start_mark);
  s->target = target;
  s->annotation = b;
  s->value = c;
  s->simple = simple;
  return s;
}

// annotated_rhs: yield_expr | star_expressions
expr* Parser::annotated_rhs() {
  int mark = mark_;
  if (expr* a = yield_expr()) return a;
  mark_ = mark;
  return star_expressions();
}

// augassign: '+=' | '-=' | ...
bool Parser::augassign(Operator& op) {
  switch (peek()->type) {
    case Tok::PLUSEQUAL:
      op = Operator::Add;
      break;
    case Tok::MINEQUAL:
      op = Operator::Sub;
      break;
    case Tok::STAREQUAL:
      op = Operator::Mult;
      break;
    case Tok::ATEQUAL:
      op = Operator::MatMult;
      break;
    case Tok::SLASHEQUAL:
      op = Operator::Div;
      break;
    case Tok::PERCENTEQUAL:
      op = Operator::Mod;
      break;
    case Tok::AMPEREQUAL:
      op = Operator::BitAnd;
      break;
    case Tok::VBAREQUAL:
      op = Operator::BitOr;
      break;
    case Tok::CIRCUMFLEXEQUAL:
      op = Operator::BitXor;
      break;
    case Tok::LEFTSHIFTEQUAL:
      op = Operator::LShift;
      break;
    case Tok::RIGHTSHIFTEQUAL:
      op = Operator::RShift;
      break;
    case Tok::DOUBLESTAREQUAL:
      op = Operator::Pow;
      break;
    case Tok::DOUBLESLASHEQUAL:
      op = Operator::FloorDiv;
      break;
    default:
      return false;
  }
  ++mark_;
  return true;
}

// return_stmt: 'return' [star_expressions]
stmt* Parser::return_stmt() {
  int mark = mark_;
  if (!expect(Tok::KW_RETURN)) return nullptr;
  expr* a = star_expressions();
  auto* s = node<Return>(mark);
  s->value = a;
  return s;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
stmt* Parser::raise_stmt() {
  int mark = mark_;
  if (expect(Tok::KW_RAISE)) {
    if (expr* a = expression()) {
      expr* b = optional_after(Tok::KW_FROM, &Parser::expression);
      auto* s = node<Raise>(mark);
      s->exc = a;
      s->cause = b;
      return s;
    }
  }
  mark_ = mark;
  if (expect(Tok::KW_RAISE)) return node<Raise>(mark);
  mark_ = mark;
  return nullptr;
}

// global_stmt: 'global' ','.NAME+
stmt* Parser::global_stmt() {
  return names_stmt<Global>(Tok::KW_GLOBAL);
}

// nonlocal_stmt: 'nonlocal' ','.NAME+
stmt* Parser::nonlocal_stmt() {
  return names_stmt<Nonlocal>(Tok::KW_NONLOCAL);
}

// The shape of global_stmt and nonlocal_stmt: keyword ','.NAME+
template <class Stmt>
stmt* Parser::names_stmt(Tok keyword) {
  int mark = mark_;
  std::vector<const Token*> names;
  auto name = [this] { return expect(Tok::NAME); };
  if (expect(keyword) && gather(Tok::COMMA, name, names)) {
    auto* s = node<Stmt>(mark);
    for (const Token* n : names) s->names.push_back(identifier(n));
    return s;
  }
  mark_ = mark;
  return nullptr;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
stmt* Parser::del_stmt() {
  int mark = mark_;
  if (expect(Tok::KW_DEL)) {
    if (ExprList* a = del_targets()) {
      if (lookahead(Tok::SEMI) || lookahead(Tok::NEWLINE)) {
        auto* s = node<Delete>(mark);
        s->targets = *a;
        return s;
      }
    }
  }
  mark_ = mark;
  run_invalid(&Parser::invalid_del_stmt, mark);
  return nullptr;
}

// yield_stmt: yield_expr
stmt* Parser::yield_stmt() {
  int mark = mark_;
  expr* y = yield_expr();
  if (!y) return nullptr;
  auto* s = node<Expr>(mark);
  s->value = y;
  return s;
}

// assert_stmt: 'assert' expression [',' expression]
stmt* Parser::assert_stmt() {
  int mark = mark_;
  if (expect(Tok::KW_ASSERT)) {
    if (expr* a = expression()) {
      expr* b = optional_after(Tok::COMMA, &Parser::expression);
      auto* s = node<Assert>(mark);
      s->test = a;
      s->msg = b;
      return s;
    }
  }
  mark_ = mark;
  return nullptr;
}

// ---------------------------------------------------------------- 3. imports

// import_stmt: import_name | import_from
stmt* Parser::import_stmt() {
  int mark = mark_;
  if (stmt* a = import_name()) return a;
  mark_ = mark;
  if (stmt* a = import_from()) return a;
  mark_ = mark;
  return nullptr;
}

// import_name: 'import' dotted_as_names
stmt* Parser::import_name() {
  int mark = mark_;
  if (expect(Tok::KW_IMPORT)) {
    if (auto* a = dotted_as_names()) {
      auto* s = node<Import>(mark);
      s->names = *a;
      return s;
    }
  }
  mark_ = mark;
  return nullptr;
}

// import_from:
//     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//     | 'from' ('.' | '...')+ 'import' import_from_targets
stmt* Parser::import_from() {
  int mark = mark_;
  for (int alt = 0; alt < 2; ++alt) {
    mark_ = mark;
    if (!expect(Tok::KW_FROM)) return nullptr;
    int dots = 0;
    for (;;) {
      if (expect(Tok::DOT))
        dots += 1;
      else if (expect(Tok::ELLIPSIS))
        dots += 3;
      else
        break;
    }
    Name* b = nullptr;
    if (alt == 0) {
      if (!(b = dotted_name())) continue;
    } else if (dots == 0) {
      continue;
    }
    if (!expect(Tok::KW_IMPORT)) continue;
    auto* c = import_from_targets();
    if (!c) continue;
    auto* s = node<ImportFrom>(mark);
    if (b) s->module = b->id;
    s->names = *c;
    s->level = dots;
    return s;
  }
  mark_ = mark;
  return nullptr;
}

// import_from_targets:
//     | '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
//     | invalid_import_from_targets
std::vector<alias*>* Parser::import_from_targets() {
  int mark = mark_;
  if (expect(Tok::LPAR)) {
    if (auto* a = import_from_as_names()) {
      expect(Tok::COMMA);
      if (expect(Tok::RPAR)) return a;
    }
  }
  mark_ = mark;
  if (auto* a = import_from_as_names()) {
    if (!lookahead(Tok::COMMA)) return a;
  }
  mark_ = mark;
  if (expect(Tok::STAR)) {
    auto* star = node<alias>(mark);  // CPython: _PyPegen_alias_for_star
    star->name.assign(1, '*');
    return keep(std::vector<alias*>{star});
  }
  mark_ = mark;
  run_invalid(&Parser::invalid_import_from_targets, mark);
  return nullptr;
}

// import_from_as_names: ','.import_from_as_name+
std::vector<alias*>* Parser::import_from_as_names() {
  std::vector<alias*> out;
  if (!gather(Tok::COMMA, &Parser::import_from_as_name, out)) return nullptr;
  return keep(std::move(out));
}

// import_from_as_name: NAME ['as' NAME]
alias* Parser::import_from_as_name() {
  int mark = mark_;
  const Token* a = expect(Tok::NAME);
  if (!a) return nullptr;
  std::optional<std::string> asname = optional_as_name();
  auto* n = node<alias>(mark);
  n->name = identifier(a);
  n->asname = std::move(asname);
  return n;
}

// dotted_as_names: ','.dotted_as_name+
std::vector<alias*>* Parser::dotted_as_names() {
  std::vector<alias*> out;
  if (!gather(Tok::COMMA, &Parser::dotted_as_name, out)) return nullptr;
  return keep(std::move(out));
}

// dotted_as_name: dotted_name ['as' NAME]
alias* Parser::dotted_as_name() {
  int mark = mark_;
  Name* a = dotted_name();
  if (!a) return nullptr;
  std::optional<std::string> asname = optional_as_name();
  auto* n = node<alias>(mark);
  n->name = a->id;
  n->asname = std::move(asname);
  return n;
}

// ['as' NAME], in import_from_as_name, dotted_as_name and the except blocks
std::optional<std::string> Parser::optional_as_name() {
  if (const Token* z = optional_after(Tok::KW_AS, [this] { return expect(Tok::NAME); })) {
    return identifier(z);
  }
  return std::nullopt;
}

// dotted_name: dotted_name '.' NAME | NAME   (left-recursive: a loop)
Name* Parser::dotted_name() {
  return memoized<Name>(M_dotted_name, [&](int mark) {
    Name* res = name_token();
    while (res) {
      int m = mark_;
      if (!expect(Tok::DOT)) break;
      Name* b = name_token();
      if (!b) {
        mark_ = m;
        break;
      }
      auto* joined = node<Name>(mark);  // CPython: _PyPegen_join_names_with_dot
      joined->id = res->id + "." + b->id;
      res = joined;
    }
    return res;
  });
}

// ---------------------------------------------------------------- 4. blocks and definitions

// block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
StmtList* Parser::block() {
  Depth depth(this);
  return memoized<StmtList>(M_block, [&](int mark) -> StmtList* {
    if (expect(Tok::NEWLINE) && expect(Tok::INDENT)) {
      if (StmtList* a = statements()) {
        if (expect(Tok::DEDENT)) return a;
      }
    }
    mark_ = mark;
    if (StmtList* a = simple_stmts()) return a;
    mark_ = mark;
    run_invalid(&Parser::invalid_block, mark);
    return nullptr;
  });
}

// decorators: ('@' named_expression NEWLINE)+
ExprList* Parser::decorators() {
  ExprList out;
  for (;;) {
    int m = mark_;
    if (expect(Tok::AT)) {
      if (expr* f = named_expression()) {
        if (expect(Tok::NEWLINE)) {
          out.push_back(f);
          continue;
        }
      }
    }
    mark_ = m;
    break;
  }
  return out.empty() ? nullptr : keep(std::move(out));
}

// class_def: decorators class_def_raw | class_def_raw
stmt* Parser::class_def() {
  int mark = mark_;
  if (ExprList* a = decorators()) {
    if (stmt* b = class_def_raw()) return with_decorators(*a, b);
  }
  mark_ = mark;
  return class_def_raw();
}

// class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block
stmt* Parser::class_def_raw() {
  int mark = mark_;
  run_invalid(&Parser::invalid_class_def_raw, mark);
  if (expect(Tok::KW_CLASS)) {
    if (const Token* a = expect(Tok::NAME)) {
      Call* b = nullptr;
      int m = mark_;
      if (expect(Tok::LPAR)) {
        Call* z = arguments();
        if (expect(Tok::RPAR)) {
          b = z;
        } else {
          mark_ = m;
        }
      }
      if (expect(Tok::COLON)) {
        if (StmtList* c = block()) {
          auto* s = node<ClassDef>(mark);
          s->name = identifier(a);
          if (b) {
            s->bases = b->args;
            s->keywords = b->keywords;
          }
          s->body = *c;
          return s;
        }
      }
    }
  }
  mark_ = mark;
  return nullptr;
}

// function_def: decorators function_def_raw | function_def_raw
stmt* Parser::function_def() {
  int mark = mark_;
  if (ExprList* d = decorators()) {
    if (stmt* f = function_def_raw()) return with_decorators(*d, f);
  }
  mark_ = mark;
  return function_def_raw();
}

// function_def_raw:
//     | invalid_def_raw
//     | 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
//     | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
stmt* Parser::function_def_raw() {
  int mark = mark_;
  run_invalid(&Parser::invalid_def_raw, mark);
  for (int is_async = 0; is_async < 2; ++is_async) {
    mark_ = mark;
    if (is_async && !expect(Tok::ASYNC)) continue;
    if (!expect(Tok::KW_DEF)) continue;
    const Token* n = expect(Tok::NAME);
    if (!n) continue;
    expect_forced(Tok::LPAR, "(");
    ast::arguments* params_ = params();
    if (!expect(Tok::RPAR)) continue;
    expr* returns = optional_after(Tok::RARROW, &Parser::expression);
    expect_forced(Tok::COLON, ":");
    StmtList* b = block();
    if (!b) continue;
    auto fill = [&](auto* s) -> stmt* {
      s->name = identifier(n);
      s->args = params_ ? params_ : empty_arguments();
      s->body = *b;
      s->returns = returns;
      return s;
    };
    return is_async ? fill(node<AsyncFunctionDef>(mark)) : fill(node<FunctionDef>(mark));
  }
  mark_ = mark;
  return nullptr;
}

// ---------------------------------------------------------------- 5. if/while/for/with

// if_stmt:
//     | invalid_if_stmt
//     | 'if' named_expression ':' block elif_stmt
//     | 'if' named_expression ':' block [else_block]
stmt* Parser::if_stmt() {
  run_invalid(&Parser::invalid_if_stmt, mark_);
  return if_branch(Tok::KW_IF);
}

// elif_stmt: invalid_elif_stmt | 'elif' named_expression ':' block (elif_stmt | [else_block])
stmt* Parser::elif_stmt() {
  run_invalid(&Parser::invalid_elif_stmt, mark_);
  return if_branch(Tok::KW_ELIF);
}

// What if_stmt and elif_stmt share after their invalid_* alternative:
//     keyword named_expression ':' block (elif_stmt | [else_block])
stmt* Parser::if_branch(Tok keyword) {
  int mark = mark_;
  if (expect(keyword)) {
    if (expr* a = named_expression()) {
      if (expect(Tok::COLON)) {
        if (StmtList* b = block()) {
          int m = mark_;
          stmt* elif = elif_stmt();
          StmtList* orelse = nullptr;
          if (!elif) {
            mark_ = m;
            orelse = else_block();
          }
          auto* s = node<If>(mark);
          s->test = a;
          s->body = *b;
          if (elif) s->orelse = {elif};
          if (orelse) s->orelse = *orelse;
          return s;
        }
      }
    }
  }
  mark_ = mark;
  return nullptr;
}

// else_block: invalid_else_stmt | 'else' &&':' block
StmtList* Parser::else_block() {
  run_invalid(&Parser::invalid_else_stmt, mark_);
  return forced_colon_block(Tok::KW_ELSE);
}

// The shape of else_block and finally_block after their invalid_* alternative: keyword &&':' block
StmtList* Parser::forced_colon_block(Tok keyword) {
  int mark = mark_;
  if (expect(keyword)) {
    expect_forced(Tok::COLON, ":");
    if (StmtList* b = block()) return b;
  }
  mark_ = mark;
  return nullptr;
}

// while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
stmt* Parser::while_stmt() {
  int mark = mark_;
  run_invalid(&Parser::invalid_while_stmt, mark);
  if (expect(Tok::KW_WHILE)) {
    if (expr* a = named_expression()) {
      if (expect(Tok::COLON)) {
        if (StmtList* b = block()) {
          StmtList* c = else_block();
          auto* s = node<While>(mark);
          s->test = a;
          s->body = *b;
          if (c) s->orelse = *c;
          return s;
        }
      }
    }
  }
  mark_ = mark;
  return nullptr;
}

// for_stmt:
//     | invalid_for_stmt
//     | [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//     | invalid_for_target
stmt* Parser::for_stmt() {
  int mark = mark_;
  run_invalid(&Parser::invalid_for_stmt, mark);
  for (int is_async = 0; is_async < 2; ++is_async) {
    mark_ = mark;
    if (is_async && !expect(Tok::ASYNC)) continue;
    if (!expect(Tok::KW_FOR)) continue;
    expr* t = star_targets();
    if (!t || !expect(Tok::KW_IN)) continue;
    // The cut: past 'in', no other alternative is tried.
    expr* ex = star_expressions();
    if (ex && expect(Tok::COLON)) {
      if (StmtList* b = block()) {
        StmtList* el = else_block();
        auto fill = [&](auto* s) -> stmt* {
          s->target = t;
          s->iter = ex;
          s->body = *b;
          if (el) s->orelse = *el;
          return s;
        };
        return is_async ? fill(node<AsyncFor>(mark)) : fill(node<For>(mark));
      }
    }
    mark_ = mark;
    return nullptr;
  }
  mark_ = mark;
  run_invalid(&Parser::invalid_for_target, mark);
  return nullptr;
}

// with_stmt:
//     | invalid_with_stmt_indent
//     | [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
//     | [ASYNC] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//     | invalid_with_stmt
stmt* Parser::with_stmt() {
  int mark = mark_;
  run_invalid(&Parser::invalid_with_stmt_indent, mark);
  for (int alt = 0; alt < 4; ++alt) {
    mark_ = mark;
    bool is_async = alt >= 2;
    bool parenthesized = alt % 2 == 0;
    if (is_async && !expect(Tok::ASYNC)) continue;
    if (!expect(Tok::KW_WITH)) continue;
    if (parenthesized && !expect(Tok::LPAR)) continue;
    std::vector<withitem*> items;
    if (!gather(Tok::COMMA, &Parser::with_item, items)) continue;
    if (parenthesized) {
      expect(Tok::COMMA);
      if (!expect(Tok::RPAR)) continue;
    }
    if (!expect(Tok::COLON)) continue;
    StmtList* b = block();
    if (!b) continue;
    auto fill = [&](auto* s) -> stmt* {
      s->items = std::move(items);
      s->body = *b;
      return s;
    };
    return is_async ? fill(node<AsyncWith>(mark)) : fill(node<With>(mark));
  }
  mark_ = mark;
  run_invalid(&Parser::invalid_with_stmt, mark);
  return nullptr;
}

// with_item:
//     | expression 'as' star_target &(',' | ')' | ':')
//     | invalid_with_item
//     | expression
withitem* Parser::with_item() {
  int mark = mark_;
  if (expr* e = expression()) {
    if (expect(Tok::KW_AS)) {
      if (expr* t = star_target()) {
        if (lookahead(Tok::COMMA) || lookahead(Tok::RPAR) || lookahead(Tok::COLON)) {
          auto* w = make<withitem>();
          w->context_expr = e;
          w->optional_vars = t;
          return w;
        }
      }
    }
  }
  mark_ = mark;
  run_invalid(&Parser::invalid_with_item, mark);
  if (expr* e = expression()) {
    auto* w = make<withitem>();
    w->context_expr = e;
    return w;
  }
  mark_ = mark;
  return nullptr;
}

// ---------------------------------------------------------------- 6. try

// try_stmt:
//     | invalid_try_stmt
//     | 'try' &&':' block finally_block
//     | 'try' &&':' block except_block+ [else_block] [finally_block]
//     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
stmt* Parser::try_stmt() {
  int mark = mark_;
  run_invalid(&Parser::invalid_try_stmt, mark);
  for (int alt = 0; alt < 3; ++alt) {
    mark_ = mark;
    if (!expect(Tok::KW_TRY)) return nullptr;
    expect_forced(Tok::COLON, ":");
    StmtList* b = block();
    if (!b) continue;
    if (alt == 0) {
      StmtList* f = finally_block();
      if (!f) continue;
      auto* s = node<Try>(mark);
      s->body = *b;
      s->finalbody = *f;
      return s;
    }
    std::vector<ExceptHandler*> handlers;
    for (;;) {
      ExceptHandler* h = alt == 1 ? except_block() : except_star_block();
      if (!h) break;
      handlers.push_back(h);
    }
    if (handlers.empty()) continue;
    StmtList* el = else_block();
    StmtList* f = finally_block();
    auto fill = [&](auto* s) -> stmt* {
      s->body = *b;
      s->handlers = std::move(handlers);
      if (el) s->orelse = *el;
      if (f) s->finalbody = *f;
      return s;
    };
    return alt == 1 ? fill(node<Try>(mark)) : fill(node<TryStar>(mark));
  }
  mark_ = mark;
  return nullptr;
}

// except_block:
//     | invalid_except_stmt_indent
//     | 'except' expression ['as' NAME] ':' block
//     | 'except' ':' block
//     | invalid_except_stmt
ExceptHandler* Parser::except_block() {
  int mark = mark_;
  run_invalid(&Parser::invalid_except_stmt_indent, mark);
  if (expect(Tok::KW_EXCEPT)) {
    if (ExceptHandler* h = except_clause(mark)) return h;
  }
  mark_ = mark;
  if (expect(Tok::KW_EXCEPT) && expect(Tok::COLON)) {
    if (StmtList* b = block()) {
      auto* h = node<ExceptHandler>(mark);
      h->body = *b;
      return h;
    }
  }
  mark_ = mark;
  run_invalid(&Parser::invalid_except_stmt, mark);
  return nullptr;
}

// What except_block and except_star_block share after 'except' (and '*'):
//     expression ['as' NAME] ':' block
ExceptHandler* Parser::except_clause(int start_mark) {
  if (expr* e = expression()) {
    std::optional<std::string> name = optional_as_name();
    if (expect(Tok::COLON)) {
      if (StmtList* b = block()) {
        auto* h = node<ExceptHandler>(start_mark);
        h->type = e;
        h->name = std::move(name);
        h->body = *b;
        return h;
      }
    }
  }
  return nullptr;
}

// except_star_block:
//     | invalid_except_star_stmt_indent
//     | 'except' '*' expression ['as' NAME] ':' block
//     | invalid_except_stmt
ExceptHandler* Parser::except_star_block() {
  int mark = mark_;
  run_invalid(&Parser::invalid_except_star_stmt_indent, mark);
  if (expect(Tok::KW_EXCEPT) && expect(Tok::STAR)) {
    if (ExceptHandler* h = except_clause(mark)) return h;
  }
  mark_ = mark;
  run_invalid(&Parser::invalid_except_stmt, mark);
  return nullptr;
}

// finally_block: invalid_finally_stmt | 'finally' &&':' block
StmtList* Parser::finally_block() {
  run_invalid(&Parser::invalid_finally_stmt, mark_);
  return forced_colon_block(Tok::KW_FINALLY);
}

}  // namespace al::parser
