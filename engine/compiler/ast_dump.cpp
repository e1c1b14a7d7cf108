// ast.dump for our AST: the algorithm of Lib/ast.py dump()._format, field by field in the
// order of each class's _fields, plus the repr() of constants it needs.
//
// Sections: 1. reprs  2. the formatter  3. fields of each node kind
#include "engine/compiler/ast_dump.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "engine/compiler/unicode_tables.h"
#include "engine/compiler/utf8.h"

namespace al::ast {

// ---------------------------------------------------------------- 1. reprs

namespace {

void append_escape(std::string& out, const char* fmt, unsigned value) {
  char buf[16];
  std::snprintf(buf, sizeof buf, fmt, value);
  out += buf;
}

// CPython: Objects/floatobject.c float_repr ('r' format): shortest round-trip digits, exponent
// notation when the decimal point is before -4 or after 16 digits.
std::string double_repr(double v, bool add_dot_0) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  if (std::isnan(v)) return "nan";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string sci(buf, res.ptr);
  std::string sign;
  if (!sci.empty() && sci[0] == '-') {
    sign = "-";
    sci.erase(0, 1);
  }
  std::size_t e = sci.find('e');
  std::string digits;
  for (std::size_t i = 0; i < e; ++i) {
    if (sci[i] != '.') digits.push_back(sci[i]);
  }
  int exponent = std::stoi(sci.substr(e + 1));
  int decpt = exponent + 1;
  std::string out = sign;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      out += "0." + std::string(static_cast<std::size_t>(-decpt), '0') + digits;
    } else if (static_cast<std::size_t>(decpt) >= digits.size()) {
      out += digits + std::string(static_cast<std::size_t>(decpt) - digits.size(), '0');
      if (add_dot_0) out += ".0";
    } else {
      out += digits.substr(0, static_cast<std::size_t>(decpt)) + "." +
             digits.substr(static_cast<std::size_t>(decpt));
    }
  } else {
    out += digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    int x = decpt - 1;
    char exp[16];
    std::snprintf(exp, sizeof exp, "e%c%02d", x < 0 ? '-' : '+', x < 0 ? -x : x);
    out += exp;
  }
  return out;
}

std::string bytes_repr(const std::string& data) {
  char quote = '\'';
  if (data.find('\'') != std::string::npos && data.find('"') == std::string::npos) quote = '"';
  std::string out = "b";
  out.push_back(quote);
  for (char ch : data) {
    auto c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < ' ' || c >= 0x7f) {
      append_escape(out, "\\x%02x", c);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  out.push_back(quote);
  return out;
}

}  // namespace

// CPython: Objects/unicodeobject.c unicode_repr.
std::string str_repr(const std::string& s) {
  char quote = '\'';
  if (s.find('\'') != std::string::npos && s.find('"') == std::string::npos) quote = '"';
  std::string out(1, quote);
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t c = utf8::decode(s, i);
    if (c == static_cast<char32_t>(quote) || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < ' ' || c == 0x7f) {
      append_escape(out, "\\x%02x", static_cast<unsigned>(c));
    } else if (c < 0x7f) {
      out.push_back(static_cast<char>(c));
    } else if (unicode::is_printable(c)) {
      out.append(s, start, i - start);
    } else if (c <= 0xff) {
      append_escape(out, "\\x%02x", static_cast<unsigned>(c));
    } else if (c <= 0xffff) {
      append_escape(out, "\\u%04x", static_cast<unsigned>(c));
    } else {
      append_escape(out, "\\U%08x", static_cast<unsigned>(c));
    }
  }
  out.push_back(quote);
  return out;
}

std::string constant_repr(const ConstantValue& value) {
  struct Visitor {
    std::string operator()(const NoneValue&) const { return "None"; }
    std::string operator()(const EllipsisValue&) const { return "Ellipsis"; }
    std::string operator()(bool b) const { return b ? "True" : "False"; }
    std::string operator()(std::int64_t v) const { return std::to_string(v); }
    std::string operator()(const BigInt& v) const { return v.decimal; }
    std::string operator()(double v) const { return double_repr(v, true); }
    std::string operator()(const Str& v) const { return str_repr(v.utf8); }
    std::string operator()(const Bytes& v) const { return bytes_repr(v.data); }
    std::string operator()(const Imaginary& v) const { return double_repr(v.imag, false) + "j"; }
  };
  return std::visit(Visitor{}, value);
}

