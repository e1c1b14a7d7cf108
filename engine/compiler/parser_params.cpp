// Parameter rules of CPython 3.11's Grammar/python.gram ("Function parameters" and the
// lambda_* twins), with their invalid_* rules. The twins differ only in annotations and in
// the token that ends the list (')' for def, ':' for lambda), so one function serves both.
//
// Sections: 1. parameter lists  2. single parameters  3. invalid rules
#include "engine/compiler/parser_impl.h"

namespace al::parser {

using namespace al::ast;

namespace {
Tok closer(bool lam) {
  return lam ? Tok::COLON : Tok::RPAR;
}
}  // namespace

// ---------------------------------------------------------------- 1. parameter lists

// params: invalid_parameters | parameters
ast::arguments* Parser::params() {
  run_invalid([this] { invalid_parameters(false); }, mark_);
  return parameters(false);
}

// lambda_params: invalid_lambda_parameters | lambda_parameters
ast::arguments* Parser::lambda_params() {
  run_invalid([this] { invalid_parameters(true); }, mark_);
  return parameters(true);
}

// parameters:
//     | slash_no_default param_no_default* param_with_default* [star_etc]
//     | slash_with_default param_with_default* [star_etc]
//     | param_no_default+ param_with_default* [star_etc]
//     | param_with_default+ [star_etc]
//     | star_etc
ast::arguments* Parser::parameters(bool lam) {
  int mark = mark_;
  auto no_defaults = [&] {
    std::vector<Arg*> out;
    while (Arg* a = param_no_default(lam)) out.push_back(a);
    return out;
  };
  auto with_defaults = [&] {
    std::vector<NameDefaultPair*> out;
    while (NameDefaultPair* a = param_with_default(lam)) out.push_back(a);
    return out;
  };
  if (auto* a = slash_no_default(lam)) {
    auto b = no_defaults();
    auto c = with_defaults();
    StarEtc* d = star_etc(lam);
    return make_arguments(a, nullptr, &b, &c, d);
  }
  mark_ = mark;
  if (SlashWithDefault* a = slash_with_default(lam)) {
    auto b = with_defaults();
    StarEtc* c = star_etc(lam);
    return make_arguments(nullptr, a, nullptr, &b, c);
  }
  mark_ = mark;
  {
    auto a = no_defaults();
    if (!a.empty()) {
      auto b = with_defaults();
      StarEtc* c = star_etc(lam);
      return make_arguments(nullptr, nullptr, &a, &b, c);
    }
  }
  mark_ = mark;
  {
    auto a = with_defaults();
    if (!a.empty()) {
      StarEtc* b = star_etc(lam);
      return make_arguments(nullptr, nullptr, nullptr, &a, b);
    }
  }
  mark_ = mark;
  if (StarEtc* a = star_etc(lam)) return make_arguments(nullptr, nullptr, nullptr, nullptr, a);
  mark_ = mark;
  return nullptr;
}

// slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
std::vector<Arg*>* Parser::slash_no_default(bool lam) {
  int mark = mark_;
  std::vector<Arg*> a;
  while (Arg* x = param_no_default(lam)) a.push_back(x);
  if (!a.empty() && expect(Tok::SLASH)) {
    if (expect(Tok::COMMA) || lookahead(closer(lam))) return keep(std::move(a));
  }
  mark_ = mark;
  return nullptr;
}

// slash_with_default: param_no_default* param_with_default+ '/' (',' | &')')
SlashWithDefault* Parser::slash_with_default(bool lam) {
  int mark = mark_;
  SlashWithDefault r;
  while (Arg* x = param_no_default(lam)) r.plain_names.push_back(x);
  while (NameDefaultPair* x = param_with_default(lam)) r.names_with_defaults.push_back(x);
  if (!r.names_with_defaults.empty() && expect(Tok::SLASH)) {
    if (expect(Tok::COMMA) || lookahead(closer(lam))) return keep(std::move(r));
  }
  mark_ = mark;
  return nullptr;
}

// star_etc:
//     | invalid_star_etc
//     | '*' param_no_default param_maybe_default* [kwds]
//     | '*' param_no_default_star_annotation param_maybe_default* [kwds]   (def only)
//     | '*' ',' param_maybe_default+ [kwds]
//     | kwds
StarEtc* Parser::star_etc(bool lam) {
  int mark = mark_;
  run_invalid([this, lam] { invalid_star_etc(lam); }, mark);
  auto maybe_defaults = [&] {
    std::vector<NameDefaultPair*> out;
    while (NameDefaultPair* a = param_maybe_default(lam)) out.push_back(a);
    return out;
  };
  for (bool star_annotation : {false, true}) {
    if (star_annotation && lam) break;
    mark_ = mark;
    if (!expect(Tok::STAR)) continue;
    Arg* a = star_annotation ? param_no_default_star_annotation() : param_no_default(lam);
    if (!a) continue;
    StarEtc r;
    r.vararg = a;
    r.kwonlyargs = maybe_defaults();
    r.kwarg = kwds(lam);
    return keep(std::move(r));
  }
  mark_ = mark;
  if (expect(Tok::STAR) && expect(Tok::COMMA)) {
    auto b = maybe_defaults();
    if (!b.empty()) {
      StarEtc r;
      r.kwonlyargs = std::move(b);
      r.kwarg = kwds(lam);
      return keep(std::move(r));
    }
  }
  mark_ = mark;
  if (Arg* a = kwds(lam)) {
    StarEtc r;
    r.kwarg = a;
    return keep(std::move(r));
  }
  mark_ = mark;
  return nullptr;
}

// kwds: invalid_kwds | '**' param_no_default
Arg* Parser::kwds(bool lam) {
  int mark = mark_;
  run_invalid([this, lam] { invalid_kwds(lam); }, mark);
  return after(Tok::DOUBLESTAR, [this, lam] { return param_no_default(lam); });
}

// ---------------------------------------------------------------- 2. single parameters

// param_no_default: param ',' | param &')'
Arg* Parser::param_no_default(bool lam) {
  int mark = mark_;
  if (Arg* a = param(lam)) {
    if (expect(Tok::COMMA) || lookahead(closer(lam))) return a;
  }
  mark_ = mark;
  return nullptr;
}

// param_no_default_star_annotation: param_star_annotation ',' | param_star_annotation &')'
Arg* Parser::param_no_default_star_annotation() {
  int mark = mark_;
  if (Arg* a = param_star_annotation()) {
    if (expect(Tok::COMMA) || lookahead(Tok::RPAR)) return a;
  }
  mark_ = mark;
  return nullptr;
}

// param_with_default: param default ',' | param default &')'
NameDefaultPair* Parser::param_with_default(bool lam) {
  int mark = mark_;
  if (Arg* a = param(lam)) {
    if (expr* c = default_()) {
      if (expect(Tok::COMMA) || lookahead(closer(lam))) return keep(NameDefaultPair{a, c});
    }
  }
  mark_ = mark;
  return nullptr;
}

// param_maybe_default: param default? ',' | param default? &')'
NameDefaultPair* Parser::param_maybe_default(bool lam) {
  int mark = mark_;
  if (Arg* a = param(lam)) {
    expr* c = default_();
    if (expect(Tok::COMMA) || lookahead(closer(lam))) return keep(NameDefaultPair{a, c});
  }
  mark_ = mark;
  return nullptr;
}

// param: NAME annotation?   (lambda_param: NAME)
Arg* Parser::param(bool lam) {
  int mark = mark_;
  const Token* a = expect(Tok::NAME);
  if (!a) return nullptr;
  expr* b = lam ? nullptr : annotation();
  auto* n = node<Arg>(mark);
  n->arg = identifier(a);
  n->annotation = b;
  return n;
}

// param_star_annotation: NAME star_annotation
Arg* Parser::param_star_annotation() {
  int mark = mark_;
  if (const Token* a = expect(Tok::NAME)) {
    if (expr* b = star_annotation()) {
      auto* n = node<Arg>(mark);
      n->arg = identifier(a);
      n->annotation = b;
      return n;
    }
  }
  mark_ = mark;
  return nullptr;
}

// annotation: ':' expression
expr* Parser::annotation() {
  return after(Tok::COLON, &Parser::expression);
}

// star_annotation: ':' star_expression
expr* Parser::star_annotation() {
  return after(Tok::COLON, &Parser::star_expression);
}

// default: '=' expression | invalid_default
expr* Parser::default_() {
  int mark = mark_;
  if (expr* a = after(Tok::EQUAL, &Parser::expression)) return a;
  run_invalid(&Parser::invalid_default, mark);
  return nullptr;
}

// ---------------------------------------------------------------- 3. invalid rules

// invalid_parameters (and invalid_lambda_parameters):
//     | param_no_default* invalid_parameters_helper a=param_no_default
//     | param_no_default* a='(' param_no_default+ ','? b=')'        (lambda: ','.lambda_param+)
//     | a="/" ','
//     | (slash_no_default | slash_with_default) param_maybe_default* a='/'
//     | (slash_no_default | slash_with_default)? param_maybe_default* '*'
//       (',' | param_no_default) param_maybe_default* a='/'
//     | param_maybe_default+ '/' a='*'
void Parser::invalid_parameters(bool lam) {
  int mark = mark_;
  auto skip_no_defaults = [&] {
    while (param_no_default(lam)) {
    }
  };
  auto skip_maybe_defaults = [&] {
    int n = 0;
    while (param_maybe_default(lam)) ++n;
    return n;
  };
  skip_no_defaults();
  if (invalid_parameters_helper(lam)) {
    if (Arg* a = param_no_default(lam)) {
      raise_at(span(a), "non-default argument follows default argument");
    }
  }
  mark_ = mark;
  skip_no_defaults();
  if (const Token* a = expect(Tok::LPAR)) {
    bool ok = false;
    if (lam) {
      if (param(true)) {
        ok = true;
        for (;;) {
          int m = mark_;
          if (!expect(Tok::COMMA) || !param(true)) {
            mark_ = m;
            break;
          }
        }
      }
    } else {
      while (param_no_default(lam)) ok = true;
    }
    if (ok) {
      expect(Tok::COMMA);
      if (const Token* b = expect(Tok::RPAR)) {
        raise_range(span(a), span(b),
                    lam ? "Lambda expression parameters cannot be parenthesized"
                        : "Function parameters cannot be parenthesized");
      }
    }
  }
  mark_ = mark;
  if (const Token* a = expect(Tok::SLASH)) {
    if (expect(Tok::COMMA)) raise_at(span(a), "at least one argument must precede /");
  }
  mark_ = mark;
  {
    bool slash = slash_no_default(lam) != nullptr;
    if (!slash) {
      mark_ = mark;
      slash = slash_with_default(lam) != nullptr;
    }
    if (slash) {
      skip_maybe_defaults();
      if (const Token* a = expect(Tok::SLASH)) raise_at(span(a), "/ may appear only once");
    }
  }
  mark_ = mark;
  {
    if (!slash_no_default(lam)) {
      mark_ = mark;
      if (!slash_with_default(lam)) mark_ = mark;
    }
    skip_maybe_defaults();
    if (expect(Tok::STAR)) {
      bool ok = expect(Tok::COMMA) != nullptr || param_no_default(lam) != nullptr;
      if (ok) {
        skip_maybe_defaults();
        if (const Token* a = expect(Tok::SLASH)) raise_at(span(a), "/ must be ahead of *");
      }
    }
  }
  mark_ = mark;
  if (skip_maybe_defaults() > 0 && expect(Tok::SLASH)) {
    if (const Token* a = expect(Tok::STAR)) raise_at(span(a), "expected comma between / and *");
  }
  mark_ = mark;
}

// invalid_parameters_helper: slash_with_default | param_with_default+
bool Parser::invalid_parameters_helper(bool lam) {
  int mark = mark_;
  if (slash_with_default(lam)) return true;
  mark_ = mark;
  bool any = false;
  while (param_with_default(lam)) any = true;
  if (!any) mark_ = mark;
  return any;
}

// invalid_default: a='=' &(')'|',')
void Parser::invalid_default() {
  int mark = mark_;
  if (const Token* a = expect(Tok::EQUAL)) {
    if (lookahead(Tok::RPAR) || lookahead(Tok::COMMA)) {
      raise_at(span(a), "expected default value expression");
    }
  }
  mark_ = mark;
}

// invalid_star_etc:
//     | a='*' (')' | ',' (')' | '**'))          (lambda: '*' (':' | ',' (':' | '**')))
//     | '*' param a='='
//     | '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
void Parser::invalid_star_etc(bool lam) {
  int mark = mark_;
  if (const Token* a = expect(Tok::STAR)) {
    bool hit = expect(closer(lam)) != nullptr;
    if (!hit) {
      int m = mark_;
      hit = expect(Tok::COMMA) && (expect(closer(lam)) || expect(Tok::DOUBLESTAR));
      if (!hit) mark_ = m;
    }
    if (hit) {
      if (lam) raise_error("SyntaxError", "named arguments must follow bare *");
      raise_at(span(a), "named arguments must follow bare *");
    }
  }
  mark_ = mark;
  if (expect(Tok::STAR) && param(lam)) {
    if (const Token* a = expect(Tok::EQUAL)) {
      raise_at(span(a), "var-positional argument cannot have default value");
    }
  }
  mark_ = mark;
  if (expect(Tok::STAR)) {
    int m = mark_;
    bool ok = param_no_default(lam) != nullptr;
    if (!ok) {
      mark_ = m;
      ok = expect(Tok::COMMA) != nullptr;
    }
    if (ok) {
      while (param_maybe_default(lam)) {
      }
      if (const Token* a = expect(Tok::STAR)) {
        int m2 = mark_;
        bool again = param_no_default(lam) != nullptr;
        if (!again) {
          mark_ = m2;
          again = expect(Tok::COMMA) != nullptr;
        }
        if (again) raise_at(span(a), "* argument may appear only once");
      }
    }
  }
  mark_ = mark;
}

// invalid_kwds:
//     | '**' param a='='
//     | '**' param ',' a=param
//     | '**' param ',' a=('*'|'**'|'/')
void Parser::invalid_kwds(bool lam) {
  int mark = mark_;
  if (expect(Tok::DOUBLESTAR) && param(lam)) {
    if (const Token* a = expect(Tok::EQUAL)) {
      raise_at(span(a), "var-keyword argument cannot have default value");
    }
  }
  mark_ = mark;
  if (expect(Tok::DOUBLESTAR) && param(lam) && expect(Tok::COMMA)) {
    if (Arg* a = param(lam)) raise_at(span(a), "arguments cannot follow var-keyword argument");
  }
  mark_ = mark;
  if (expect(Tok::DOUBLESTAR) && param(lam) && expect(Tok::COMMA)) {
    const Token* a = peek();
    if (a->type == Tok::STAR || a->type == Tok::DOUBLESTAR || a->type == Tok::SLASH) {
      ++mark_;
      raise_at(span(a), "arguments cannot follow var-keyword argument");
    }
  }
  mark_ = mark;
}

}  // namespace al::parser
