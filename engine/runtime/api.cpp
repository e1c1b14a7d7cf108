// The abstract object protocol (CPython: Objects/abstract.c, Objects/object.c).
//
// Index
//   1. Attributes
//   2. Calls
//   3. Text
//   4. Hashing, comparison, truth
//   5. Number operators (binary_op1 with the reflected operand)
//   6. Iteration and containers
//   7. isinstance / issubclass
//   8. Guards (recursion, repr cycles, allocation budget)
#include "engine/runtime/api.h"

#include <algorithm>
#include <vector>

#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/float.h"
#include "engine/runtime/generic_alias.h"
#include "engine/runtime/int.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/iterators.h"
#include "engine/runtime/names.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

Value (*g_call_python)(Object* fn, Args args) = nullptr;

// ---------------------------------------------------------------------------------------------
// 1. Attributes
// ---------------------------------------------------------------------------------------------

Value getattr(Object* o, Str* name) {
  auto get = o->type->getattro;
  if (!get) {
    raise_attribute_error(o, name,
                          "'" + o->type->name + "' object has no attribute '" + name->s + "'");
  }
  return get(o, name);
}

Value getattr(Object* o, std::string_view name) {
  return getattr(o, intern(name));
}

Value getattr_opt(Object* o, Str* name) {
  try {
    if (o->type->getattro == object_type->getattro) return generic_getattr(o, name, true);
    if (!o->type->getattro) return nullptr;
    return o->type->getattro(o, name);
  } catch (PyException& e) {
    if (exception_matches(e.exc.get(), exc::AttributeError)) return nullptr;
    throw;
  }
}

bool hasattr(Object* o, Str* name) {
  return bool(getattr_opt(o, name));
}

void setattr(Object* o, Str* name, Object* value) {
  auto set = o->type->setattro;
  if (!set) {
    raise(exc::TypeError,
          "'" + o->type->name + "' object has no attributes (assign to ." + name->s + ")");
  }
  set(o, name, value);
}

void delattr(Object* o, Str* name) {
  auto set = o->type->setattro;
  if (!set)
    raise(exc::TypeError,
          "'" + o->type->name + "' object has no attributes (del ." + name->s + ")");
  set(o, name, nullptr);
}

// ---------------------------------------------------------------------------------------------
// 2. Calls
// ---------------------------------------------------------------------------------------------

Value call(Object* f, Args args) {
  Type* t = f->type;
  if (t->call) return t->call(f, args);
  if (t == function_type && g_call_python) return g_call_python(f, args);
  raise(exc::TypeError, "'" + t->name + "' object is not callable");
}

Value call(Object* f, std::initializer_list<Object*> pos) {
  return call(f, Args{pos.begin(), pos.size(), nullptr});
}

Value call(Object* f, std::span<Object* const> pos) {
  return call(f, Args{pos.data(), pos.size(), nullptr});
}

Value call_kw(Object* f, std::span<Object* const> pos, Dict* kwargs) {
  if (!kwargs || dict_size(kwargs) == 0) return call(f, pos);
  std::vector<Object*> items(pos.begin(), pos.end());
  Ref<Tuple> names = tuple_new(dict_size(kwargs));
  size_t i = 0;
  dict_for_each(kwargs, [&](Object* k, Object* v) {
    if (!is_instance(k, str_type)) raise(exc::TypeError, "keywords must be strings");
    names->set(i++, k);
    items.push_back(v);
  });
  return call(f, Args{items.data(), pos.size(), names.get()});
}

Value call_method(Object* self, Str* name, std::initializer_list<Object*> args) {
  Value m = getattr(self, name);
  return call(m.get(), args);
}

Value call_method(Object* self, std::string_view name, std::initializer_list<Object*> args) {
  return call_method(self, intern(name), args);
}

Value lookup_special(Object* o, Str* name) {
  Object* f = o->type->lookup(name);
  if (!f) return nullptr;
  if (auto get = f->type->descr_get) return get(f, o, o->type);
  return Value(f);
}

