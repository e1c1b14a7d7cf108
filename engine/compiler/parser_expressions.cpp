// Expression rules of CPython 3.11's Grammar/python.gram ("EXPRESSIONS" to "FUNCTION CALL
// ARGUMENTS"). Left-recursive rules (bitwise_or ... primary) are loops, which accept exactly
// what pegen's seed-growing accepts for these rules.
//
// Sections: 1. expression lists  2. boolean and comparison  3. arithmetic  4. primaries
//           5. atoms and displays  6. comprehensions  7. call arguments
#include "engine/compiler/parser_impl.h"

namespace al::parser {

using namespace al::ast;

// ---------------------------------------------------------------- 1. expression lists

// expressions: expression (',' expression)+ [','] | expression ',' | expression
expr* Parser::expressions() {
  int mark = mark_;
  expr* a = expression();
  if (!a) return nullptr;
  ExprList elts{a};
  bool comma = false;
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    comma = true;
    expr* c = expression();
    if (!c) {
      mark_ = m;
      break;
    }
    elts.push_back(c);
  }
  if (!comma) return a;
  expect(Tok::COMMA);
  auto* t = node<Tuple>(mark);
  t->elts = std::move(elts);
  return t;
}

// expression (memo):
//     | invalid_expression | invalid_legacy_expression
//     | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
expr* Parser::expression() {
  Depth depth(this);
  void* memo;
  if (memo_get(M_expression, memo)) return static_cast<expr*>(memo);
  int mark = mark_;
  if (call_invalid_rules_) {
    invalid_expression();
    mark_ = mark;
    invalid_legacy_expression();
    mark_ = mark;
  }
  expr* res = expression_alternatives();
  memo_put(mark, M_expression, res);
  return res;
}

// expression_without_invalid: the same alternatives, with the invalid_* rules off beneath.
expr* Parser::expression_without_invalid() {
  bool saved = call_invalid_rules_;
  call_invalid_rules_ = false;
  expr* res = expression_alternatives();
  call_invalid_rules_ = saved;
  return res;
}

// disjunction 'if' disjunction 'else' expression | disjunction | lambdef
expr* Parser::expression_alternatives() {
  int mark = mark_;
  if (expr* a = disjunction()) {
    if (expect(Tok::KW_IF)) {
      if (expr* b = disjunction()) {
        if (expect(Tok::KW_ELSE)) {
          if (expr* c = expression()) {
            auto* e = node<IfExp>(mark);
            e->test = b;
            e->body = a;
            e->orelse = c;
            return e;
          }
        }
      }
    }
  }
  mark_ = mark;
  if (expr* a = disjunction()) return a;
  mark_ = mark;
  if (expr* a = lambdef()) return a;
  mark_ = mark;
  return nullptr;
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
expr* Parser::yield_expr() {
  Depth depth(this);
  int mark = mark_;
  if (expect(Tok::KW_YIELD) && expect(Tok::KW_FROM)) {
    if (expr* a = expression()) {
      auto* e = node<YieldFrom>(mark);
      e->value = a;
      return e;
    }
  }
  mark_ = mark;
  if (expect(Tok::KW_YIELD)) {
    expr* a = star_expressions();
    auto* e = node<Yield>(mark);
    e->value = a;
    return e;
  }
  mark_ = mark;
  return nullptr;
}

// star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' |
//                   star_expression
expr* Parser::star_expressions() {
  Depth depth(this);
  int mark = mark_;
  expr* a = star_expression();
  if (!a) return nullptr;
  ExprList elts{a};
  bool comma = false;
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    comma = true;
    expr* c = star_expression();
    if (!c) {
      mark_ = m;
      break;
    }
    elts.push_back(c);
  }
  if (!comma) return a;
  expect(Tok::COMMA);
  auto* t = node<Tuple>(mark);
  t->elts = std::move(elts);
  return t;
}

// star_expression (memo): '*' bitwise_or | expression
expr* Parser::star_expression() {
  Depth depth(this);
  void* memo;
  if (memo_get(M_star_expression, memo)) return static_cast<expr*>(memo);
  int mark = mark_;
  expr* res = nullptr;
  if (expect(Tok::STAR)) {
    if (expr* a = bitwise_or()) {
      auto* s = node<Starred>(mark);
      s->value = a;
      res = s;
    }
  }
  if (!res) {
    mark_ = mark;
    res = expression();
  }
  memo_put(mark, M_star_expression, res);
  return res;
}

