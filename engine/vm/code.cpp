// Code objects (CPython: Objects/codeobject.c): construction from a CodeUnit, the exception
// table lookup, and the `code` type with its co_* attributes.
#include "engine/vm/code.h"

#include <gmpxx.h>

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "engine/runtime/bytes.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/float.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/set.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

namespace {

// CPython interns string constants made only of name characters (Objects/codeobject.c
// intern_string_constants), which makes `is` between such literals true.
bool all_name_chars(const std::string& s) {
  for (unsigned char c : s) {
    if (!(std::isalnum(c) || c == '_')) return false;
  }
  return true;
}

Value make_const(const Const& c) {
  return std::visit(
      [](const auto& x) -> Value {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, ast::NoneValue>) {
          return Value(None);
        } else if constexpr (std::is_same_v<T, ast::EllipsisValue>) {
          return Value(Ellipsis);
        } else if constexpr (std::is_same_v<T, bool>) {
          return bool_obj(x);
        } else if constexpr (std::is_same_v<T, int64_t>) {
          return int_from(x);
        } else if constexpr (std::is_same_v<T, ast::BigInt>) {
          return int_from(mpz_class(x.decimal, 10));
        } else if constexpr (std::is_same_v<T, double>) {
          return float_from(x);
        } else if constexpr (std::is_same_v<T, ast::Str>) {
          if (x.utf8.size() <= 64 && all_name_chars(x.utf8)) return Value(intern(x.utf8));
          return str_from(x.utf8);
        } else if constexpr (std::is_same_v<T, ast::Bytes>) {
          return bytes_from(x.data);
        } else if constexpr (std::is_same_v<T, ast::Imaginary>) {
          raise(exc::SyntaxError, "complex literals are not supported");
        } else if constexpr (std::is_same_v<T, std::shared_ptr<const ConstTuple>>) {
          Ref<Tuple> t = tuple_new(x->items.size());
          for (size_t i = 0; i < x->items.size(); ++i) t->set(i, make_const(x->items[i]).get());
          return t;
        } else if constexpr (std::is_same_v<T, std::shared_ptr<const ConstFrozenSet>>) {
          std::vector<Value> items;
          std::vector<Object*> raw;
          for (const Const& c : x->items) items.push_back(make_const(c));
          for (const Value& v : items) raw.push_back(v.get());
          return frozenset_constant(raw);
        } else {
          return code_from_unit(x);
        }
      },
      c.v);
}

std::vector<Str*> intern_all(const std::vector<std::string>& v) {
  std::vector<Str*> out;
  out.reserve(v.size());
  for (const auto& s : v) out.push_back(intern(s));
  return out;
}

Code* as_code(Object* o) {
  return static_cast<Code*>(o);
}

Value code_repr(Object* self) {
  Code* c = as_code(self);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(self));
  return str_from("<code object " + c->name->s + " at " + buf + ", file \"" + c->filename->s +
                  "\", line " + std::to_string(c->unit->firstlineno) + ">");
}

Value str_tuple(const std::vector<Str*>& v) {
  Ref<Tuple> t = tuple_new(v.size());
  for (size_t i = 0; i < v.size(); ++i) t->set(i, v[i]);
  return t;
}

}  // namespace

Code::Code(Type* t, std::shared_ptr<const CodeUnit> u) : Object(t), unit(std::move(u)) {
  instrs = unit->code.data();
  ninstrs = uint32_t(unit->code.size());
  consts.reserve(unit->consts.size());
  for (const Const& c : unit->consts) consts.push_back(make_const(c));
  names = intern_all(unit->names);
  varnames = intern_all(unit->varnames);
  cellvars = intern_all(unit->cellvars);
  freevars = intern_all(unit->freevars);
  name = Ref<Str>(intern(unit->name));
  qualname = str_from(unit->qualname);
  filename = str_from(unit->filename);
  flags = unit->flags;
  argcount = uint32_t(unit->argcount);
  posonlyargcount = uint32_t(unit->posonlyargcount);
  kwonlyargcount = uint32_t(unit->kwonlyargcount);
  total_args = argcount + kwonlyargcount + ((flags & CO_VARARGS) ? 1 : 0) +
               ((flags & CO_VARKEYWORDS) ? 1 : 0);
  nlocals = uint32_t(varnames.size());
  ncells = uint32_t(cellvars.size());
  nfree = uint32_t(freevars.size());
  nlocalsplus = nlocals + ncells + nfree;
  stacksize = uint32_t(unit->stacksize);
  has_cell_args =
      std::any_of(unit->cell2arg.begin(), unit->cell2arg.end(), [](int a) { return a >= 0; });
  exact_args_call = total_args == argcount && ncells == 0 && !is_generator_like();
}

const ExceptEntry* Code::find_handler(uint32_t instr) const {
  const auto& table = unit->exception_table;
  auto it = std::upper_bound(table.begin(), table.end(), instr,
                             [](uint32_t i, const ExceptEntry& e) { return i < e.start; });
  if (it == table.begin()) return nullptr;
  --it;
  return instr < it->end ? &*it : nullptr;
}

Ref<Code> code_from_unit(std::shared_ptr<const CodeUnit> unit) {
  return make<Code>(code_type, std::move(unit));
}

void init_code_type() {
  if (code_type) return;
  Type* t = new_builtin_type("code", object_type);
  t->allows_subclass = false;
  t->repr = code_repr;
  add_getset(t, "co_name", [](Object* s) -> Value { return as_code(s)->name; });
  add_getset(t, "co_qualname", [](Object* s) -> Value { return as_code(s)->qualname; });
  add_getset(t, "co_filename", [](Object* s) -> Value { return as_code(s)->filename; });
  add_getset(t, "co_firstlineno",
             [](Object* s) -> Value { return int_from(as_code(s)->unit->firstlineno); });
  add_getset(t, "co_flags", [](Object* s) -> Value { return int_from(as_code(s)->flags); });
  add_getset(t, "co_argcount", [](Object* s) -> Value { return int_from(as_code(s)->argcount); });
  add_getset(t, "co_posonlyargcount",
             [](Object* s) -> Value { return int_from(as_code(s)->posonlyargcount); });
  add_getset(t, "co_kwonlyargcount",
             [](Object* s) -> Value { return int_from(as_code(s)->kwonlyargcount); });
  add_getset(t, "co_nlocals", [](Object* s) -> Value { return int_from(as_code(s)->nlocals); });
  add_getset(t, "co_varnames", [](Object* s) -> Value { return str_tuple(as_code(s)->varnames); });
  add_getset(t, "co_cellvars", [](Object* s) -> Value { return str_tuple(as_code(s)->cellvars); });
  add_getset(t, "co_freevars", [](Object* s) -> Value { return str_tuple(as_code(s)->freevars); });
  add_getset(t, "co_names", [](Object* s) -> Value { return str_tuple(as_code(s)->names); });
  add_getset(t, "co_consts", [](Object* s) -> Value {
    Code* c = as_code(s);
    return tuple_from_values(c->consts);
  });
  t->ready();
  code_type = t;
}

}  // namespace al