bool is_callable(Object* o) {
  return o->type->call != nullptr || (o->type == function_type && function_type);
}

// ---------------------------------------------------------------------------------------------
// 3. Text
// ---------------------------------------------------------------------------------------------

Ref<Str> repr(Object* o) {
  RecursionGuard guard(" while getting the repr of an object");
  Value r = o->type->repr ? o->type->repr(o) : Value(nullptr);
  if (!r) raise(exc::TypeError, "object has no repr");
  if (!is_instance(r.get(), str_type)) {
    raise(exc::TypeError, "__repr__ returned non-string (type " + tname(r.get()) + ")");
  }
  return Ref<Str>(static_cast<Str*>(r.get()));
}

Ref<Str> str(Object* o) {
  if (is_exactly(o, str_type)) return Ref<Str>(static_cast<Str*>(o));
  if (!o->type->str) return repr(o);
  RecursionGuard guard(" while getting the str of an object");
  Value r = o->type->str(o);
  if (!is_instance(r.get(), str_type)) {
    raise(exc::TypeError, "__str__ returned non-string (type " + tname(r.get()) + ")");
  }
  return Ref<Str>(static_cast<Str*>(r.get()));
}

Ref<Str> ascii(Object* o) {
  Ref<Str> r = repr(o);
  if (r->ascii) return r;
  std::string out;
  size_t pos = 0;
  const std::string& s = r->s;
  while (pos < s.size()) {
    uint32_t cp = utf8_decode_at(s, pos);
    char buf[16];
    if (cp < 0x80) {
      out += char(cp);
      continue;
    }
    if (cp < 0x100) {
      std::snprintf(buf, sizeof buf, "\\x%02x", cp);
    } else if (cp < 0x10000) {
      std::snprintf(buf, sizeof buf, "\\u%04x", cp);
    } else {
      std::snprintf(buf, sizeof buf, "\\U%08x", cp);
    }
    out += buf;
  }
  return str_from(std::move(out));
}

Value format(Object* o, Str* spec) {
  if (spec->length == 0) {
    if (is_exactly(o, str_type)) return Value(o);
    if (is_exactly(o, int_type)) return str(o);
  }
  // Exact builtins cannot override __format__: call their formatter without the method call.
  if (is_exactly(o, int_type)) return int_format(o, spec);
  if (is_exactly(o, float_type)) return float_format(static_cast<Float*>(o)->value, spec);
  if (is_exactly(o, str_type)) return str_format_spec(static_cast<Str*>(o), spec);
  Object* m = o->type->lookup(dunder::format);
  if (!m) raise(exc::TypeError, "Type " + o->type->name + " doesn't define __format__");
  Value bound = m->type->descr_get ? m->type->descr_get(m, o, o->type) : Value(m);
  Value r = call(bound.get(), {spec});
  if (!is_instance(r.get(), str_type)) {
    raise(exc::TypeError, "__format__ must return a str, not " + tname(r.get()));
  }
  return r;
}

// ---------------------------------------------------------------------------------------------
// 4. Hashing, comparison, truth
// ---------------------------------------------------------------------------------------------

int64_t hash(Object* o) {
  if (!o->type->hash) raise(exc::TypeError, "unhashable type: '" + o->type->name + "'");
  return o->type->hash(o);
}

namespace {
constexpr CmpOp kSwapped[] = {CmpOp::Gt, CmpOp::Ge, CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Le};
constexpr const char* kCmpSymbol[] = {"<", "<=", "==", "!=", ">", ">="};
}  // namespace

