// Assignment and del target rules of CPython 3.11's Grammar/python.gram ("ASSIGNMENT
// TARGETS"). t_primary is left-recursive in the grammar: here a loop with its lookaheads.
//
// Rules in order: star_targets, star_targets_list_seq, star_targets_tuple_seq, star_target,
// target_with_star_atom, star_atom, single_target, single_subscript_attribute_target,
// t_primary, t_lookahead, del_targets, del_target, del_t_atom.
#include "engine/compiler/parser_impl.h"

namespace al::parser {

using namespace al::ast;

// star_targets: star_target !',' | star_target (',' star_target)* [',']
expr* Parser::star_targets() {
  Depth depth(this);
  int mark = mark_;
  expr* a = star_target();
  if (!a) return nullptr;
  if (!lookahead(Tok::COMMA)) return a;
  ExprList elts{a};
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    expr* c = star_target();
    if (!c) {
      mark_ = m;
      break;
    }
    elts.push_back(c);
  }
  expect(Tok::COMMA);
  auto* t = node<Tuple>(mark);
  t->elts = std::move(elts);
  t->ctx = ExprContext::Store;
  return t;
}

// star_targets_list_seq: ','.star_target+ [',']
ExprList* Parser::star_targets_list_seq() {
  expr* a = star_target();
  if (!a) return nullptr;
  ExprList out{a};
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    expr* b = star_target();
    if (!b) {
      mark_ = m;
      break;
    }
    out.push_back(b);
  }
  expect(Tok::COMMA);
  return keep(std::move(out));
}

// star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
ExprList* Parser::star_targets_tuple_seq() {
  int mark = mark_;
  expr* a = star_target();
  if (!a) return nullptr;
  ExprList out{a};
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    expr* c = star_target();
    if (!c) {
      mark_ = m;
      break;
    }
    out.push_back(c);
  }
  if (out.size() > 1) {
    expect(Tok::COMMA);
    return keep(std::move(out));
  }
  if (expect(Tok::COMMA)) return keep(std::move(out));
  mark_ = mark;
  return nullptr;
}

// star_target (memo): '*' (!'*' star_target) | target_with_star_atom
expr* Parser::star_target() {
  Depth depth(this);
  void* memo;
  if (memo_get(M_star_target, memo)) return static_cast<expr*>(memo);
  int mark = mark_;
  expr* res = nullptr;
  if (expect(Tok::STAR) && !lookahead(Tok::STAR)) {
    if (expr* a = star_target()) {
      auto* s = node<Starred>(mark);
      s->value = set_expr_context(a, ExprContext::Store);
      s->ctx = ExprContext::Store;
      res = s;
    }
  }
  if (!res) {
    mark_ = mark;
    res = target_with_star_atom();
  }
  memo_put(mark, M_star_target, res);
  return res;
}

// target_with_star_atom (memo):
//     | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
expr* Parser::target_with_star_atom() {
  Depth depth(this);
  void* memo;
  if (memo_get(M_target_with_star_atom, memo)) return static_cast<expr*>(memo);
  int mark = mark_;
  expr* res = single_subscript_attribute_target();
  if (!res) {
    mark_ = mark;
    res = star_atom();
  }
  memo_put(mark, M_target_with_star_atom, res);
  return res;
}

// star_atom:
//     | NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
//     | '[' [star_targets_list_seq] ']'
expr* Parser::star_atom() {
  Depth depth(this);
  int mark = mark_;
  if (Name* a = name_token()) return set_expr_context(a, ExprContext::Store);
  if (expect(Tok::LPAR)) {
    if (expr* a = target_with_star_atom()) {
      if (expect(Tok::RPAR)) return set_expr_context(a, ExprContext::Store);
    }
  }
  mark_ = mark;
  if (expect(Tok::LPAR)) {
    int m = mark_;
    ExprList* a = star_targets_tuple_seq();
    if (!a) mark_ = m;
    if (expect(Tok::RPAR)) {
      auto* t = node<Tuple>(mark);
      if (a) t->elts = *a;
      t->ctx = ExprContext::Store;
      return t;
    }
  }
  mark_ = mark;
  if (expect(Tok::LSQB)) {
    int m = mark_;
    ExprList* a = star_targets_list_seq();
    if (!a) mark_ = m;
    if (expect(Tok::RSQB)) {
      auto* l = node<List>(mark);
      if (a) l->elts = *a;
      l->ctx = ExprContext::Store;
      return l;
    }
  }
  mark_ = mark;
  return nullptr;
}

// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
expr* Parser::single_target() {
  int mark = mark_;
  if (expr* a = single_subscript_attribute_target()) return a;
  mark_ = mark;
  if (Name* a = name_token()) return set_expr_context(a, ExprContext::Store);
  if (expect(Tok::LPAR)) {
    if (expr* a = single_target()) {
      if (expect(Tok::RPAR)) return a;
    }
  }
  mark_ = mark;
  return nullptr;
}

