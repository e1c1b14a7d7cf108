// Assignment and del target rules of CPython 3.11's Grammar/python.gram ("ASSIGNMENT
// TARGETS"). t_primary is left-recursive in the grammar: here a loop with its lookaheads.
//
// Rules in order: star_targets, star_targets_list_seq, star_targets_tuple_seq, star_target,
// target_with_star_atom, star_atom, single_target, single_subscript_attribute_target (with
// the alternatives del_target shares), t_primary, t_lookahead, del_targets, del_target,
// del_t_atom.
#include "engine/compiler/parser_impl.h"

namespace al::parser {

using namespace al::ast;

// star_targets: star_target !',' | star_target (',' star_target)* [',']
expr* Parser::star_targets() {
  Depth depth(this);
  return tuple_or_single(&Parser::star_target, ExprContext::Store);
}

// star_targets_list_seq: ','.star_target+ [',']
ExprList* Parser::star_targets_list_seq() {
  return comma_list(&Parser::star_target);
}

// star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
ExprList* Parser::star_targets_tuple_seq() {
  int mark = mark_;
  ExprList out;
  if (!gather(Tok::COMMA, &Parser::star_target, out)) return nullptr;
  if (expect(Tok::COMMA) || out.size() > 1) return keep(std::move(out));
  mark_ = mark;
  return nullptr;
}

// star_target (memo): '*' (!'*' star_target) | target_with_star_atom
expr* Parser::star_target() {
  Depth depth(this);
  return memoized<expr>(M_star_target, [&](int mark) -> expr* {
    if (expect(Tok::STAR) && !lookahead(Tok::STAR)) {
      if (expr* a = star_target()) {
        auto* s = node<Starred>(mark);
        s->value = set_expr_context(a, ExprContext::Store);
        s->ctx = ExprContext::Store;
        return s;
      }
    }
    mark_ = mark;
    return target_with_star_atom();
  });
}

// target_with_star_atom (memo):
//     | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
expr* Parser::target_with_star_atom() {
  Depth depth(this);
  return memoized<expr>(M_target_with_star_atom, [&](int mark) {
    if (expr* a = single_subscript_attribute_target()) return a;
    mark_ = mark;
    return star_atom();
  });
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
  if (expr* a = bracketed_sequence<Tuple>(Tok::LPAR, &Parser::star_targets_tuple_seq, Tok::RPAR,
                                          ExprContext::Store)) {
    return a;
  }
  return bracketed_sequence<List>(Tok::LSQB, &Parser::star_targets_list_seq, Tok::RSQB,
                                  ExprContext::Store);
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
  return subscript_attribute_target(ExprContext::Store);
}

// The alternatives that single_subscript_attribute_target and del_target share, in context `ctx`:
//     | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
expr* Parser::subscript_attribute_target(ExprContext ctx) {
  int mark = mark_;
  if (expr* a = t_primary()) {
    if (expect(Tok::DOT)) {
      if (const Token* b = expect(Tok::NAME)) {
        if (!t_lookahead()) return attribute_node(mark, a, b, ctx);
      }
    }
  }
  mark_ = mark;
  if (expr* a = t_primary()) {
    if (expect(Tok::LSQB)) {
      if (expr* b = slices()) {
        if (expect(Tok::RSQB) && !t_lookahead()) return subscript_node(mark, a, b, ctx);
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
  return memoized<expr>(M_t_primary, [&](int mark) {
    expr* res = atom();
    if (res && !t_lookahead()) res = nullptr;
    if (!res) mark_ = mark;
    while (res) {
      int m = mark_;
      if (expect(Tok::DOT)) {
        if (const Token* b = expect(Tok::NAME)) {
          if (t_lookahead()) {
            res = attribute_node(mark, res, b, ExprContext::Load);
            continue;
          }
        }
      }
      mark_ = m;
      if (expect(Tok::LSQB)) {
        if (expr* b = slices()) {
          if (expect(Tok::RSQB) && t_lookahead()) {
            res = subscript_node(mark, res, b, ExprContext::Load);
            continue;
          }
        }
      }
      mark_ = m;
      if (expr* g = genexp()) {
        if (t_lookahead()) {
          res = genexp_call_node(mark, res, g);
          continue;
        }
      }
      mark_ = m;
      if (expect(Tok::LPAR)) {
        Call* b = arguments();
        if (expect(Tok::RPAR) && t_lookahead()) {
          res = call_node(mark, res, b);
          continue;
        }
      }
      mark_ = m;
      break;
    }
    return res;
  });
}

// t_lookahead: '(' | '[' | '.'
bool Parser::t_lookahead() {
  Tok t = peek()->type;
  return t == Tok::LPAR || t == Tok::LSQB || t == Tok::DOT;
}

// del_targets: ','.del_target+ [',']
ExprList* Parser::del_targets() {
  return comma_list(&Parser::del_target);
}

// del_target (memo):
//     | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
expr* Parser::del_target() {
  Depth depth(this);
  return memoized<expr>(M_del_target, [&](int mark) {
    if (expr* a = subscript_attribute_target(ExprContext::Del)) return a;
    mark_ = mark;
    return del_t_atom();
  });
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
  if (expr* a =
          bracketed_sequence<Tuple>(Tok::LPAR, &Parser::del_targets, Tok::RPAR, ExprContext::Del)) {
    return a;
  }
  return bracketed_sequence<List>(Tok::LSQB, &Parser::del_targets, Tok::RSQB, ExprContext::Del);
}

}  // namespace al::parser
