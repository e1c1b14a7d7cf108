// Expression rules of CPython 3.11's Grammar/python.gram ("EXPRESSIONS" to "FUNCTION CALL
// ARGUMENTS"). Left-recursive rules (bitwise_or ... primary) are loops, which accept exactly
// what pegen's seed-growing accepts for these rules.
//
// Sections: 1. expression lists  2. boolean and comparison  3. arithmetic  4. primaries
//           5. atoms and displays  6. comprehensions  7. call arguments
#include <algorithm>

#include "engine/compiler/parser_impl.h"

namespace al::parser {

using namespace al::ast;

// ---------------------------------------------------------------- 1. expression lists

// expressions: expression (',' expression)+ [','] | expression ',' | expression
expr* Parser::expressions() {
  return tuple_or_single(&Parser::expression, ExprContext::Load);
}

// expression (memo):
//     | invalid_expression | invalid_legacy_expression
//     | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
expr* Parser::expression() {
  Depth depth(this);
  return memoized<expr>(M_expression, [&](int mark) {
    run_invalid(&Parser::invalid_expression, mark);
    run_invalid(&Parser::invalid_legacy_expression, mark);
    return expression_alternatives();
  });
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
  return tuple_or_single(&Parser::star_expression, ExprContext::Load);
}

// star_expression (memo): '*' bitwise_or | expression
expr* Parser::star_expression() {
  Depth depth(this);
  return memoized<expr>(M_star_expression, [&](int mark) -> expr* {
    if (expect(Tok::STAR)) {
      if (expr* a = bitwise_or()) {
        auto* s = node<Starred>(mark);
        s->value = a;
        return s;
      }
    }
    mark_ = mark;
    return expression();
  });
}

// star_named_expressions: ','.star_named_expression+ [',']
ExprList* Parser::star_named_expressions() {
  return comma_list(&Parser::star_named_expression);
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
  run_invalid(&Parser::invalid_named_expression, mark);
  if (expr* a = expression()) {
    if (!lookahead(Tok::COLONEQUAL)) return a;
  }
  mark_ = mark;
  return nullptr;
}

// ---------------------------------------------------------------- 2. boolean and comparison

// disjunction (memo): conjunction ('or' conjunction)+ | conjunction
expr* Parser::disjunction() {
  return bool_op_level(M_disjunction, &Parser::conjunction, Tok::KW_OR, BoolOperator::Or);
}

// conjunction (memo): inversion ('and' inversion)+ | inversion
expr* Parser::conjunction() {
  return bool_op_level(M_conjunction, &Parser::inversion, Tok::KW_AND, BoolOperator::And);
}

// The shape of disjunction and conjunction: `operand (keyword operand)+ | operand` (memo),
// one BoolOp for the whole chain.
expr* Parser::bool_op_level(MemoRule rule, expr* (Parser::*operand)(), Tok keyword,
                            BoolOperator op) {
  Depth depth(this);
  return memoized<expr>(rule, [&](int mark) {
    expr* res = nullptr;
    ExprList values;
    if (gather(keyword, operand, values)) {
      res = values[0];
      if (values.size() > 1) {
        auto* b = node<BoolOp>(mark);
        b->op = op;
        b->values = std::move(values);
        res = b;
      }
    }
    return res;
  });
}

// inversion (memo): 'not' inversion | comparison
expr* Parser::inversion() {
  Depth depth(this);
  return memoized<expr>(M_inversion, [&](int mark) -> expr* {
    if (expect(Tok::KW_NOT)) {
      if (expr* a = inversion()) {
        auto* u = node<UnaryOp>(mark);
        u->op = UnaryOperator::Not;
        u->operand = a;
        return u;
      }
    }
    mark_ = mark;
    return comparison();
  });
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

// The operators of each left-recursive level, from the loosest (bitwise_or) to term.
constexpr BinaryOperatorToken kBitwiseOr[] = {{Tok::VBAR, Operator::BitOr}};
constexpr BinaryOperatorToken kBitwiseXor[] = {{Tok::CIRCUMFLEX, Operator::BitXor}};
constexpr BinaryOperatorToken kBitwiseAnd[] = {{Tok::AMPER, Operator::BitAnd}};
constexpr BinaryOperatorToken kShiftExpr[] = {{Tok::LEFTSHIFT, Operator::LShift},
                                              {Tok::RIGHTSHIFT, Operator::RShift}};
constexpr BinaryOperatorToken kSum[] = {{Tok::PLUS, Operator::Add}, {Tok::MINUS, Operator::Sub}};
constexpr BinaryOperatorToken kTerm[] = {{Tok::STAR, Operator::Mult},
                                         {Tok::SLASH, Operator::Div},
                                         {Tok::DOUBLESLASH, Operator::FloorDiv},
                                         {Tok::PERCENT, Operator::Mod},
                                         {Tok::AT, Operator::MatMult}};

}  // namespace

// One level `rule: rule op operand | operand` (memo, left-recursive) as a loop that builds the
// same left-associative BinOp chain as pegen's seed growing.
expr* Parser::binary_level(MemoRule rule, expr* (Parser::*operand)(),
                           std::span<const BinaryOperatorToken> operators) {
  Depth depth(this);
  Depth raw_depth(this);  // pegen's left-recursive rules add a level for their raw rule
  return memoized<expr>(rule, [&](int mark) {
    expr* res = (this->*operand)();
    while (res) {
      int m = mark_;
      Tok t = peek()->type;
      auto found = std::find_if(operators.begin(), operators.end(),
                                [t](const BinaryOperatorToken& o) { return o.token == t; });
      if (found == operators.end()) break;
      ++mark_;
      expr* b = (this->*operand)();
      if (!b) {
        mark_ = m;
        break;
      }
      auto* e = node<BinOp>(mark);
      e->left = res;
      e->op = found->op;
      e->right = b;
      res = e;
    }
    return res;
  });
}

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
expr* Parser::bitwise_or() {
  return binary_level(M_bitwise_or, &Parser::bitwise_xor, kBitwiseOr);
}

// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
expr* Parser::bitwise_xor() {
  return binary_level(M_bitwise_xor, &Parser::bitwise_and, kBitwiseXor);
}

// bitwise_and: bitwise_and '&' shift_expr | shift_expr
expr* Parser::bitwise_and() {
  return binary_level(M_bitwise_and, &Parser::shift_expr, kBitwiseAnd);
}

// shift_expr: shift_expr '<<' sum | shift_expr '>>' sum | sum
expr* Parser::shift_expr() {
  return binary_level(M_shift_expr, &Parser::sum, kShiftExpr);
}

// sum: sum '+' term | sum '-' term | term
expr* Parser::sum() {
  return binary_level(M_sum, &Parser::term, kSum);
}

// term: term '*' factor | term '/' factor | term '//' factor | term '%' factor | term '@' factor
//     | factor
expr* Parser::term() {
  return binary_level(M_term, &Parser::factor, kTerm);
}

// factor (memo): '+' factor | '-' factor | '~' factor | power
expr* Parser::factor() {
  Depth depth(this);
  return memoized<expr>(M_factor, [&](int mark) {
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
    return res;
  });
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
  return memoized<expr>(M_await_primary, [&](int mark) -> expr* {
    if (expect(Tok::AWAIT)) {
      if (expr* a = primary()) {
        auto* e = node<Await>(mark);
        e->value = a;
        return e;
      }
    }
    mark_ = mark;
    return primary();
  });
}

// primary:
//     | primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//     | primary '[' slices ']' | atom
expr* Parser::primary() {
  Depth depth(this);
  Depth raw_depth(this);
  return memoized<expr>(M_primary, [&](int mark) {
    expr* res = atom();
    while (res) {
      int m = mark_;
      if (expect(Tok::DOT)) {
        if (const Token* b = expect(Tok::NAME)) {
          res = attribute_node(mark, res, b, ExprContext::Load);
          continue;
        }
      }
      mark_ = m;
      if (expr* g = genexp()) {
        res = genexp_call_node(mark, res, g);
        continue;
      }
      mark_ = m;
      if (expect(Tok::LPAR)) {
        Call* b = arguments();
        if (expect(Tok::RPAR)) {
          res = call_node(mark, res, b);
          continue;
        }
      }
      mark_ = m;
      if (expect(Tok::LSQB)) {
        if (expr* b = slices()) {
          if (expect(Tok::RSQB)) {
            res = subscript_node(mark, res, b, ExprContext::Load);
            continue;
          }
        }
      }
      mark_ = m;
      break;
    }
    return res;
  });
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
expr* Parser::slices() {
  Depth depth(this);
  int mark = mark_;
  if (expr* a = slice()) {
    if (!lookahead(Tok::COMMA)) return a;
  }
  mark_ = mark;
  auto element = [this]() -> expr* {  // (slice | starred_expression)
    int m = mark_;
    if (expr* e = slice()) return e;
    mark_ = m;
    return starred_expression();
  };
  ExprList elts;
  if (!gather(Tok::COMMA, element, elts)) {
    mark_ = mark;
    return nullptr;
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
  run_invalid(&Parser::invalid_group, mark);
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
  return memoized<expr>(M_strings, [&](int) {
    std::vector<const Token*> toks;
    while (const Token* t = expect(Tok::STRING)) toks.push_back(t);
    return toks.empty() ? nullptr : concatenate_strings(toks);
  });
}

// list: '[' [star_named_expressions] ']'
expr* Parser::list() {
  Depth depth(this);
  return bracketed_sequence<List>(Tok::LSQB, &Parser::star_named_expressions, Tok::RSQB,
                                  ExprContext::Load);
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
  return comma_list(&Parser::double_starred_kvpair);
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
  run_invalid(&Parser::invalid_for_target, mark);
  return nullptr;
}

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
template <class Comp, class F>
expr* Parser::comprehension_display(Tok open, F element, Tok close) {
  int mark = mark_;
  if (expect(open)) {
    if (expr* a = call(element)) {
      if (auto* b = for_if_clauses()) {
        if (expect(close)) {
          auto* e = node<Comp>(mark);
          e->elt = a;
          e->generators = *b;
          return e;
        }
      }
    }
  }
  mark_ = mark;
  run_invalid(&Parser::invalid_comprehension, mark);
  return nullptr;
}

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
expr* Parser::listcomp() {
  return comprehension_display<ListComp>(Tok::LSQB, &Parser::named_expression, Tok::RSQB);
}

// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
expr* Parser::setcomp() {
  return comprehension_display<SetComp>(Tok::LBRACE, &Parser::named_expression, Tok::RBRACE);
}

// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' |
//         invalid_comprehension
expr* Parser::genexp() {
  return comprehension_display<GeneratorExp>(
      Tok::LPAR, &Parser::assignment_expression_or_expression, Tok::RPAR);
}

// (assignment_expression | expression !':='), a group of genexp and args
expr* Parser::assignment_expression_or_expression() {
  int mark = mark_;
  if (expr* a = assignment_expression()) return a;
  mark_ = mark;
  expr* a = expression();
  if (a && !lookahead(Tok::COLONEQUAL)) return a;
  mark_ = mark;
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
  run_invalid(&Parser::invalid_dict_comprehension, mark);
  return nullptr;
}

// ---------------------------------------------------------------- 7. call arguments

// arguments (memo): args [','] &')' | invalid_arguments
Call* Parser::arguments() {
  Depth depth(this);
  return memoized<Call>(M_arguments, [&](int mark) -> Call* {
    if (Call* a = args()) {
      expect(Tok::COMMA);
      if (lookahead(Tok::RPAR)) return a;
    }
    mark_ = mark;
    run_invalid(&Parser::invalid_arguments, mark);
    return nullptr;
  });
}

// args:
//     | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
//       [',' kwargs]
//     | kwargs
Call* Parser::args() {
  Depth depth(this);
  int mark = mark_;
  auto positional = [this]() -> expr* {
    int m = mark_;
    if (expr* e = starred_expression()) return e;
    mark_ = m;
    expr* e = assignment_expression_or_expression();
    if (e && !lookahead(Tok::EQUAL)) return e;
    mark_ = m;
    return nullptr;
  };
  ExprList a;
  if (gather(Tok::COMMA, positional, a)) {
    std::vector<KeywordOrStarred*>* b = nullptr;
    int m = mark_;
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
  std::vector<KeywordOrStarred*> a;
  if (gather(Tok::COMMA, &Parser::kwarg_or_starred, a)) {
    int m = mark_;
    if (!expect(Tok::COMMA) || !gather(Tok::COMMA, &Parser::kwarg_or_double_starred, a)) {
      mark_ = m;
    }
    return keep(std::move(a));
  }
  mark_ = mark;
  if (gather(Tok::COMMA, &Parser::kwarg_or_double_starred, a)) return keep(std::move(a));
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
  if (KeywordOrStarred* k = kwarg_name_value()) return k;
  if (expr* a = starred_expression()) return keep(KeywordOrStarred{a, false});
  mark_ = mark;
  return nullptr;
}

// The first alternatives of kwarg_or_starred and kwarg_or_double_starred:
// invalid_kwarg | NAME '=' expression
KeywordOrStarred* Parser::kwarg_name_value() {
  int mark = mark_;
  run_invalid(&Parser::invalid_kwarg, mark);
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
  return nullptr;
}

// kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
KeywordOrStarred* Parser::kwarg_or_double_starred() {
  int mark = mark_;
  if (KeywordOrStarred* k = kwarg_name_value()) return k;
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
