// The grammar actions' helpers: CPython: Parser/action_helpers.c and Parser/pegen.c (token to
// node conversions, argument lists, expression contexts, error helpers).
//
// Sections: 1. tokens to nodes  2. contexts and targets  3. arguments and calls
//           4. error helpers
#include <charconv>
#include <cmath>
#include <cstdint>

#include "engine/compiler/parser_impl.h"
#include "engine/compiler/unicode_tables.h"
#include "engine/compiler/utf8.h"

namespace al::parser {

using namespace al::ast;

// ---------------------------------------------------------------- 1. tokens to nodes

// CPython: _PyPegen_new_identifier: a non-ASCII identifier is NFKC-normalized (here character
// by character, without the canonical composition of combining sequences).
std::string Parser::identifier(const Token* t) const {
  std::string_view s = text(t);
  bool ascii = true;
  for (char c : s) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) return std::string(s);
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t cp = utf8::decode(s, i);
    std::string_view mapped = unicode::nfkc(cp);
    out.append(mapped.empty() ? s.substr(start, i - start) : mapped);
  }
  return out;
}

// CPython: _PyPegen_name_token.
Name* Parser::name_token() {
  int mark = mark_;
  const Token* t = expect(Tok::NAME);
  if (!t) return nullptr;
  auto* n = node<Name>(mark);
  n->id = identifier(t);
  return n;
}

namespace {

// Decimal digits of an unsigned integer written in `base` (2, 8 or 16), for literals that do not
// fit int64: repeated multiply-and-add on base-1e9 limbs.
std::string to_decimal(std::string_view digits, int base) {
  std::vector<std::uint32_t> limbs;  // little-endian, base 1e9
  for (char c : digits) {
    int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    std::uint64_t carry = static_cast<std::uint64_t>(d);
    for (auto& limb : limbs) {
      std::uint64_t v = static_cast<std::uint64_t>(limb) * static_cast<unsigned>(base) + carry;
      limb = static_cast<std::uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    while (carry) {
      limbs.push_back(static_cast<std::uint32_t>(carry % 1000000000u));
      carry /= 1000000000u;
    }
  }
  if (limbs.empty()) return "0";
  std::string out = std::to_string(limbs.back());
  for (std::size_t i = limbs.size() - 1; i-- > 0;) {
    std::string part = std::to_string(limbs[i]);
    out.append(9 - part.size(), '0');
    out.append(part);
  }
  return out;
}

double parse_double(const std::string& s) {
  double v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec == std::errc::result_out_of_range) {
    // Overflow gives inf and underflow 0.0, as CPython's float parser does.
    std::size_t e = s.find_first_of("eE");
    bool negative_exponent = e != std::string::npos && e + 1 < s.size() && s[e + 1] == '-';
    return negative_exponent ? 0.0 : HUGE_VAL;
  }
  return v;
}

}  // namespace

// CPython: _PyPegen_number_token / parsenumber.
expr* Parser::number_token() {
  int mark = mark_;
  const Token* t = expect(Tok::NUMBER);
  if (!t) return nullptr;
  std::string s;
  for (char c : text(t)) {
    if (c != '_') s.push_back(c);
  }
  auto* n = node<Constant>(mark);
  char last = s.back();
  if (last == 'j' || last == 'J') {
    s.pop_back();
    n->value = Imaginary{parse_double(s)};
    return n;
  }
  int base = 10;
  std::string_view digits = s;
  if (s.size() > 1 && s[0] == '0') {
    char x = static_cast<char>(s[1] | 0x20);
    if (x == 'x')
      base = 16;
    else if (x == 'o')
      base = 8;
    else if (x == 'b')
      base = 2;
    if (base != 10) digits.remove_prefix(2);
  }
  if (base == 10 && s.find_first_of(".eE") != std::string::npos) {
    n->value = parse_double(s);
    return n;
  }
  std::int64_t v = 0;
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v, base);
  if (ec == std::errc() && ptr == digits.data() + digits.size()) {
    n->value = v;
    return n;
  }
  if (base == 10) {
    std::size_t nz = digits.find_first_not_of('0');
    n->value = BigInt{std::string(nz == std::string_view::npos ? "0" : digits.substr(nz))};
  } else {
    n->value = BigInt{to_decimal(digits, base)};
  }
  return n;
}

ast::arguments* Parser::empty_arguments() {
  return make<ast::arguments>();
}

// CPython: _PyPegen_function_def_decorators / _PyPegen_class_def_decorators: the definition
// keeps its own position (the 'def' or 'class' line).
stmt* Parser::with_decorators(ExprList& decorators, stmt* def) {
  if (auto* f = def->dyn<FunctionDef>())
    f->decorator_list = decorators;
  else if (auto* f = def->dyn<AsyncFunctionDef>())
    f->decorator_list = decorators;
  else if (auto* c = def->dyn<ClassDef>())
    c->decorator_list = decorators;
  return def;
}

// ---------------------------------------------------------------- 2. contexts and targets