// ---------------------------------------------------------------- 2. the formatter

namespace {

using Formatted = std::pair<std::string, bool>;  // text, and whether it is "simple"

template <class T, class M>
struct FieldOf;  // section 3
template <class... Ts>
struct NodeClasses;

class Formatter {
 public:
  Formatter(bool include_attributes, std::optional<int> indent)
      : include_attributes_(include_attributes), indent_(indent) {}

  Formatted node(const Node* n, int level);

 private:
  struct Field {
    const char* name;
    Formatted value;
  };

  std::string prefix(int level) const {
    return "\n" + std::string(static_cast<std::size_t>(*indent_ * level), ' ');
  }

  Formatted scalar(std::string repr) const { return {std::move(repr), true}; }

  template <class T>
  Formatted list(const std::vector<T*>& items, int level) {
    if (indent_) ++level;
    if (items.empty()) return {"[]", true};
    std::vector<std::string> parts;
    for (const T* item : items) parts.push_back(item ? node(item, level).first : "None");
    return {"[" + joined(parts, level) + "]", false};
  }

  Formatted list(const std::vector<std::string>& items, int level) {
    if (indent_) ++level;
    if (items.empty()) return {"[]", true};
    std::vector<std::string> parts;
    for (const std::string& s : items) parts.push_back(str_repr(s));
    return {"[" + joined(parts, level) + "]", false};
  }

  Formatted list(const std::vector<CmpOp>& ops, int level) {
    if (indent_) ++level;
    if (ops.empty()) return {"[]", true};
    std::vector<std::string> parts;
    for (CmpOp op : ops) parts.push_back(std::string(cmpop_name(op)) + "()");
    return {"[" + joined(parts, level) + "]", false};
  }

  std::string joined(const std::vector<std::string>& parts, int level) const {
    std::string sep = indent_ ? "," + prefix(level) : ", ";
    std::string out = indent_ ? prefix(level) : "";
    for (std::size_t i = 0; i < parts.size(); ++i) {
      if (i) out += sep;
      out += parts[i];
    }
    return out;
  }

  void fields(const Node* n, int level, std::vector<Field>& out);
  template <class... Ts>
  void fields_of_class(const Node* n, int level, std::vector<Field>& out, NodeClasses<Ts...>);
  template <class N, class T, class M>
  void field(const N& n, const FieldOf<T, M>& fd, int level, std::vector<Field>& out);