// single_subscript_attribute_target:
//     | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
expr* Parser::single_subscript_attribute_target() {
  int mark = mark_;
  if (expr* a = t_primary()) {
    if (expect(Tok::DOT)) {
      if (const Token* b = expect(Tok::NAME)) {
        if (!t_lookahead()) {
          auto* e = node<Attribute>(mark);
          e->value = a;
          e->attr = identifier(b);
          e->ctx = ExprContext::Store;
          return e;
        }
      }
    }
  }
  mark_ = mark;
  if (expr* a = t_primary()) {
    if (expect(Tok::LSQB)) {
      if (expr* b = slices()) {
        if (expect(Tok::RSQB) && !t_lookahead()) {
          auto* e = node<Subscript>(mark);
          e->value = a;
          e->slice = b;
          e->ctx = ExprContext::Store;
          return e;
        }
      }
    }
  }
  mark_ = mark;
  return nullptr;
}

// t_primary:
//     | t_primary '.' NAME &t_lookahead | t_primary '[' slices ']' &t_lookahead
//     | t_primary genexp &t_lookahead | t_primary '(' [arguments] ')' &t_lookahead
//     | atom &t_lookahead
expr* Parser::t_primary() {
  Depth depth(this);
  void* memo;
  if (memo_get(M_t_primary, memo)) return static_cast<expr*>(memo);
  int mark = mark_;
  expr* res = atom();
  if (res && !t_lookahead()) res = nullptr;
  if (!res) mark_ = mark;
  while (res) {
    int m = mark_;
    if (expect(Tok::DOT)) {
      if (const Token* b = expect(Tok::NAME)) {
        if (t_lookahead()) {
          auto* e = node<Attribute>(mark);
          e->value = res;
          e->attr = identifier(b);
          res = e;
          continue;
        }
      }
    }
    mark_ = m;
    if (expect(Tok::LSQB)) {
      if (expr* b = slices()) {
        if (expect(Tok::RSQB) && t_lookahead()) {
          auto* e = node<Subscript>(mark);
          e->value = res;
          e->slice = b;
          res = e;
          continue;
        }
      }
    }
    mark_ = m;
    if (expr* g = genexp()) {
      if (t_lookahead()) {
        auto* e = node<Call>(mark);
        e->func = res;
        e->args = {g};
        res = e;
        continue;
      }
    }
    mark_ = m;
    if (expect(Tok::LPAR)) {
      Call* b = arguments();
      if (expect(Tok::RPAR) && t_lookahead()) {
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
    break;
  }
  memo_put(mark, M_t_primary, res);
  return res;
}

// t_lookahead: '(' | '[' | '.'
bool Parser::t_lookahead() {
  Tok t = peek()->type;
  return t == Tok::LPAR || t == Tok::LSQB || t == Tok::DOT;
}

// del_targets: ','.del_target+ [',']
ExprList* Parser::del_targets() {
  expr* a = del_target();
  if (!a) return nullptr;
  ExprList out{a};
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    expr* b = del_target();
    if (!b) {
      mark_ = m;
      break;
    }
    out.push_back(b);
  }
  expect(Tok::COMMA);
  return keep(std::move(out));
}

// del_target (memo):
//     | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
expr* Parser::del_target() {
  Depth depth(this);
  void* memo;
  if (memo_get(M_del_target, memo)) return static_cast<expr*>(memo);
  int mark = mark_;
  expr* res = nullptr;
  if (expr* a = t_primary()) {
    if (expect(Tok::DOT)) {
      if (const Token* b = expect(Tok::NAME)) {
        if (!t_lookahead()) {
          auto* e = node<Attribute>(mark);
          e->value = a;
          e->attr = identifier(b);
          e->ctx = ExprContext::Del;
          res = e;
        }
      }
    }
  }
  if (!res) {
    mark_ = mark;
    if (expr* a = t_primary()) {
      if (expect(Tok::LSQB)) {
        if (expr* b = slices()) {
          if (expect(Tok::RSQB) && !t_lookahead()) {
            auto* e = node<Subscript>(mark);
            e->value = a;
            e->slice = b;
            e->ctx = ExprContext::Del;
            res = e;
          }
        }
      }
    }
  }
  if (!res) {
    mark_ = mark;
    res = del_t_atom();
  }
  memo_put(mark, M_del_target, res);
  return res;
}

// del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
expr* Parser::del_t_atom() {
  int mark = mark_;
  if (Name* a = name_token()) return set_expr_context(a, ExprContext::Del);
  if (expect(Tok::LPAR)) {
    if (expr* a = del_target()) {
      if (expect(Tok::RPAR)) return set_expr_context(a, ExprContext::Del);
    }
  }
  mark_ = mark;
  if (expect(Tok::LPAR)) {
    int m = mark_;
    ExprList* a = del_targets();
    if (!a) mark_ = m;
    if (expect(Tok::RPAR)) {
      auto* t = node<Tuple>(mark);
      if (a) t->elts = *a;
      t->ctx = ExprContext::Del;
      return t;
    }
  }
  mark_ = mark;
  if (expect(Tok::LSQB)) {
    int m = mark_;
    ExprList* a = del_targets();
    if (!a) mark_ = m;
    if (expect(Tok::RSQB)) {
      auto* l = node<List>(mark);
      if (a) l->elts = *a;
      l->ctx = ExprContext::Del;
      return l;
    }
  }
  mark_ = mark;
  return nullptr;
}

}  // namespace al::parser