Value compare(Object* a, Object* b, CmpOp op) {
  Type* at = a->type;
  Type* bt = b->type;
  // Scalars of the same builtin type cannot recurse: skip the guard (the common case).
  if (at == bt && (at == int_type || at == str_type || at == float_type))
    return at->richcompare(a, b, op);
  RecursionGuard guard(" in comparison");
  bool checked_reverse = false;
  if (at != bt && bt->richcompare && bt->is_subtype_of(at)) {
    checked_reverse = true;
    Value r = bt->richcompare(b, a, kSwapped[int(op)]);
    if (r.get() != NotImplemented) return r;
  }
  if (at->richcompare) {
    Value r = at->richcompare(a, b, op);
    if (r.get() != NotImplemented) return r;
  }
  if (!checked_reverse && bt->richcompare) {
    Value r = bt->richcompare(b, a, kSwapped[int(op)]);
    if (r.get() != NotImplemented) return r;
  }
  if (op == CmpOp::Eq) return bool_obj(a == b);
  if (op == CmpOp::Ne) return bool_obj(a != b);
  raise(exc::TypeError, std::string("'") + kCmpSymbol[int(op)] +
                            "' not supported between instances of '" + at->name + "' and '" +
                            bt->name + "'");
}

bool compare_bool(Object* a, Object* b, CmpOp op) {
  Value r = compare(a, b, op);
  if (r.get() == True_) return true;
  if (r.get() == False_) return false;
  return truthy(r.get());
}

bool eq(Object* a, Object* b) {
  if (a == b) return true;
  return compare_bool(a, b, CmpOp::Eq);
}

bool truthy(Object* o) {
  if (o == True_) return true;
  if (o == False_ || o == None) return false;
  Type* t = o->type;
  if (t->truth) return t->truth(o);
  if (t->length) return t->length(o) != 0;
  return true;
}

// ---------------------------------------------------------------------------------------------
// 5. Number operators
// ---------------------------------------------------------------------------------------------

const char* binop_symbol(BinOp op) {
  static const char* s[] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};
  return s[int(op)];
}

namespace {

Value binary_op1(Object* a, Object* b, BinOp op) {
  auto slota = a->type->binop[int(op)];
  auto slotb = b->type != a->type ? b->type->binop[int(op)] : nullptr;
  if (slotb == slota) slotb = nullptr;
  if (slota) {
    if (slotb && b->type->is_subtype_of(a->type)) {
      Value x = slotb(a, b);
      if (x.get() != NotImplemented) return x;
      slotb = nullptr;
    }
    Value x = slota(a, b);
    if (x.get() != NotImplemented) return x;
  }
  if (slotb) {
    Value x = slotb(a, b);
    if (x.get() != NotImplemented) return x;
  }
  return Value(NotImplemented);
}

bool is_builtin_sequence(Object* o) {
  return is_instance(o, str_type) || is_instance(o, list_type) || is_instance(o, tuple_type) ||
         is_instance(o, bytes_type) || is_instance(o, bytearray_type);
}

[[noreturn]] void binop_type_error(Object* a, Object* b, BinOp op, const char* suffix) {
  if (op == BinOp::Add && is_instance(a, bytes_type) && !is_instance(b, bytes_type)) {
    raise(exc::TypeError, "can't concat " + b->type->name + " to " + a->type->name);
  }
  if (op == BinOp::Add && is_builtin_sequence(a)) {
    raise(exc::TypeError, "can only concatenate " + a->type->name + " (not \"" + b->type->name +
                              "\") to " + a->type->name);
  }
  if (op == BinOp::Mul) {
    if (is_builtin_sequence(a) && !b->type->index) {
      raise(exc::TypeError, "can't multiply sequence by non-int of type '" + b->type->name + "'");
    }
    if (is_builtin_sequence(b) && !a->type->index) {
      raise(exc::TypeError, "can't multiply sequence by non-int of type '" + a->type->name + "'");
    }
  }
  std::string sym = binop_symbol(op);
  if (op == BinOp::Pow && !*suffix) sym = "** or pow()";
  raise(exc::TypeError, "unsupported operand type(s) for " + sym + suffix + ": '" + a->type->name +
                            "' and '" + b->type->name + "'");
}

}  // namespace