// star_named_expressions: ','.star_named_expression+ [',']
ExprList* Parser::star_named_expressions() {
  expr* a = star_named_expression();
  if (!a) return nullptr;
  ExprList out{a};
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    expr* b = star_named_expression();
    if (!b) {
      mark_ = m;
      break;
    }
    out.push_back(b);
  }
  expect(Tok::COMMA);
  return keep(std::move(out));
}

// star_named_expression: '*' bitwise_or | named_expression
expr* Parser::star_named_expression() {
  Depth depth(this);
  int mark = mark_;
  if (expect(Tok::STAR)) {
    if (expr* a = bitwise_or()) {
      auto* s = node<Starred>(mark);
      s->value = a;
      return s;
    }
  }
  mark_ = mark;
  return named_expression();
}

// assignment_expression: NAME ':=' ~ expression
expr* Parser::assignment_expression() {
  int mark = mark_;
  if (Name* a = name_token()) {
    if (expect(Tok::COLONEQUAL)) {
      if (expr* b = expression()) {
        auto* e = node<NamedExpr>(mark);
        e->target = set_expr_context(a, ExprContext::Store);
        e->value = b;
        return e;
      }
    }
  }
  mark_ = mark;
  return nullptr;
}

// named_expression: assignment_expression | invalid_named_expression | expression !':='
expr* Parser::named_expression() {
  Depth depth(this);
  int mark = mark_;
  if (expr* a = assignment_expression()) return a;
  mark_ = mark;
  if (call_invalid_rules_) {
    invalid_named_expression();
    mark_ = mark;
  }
  if (expr* a = expression()) {
    if (!lookahead(Tok::COLONEQUAL)) return a;
  }
  mark_ = mark;
  return nullptr;
}

// ---------------------------------------------------------------- 2. boolean and comparison

// disjunction (memo): conjunction ('or' conjunction)+ | conjunction
expr* Parser::disjunction() {
  Depth depth(this);
  void* memo;
  if (memo_get(M_disjunction, memo)) return static_cast<expr*>(memo);
  int mark = mark_;
  expr* res = conjunction();
  if (res) {
    ExprList values{res};
    for (;;) {
      int m = mark_;
      if (!expect(Tok::KW_OR)) break;
      expr* c = conjunction();
      if (!c) {
        mark_ = m;
        break;
      }
      values.push_back(c);
    }
    if (values.size() > 1) {
      auto* b = node<BoolOp>(mark);
      b->op = BoolOperator::Or;
      b->values = std::move(values);
      res = b;
    }
  }
  memo_put(mark, M_disjunction, res);
  return res;
}

// conjunction (memo): inversion ('and' inversion)+ | inversion
expr* Parser::conjunction() {
  Depth depth(this);
  void* memo;
  if (memo_get(M_conjunction, memo)) return static_cast<expr*>(memo);
  int mark = mark_;
  expr* res = inversion();
  if (res) {
    ExprList values{res};
    for (;;) {
      int m = mark_;
      if (!expect(Tok::KW_AND)) break;
      expr* c = inversion();
      if (!c) {
        mark_ = m;
        break;
      }
      values.push_back(c);
    }
    if (values.size() > 1) {
      auto* b = node<BoolOp>(mark);
      b->op = BoolOperator::And;
      b->values = std::move(values);
      res = b;
    }
  }
  memo_put(mark, M_conjunction, res);
  return res;
}

