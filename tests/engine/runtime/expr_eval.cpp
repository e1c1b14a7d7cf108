// Pratt parser + evaluator for the test tables' expressions (see expr_eval.h).
#include "expr_eval.h"

#include <stdexcept>
#include <vector>

#include "engine/runtime/api.h"
#include "engine/runtime/builtins_module.h"
#include "engine/runtime/bytes.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/float.h"
#include "engine/runtime/int.h"
#include "engine/runtime/list.h"
#include "engine/runtime/module.h"
#include "engine/runtime/set.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/types.h"

namespace al::testing {

namespace {

Module* builtins() {
  static Ref<Module> m = make_builtins_module();
  return m.get();
}

struct Parser {
  std::string_view s;
  size_t i = 0;

  [[noreturn]] void fail(const std::string& what) {
    throw std::runtime_error("expr parse error: " + what + " at " + std::to_string(i) + " in " +
                             std::string(s));
  }
  void ws() {
    while (i < s.size() && s[i] == ' ') ++i;
  }
  bool eat(std::string_view tok) {
    ws();
    if (s.substr(i, tok.size()) == tok) {
      i += tok.size();
      return true;
    }
    return false;
  }
  void expect(std::string_view tok) {
    if (!eat(tok)) fail("expected " + std::string(tok));
  }
  bool peek(std::string_view tok) {
    ws();
    return s.substr(i, tok.size()) == tok;
  }