// CPython: _PyPegen_set_expr_context: a copy of the target with the new context (elements of
// tuples and lists, and starred values, recursively).
expr* Parser::set_expr_context(expr* e, ExprContext ctx) {
  auto copy_position = [](Located* to, const Located* from) {
    to->lineno = from->lineno;
    to->col_offset = from->col_offset;
    to->end_lineno = from->end_lineno;
    to->end_col_offset = from->end_col_offset;
  };
  switch (e->tag) {
    case Kind::Name: {
      auto* n = make<Name>();
      copy_position(n, e);
      n->id = e->as<Name>().id;
      n->ctx = ctx;
      return n;
    }
    case Kind::Tuple:
    case Kind::List: {
      const ExprList& elts = e->tag == Kind::Tuple ? e->as<Tuple>().elts : e->as<List>().elts;
      ExprList out;
      out.reserve(elts.size());
      for (expr* x : elts) out.push_back(set_expr_context(x, ctx));
      if (e->tag == Kind::Tuple) {
        auto* t = make<Tuple>();
        copy_position(t, e);
        t->elts = std::move(out);
        t->ctx = ctx;
        return t;
      }
      auto* l = make<List>();
      copy_position(l, e);
      l->elts = std::move(out);
      l->ctx = ctx;
      return l;
    }
    case Kind::Subscript: {
      auto* s = make<Subscript>();
      copy_position(s, e);
      s->value = e->as<Subscript>().value;
      s->slice = e->as<Subscript>().slice;
      s->ctx = ctx;
      return s;
    }
    case Kind::Attribute: {
      auto* a = make<Attribute>();
      copy_position(a, e);
      a->value = e->as<Attribute>().value;
      a->attr = e->as<Attribute>().attr;
      a->ctx = ctx;
      return a;
    }
    case Kind::Starred: {
      auto* s = make<Starred>();
      copy_position(s, e);
      s->value = set_expr_context(e->as<Starred>().value, ctx);
      s->ctx = ctx;
      return s;
    }
    default:
      return e;
  }
}

// CPython: _PyPegen_get_expr_name.
const char* Parser::expr_name(const expr* e) {
  switch (e->tag) {
    case Kind::Attribute:
      return "attribute";
    case Kind::Subscript:
      return "subscript";
    case Kind::Starred:
      return "starred";
    case Kind::Name:
      return "name";
    case Kind::List:
      return "list";
    case Kind::Tuple:
      return "tuple";
    case Kind::Lambda:
      return "lambda";
    case Kind::Call:
      return "function call";
    case Kind::BoolOp:
    case Kind::BinOp:
    case Kind::UnaryOp:
      return "expression";
    case Kind::GeneratorExp:
      return "generator expression";
    case Kind::Yield:
    case Kind::YieldFrom:
      return "yield expression";
    case Kind::Await:
      return "await expression";
    case Kind::ListComp:
      return "list comprehension";
    case Kind::SetComp:
      return "set comprehension";
    case Kind::DictComp:
      return "dict comprehension";
    case Kind::Dict:
      return "dict literal";
    case Kind::Set:
      return "set display";
    case Kind::JoinedStr:
    case Kind::FormattedValue:
      return "f-string expression";
    case Kind::Constant: {
      const ConstantValue& v = e->as<Constant>().value;
      if (std::holds_alternative<NoneValue>(v)) return "None";
      if (const bool* b = std::get_if<bool>(&v)) return *b ? "True" : "False";
      if (std::holds_alternative<EllipsisValue>(v)) return "ellipsis";
      return "literal";
    }
    case Kind::Compare:
      return "comparison";
    case Kind::IfExp:
      return "conditional expression";
    case Kind::NamedExpr:
      return "named expression";
    default:
      return "unknown";
  }
}

// CPython: _PyPegen_get_invalid_target.
expr* Parser::get_invalid_target(expr* e, TargetsType type) {
  if (!e) return nullptr;
  switch (e->tag) {
    case Kind::List:
    case Kind::Tuple: {
      const ExprList& elts = e->tag == Kind::Tuple ? e->as<Tuple>().elts : e->as<List>().elts;
      for (expr* x : elts) {
        if (expr* child = get_invalid_target(x, type)) return child;
      }
      return nullptr;
    }
    case Kind::Starred:
      if (type == TargetsType::DEL_TARGETS) return e;
      return get_invalid_target(e->as<Starred>().value, type);
    case Kind::Compare:
      // `for a in b` parses as a comparison: look at its left side.
      if (type == TargetsType::FOR_TARGETS) {
        if (e->as<Compare>().ops[0] == CmpOp::In) {
          return get_invalid_target(e->as<Compare>().left, type);
        }
        return nullptr;
      }
      return e;
    case Kind::Name:
    case Kind::Subscript:
    case Kind::Attribute:
      return nullptr;
    default:
      return e;
  }
}

// ---------------------------------------------------------------- 3. arguments and calls