Value binary_op(Object* a, Object* b, BinOp op) {
  Value r = binary_op1(a, b, op);
  if (r.get() != NotImplemented) return r;
  binop_type_error(a, b, op, "");
}

Value inplace_op(Object* a, Object* b, BinOp op) {
  if (auto slot = a->type->inplace[int(op)]) {
    Value r = slot(a, b);
    if (r.get() != NotImplemented) return r;
  }
  Value r = binary_op1(a, b, op);
  if (r.get() != NotImplemented) return r;
  binop_type_error(a, b, op, "=");
}

Value unary_op(Object* a, UnaryOp op) {
  if (auto slot = a->type->unary[int(op)]) return slot(a);
  static const char* names[] = {"unary -", "unary +", "unary ~"};
  raise(exc::TypeError,
        std::string("bad operand type for ") + names[int(op)] + ": '" + a->type->name + "'");
}

// ---------------------------------------------------------------------------------------------
// 6. Iteration and containers
// ---------------------------------------------------------------------------------------------

Value get_iter(Object* o) {
  Type* t = o->type;
  if (t->iter) {
    Value it = t->iter(o);
    if (!it->type->next) {
      raise(exc::TypeError, "iter() returned non-iterator of type '" + it->type->name + "'");
    }
    return it;
  }
  if (t->getitem && !is_instance(o, dict_type)) return seq_iter_new(o);
  raise(exc::TypeError, "'" + t->name + "' object is not iterable");
}

Value iter_next(Object* it) {
  auto next = it->type->next;
  if (!next) raise(exc::TypeError, "'" + it->type->name + "' object is not an iterator");
  return next(it);
}

int64_t length(Object* o) {
  if (auto len = o->type->length) return len(o);
  raise(exc::TypeError, "object of type '" + o->type->name + "' has no len()");
}

int64_t length_hint(Object* o, int64_t dflt) {
  if (auto len = o->type->length) {
    try {
      return len(o);
    } catch (PyException& e) {
      if (!exception_matches(e.exc.get(), exc::TypeError)) throw;
    }
  }
  Value m = lookup_special(o, dunder::length_hint);
  if (!m) return dflt;
  Value r = call(m.get(), {});
  if (r.get() == NotImplemented) return dflt;
  int64_t n;
  if (!int_as_int64(r.get(), n)) {
    raise(exc::TypeError, "'" + tname(r.get()) + "' object cannot be interpreted as an integer");
  }
  if (n < 0) raise(exc::ValueError, "__length_hint__() should return >= 0");
  return n;
}

Value getitem(Object* o, Object* key) {
  if (auto gi = o->type->getitem) return gi(o, key);
  if (is_instance(o, type_type)) {
    Type* t = static_cast<Type*>(o);
    static Str* class_getitem = intern("__class_getitem__");
    if (Object* m = t->lookup(class_getitem)) {
      Value bound = m->type->descr_get ? m->type->descr_get(m, nullptr, t) : Value(m);
      return call(bound.get(), {key});
    }
    raise(exc::TypeError, "'type' object is not subscriptable");
  }
  raise(exc::TypeError, "'" + o->type->name + "' object is not subscriptable");
}

void setitem(Object* o, Object* key, Object* value) {
  if (auto si = o->type->setitem) return si(o, key, value);
  if (!o->type->getitem) {
    raise(exc::TypeError, "'" + o->type->name + "' object does not support item assignment");
  }
  raise(exc::TypeError, "'" + o->type->name + "' object does not support item assignment");
}

void delitem(Object* o, Object* key) {
  if (auto si = o->type->setitem) return si(o, key, nullptr);
  if (!o->type->getitem) {
    raise(exc::TypeError, "'" + o->type->name + "' object does not support item deletion");
  }
  raise(exc::TypeError, "'" + o->type->name + "' object doesn't support item deletion");
}