  // Binary operators by precedence level, lowest first.
  Value parse_expr() { return parse_or(); }
  Value parse_or() {
    Value a = parse_xor();
    while (peek("|")) {
      eat("|");
      Value b = parse_xor();
      a = binary_op(a.get(), b.get(), BinOp::Or);
    }
    return a;
  }
  Value parse_xor() {
    Value a = parse_and();
    while (eat("^")) {
      Value b = parse_and();
      a = binary_op(a.get(), b.get(), BinOp::Xor);
    }
    return a;
  }
  Value parse_and() {
    Value a = parse_shift();
    while (eat("&")) {
      Value b = parse_shift();
      a = binary_op(a.get(), b.get(), BinOp::And);
    }
    return a;
  }
  Value parse_shift() {
    Value a = parse_arith();
    while (true) {
      if (eat("<<")) {
        a = binary_op(a.get(), parse_arith().get(), BinOp::LShift);
      } else if (eat(">>")) {
        a = binary_op(a.get(), parse_arith().get(), BinOp::RShift);
      } else {
        return a;
      }
    }
  }
  Value parse_arith() {
    Value a = parse_term();
    while (true) {
      if (eat("+")) {
        a = binary_op(a.get(), parse_term().get(), BinOp::Add);
      } else if (peek("-")) {
        eat("-");
        a = binary_op(a.get(), parse_term().get(), BinOp::Sub);
      } else {
        return a;
      }
    }
  }
  Value parse_term() {
    Value a = parse_unary();
    while (true) {
      if (peek("**")) return a;
      if (eat("*")) {
        a = binary_op(a.get(), parse_unary().get(), BinOp::Mul);
      } else if (eat("//")) {
        a = binary_op(a.get(), parse_unary().get(), BinOp::FloorDiv);
      } else if (eat("/")) {
        a = binary_op(a.get(), parse_unary().get(), BinOp::TrueDiv);
      } else if (eat("%")) {
        a = binary_op(a.get(), parse_unary().get(), BinOp::Mod);
      } else {
        return a;
      }
    }
  }
  Value parse_unary() {
    if (eat("-")) return unary_op(parse_unary().get(), UnaryOp::Neg);
    if (eat("+")) return unary_op(parse_unary().get(), UnaryOp::Pos);
    if (eat("~")) return unary_op(parse_unary().get(), UnaryOp::Invert);
    return parse_power();
  }
  Value parse_power() {
    Value a = parse_postfix();
    if (eat("**")) {
      Value b = parse_unary();
      return binary_op(a.get(), b.get(), BinOp::Pow);
    }
    return a;
  }
  Value parse_postfix() {
    Value a = parse_atom();
    while (true) {
      ws();
      if (eat(".")) {
        std::string name = ident();
        a = getattr(a.get(), name);
      } else if (peek("(")) {
        eat("(");
        std::vector<Value> pos, kwv;
        std::vector<Object*> names;
        while (!eat(")")) {
          size_t save = i;
          std::string id = ident_opt();
          if (!id.empty() && eat("=") && !peek("=")) {
            names.push_back(intern(id));
            kwv.push_back(parse_expr());
          } else {
            i = save;
            pos.push_back(parse_expr());
          }
          eat(",");
        }
        std::vector<Object*> items;
        for (auto& v : pos) items.push_back(v.get());
        for (auto& v : kwv) items.push_back(v.get());
        Ref<Tuple> kwnames = names.empty() ? nullptr : tuple_from(std::span<Object* const>(names));
        a = call(a.get(), Args{items.data(), pos.size(), kwnames.get()});
      } else if (peek("[")) {
        eat("[");
        std::vector<Value> keys{parse_expr()};
        bool is_tuple = false;
        while (eat(",")) {
          is_tuple = true;
          if (peek("]")) break;
          keys.push_back(parse_expr());
        }
        expect("]");
        Value k = is_tuple ? Value(tuple_from_values(keys)) : keys[0];
        a = getitem(a.get(), k.get());
      } else {
        return a;
      }
    }
  }
  std::string ident_opt() {
    ws();
    size_t b = i;
    while (i < s.size() && (isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_')) ++i;
    if (b < s.size() && isdigit(static_cast<unsigned char>(s[b]))) {
      i = b;
      return "";
    }
    return std::string(s.substr(b, i - b));
  }
  std::string ident() {
    std::string id = ident_opt();
    if (id.empty()) fail("identifier");
    return id;
  }
  Value parse_number() {
    size_t b = i;
    bool is_float = false;
    if (s.substr(i, 2) == "0x" || s.substr(i, 2) == "0X") {
      i += 2;
      while (i < s.size() && (isxdigit(static_cast<unsigned char>(s[i])) || s[i] == '_')) ++i;
      return int_from_string(std::string(s.substr(b, i - b)), 0);
    }
    while (i < s.size() &&
           (isdigit(static_cast<unsigned char>(s[i])) || s[i] == '_' || s[i] == '.' ||
            s[i] == 'e' || ((s[i] == '-' || s[i] == '+') && (s[i - 1] == 'e')))) {
      if (s[i] == '.' || s[i] == 'e') is_float = true;
      ++i;
    }
    std::string text(s.substr(b, i - b));
    if (is_float) return float_from_string(text);
    return int_from_string(text, 10);
  }
  uint32_t hex_escape(size_t n) {
    uint32_t v = uint32_t(std::stoul(std::string(s.substr(i, n)), nullptr, 16));
    i += n;
    return v;
  }
  Value parse_string(bool is_bytes) {
    char q = s[i++];
    std::string out;
    while (i < s.size() && s[i] != q) {
      char c = s[i++];
      if (c != '\\') {
        out += c;
        continue;
      }
      char e = s[i++];
      switch (e) {
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'r':
          out += '\r';
          break;
        case '0':
          out += '\0';
          break;
        case '\\':
          out += '\\';
          break;
        case '\'':
          out += '\'';
          break;
        case '"':
          out += '"';
          break;
        case 'x': {
          uint32_t v = hex_escape(2);
          if (is_bytes) {
            out += char(v);
          } else {
            utf8_append(out, v);
          }
          break;
        }
        case 'u':
          utf8_append(out, hex_escape(4));
          break;
        case 'U':
          utf8_append(out, hex_escape(8));
          break;
        default:
          fail("escape");
      }
    }
    ++i;
    if (is_bytes) return bytes_from(out);
    return str_from(out);
  }
  Value parse_atom() {
    ws();
    if (i >= s.size()) fail("unexpected end");
    char c = s[i];
    if (isdigit(static_cast<unsigned char>(c)) ||
        (c == '.' && i + 1 < s.size() && isdigit(static_cast<unsigned char>(s[i + 1])))) {
      return parse_number();
    }
    if (c == '\'' || c == '"') return parse_string(false);
    if (eat("...")) return Value(Ellipsis);
    if (c == 'b' && i + 1 < s.size() && (s[i + 1] == '\'' || s[i + 1] == '"')) {
      ++i;
      return parse_string(true);
    }
    if (c == '(') {
      ++i;
      if (eat(")")) return Value(empty_tuple());
      Value first = parse_expr();
      if (eat(")")) return first;
      std::vector<Value> items{first};
      while (eat(",")) {
        if (peek(")")) break;
        items.push_back(parse_expr());
      }
      expect(")");
      return tuple_from_values(items);
    }
    if (c == '[') {
      ++i;
      Ref<List> l = list_new();
      while (!eat("]")) {
        list_append(l.get(), parse_expr().get());
        eat(",");
      }
      return l;
    }
    if (c == '{') {
      ++i;
      if (eat("}")) return dict_new();
      Value first = parse_expr();
      if (eat(":")) {
        Ref<Dict> d = dict_new();
        Value v = parse_expr();
        dict_set(d.get(), first.get(), v.get());
        while (eat(",")) {
          if (peek("}")) break;
          Value k = parse_expr();
          expect(":");
          Value v2 = parse_expr();
          dict_set(d.get(), k.get(), v2.get());
        }
        expect("}");
        return d;
      }
      std::vector<Value> items{first};
      while (eat(",")) {
        if (peek("}")) break;
        items.push_back(parse_expr());
      }
      expect("}");
      Ref<Set> st = set_new();
      if (items.size() >= 3) {
        // CPython compiles a display of 3+ constants to a frozenset constant + SET_UPDATE:
        // the order differs from adding the items one by one.
        std::vector<Object*> raw;
        for (auto& v : items) raw.push_back(v.get());
        Ref<Set> constant = frozenset_constant(raw);
        set_update(st.get(), constant.get());
      } else {
        for (auto& v : items) set_add(st.get(), v.get());
      }
      return st;
    }
    std::string name = ident();
    Object* v = dict_get_cstr(builtins()->dict.get(), name);
    if (!v) fail("unknown name " + name);
    return Value(v);
  }
};

}  // namespace

Value eval_expr(std::string_view text) {
  Parser p{text};
  Value v = p.parse_expr();
  p.ws();
  if (p.i != text.size()) p.fail("trailing text");
  return v;
}

std::string exception_text(const PyException& e) {
  std::string msg = str(e.exc.get())->s;
  return e.exc->type->name + ": " + msg;
}

}  // namespace al::testing