// inversion (memo): 'not' inversion | comparison
expr* Parser::inversion() {
  Depth depth(this);
  void* memo;
  if (memo_get(M_inversion, memo)) return static_cast<expr*>(memo);
  int mark = mark_;
  expr* res = nullptr;
  if (expect(Tok::KW_NOT)) {
    if (expr* a = inversion()) {
      auto* u = node<UnaryOp>(mark);
      u->op = UnaryOperator::Not;
      u->operand = a;
      res = u;
    }
  }
  if (!res) {
    mark_ = mark;
    res = comparison();
  }
  memo_put(mark, M_inversion, res);
  return res;
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
expr* Parser::comparison() {
  Depth depth(this);
  int mark = mark_;
  expr* a = bitwise_or();
  if (!a) return nullptr;
  std::vector<CmpOp> ops;
  ExprList comparators;
  while (CmpopExprPair* p = compare_op_bitwise_or_pair()) {
    ops.push_back(p->op);
    comparators.push_back(p->expr);
  }
  if (ops.empty()) return a;
  auto* c = node<Compare>(mark);
  c->left = a;
  c->ops = std::move(ops);
  c->comparators = std::move(comparators);
  return c;
}

// compare_op_bitwise_or_pair: eq_bitwise_or | noteq_bitwise_or | ... | is_bitwise_or
CmpopExprPair* Parser::compare_op_bitwise_or_pair() {
  int mark = mark_;
  const Token* t = peek();
  CmpOp op;
  switch (t->type) {
    case Tok::EQEQUAL:
      op = CmpOp::Eq;
      break;
    case Tok::NOTEQUAL:
      // CPython: _PyPegen_check_barry_as_flufl: "<>" is not an operator.
      if (text(t) != "!=") return nullptr;
      op = CmpOp::NotEq;
      break;
    case Tok::LESSEQUAL:
      op = CmpOp::LtE;
      break;
    case Tok::LESS:
      op = CmpOp::Lt;
      break;
    case Tok::GREATEREQUAL:
      op = CmpOp::GtE;
      break;
    case Tok::GREATER:
      op = CmpOp::Gt;
      break;
    case Tok::KW_NOT:
      ++mark_;
      if (!expect(Tok::KW_IN)) {
        mark_ = mark;
        return nullptr;
      }
      --mark_;
      op = CmpOp::NotIn;
      break;
    case Tok::KW_IN:
      op = CmpOp::In;
      break;
    case Tok::KW_IS:
      ++mark_;
      if (expect(Tok::KW_NOT)) {
        if (expr* a = bitwise_or()) return keep(CmpopExprPair{CmpOp::IsNot, a});
      }
      mark_ = mark;
      op = CmpOp::Is;
      break;
    default:
      return nullptr;
  }
  ++mark_;
  if (expr* a = bitwise_or()) return keep(CmpopExprPair{op, a});
  mark_ = mark;
  return nullptr;
}

// ---------------------------------------------------------------- 3. arithmetic

namespace {

bool binary_operator(Tok t, int level, Operator& op) {
  switch (level) {
    case 0:
      if (t == Tok::VBAR) {
        op = Operator::BitOr;
        return true;
      }
      return false;
    case 1:
      if (t == Tok::CIRCUMFLEX) {
        op = Operator::BitXor;
        return true;
      }
      return false;
    case 2:
      if (t == Tok::AMPER) {
        op = Operator::BitAnd;
        return true;
      }
      return false;
    case 3:
      if (t == Tok::LEFTSHIFT) {
        op = Operator::LShift;
        return true;
      }
      if (t == Tok::RIGHTSHIFT) {
        op = Operator::RShift;
        return true;
      }
      return false;
    case 4:
      if (t == Tok::PLUS) {
        op = Operator::Add;
        return true;
      }
      if (t == Tok::MINUS) {
        op = Operator::Sub;
        return true;
      }
      return false;
    default:
      switch (t) {
        case Tok::STAR:
          op = Operator::Mult;
          return true;
        case Tok::SLASH:
          op = Operator::Div;
          return true;
        case Tok::DOUBLESLASH:
          op = Operator::FloorDiv;
          return true;
        case Tok::PERCENT:
          op = Operator::Mod;
          return true;
        case Tok::AT:
          op = Operator::MatMult;
          return true;
        default:
          return false;
      }
  }
}

}  // namespace

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor   (and the five levels below it)
expr* Parser::bitwise_or() {
  Depth depth(this);
  Depth raw_depth(this);  // pegen's left-recursive rules add a level for their raw rule
  void* memo;
  if (memo_get(M_bitwise_or, memo)) return static_cast<expr*>(memo);
  int mark = mark_;
  expr* res = bitwise_xor();
  while (res) {
    int m = mark_;
    Operator op;
    if (!binary_operator(peek()->type, 0, op)) break;
    ++mark_;
    expr* b = bitwise_xor();
    if (!b) {
      mark_ = m;
      break;
    }
    auto* e = node<BinOp>(mark);
    e->left = res;
    e->op = op;
    e->right = b;
    res = e;
  }
  memo_put(mark, M_bitwise_or, res);
  return res;
}

expr* Parser::bitwise_xor() {
  Depth depth(this);
  Depth raw_depth(this);
  void* memo;
  if (memo_get(M_bitwise_xor, memo)) return static_cast<expr*>(memo);
  int mark = mark_;
  expr* res = bitwise_and();
  while (res) {
    int m = mark_;
    Operator op;
    if (!binary_operator(peek()->type, 1, op)) break;
    ++mark_;
    expr* b = bitwise_and();
    if (!b) {
      mark_ = m;
      break;
    }
    auto* e = node<BinOp>(mark);
    e->left = res;
    e->op = op;
    e->right = b;
    res = e;
  }
  memo_put(mark, M_bitwise_xor, res);
  return res;
}

expr* Parser::bitwise_and() {
  Depth depth(this);
  Depth raw_depth(this);
  void* memo;
  if (memo_get(M_bitwise_and, memo)) return static_cast<expr*>(memo);
  int mark = mark_;
  expr* res = shift_expr();
  while (res) {
    int m = mark_;
    Operator op;
    if (!binary_operator(peek()->type, 2, op)) break;
    ++mark_;
    expr* b = shift_expr();
    if (!b) {
      mark_ = m;
      break;
    }
    auto* e = node<BinOp>(mark);
    e->left = res;
    e->op = op;
    e->right = b;
    res = e;
  }
  memo_put(mark, M_bitwise_and, res);
  return res;
}

expr* Parser::shift_expr() {
  Depth depth(this);
  Depth raw_depth(this);
  void* memo;
  if (memo_get(M_shift_expr, memo)) return static_cast<expr*>(memo);
  int mark = mark_;
  expr* res = sum();
  while (res) {
    int m = mark_;
    Operator op;
    if (!binary_operator(peek()->type, 3, op)) break;
    ++mark_;
    expr* b = sum();
    if (!b) {
      mark_ = m;
      break;
    }
    auto* e = node<BinOp>(mark);
    e->left = res;
    e->op = op;
    e->right = b;
    res = e;
  }
  memo_put(mark, M_shift_expr, res);
  return res;
}

expr* Parser::sum() {
  Depth depth(this);
  Depth raw_depth(this);
  void* memo;
  if (memo_get(M_sum, memo)) return static_cast<expr*>(memo);
  int mark = mark_;
  expr* res = term();
  while (res) {
    int m = mark_;
    Operator op;
    if (!binary_operator(peek()->type, 4, op)) break;
    ++mark_;
    expr* b = term();
    if (!b) {
      mark_ = m;
      break;
    }
    auto* e = node<BinOp>(mark);
    e->left = res;
    e->op = op;
    e->right = b;
    res = e;
  }
  memo_put(mark, M_sum, res);
  return res;
}

expr* Parser::term() {
  Depth depth(this);
  Depth raw_depth(this);
  void* memo;
  if (memo_get(M_term, memo)) return static_cast<expr*>(memo);
  int mark = mark_;
  expr* res = factor();
  while (res) {
    int m = mark_;
    Operator op;
    if (!binary_operator(peek()->type, 5, op)) break;
    ++mark_;
    expr* b = factor();
    if (!b) {
      mark_ = m;
      break;
    }
    auto* e = node<BinOp>(mark);
    e->left = res;
    e->op = op;
    e->right = b;
    res = e;
  }
  memo_put(mark, M_term, res);
  return res;
}

// factor (memo): '+' factor | '-' factor | '~' factor | power
expr* Parser::factor() {
  Depth depth(this);
  void* memo;
  if (memo_get(M_factor, memo)) return static_cast<expr*>(memo);
  int mark = mark_;
  expr* res = nullptr;
  Tok t = peek()->type;
  if (t == Tok::PLUS || t == Tok::MINUS || t == Tok::TILDE) {
    ++mark_;
    if (expr* a = factor()) {
      auto* u = node<UnaryOp>(mark);
      u->op = t == Tok::PLUS    ? UnaryOperator::UAdd
              : t == Tok::MINUS ? UnaryOperator::USub
                                : UnaryOperator::Invert;
      u->operand = a;
      res = u;
    } else {
      mark_ = mark;
    }
  }
  if (!res) res = power();
  memo_put(mark, M_factor, res);
  return res;
}

// power: await_primary '**' factor | await_primary
expr* Parser::power() {
  Depth depth(this);
  int mark = mark_;
  expr* a = await_primary();
  if (!a) return nullptr;
  int m = mark_;
  if (expect(Tok::DOUBLESTAR)) {
    if (expr* b = factor()) {
      auto* e = node<BinOp>(mark);
      e->left = a;
      e->op = Operator::Pow;
      e->right = b;
      return e;
    }
  }
  mark_ = m;
  return a;
}

// ---------------------------------------------------------------- 4. primaries

// await_primary (memo): AWAIT primary | primary
expr* Parser::await_primary() {
  Depth depth(this);
  void* memo;
  if (memo_get(M_await_primary, memo)) return static_cast<expr*>(memo);
  int mark = mark_;
  expr* res = nullptr;
  if (expect(Tok::AWAIT)) {
    if (expr* a = primary()) {
      auto* e = node<Await>(mark);
      e->value = a;
      res = e;
    }
  }
  if (!res) {
    mark_ = mark;
    res = primary();
  }
  memo_put(mark, M_await_primary, res);
  return res;
}

// primary:
//     | primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//     | primary '[' slices ']' | atom
expr* Parser::primary() {
  Depth depth(this);
  Depth raw_depth(this);
  void* memo;
  if (memo_get(M_primary, memo)) return static_cast<expr*>(memo);
  int mark = mark_;
  expr* res = atom();
  while (res) {
    int m = mark_;
    if (expect(Tok::DOT)) {
      if (const Token* b = expect(Tok::NAME)) {
        auto* e = node<Attribute>(mark);
        e->value = res;
        e->attr = identifier(b);
        res = e;
        continue;
      }
    }
    mark_ = m;
    if (expr* g = genexp()) {
      auto* e = node<Call>(mark);
      e->func = res;
      e->args = {g};
      res = e;
      continue;
    }
    mark_ = m;
    if (expect(Tok::LPAR)) {
      Call* b = arguments();
      if (expect(Tok::RPAR)) {
        auto* e = node<Call>(mark);
        e->func = res;
        if (b) {
          e->args = b->args;
          e->keywords = b->keywords;
        }
        res = e;
        continue;
      }
    }
    mark_ = m;
    if (expect(Tok::LSQB)) {
      if (expr* b = slices()) {
        if (expect(Tok::RSQB)) {
          auto* e = node<Subscript>(mark);
          e->value = res;
          e->slice = b;
          res = e;
          continue;
        }
      }
    }
    mark_ = m;
    break;
  }
  memo_put(mark, M_primary, res);
  return res;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
expr* Parser::slices() {
  Depth depth(this);
  int mark = mark_;
  if (expr* a = slice()) {
    if (!lookahead(Tok::COMMA)) return a;
  }
  mark_ = mark;
  auto element = [this]() -> expr* {
    int m = mark_;
    if (expr* e = slice()) return e;
    mark_ = m;
    return starred_expression();
  };
  expr* first = element();
  if (!first) {
    mark_ = mark;
    return nullptr;
  }
  ExprList elts{first};
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    expr* e = element();
    if (!e) {
      mark_ = m;
      break;
    }
    elts.push_back(e);
  }
  expect(Tok::COMMA);
  auto* t = node<Tuple>(mark);
  t->elts = std::move(elts);
  return t;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
expr* Parser::slice() {
  Depth depth(this);
  int mark = mark_;
  expr* a = expression();
  if (!a) mark_ = mark;
  if (expect(Tok::COLON)) {
    int m = mark_;
    expr* b = expression();
    if (!b) mark_ = m;
    expr* c = nullptr;
    m = mark_;
    if (expect(Tok::COLON)) {
      int m2 = mark_;
      c = expression();
      if (!c) mark_ = m2;
    } else {
      mark_ = m;
    }
    auto* s = node<Slice>(mark);
    s->lower = a;
    s->upper = b;
    s->step = c;
    return s;
  }
  mark_ = mark;
  return named_expression();
}

// ---------------------------------------------------------------- 5. atoms and displays

// atom: NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
//     | &'(' (tuple | group | genexp) | &'[' (list | listcomp)
//     | &'{' (dict | set | dictcomp | setcomp) | '...'
expr* Parser::atom() {
  Depth depth(this);
  int mark = mark_;
  const Token* t = peek();
  switch (t->type) {
    case Tok::NAME:
      return name_token();
    case Tok::KW_TRUE:
    case Tok::KW_FALSE:
    case Tok::KW_NONE: {
      ++mark_;
      auto* c = node<Constant>(mark);
      if (t->type == Tok::KW_NONE)
        c->value = NoneValue{};
      else
        c->value = t->type == Tok::KW_TRUE;
      return c;
    }
    case Tok::STRING:
      return strings();
    case Tok::NUMBER:
      return number_token();
    case Tok::LPAR: {
      if (expr* a = tuple()) return a;
      mark_ = mark;
      if (expr* a = group()) return a;
      mark_ = mark;
      if (expr* a = genexp()) return a;
      mark_ = mark;
      return nullptr;
    }
    case Tok::LSQB: {
      if (expr* a = list()) return a;
      mark_ = mark;
      if (expr* a = listcomp()) return a;
      mark_ = mark;
      return nullptr;
    }
    case Tok::LBRACE: {
      if (expr* a = dict()) return a;
      mark_ = mark;
      if (expr* a = set()) return a;
      mark_ = mark;
      if (expr* a = dictcomp()) return a;
      mark_ = mark;
      if (expr* a = setcomp()) return a;
      mark_ = mark;
      return nullptr;
    }
    case Tok::ELLIPSIS: {
      ++mark_;
      auto* c = node<Constant>(mark);
      c->value = EllipsisValue{};
      return c;
    }
    default:
      return nullptr;
  }
}

// group: '(' (yield_expr | named_expression) ')' | invalid_group
expr* Parser::group() {
  Depth depth(this);
  int mark = mark_;
  if (expect(Tok::LPAR)) {
    int m = mark_;
    expr* a = yield_expr();
    if (!a) {
      mark_ = m;
      a = named_expression();
    }
    if (a && expect(Tok::RPAR)) return a;
  }
  mark_ = mark;
  if (call_invalid_rules_) {
    invalid_group();
    mark_ = mark;
  }
  return nullptr;
}

// lambdef: 'lambda' [lambda_params] ':' expression
expr* Parser::lambdef() {
  Depth depth(this);
  int mark = mark_;
  if (expect(Tok::KW_LAMBDA)) {
    ast::arguments* a = lambda_params();
    if (expect(Tok::COLON)) {
      if (expr* b = expression()) {
        auto* l = node<Lambda>(mark);
        l->args = a ? a : empty_arguments();
        l->body = b;
        return l;
      }
    }
  }
  mark_ = mark;
  return nullptr;
}

// strings (memo): STRING+
expr* Parser::strings() {
  void* memo;
  if (memo_get(M_strings, memo)) return static_cast<expr*>(memo);
  int mark = mark_;
  std::vector<const Token*> toks;
  while (const Token* t = expect(Tok::STRING)) toks.push_back(t);
  expr* res = toks.empty() ? nullptr : concatenate_strings(toks);
  memo_put(mark, M_strings, res);
  return res;
}

// list: '[' [star_named_expressions] ']'
expr* Parser::list() {
  Depth depth(this);
  int mark = mark_;
  if (expect(Tok::LSQB)) {
    ExprList* a = star_named_expressions();
    if (expect(Tok::RSQB)) {
      auto* l = node<List>(mark);
      if (a) l->elts = *a;
      return l;
    }
  }
  mark_ = mark;
  return nullptr;
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
expr* Parser::tuple() {
  Depth depth(this);
  int mark = mark_;
  if (expect(Tok::LPAR)) {
    ExprList elts;
    int m = mark_;
    if (expr* y = star_named_expression()) {
      if (expect(Tok::COMMA)) {
        elts.push_back(y);
        if (ExprList* z = star_named_expressions()) {
          elts.insert(elts.end(), z->begin(), z->end());
        }
      } else {
        mark_ = m;
      }
    } else {
      mark_ = m;
    }
    if (expect(Tok::RPAR)) {
      auto* t = node<Tuple>(mark);
      t->elts = std::move(elts);
      return t;
    }
  }
  mark_ = mark;
  return nullptr;
}

// set: '{' star_named_expressions '}'
expr* Parser::set() {
  int mark = mark_;
  if (expect(Tok::LBRACE)) {
    if (ExprList* a = star_named_expressions()) {
      if (expect(Tok::RBRACE)) {
        auto* s = node<Set>(mark);
        s->elts = *a;
        return s;
      }
    }
  }
  mark_ = mark;
  return nullptr;
}

// dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
expr* Parser::dict() {
  int mark = mark_;
  if (expect(Tok::LBRACE)) {
    std::vector<KeyValuePair*>* a = double_starred_kvpairs();
    if (expect(Tok::RBRACE)) {
      auto* d = node<Dict>(mark);
      if (a) {
        for (KeyValuePair* kv : *a) {
          d->keys.push_back(kv->key);
          d->values.push_back(kv->value);
        }
      }
      return d;
    }
  }
  // Not guarded by call_invalid_rules_: pegen only guards alternatives made of a single
  // invalid_* item, so CPython runs this one (and raises its errors) in the first pass too.
  mark_ = mark;
  if (expect(Tok::LBRACE)) invalid_double_starred_kvpairs();
  mark_ = mark;
  return nullptr;
}

// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
std::vector<KeyValuePair*>* Parser::double_starred_kvpairs() {
  KeyValuePair* a = double_starred_kvpair();
  if (!a) return nullptr;
  std::vector<KeyValuePair*> out{a};
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    KeyValuePair* b = double_starred_kvpair();
    if (!b) {
      mark_ = m;
      break;
    }
    out.push_back(b);
  }
  expect(Tok::COMMA);
  return keep(std::move(out));
}

// double_starred_kvpair: '**' bitwise_or | kvpair
KeyValuePair* Parser::double_starred_kvpair() {
  int mark = mark_;
  if (expect(Tok::DOUBLESTAR)) {
    if (expr* a = bitwise_or()) return keep(KeyValuePair{nullptr, a});
  }
  mark_ = mark;
  return kvpair();
}

// kvpair: expression ':' expression
KeyValuePair* Parser::kvpair() {
  int mark = mark_;
  if (expr* a = expression()) {
    if (expect(Tok::COLON)) {
      if (expr* b = expression()) return keep(KeyValuePair{a, b});
    }
  }
  mark_ = mark;
  return nullptr;
}

// ---------------------------------------------------------------- 6. comprehensions

// for_if_clauses: for_if_clause+
std::vector<comprehension*>* Parser::for_if_clauses() {
  std::vector<comprehension*> out;
  while (comprehension* c = for_if_clause()) out.push_back(c);
  return out.empty() ? nullptr : keep(std::move(out));
}

// for_if_clause:
//     | [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//     | invalid_for_target
comprehension* Parser::for_if_clause() {
  int mark = mark_;
  for (int is_async = 1; is_async >= 0; --is_async) {
    mark_ = mark;
    if (is_async && !expect(Tok::ASYNC)) continue;
    if (!expect(Tok::KW_FOR)) continue;
    expr* a = star_targets();
    if (!a || !expect(Tok::KW_IN)) continue;
    expr* b = disjunction();
    if (!b) {  // the cut
      mark_ = mark;
      return nullptr;
    }
    ExprList ifs;
    for (;;) {
      int m = mark_;
      if (!expect(Tok::KW_IF)) break;
      expr* z = disjunction();
      if (!z) {
        mark_ = m;
        break;
      }
      ifs.push_back(z);
    }
    auto* c = make<comprehension>();
    c->target = a;
    c->iter = b;
    c->ifs = std::move(ifs);
    c->is_async = is_async;
    return c;
  }
  mark_ = mark;
  if (call_invalid_rules_) {
    invalid_for_target();
    mark_ = mark;
  }
  return nullptr;
}

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
expr* Parser::listcomp() {
  int mark = mark_;
  if (expect(Tok::LSQB)) {
    if (expr* a = named_expression()) {
      if (auto* b = for_if_clauses()) {
        if (expect(Tok::RSQB)) {
          auto* e = node<ListComp>(mark);
          e->elt = a;
          e->generators = *b;
          return e;
        }
      }
    }
  }
  mark_ = mark;
  if (call_invalid_rules_) {
    invalid_comprehension();
    mark_ = mark;
  }
  return nullptr;
}

// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
expr* Parser::setcomp() {
  int mark = mark_;
  if (expect(Tok::LBRACE)) {
    if (expr* a = named_expression()) {
      if (auto* b = for_if_clauses()) {
        if (expect(Tok::RBRACE)) {
          auto* e = node<SetComp>(mark);
          e->elt = a;
          e->generators = *b;
          return e;
        }
      }
    }
  }
  mark_ = mark;
  if (call_invalid_rules_) {
    invalid_comprehension();
    mark_ = mark;
  }
  return nullptr;
}

// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' |
//         invalid_comprehension
expr* Parser::genexp() {
  int mark = mark_;
  if (expect(Tok::LPAR)) {
    int m = mark_;
    expr* a = assignment_expression();
    if (!a) {
      mark_ = m;
      a = expression();
      if (a && lookahead(Tok::COLONEQUAL)) a = nullptr;
    }
    if (a) {
      if (auto* b = for_if_clauses()) {
        if (expect(Tok::RPAR)) {
          auto* e = node<GeneratorExp>(mark);
          e->elt = a;
          e->generators = *b;
          return e;
        }
      }
    }
  }
  mark_ = mark;
  if (call_invalid_rules_) {
    invalid_comprehension();
    mark_ = mark;
  }
  return nullptr;
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
expr* Parser::dictcomp() {
  int mark = mark_;
  if (expect(Tok::LBRACE)) {
    if (KeyValuePair* a = kvpair()) {
      if (auto* b = for_if_clauses()) {
        if (expect(Tok::RBRACE)) {
          auto* e = node<DictComp>(mark);
          e->key = a->key;
          e->value = a->value;
          e->generators = *b;
          return e;
        }
      }
    }
  }
  mark_ = mark;
  if (call_invalid_rules_) {
    invalid_dict_comprehension();
    mark_ = mark;
  }
  return nullptr;
}

// ---------------------------------------------------------------- 7. call arguments

// arguments (memo): args [','] &')' | invalid_arguments
Call* Parser::arguments() {
  Depth depth(this);
  void* memo;
  if (memo_get(M_arguments, memo)) return static_cast<Call*>(memo);
  int mark = mark_;
  Call* res = nullptr;
  if (Call* a = args()) {
    expect(Tok::COMMA);
    if (lookahead(Tok::RPAR)) res = a;
  }
  if (!res) {
    mark_ = mark;
    if (call_invalid_rules_) {
      invalid_arguments();
      mark_ = mark;
    }
  }
  memo_put(mark, M_arguments, res);
  return res;
}

// args:
//     | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
//       [',' kwargs]
//     | kwargs
Call* Parser::args() {
  Depth depth(this);
  int mark = mark_;
  ExprList a;
  for (;;) {
    int m = mark_;
    if (!a.empty() && !expect(Tok::COMMA)) break;
    int e_mark = mark_;
    expr* e = starred_expression();
    if (!e) {
      mark_ = e_mark;
      e = assignment_expression();
      if (!e) {
        mark_ = e_mark;
        e = expression();
        if (e && lookahead(Tok::COLONEQUAL)) e = nullptr;
      }
      if (e && lookahead(Tok::EQUAL)) e = nullptr;
    }
    if (!e) {
      mark_ = m;
      break;
    }
    a.push_back(e);
  }
  if (!a.empty()) {
    int m = mark_;
    std::vector<KeywordOrStarred*>* b = nullptr;
    if (expect(Tok::COMMA)) {
      b = kwargs();
      if (!b) mark_ = m;
    }
    return collect_call_seqs(a, b, mark);
  }
  mark_ = mark;
  if (auto* k = kwargs()) return call_from_kwargs(*k, mark);
  mark_ = mark;
  return nullptr;
}

// kwargs:
//     | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//     | ','.kwarg_or_starred+
//     | ','.kwarg_or_double_starred+
std::vector<KeywordOrStarred*>* Parser::kwargs() {
  int mark = mark_;
  auto gather = [this](bool double_starred, std::vector<KeywordOrStarred*>& out) {
    for (;;) {
      int m = mark_;
      if (!out.empty() && !expect(Tok::COMMA)) break;
      KeywordOrStarred* k = double_starred ? kwarg_or_double_starred() : kwarg_or_starred();
      if (!k) {
        mark_ = m;
        break;
      }
      out.push_back(k);
    }
    return !out.empty();
  };
  std::vector<KeywordOrStarred*> a;
  if (gather(false, a)) {
    int m = mark_;
    std::vector<KeywordOrStarred*> b;
    if (expect(Tok::COMMA) && gather(true, b)) {
      a.insert(a.end(), b.begin(), b.end());
      return keep(std::move(a));
    }
    mark_ = m;
    return keep(std::move(a));
  }
  mark_ = mark;
  std::vector<KeywordOrStarred*> b;
  if (gather(true, b)) return keep(std::move(b));
  mark_ = mark;
  return nullptr;
}

// starred_expression: '*' expression
expr* Parser::starred_expression() {
  int mark = mark_;
  if (expect(Tok::STAR)) {
    if (expr* a = expression()) {
      auto* s = node<Starred>(mark);
      s->value = a;
      return s;
    }
  }
  mark_ = mark;
  return nullptr;
}

// kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
KeywordOrStarred* Parser::kwarg_or_starred() {
  int mark = mark_;
  if (call_invalid_rules_) {
    invalid_kwarg();
    mark_ = mark;
  }
  if (const Token* a = expect(Tok::NAME)) {
    if (expect(Tok::EQUAL)) {
      if (expr* b = expression()) {
        auto* k = node<keyword>(mark);
        k->arg = identifier(a);
        k->value = b;
        return keep(KeywordOrStarred{k, true});
      }
    }
  }
  mark_ = mark;
  if (expr* a = starred_expression()) return keep(KeywordOrStarred{a, false});
  mark_ = mark;
  return nullptr;
}

// kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
KeywordOrStarred* Parser::kwarg_or_double_starred() {
  int mark = mark_;
  if (call_invalid_rules_) {
    invalid_kwarg();
    mark_ = mark;
  }
  if (const Token* a = expect(Tok::NAME)) {
    if (expect(Tok::EQUAL)) {
      if (expr* b = expression()) {
        auto* k = node<keyword>(mark);
        k->arg = identifier(a);
        k->value = b;
        return keep(KeywordOrStarred{k, true});
      }
    }
  }
  mark_ = mark;
  if (expect(Tok::DOUBLESTAR)) {
    if (expr* a = expression()) {
      auto* k = node<keyword>(mark);
      k->value = a;
      return keep(KeywordOrStarred{k, true});
    }
  }
  mark_ = mark;
  return nullptr;
}

}  // namespace al::parser