bool contains(Object* container, Object* item) {
  if (auto c = container->type->contains) return c(container, item) != 0;
  Type* t = container->type;
  if (!t->iter && !t->getitem) {
    raise(exc::TypeError, "argument of type '" + t->name + "' is not iterable");
  }
  Value it = get_iter(container);
  while (Value v = iter_next(it.get())) {
    if (eq(v.get(), item)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// 7. isinstance / issubclass
// ---------------------------------------------------------------------------------------------

namespace {
bool has_custom_check(Object* cls, Str* name) {
  Type* meta = cls->type;
  if (meta == type_type) return false;
  Object* m = meta->lookup(name);
  return m && m->type != method_descriptor_type;
}
}  // namespace

bool isinstance(Object* obj, Object* cls) {
  if (obj->type == cls) return true;
  if (is_instance(cls, type_type)) {
    if (has_custom_check(cls, dunder::instancecheck)) {
      return truthy(call_method(cls, dunder::instancecheck, {obj}).get());
    }
    return is_instance(obj, static_cast<Type*>(cls));
  }
  if (is_instance(cls, tuple_type)) {
    auto* t = static_cast<Tuple*>(cls);
    RecursionGuard guard(" in __instancecheck__");
    for (size_t i = 0; i < t->size; ++i) {
      if (isinstance(obj, t->items[i])) return true;
    }
    return false;
  }
  if (is_exactly(cls, generic_alias_type)) {
    raise(exc::TypeError, "isinstance() argument 2 cannot be a parameterized generic");
  }
  if (Value m = lookup_special(cls, dunder::instancecheck))
    return truthy(call(m.get(), {obj}).get());
  raise(exc::TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

bool issubclass(Object* cls, Object* classinfo) {
  if (is_instance(classinfo, type_type)) {
    if (has_custom_check(classinfo, dunder::subclasscheck)) {
      return truthy(call_method(classinfo, dunder::subclasscheck, {cls}).get());
    }
    if (!is_instance(cls, type_type)) raise(exc::TypeError, "issubclass() arg 1 must be a class");
    return static_cast<Type*>(cls)->is_subtype_of(static_cast<Type*>(classinfo));
  }
  if (is_instance(classinfo, tuple_type)) {
    auto* t = static_cast<Tuple*>(classinfo);
    for (size_t i = 0; i < t->size; ++i) {
      if (issubclass(cls, t->items[i])) return true;
    }
    if (!is_instance(cls, type_type)) raise(exc::TypeError, "issubclass() arg 1 must be a class");
    return false;
  }
  if (!is_instance(cls, type_type)) raise(exc::TypeError, "issubclass() arg 1 must be a class");
  raise(exc::TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

// ---------------------------------------------------------------------------------------------
// 8. Guards
// ---------------------------------------------------------------------------------------------

RecursionGuard::RecursionGuard(const char* where) {
  Interp& in = interp();
  if (++in.recursion_depth > in.recursion_limit) {
    --in.recursion_depth;
    raise(exc::RecursionError, std::string("maximum recursion depth exceeded") + where);
  }
}

RecursionGuard::~RecursionGuard() {
  --interp().recursion_depth;
}

namespace {
std::vector<Object*>& repr_stack() {
  static std::vector<Object*> v;
  return v;
}
}  // namespace

ReprGuard::ReprGuard(Object* o) : o_(o) {
  auto& st = repr_stack();
  entered_ = std::find(st.begin(), st.end(), o) == st.end();
  if (entered_) st.push_back(o);
}

ReprGuard::~ReprGuard() {
  if (!entered_) return;
  auto& st = repr_stack();
  auto it = std::find(st.rbegin(), st.rend(), o_);
  if (it != st.rend()) st.erase(std::next(it).base());
}

void check_alloc(size_t count, size_t elem_size) {
  if (elem_size && count > interp().memory_budget / elem_size) raise_memory_error();
}

}  // namespace al