  bool include_attributes_;
  std::optional<int> indent_;
};

Formatted Formatter::node(const Node* n, int level) {
  if (indent_) ++level;
  std::vector<Field> fs;
  fields(n, level, fs);
  std::vector<std::string> args;
  bool allsimple = true;
  for (Field& f : fs) {
    allsimple = allsimple && f.value.second;
    args.push_back(std::string(f.name) + "=" + f.value.first);
  }
  if (include_attributes_ && (n->tag != Kind::Module && n->tag != Kind::comprehension &&
                              n->tag != Kind::arguments && n->tag != Kind::withitem)) {
    const auto* l = static_cast<const Located*>(n);
    args.push_back("lineno=" + std::to_string(l->lineno));
    args.push_back("col_offset=" + std::to_string(l->col_offset));
    args.push_back("end_lineno=" + std::to_string(l->end_lineno));
    args.push_back("end_col_offset=" + std::to_string(l->end_col_offset));
  }
  std::string name = kind_name(n->tag);
  if (allsimple && args.size() <= 3) {
    std::string out = name + "(";
    for (std::size_t i = 0; i < args.size(); ++i) {
      if (i) out += ", ";
      out += args[i];
    }
    return {out + ")", args.empty()};
  }
  return {name + "(" + joined(args, level) + ")", false};
}

// ---------------------------------------------------------------- 3. fields of each node kind

// A field of node class T: its name in Python's `_fields`, and whether ast.dump leaves it out
// when it is None (the `X?` fields of CPython's Parser/Python.asdl).
template <class T, class M>
struct FieldOf {
  const char* name;
  M T::*member;
  bool omit_none;
};
template <class T, class M>
constexpr FieldOf<T, M> f(const char* name, M T::*member) {
  return {name, member, false};
}
template <class T, class M>
constexpr FieldOf<T, M> opt(const char* name, M T::*member) {
  return {name, member, true};
}

template <class T, class... Classes>
concept OneOf = (std::is_same_v<T, Classes> || ...);

// The fields of each node class, in the order of its `_fields` (CPython: Parser/Python.asdl);
// classes the ASDL declares alike share one list.
constexpr auto class_fields(const Module*) {
  return std::tuple{f("body", &Module::body)};
}
template <class T>
requires OneOf<T, FunctionDef, AsyncFunctionDef>
constexpr auto class_fields(const T*) {
  return std::tuple{f("name", &T::name), f("args", &T::args), f("body", &T::body),
                    f("decorator_list", &T::decorator_list), opt("returns", &T::returns)};
}
constexpr auto class_fields(const ClassDef*) {
  return std::tuple{f("name", &ClassDef::name), f("bases", &ClassDef::bases),
                    f("keywords", &ClassDef::keywords), f("body", &ClassDef::body),
                    f("decorator_list", &ClassDef::decorator_list)};
}
constexpr auto class_fields(const Return*) {
  return std::tuple{opt("value", &Return::value)};
}
constexpr auto class_fields(const Delete*) {
  return std::tuple{f("targets", &Delete::targets)};
}
constexpr auto class_fields(const Assign*) {
  return std::tuple{f("targets", &Assign::targets), f("value", &Assign::value)};
}
constexpr auto class_fields(const AugAssign*) {
  return std::tuple{f("target", &AugAssign::target), f("op", &AugAssign::op),
                    f("value", &AugAssign::value)};
}
constexpr auto class_fields(const AnnAssign*) {
  return std::tuple{f("target", &AnnAssign::target), f("annotation", &AnnAssign::annotation),
                    opt("value", &AnnAssign::value), f("simple", &AnnAssign::simple)};
}
template <class T>
requires OneOf<T, For, AsyncFor>
constexpr auto class_fields(const T*) {
  return std::tuple{f("target", &T::target), f("iter", &T::iter), f("body", &T::body),
                    f("orelse", &T::orelse)};
}
constexpr auto class_fields(const While*) {
  return std::tuple{f("test", &While::test), f("body", &While::body), f("orelse", &While::orelse)};
}
constexpr auto class_fields(const If*) {
  return std::tuple{f("test", &If::test), f("body", &If::body), f("orelse", &If::orelse)};
}
template <class T>
requires OneOf<T, With, AsyncWith>
constexpr auto class_fields(const T*) {
  return std::tuple{f("items", &T::items), f("body", &T::body)};
}
constexpr auto class_fields(const Raise*) {
  return std::tuple{opt("exc", &Raise::exc), opt("cause", &Raise::cause)};
}
template <class T>
requires OneOf<T, Try, TryStar>
constexpr auto class_fields(const T*) {
  return std::tuple{f("body", &T::body), f("handlers", &T::handlers), f("orelse", &T::orelse),
                    f("finalbody", &T::finalbody)};
}
constexpr auto class_fields(const Assert*) {
  return std::tuple{f("test", &Assert::test), opt("msg", &Assert::msg)};
}
constexpr auto class_fields(const Import*) {
  return std::tuple{f("names", &Import::names)};
}
constexpr auto class_fields(const ImportFrom*) {
  return std::tuple{opt("module", &ImportFrom::module), f("names", &ImportFrom::names),
                    f("level", &ImportFrom::level)};
}
template <class T>
requires OneOf<T, Global, Nonlocal>
constexpr auto class_fields(const T*) {
  return std::tuple{f("names", &T::names)};
}
constexpr auto class_fields(const Expr*) {
  return std::tuple{f("value", &Expr::value)};
}
template <class T>
requires OneOf<T, Pass, Break, Continue>
constexpr auto class_fields(const T*) {
  return std::tuple{};
}
constexpr auto class_fields(const BoolOp*) {
  return std::tuple{f("op", &BoolOp::op), f("values", &BoolOp::values)};
}
constexpr auto class_fields(const NamedExpr*) {
  return std::tuple{f("target", &NamedExpr::target), f("value", &NamedExpr::value)};
}
constexpr auto class_fields(const BinOp*) {
  return std::tuple{f("left", &BinOp::left), f("op", &BinOp::op), f("right", &BinOp::right)};
}
constexpr auto class_fields(const UnaryOp*) {
  return std::tuple{f("op", &UnaryOp::op), f("operand", &UnaryOp::operand)};
}
constexpr auto class_fields(const Lambda*) {
  return std::tuple{f("args", &Lambda::args), f("body", &Lambda::body)};
}
constexpr auto class_fields(const IfExp*) {
  return std::tuple{f("test", &IfExp::test), f("body", &IfExp::body), f("orelse", &IfExp::orelse)};
}
constexpr auto class_fields(const Dict*) {
  return std::tuple{f("keys", &Dict::keys), f("values", &Dict::values)};
}
constexpr auto class_fields(const Set*) {
  return std::tuple{f("elts", &Set::elts)};
}
template <class T>
requires OneOf<T, ListComp, SetComp, GeneratorExp>
constexpr auto class_fields(const T*) {
  return std::tuple{f("elt", &T::elt), f("generators", &T::generators)};
}
constexpr auto class_fields(const DictComp*) {
  return std::tuple{f("key", &DictComp::key), f("value", &DictComp::value),
                    f("generators", &DictComp::generators)};
}
constexpr auto class_fields(const Await*) {
  return std::tuple{f("value", &Await::value)};
}
constexpr auto class_fields(const Yield*) {
  return std::tuple{opt("value", &Yield::value)};
}
constexpr auto class_fields(const YieldFrom*) {
  return std::tuple{f("value", &YieldFrom::value)};
}
constexpr auto class_fields(const Compare*) {
  return std::tuple{f("left", &Compare::left), f("ops", &Compare::ops),
                    f("comparators", &Compare::comparators)};
}
constexpr auto class_fields(const Call*) {
  return std::tuple{f("func", &Call::func), f("args", &Call::args), f("keywords", &Call::keywords)};
}
constexpr auto class_fields(const FormattedValue*) {
  return std::tuple{f("value", &FormattedValue::value),
                    f("conversion", &FormattedValue::conversion),
                    opt("format_spec", &FormattedValue::format_spec)};
}
constexpr auto class_fields(const JoinedStr*) {
  return std::tuple{f("values", &JoinedStr::values)};
}
constexpr auto class_fields(const Constant*) {
  return std::tuple{f("value", &Constant::value), opt("kind", &Constant::kind)};
}
constexpr auto class_fields(const Attribute*) {
  return std::tuple{f("value", &Attribute::value), f("attr", &Attribute::attr),
                    f("ctx", &Attribute::ctx)};
}
constexpr auto class_fields(const Subscript*) {
  return std::tuple{f("value", &Subscript::value), f("slice", &Subscript::slice),
                    f("ctx", &Subscript::ctx)};
}
constexpr auto class_fields(const Starred*) {
  return std::tuple{f("value", &Starred::value), f("ctx", &Starred::ctx)};
}
constexpr auto class_fields(const Name*) {
  return std::tuple{f("id", &Name::id), f("ctx", &Name::ctx)};
}
template <class T>
requires OneOf<T, List, Tuple>
constexpr auto class_fields(const T*) {
  return std::tuple{f("elts", &T::elts), f("ctx", &T::ctx)};
}
constexpr auto class_fields(const Slice*) {
  return std::tuple{opt("lower", &Slice::lower), opt("upper", &Slice::upper),
                    opt("step", &Slice::step)};
}
constexpr auto class_fields(const comprehension*) {
  return std::tuple{f("target", &comprehension::target), f("iter", &comprehension::iter),
                    f("ifs", &comprehension::ifs), f("is_async", &comprehension::is_async)};
}
constexpr auto class_fields(const ExceptHandler*) {
  return std::tuple{opt("type", &ExceptHandler::type), opt("name", &ExceptHandler::name),
                    f("body", &ExceptHandler::body)};
}
constexpr auto class_fields(const arguments*) {
  using T = arguments;
  return std::tuple{f("posonlyargs", &T::posonlyargs), f("args", &T::args),
                    opt("vararg", &T::vararg),         f("kwonlyargs", &T::kwonlyargs),
                    f("kw_defaults", &T::kw_defaults), opt("kwarg", &T::kwarg),
                    f("defaults", &T::defaults)};
}
constexpr auto class_fields(const Arg*) {
  return std::tuple{f("arg", &Arg::arg), opt("annotation", &Arg::annotation)};
}
constexpr auto class_fields(const keyword*) {
  return std::tuple{opt("arg", &keyword::arg), f("value", &keyword::value)};
}
constexpr auto class_fields(const alias*) {
  return std::tuple{f("name", &alias::name), opt("asname", &alias::asname)};
}
constexpr auto class_fields(const withitem*) {
  return std::tuple{f("context_expr", &withitem::context_expr),
                    opt("optional_vars", &withitem::optional_vars)};
}

// Every node class, to find the one a Node's tag names.
template <class... Ts>
struct NodeClasses {};
using AllNodeClasses =
    NodeClasses<Module, FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign,
                AnnAssign, For, AsyncFor, While, If, With, AsyncWith, Raise, Try, TryStar, Assert,
                Import, ImportFrom, Global, Nonlocal, Expr, Pass, Break, Continue, BoolOp,
                NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
                GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr,
                Constant, Attribute, Subscript, Starred, Name, List, Tuple, Slice, comprehension,
                ExceptHandler, arguments, Arg, keyword, alias, withitem>;

const char* enum_name(ExprContext c) {
  return context_name(c);
}
const char* enum_name(BoolOperator op) {
  return boolop_name(op);
}
const char* enum_name(Operator op) {
  return operator_name(op);
}
const char* enum_name(UnaryOperator op) {
  return unaryop_name(op);
}

template <class T>
struct IsVector : std::false_type {};
template <class T>
struct IsVector<std::vector<T>> : std::true_type {};

// One field as ast.dump writes it, by the member's type; None in an `X?` field is left out.
template <class N, class T, class M>
void Formatter::field(const N& n, const FieldOf<T, M>& fd, int level, std::vector<Field>& out) {
  const M& v = n.*(fd.member);
  if constexpr (std::is_pointer_v<M>) {
    if (v) {
      out.push_back({fd.name, node(v, level)});
    } else if (!fd.omit_none) {
      out.push_back({fd.name, scalar("None")});
    }
  } else if constexpr (std::is_same_v<M, std::optional<std::string>>) {
    if (v) out.push_back({fd.name, scalar(str_repr(*v))});
  } else if constexpr (std::is_same_v<M, std::string>) {
    out.push_back({fd.name, scalar(str_repr(v))});
  } else if constexpr (std::is_same_v<M, int>) {
    out.push_back({fd.name, scalar(std::to_string(v))});
  } else if constexpr (std::is_same_v<M, ConstantValue>) {
    out.push_back({fd.name, scalar(constant_repr(v))});
  } else if constexpr (IsVector<M>::value) {
    out.push_back({fd.name, list(v, level)});
  } else {
    out.push_back({fd.name, scalar(std::string(enum_name(v)) + "()")});
  }
}

template <class... Ts>
void Formatter::fields_of_class(const Node* n, int level, std::vector<Field>& out,
                                NodeClasses<Ts...>) {
  auto format = [&](const auto& typed) {
    std::apply([&](const auto&... fd) { (field(typed, fd, level, out), ...); },
               class_fields(&typed));
  };
  ((n->tag == Ts::kKind ? format(n->as<Ts>()) : void()), ...);
  if (n->tag == Kind::Module) out.push_back({"type_ignores", {"[]", true}});
}

void Formatter::fields(const Node* n, int level, std::vector<Field>& out) {
  fields_of_class(n, level, out, AllNodeClasses{});
}

}  // namespace

std::string dump(const Node& node, bool include_attributes, std::optional<int> indent) {
  return Formatter(include_attributes, indent).node(&node, 0).first;
}

}  // namespace al::ast
