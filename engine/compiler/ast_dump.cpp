// ast.dump for our AST: the algorithm of Lib/ast.py dump()._format, field by field in the
// order of each class's _fields, plus the repr() of constants it needs.
//
// Sections: 1. reprs  2. the formatter  3. fields of each node kind
#include "engine/compiler/ast_dump.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <utility>
#include <vector>

#include "engine/compiler/unicode_tables.h"

namespace al::ast {

// ---------------------------------------------------------------- 1. reprs

namespace {

char32_t next_code_point(const std::string& s, std::size_t& i) {
  auto b = static_cast<unsigned char>(s[i++]);
  if (b < 0x80) return b;
  int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
  char32_t cp = b & (0x3F >> extra);
  while (extra-- > 0 && i < s.size()) cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  return cp;
}

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
    char32_t c = next_code_point(s, i);
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

void Formatter::fields(const Node* n, int level, std::vector<Field>& out) {
  // Optional fields that are None are left out, as ast.dump does.
  auto child = [&](const char* name, const Node* c) {
    if (c) out.push_back({name, node(c, level)});
  };
  auto required = [&](const char* name, const Node* c) {
    out.push_back({name, c ? node(c, level) : scalar("None")});
  };
  auto str = [&](const char* name, const std::string& s) {
    out.push_back({name, scalar(str_repr(s))});
  };
  auto opt_str = [&](const char* name, const std::optional<std::string>& s) {
    if (s) str(name, *s);
  };
  auto num = [&](const char* name, long v) { out.push_back({name, scalar(std::to_string(v))}); };
  auto tag = [&](const char* name, const char* value) {
    out.push_back({name, scalar(std::string(value) + "()")});
  };
  auto ctx = [&](ExprContext c) { tag("ctx", context_name(c)); };
  auto lst = [&](const char* name, const auto& items) {
    out.push_back({name, list(items, level)});
  };
  auto def_fields = [&](const auto& f) {
    str("name", f.name);
    required("args", f.args);
    lst("body", f.body);
    lst("decorator_list", f.decorator_list);
    child("returns", f.returns);
  };

  switch (n->tag) {
    case Kind::Module: {
      const auto& m = n->as<Module>();
      lst("body", m.body);
      out.push_back({"type_ignores", {"[]", true}});
      break;
    }
    case Kind::FunctionDef:
      def_fields(n->as<FunctionDef>());
      break;
    case Kind::AsyncFunctionDef:
      def_fields(n->as<AsyncFunctionDef>());
      break;
    case Kind::ClassDef: {
      const auto& c = n->as<ClassDef>();
      str("name", c.name);
      lst("bases", c.bases);
      lst("keywords", c.keywords);
      lst("body", c.body);
      lst("decorator_list", c.decorator_list);
      break;
    }
    case Kind::Return:
      child("value", n->as<Return>().value);
      break;
    case Kind::Delete:
      lst("targets", n->as<Delete>().targets);
      break;
    case Kind::Assign:
      lst("targets", n->as<Assign>().targets);
      required("value", n->as<Assign>().value);
      break;
    case Kind::AugAssign: {
      const auto& a = n->as<AugAssign>();
      required("target", a.target);
      tag("op", operator_name(a.op));
      required("value", a.value);
      break;
    }
    case Kind::AnnAssign: {
      const auto& a = n->as<AnnAssign>();
      required("target", a.target);
      required("annotation", a.annotation);
      child("value", a.value);
      num("simple", a.simple);
      break;
    }
    case Kind::For: {
      const auto& f = n->as<For>();
      required("target", f.target);
      required("iter", f.iter);
      lst("body", f.body);
      lst("orelse", f.orelse);
      break;
    }
    case Kind::AsyncFor: {
      const auto& f = n->as<AsyncFor>();
      required("target", f.target);
      required("iter", f.iter);
      lst("body", f.body);
      lst("orelse", f.orelse);
      break;
    }
    case Kind::While: {
      const auto& w = n->as<While>();
      required("test", w.test);
      lst("body", w.body);
      lst("orelse", w.orelse);
      break;
    }
    case Kind::If: {
      const auto& i = n->as<If>();
      required("test", i.test);
      lst("body", i.body);
      lst("orelse", i.orelse);
      break;
    }
    case Kind::With:
      lst("items", n->as<With>().items);
      lst("body", n->as<With>().body);
      break;
    case Kind::AsyncWith:
      lst("items", n->as<AsyncWith>().items);
      lst("body", n->as<AsyncWith>().body);
      break;
    case Kind::Raise:
      child("exc", n->as<Raise>().exc);
      child("cause", n->as<Raise>().cause);
      break;
    case Kind::Try: {
      const auto& t = n->as<Try>();
      lst("body", t.body);
      lst("handlers", t.handlers);
      lst("orelse", t.orelse);
      lst("finalbody", t.finalbody);
      break;
    }
    case Kind::TryStar: {
      const auto& t = n->as<TryStar>();
      lst("body", t.body);
      lst("handlers", t.handlers);
      lst("orelse", t.orelse);
      lst("finalbody", t.finalbody);
      break;
    }
    case Kind::Assert:
      required("test", n->as<Assert>().test);
      child("msg", n->as<Assert>().msg);
      break;
    case Kind::Import:
      lst("names", n->as<Import>().names);
      break;
    case Kind::ImportFrom: {
      const auto& i = n->as<ImportFrom>();
      opt_str("module", i.module);
      lst("names", i.names);
      num("level", i.level);
      break;
    }
    case Kind::Global:
      lst("names", n->as<Global>().names);
      break;
    case Kind::Nonlocal:
      lst("names", n->as<Nonlocal>().names);
      break;
    case Kind::Expr:
      required("value", n->as<Expr>().value);
      break;
    case Kind::Pass:
    case Kind::Break:
    case Kind::Continue:
      break;
    case Kind::BoolOp:
      tag("op", boolop_name(n->as<BoolOp>().op));
      lst("values", n->as<BoolOp>().values);
      break;
    case Kind::NamedExpr:
      required("target", n->as<NamedExpr>().target);
      required("value", n->as<NamedExpr>().value);
      break;
    case Kind::BinOp: {
      const auto& b = n->as<BinOp>();
      required("left", b.left);
      tag("op", operator_name(b.op));
      required("right", b.right);
      break;
    }
    case Kind::UnaryOp:
      tag("op", unaryop_name(n->as<UnaryOp>().op));
      required("operand", n->as<UnaryOp>().operand);
      break;
    case Kind::Lambda:
      required("args", n->as<Lambda>().args);
      required("body", n->as<Lambda>().body);
      break;
    case Kind::IfExp: {
      const auto& i = n->as<IfExp>();
      required("test", i.test);
      required("body", i.body);
      required("orelse", i.orelse);
      break;
    }
    case Kind::Dict:
      lst("keys", n->as<Dict>().keys);
      lst("values", n->as<Dict>().values);
      break;
    case Kind::Set:
      lst("elts", n->as<Set>().elts);
      break;
    case Kind::ListComp:
      required("elt", n->as<ListComp>().elt);
      lst("generators", n->as<ListComp>().generators);
      break;
    case Kind::SetComp:
      required("elt", n->as<SetComp>().elt);
      lst("generators", n->as<SetComp>().generators);
      break;
    case Kind::DictComp: {
      const auto& d = n->as<DictComp>();
      required("key", d.key);
      required("value", d.value);
      lst("generators", d.generators);
      break;
    }
    case Kind::GeneratorExp:
      required("elt", n->as<GeneratorExp>().elt);
      lst("generators", n->as<GeneratorExp>().generators);
      break;
    case Kind::Await:
      required("value", n->as<Await>().value);
      break;
    case Kind::Yield:
      child("value", n->as<Yield>().value);
      break;
    case Kind::YieldFrom:
      required("value", n->as<YieldFrom>().value);
      break;
    case Kind::Compare: {
      const auto& c = n->as<Compare>();
      required("left", c.left);
      lst("ops", c.ops);
      lst("comparators", c.comparators);
      break;
    }
    case Kind::Call: {
      const auto& c = n->as<Call>();
      required("func", c.func);
      lst("args", c.args);
      lst("keywords", c.keywords);
      break;
    }
    case Kind::FormattedValue: {
      const auto& f = n->as<FormattedValue>();
      required("value", f.value);
      num("conversion", f.conversion);
      child("format_spec", f.format_spec);
      break;
    }
    case Kind::JoinedStr:
      lst("values", n->as<JoinedStr>().values);
      break;
    case Kind::Constant: {
      const auto& c = n->as<Constant>();
      out.push_back({"value", scalar(constant_repr(c.value))});
      opt_str("kind", c.kind);
      break;
    }
    case Kind::Attribute: {
      const auto& a = n->as<Attribute>();
      required("value", a.value);
      str("attr", a.attr);
      ctx(a.ctx);
      break;
    }
    case Kind::Subscript: {
      const auto& s = n->as<Subscript>();
      required("value", s.value);
      required("slice", s.slice);
      ctx(s.ctx);
      break;
    }
    case Kind::Starred:
      required("value", n->as<Starred>().value);
      ctx(n->as<Starred>().ctx);
      break;
    case Kind::Name:
      str("id", n->as<Name>().id);
      ctx(n->as<Name>().ctx);
      break;
    case Kind::List:
      lst("elts", n->as<List>().elts);
      ctx(n->as<List>().ctx);
      break;
    case Kind::Tuple:
      lst("elts", n->as<Tuple>().elts);
      ctx(n->as<Tuple>().ctx);
      break;
    case Kind::Slice: {
      const auto& s = n->as<Slice>();
      child("lower", s.lower);
      child("upper", s.upper);
      child("step", s.step);
      break;
    }
    case Kind::comprehension: {
      const auto& c = n->as<comprehension>();
      required("target", c.target);
      required("iter", c.iter);
      lst("ifs", c.ifs);
      num("is_async", c.is_async);
      break;
    }
    case Kind::ExceptHandler: {
      const auto& h = n->as<ExceptHandler>();
      child("type", h.type);
      opt_str("name", h.name);
      lst("body", h.body);
      break;
    }
    case Kind::arguments: {
      const auto& a = n->as<arguments>();
      lst("posonlyargs", a.posonlyargs);
      lst("args", a.args);
      child("vararg", a.vararg);
      lst("kwonlyargs", a.kwonlyargs);
      lst("kw_defaults", a.kw_defaults);
      child("kwarg", a.kwarg);
      lst("defaults", a.defaults);
      break;
    }
    case Kind::arg:
      str("arg", n->as<Arg>().arg);
      child("annotation", n->as<Arg>().annotation);
      break;
    case Kind::keyword:
      opt_str("arg", n->as<keyword>().arg);
      required("value", n->as<keyword>().value);
      break;
    case Kind::alias:
      str("name", n->as<alias>().name);
      opt_str("asname", n->as<alias>().asname);
      break;
    case Kind::withitem:
      required("context_expr", n->as<withitem>().context_expr);
      child("optional_vars", n->as<withitem>().optional_vars);
      break;
  }
}

}  // namespace

std::string dump(const Node& node, bool include_attributes, std::optional<int> indent) {
  return Formatter(include_attributes, indent).node(&node, 0).first;
}

}  // namespace al::ast