// CPython: _PyPegen_make_arguments.
ast::arguments* Parser::make_arguments(std::vector<Arg*>* slash_without_default,
                                       SlashWithDefault* slash_with_default,
                                       std::vector<Arg*>* plain_names,
                                       std::vector<NameDefaultPair*>* names_with_default,
                                       StarEtc* star_etc) {
  auto* a = make<ast::arguments>();
  if (slash_without_default) {
    a->posonlyargs = *slash_without_default;
  } else if (slash_with_default) {
    a->posonlyargs = slash_with_default->plain_names;
    for (NameDefaultPair* p : slash_with_default->names_with_defaults) {
      a->posonlyargs.push_back(p->arg);
    }
  }
  if (plain_names) a->args = *plain_names;
  if (names_with_default) {
    for (NameDefaultPair* p : *names_with_default) a->args.push_back(p->arg);
  }
  if (slash_with_default) {
    for (NameDefaultPair* p : slash_with_default->names_with_defaults) {
      a->defaults.push_back(p->value);
    }
  }
  if (names_with_default) {
    for (NameDefaultPair* p : *names_with_default) a->defaults.push_back(p->value);
  }
  if (star_etc) {
    a->vararg = star_etc->vararg;
    for (NameDefaultPair* p : star_etc->kwonlyargs) {
      a->kwonlyargs.push_back(p->arg);
      a->kw_defaults.push_back(p->value);
    }
    a->kwarg = star_etc->kwarg;
  }
  return a;
}

// CPython: _PyPegen_collect_call_seqs: starred arguments written among the keywords join the
// positional ones. The callee is filled in by the caller (a dummy in CPython).
Call* Parser::collect_call_seqs(ExprList& a, std::vector<KeywordOrStarred*>* b, int start_mark) {
  auto* c = node<Call>(start_mark);
  c->args = a;
  if (b) {
    for (KeywordOrStarred* k : *b) {
      if (!k->is_keyword) c->args.push_back(static_cast<expr*>(k->element));
    }
    for (KeywordOrStarred* k : *b) {
      if (k->is_keyword) c->keywords.push_back(static_cast<keyword*>(k->element));
    }
  }
  return c;
}

// kwargs alone: `f(*a, b=1)` (CPython's args: kwargs alternative, an empty positional list).
Call* Parser::call_from_kwargs(std::vector<KeywordOrStarred*>& a, int start_mark) {
  ExprList no_positional;
  return collect_call_seqs(no_positional, &a, start_mark);
}

// The trailers of primary and t_primary, and the targets built like them (ctx Store or Del).
expr* Parser::attribute_node(int start_mark, expr* value, const Token* name, ExprContext ctx) {
  auto* e = node<Attribute>(start_mark);
  e->value = value;
  e->attr = identifier(name);
  e->ctx = ctx;
  return e;
}

expr* Parser::subscript_node(int start_mark, expr* value, expr* slice, ExprContext ctx) {
  auto* e = node<Subscript>(start_mark);
  e->value = value;
  e->slice = slice;
  e->ctx = ctx;
  return e;
}

// `func '(' [arguments] ')'`, where `arguments` is null for an empty call.
expr* Parser::call_node(int start_mark, expr* func, Call* arguments) {
  auto* e = node<Call>(start_mark);
  e->func = func;
  if (arguments) {
    e->args = arguments->args;
    e->keywords = arguments->keywords;
  }
  return e;
}

// `func genexp`: the generator expression is the only argument.
expr* Parser::genexp_call_node(int start_mark, expr* func, expr* genexp) {
  auto* e = node<Call>(start_mark);
  e->func = func;
  e->args = {genexp};
  return e;
}

// ---------------------------------------------------------------- 4. error helpers

// CPython: _PyPegen_check_legacy_stmt: `print x` and `exec x`.
bool Parser::check_legacy_stmt(const expr* name) {
  const auto* n = name->dyn<Name>();
  return n && (n->id == "print" || n->id == "exec");
}

// CPython: _PyPegen_get_last_comprehension_item.
expr* Parser::last_comprehension_item(const comprehension* c) {
  return c->ifs.empty() ? c->iter : c->ifs.back();
}

// CPython: _PyPegen_nonparen_genexp_in_call.
void Parser::nonparen_genexp_in_call(Call* args, std::vector<comprehension*>& comprehensions) {
  std::size_t len = args->args.size();
  if (len <= 1) return;
  raise_range(span(args->args[len - 1]), span(last_comprehension_item(comprehensions.back())),
              "Generator expression must be parenthesized");
}

// CPython: _PyPegen_arguments_parsing_error.
void Parser::arguments_parsing_error(Call* e) {
  bool keyword_unpacking = false;
  for (keyword* k : e->keywords) {
    if (!k->arg) keyword_unpacking = true;
  }
  raise_error("SyntaxError", keyword_unpacking
                                 ? "positional argument follows keyword argument unpacking"
                                 : "positional argument follows keyword argument");
}

}  // namespace al::parser
