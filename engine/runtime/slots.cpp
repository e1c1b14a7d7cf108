// Slot wrappers and slot trampolines (CPython: Objects/typeobject.c slotdefs, slot_*, wrap_*).
//
// Index
//   1. The slot table: every (dunder name, Type field, wrapper kind)
//   2. Calling helpers shared by the trampolines
//   3. Trampolines: slots of Python classes that call their dunder methods
//   4. Slot wrappers: dunder methods of builtin types that call their slots
//   5. add_slot_wrappers / inherit_slots / fixup_slots / subclasses
#include "engine/runtime/slots.h"

#include <map>
#include <utility>
#include <vector>

#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/list.h"
#include "engine/runtime/names.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

// ---------------------------------------------------------------------------------------------
// 1. The slot table
// ---------------------------------------------------------------------------------------------

namespace {

constexpr int kNB = int(BinOp::kCount);
constexpr int kNU = int(UnaryOp::kCount);

enum Field : int {
  F_repr,
  F_str,
  F_hash,
  F_call,
  F_getattro,
  F_setattro,
  F_descr_get,
  F_descr_set,
  F_init,
  F_new,
  F_richcompare,
  F_iter,
  F_next,
  F_length,
  F_getitem,
  F_setitem,
  F_contains,
  F_truth,
  F_index,
  F_to_int,
  F_to_float,
  F_await,
  F_finalize,
  F_unary,                  // + UnaryOp
  F_binop = F_unary + kNU,  // + BinOp
  F_inplace = F_binop + kNB,
  F_count = F_inplace + kNB
};

enum Wrap : int {
  W_unary,
  W_hash,
  W_call,
  W_getattribute,
  W_getattr,
  W_setattr,
  W_delattr,
  W_descr_get,
  W_descr_set,
  W_descr_delete,
  W_init,
  W_new,
  W_richcmp,
  W_next,
  W_len,
  W_getitem,
  W_setitem,
  W_delitem,
  W_contains,
  W_bool,
  W_binop_l,
  W_binop_r,
  W_del
};

struct SlotDef {
  Str* name;
  int field;
  Wrap wrap;
  int sub;  // CmpOp for W_richcmp
};

void* get_field(const Type* t, int f) {
#define AL_F(id, member) \
  case id:               \
    return reinterpret_cast<void*>(t->member);
  switch (f) {
    AL_F(F_repr, repr)
    AL_F(F_str, str) AL_F(F_hash, hash) AL_F(F_call, call) AL_F(F_getattro, getattro)
        AL_F(F_setattro, setattro) AL_F(F_descr_get, descr_get) AL_F(F_descr_set, descr_set)
            AL_F(F_init, init) AL_F(F_new, new_instance) AL_F(F_richcompare, richcompare)
                AL_F(F_iter, iter) AL_F(F_next, next) AL_F(F_length, length)
                    AL_F(F_getitem, getitem) AL_F(F_setitem, setitem) AL_F(F_contains, contains)
                        AL_F(F_truth, truth) AL_F(F_index, index) AL_F(F_to_int, to_int)
                            AL_F(F_to_float, to_float) AL_F(F_await, await)
                                AL_F(F_finalize, finalize) default : break;
  }
#undef AL_F
  if (f >= F_unary && f < F_binop) return reinterpret_cast<void*>(t->unary[f - F_unary]);
  if (f >= F_binop && f < F_inplace) return reinterpret_cast<void*>(t->binop[f - F_binop]);
  return reinterpret_cast<void*>(t->inplace[f - F_inplace]);
}

void set_field(Type* t, int f, void* p) {
#define AL_F(id, member)                                  \
  case id:                                                \
    t->member = reinterpret_cast<decltype(t->member)>(p); \
    return;
  switch (f) {
    AL_F(F_repr, repr)
    AL_F(F_str, str) AL_F(F_hash, hash) AL_F(F_call, call) AL_F(F_getattro, getattro)
        AL_F(F_setattro, setattro) AL_F(F_descr_get, descr_get) AL_F(F_descr_set, descr_set)
            AL_F(F_init, init) AL_F(F_new, new_instance) AL_F(F_richcompare, richcompare)
                AL_F(F_iter, iter) AL_F(F_next, next) AL_F(F_length, length)
                    AL_F(F_getitem, getitem) AL_F(F_setitem, setitem) AL_F(F_contains, contains)
                        AL_F(F_truth, truth) AL_F(F_index, index) AL_F(F_to_int, to_int)
                            AL_F(F_to_float, to_float) AL_F(F_await, await)
                                AL_F(F_finalize, finalize) default : break;
  }
#undef AL_F
  using U = Value (*)(Object*);
  using B = Value (*)(Object*, Object*);
  if (f >= F_unary && f < F_binop) {
    t->unary[f - F_unary] = reinterpret_cast<U>(p);
  } else if (f >= F_binop && f < F_inplace) {
    t->binop[f - F_binop] = reinterpret_cast<B>(p);
  } else {
    t->inplace[f - F_inplace] = reinterpret_cast<B>(p);
  }
}

std::vector<SlotDef>& slotdefs() {
  static std::vector<SlotDef> defs;
  if (!defs.empty()) return defs;
  auto add = [&](Str* n, int f, Wrap w, int sub = 0) { defs.push_back({n, f, w, sub}); };
  add(dunder::getattribute, F_getattro, W_getattribute);
  add(dunder::getattr, F_getattro, W_getattr);
  add(dunder::setattr, F_setattro, W_setattr);
  add(dunder::delattr, F_setattro, W_delattr);
  add(dunder::repr, F_repr, W_unary);
  add(dunder::hash, F_hash, W_hash);
  add(dunder::call, F_call, W_call);
  add(dunder::str, F_str, W_unary);
  for (int op = 0; op < 6; ++op) add(dunder::cmp[op], F_richcompare, W_richcmp, op);
  add(dunder::iter, F_iter, W_unary);
  add(dunder::next, F_next, W_next);
  add(dunder::get, F_descr_get, W_descr_get);
  add(dunder::set, F_descr_set, W_descr_set);
  add(dunder::delete_, F_descr_set, W_descr_delete);
  add(dunder::init, F_init, W_init);
  add(dunder::new_, F_new, W_new);
  add(dunder::del, F_finalize, W_del);
  add(dunder::await, F_await, W_unary);
  for (int op = 0; op < kNB; ++op) {
    add(dunder::binop[op], F_binop + op, W_binop_l);
    add(dunder::rbinop[op], F_binop + op, W_binop_r);
  }
  for (int op = 0; op < kNU; ++op) add(dunder::unary[op], F_unary + op, W_unary);
  add(dunder::bool_, F_truth, W_bool);
  add(dunder::int_, F_to_int, W_unary);
  add(dunder::float_, F_to_float, W_unary);
  for (int op = 0; op < kNB; ++op) add(dunder::ibinop[op], F_inplace + op, W_binop_l);
  add(dunder::index, F_index, W_unary);
  add(dunder::len, F_length, W_len);
  add(dunder::getitem, F_getitem, W_getitem);
  add(dunder::setitem, F_setitem, W_setitem);
  add(dunder::delitem, F_setitem, W_delitem);
  add(dunder::contains, F_contains, W_contains);
  return defs;
}

// ---------------------------------------------------------------------------------------------
// 2. Calling helpers
// ---------------------------------------------------------------------------------------------

// Calls `func` (found on the type, unbound) with self prepended (CPython: vectorcall_unbound).
Value call_unbound(Object* func, Object* self, Args a) {
  Type* ft = func->type;
  bool prepend =
      ft == function_type || ft == method_descriptor_type || ft == wrapper_descriptor_type;
  if (!prepend) {
    Value bound = ft->descr_get ? ft->descr_get(func, self, self->type) : Value(func);
    return call(bound.get(), a);
  }
  size_t n = a.npos + a.nkw();
  Object* small[8];
  std::vector<Object*> big;
  Object** buf = small;
  if (n + 1 > 8) {
    big.resize(n + 1);
    buf = big.data();
  }
  buf[0] = self;
  for (size_t i = 0; i < n; ++i) buf[i + 1] = a.items[i];
  return call(func, Args{buf, a.npos + 1, a.kwnames});
}

Value call_unbound(Object* func, Object* self, std::initializer_list<Object*> pos) {
  return call_unbound(func, self, Args{pos.begin(), pos.size(), nullptr});
}

// Looks `name` up on type(self) and calls it; `found` reports whether it existed.
Value maybe_call_special(Object* self, Str* name, std::initializer_list<Object*> pos, bool& found) {
  Object* func = self->type->lookup(name);
  found = func != nullptr;
  if (!func) return nullptr;
  return call_unbound(func, self, pos);
}

Value call_special(Object* self, Str* name, std::initializer_list<Object*> pos) {
  bool found;
  Value r = maybe_call_special(self, name, pos, found);
  if (!found) raise_attribute_error(self, name, name->s);
  return r;
}

// ---------------------------------------------------------------------------------------------
// 3. Trampolines
// ---------------------------------------------------------------------------------------------

Value slot_repr(Object* self) {
  Value r = call_special(self, dunder::repr, {});
  if (!is_instance(r.get(), str_type)) {
    raise(exc::TypeError, "__repr__ returned non-string (type " + tname(r.get()) + ")");
  }
  return r;
}

Value slot_str(Object* self) {
  Value r = call_special(self, dunder::str, {});
  if (!is_instance(r.get(), str_type)) {
    raise(exc::TypeError, "__str__ returned non-string (type " + tname(r.get()) + ")");
  }
  return r;
}

int64_t slot_hash(Object* self) {
  Object* func = self->type->lookup(dunder::hash);
  if (!func || func == None) raise(exc::TypeError, "unhashable type: '" + self->type->name + "'");
  Value r = call_unbound(func, self, {});
  if (!is_instance(r.get(), int_type))
    raise(exc::TypeError, "__hash__ method should return an integer");
  int64_t h;
  if (!int_as_int64(r.get(), h)) h = int_hash(r.get());
  return h == -1 ? -2 : h;
}

Value slot_call(Object* self, Args a) {
  Object* func = self->type->lookup(dunder::call);
  if (!func) raise(exc::TypeError, "'" + self->type->name + "' object is not callable");
  return call_unbound(func, self, a);
}

Value slot_getattro(Object* self, Str* name) {
  Type* tp = self->type;
  Object* getattribute = tp->lookup(dunder::getattribute);
  Object* getattr_hook = tp->lookup(dunder::getattr);
  if (!getattr_hook) return call_unbound(getattribute, self, {name});
  bool generic =
      getattribute && getattribute->type == wrapper_descriptor_type &&
      static_cast<SlotWrapper*>(getattribute)->fn == reinterpret_cast<void*>(object_type->getattro);
  try {
    if (generic) {
      if (Value v = generic_getattr(self, name, true)) return v;
    } else {
      return call_unbound(getattribute, self, {name});
    }
  } catch (PyException& e) {
    if (!exception_matches(e.exc.get(), exc::AttributeError)) throw;
  }
  return call_unbound(getattr_hook, self, {name});
}

void slot_setattro(Object* self, Str* name, Object* value) {
  if (value) {
    call_special(self, dunder::setattr, {name, value});
  } else {
    call_special(self, dunder::delattr, {name});
  }
}

Value slot_descr_get(Object* self, Object* obj, Type* owner) {
  return call_special(self, dunder::get,
                      {obj ? obj : None, owner ? static_cast<Object*>(owner) : None});
}

void slot_descr_set(Object* self, Object* obj, Object* value) {
  if (value) {
    call_special(self, dunder::set, {obj, value});
  } else {
    call_special(self, dunder::delete_, {obj});
  }
}

void slot_init(Object* self, Args a) {
  Object* func = self->type->lookup(dunder::init);
  Value r = call_unbound(func, self, a);
  if (r.get() != None) {
    raise(exc::TypeError, "__init__() should return None, not '" + tname(r.get()) + "'");
  }
}

Value slot_new(Type* t, Args a) {
  Object* func = t->lookup(dunder::new_);
  Value f = func->type->descr_get ? func->type->descr_get(func, nullptr, t) : Value(func);
  size_t n = a.npos + a.nkw();
  std::vector<Object*> buf(n + 1);
  buf[0] = t;
  for (size_t i = 0; i < n; ++i) buf[i + 1] = a.items[i];
  return call(f.get(), Args{buf.data(), a.npos + 1, a.kwnames});
}

Value slot_richcompare(Object* a, Object* b, CmpOp op) {
  Object* func = a->type->lookup(dunder::cmp[int(op)]);
  if (!func) return Value(NotImplemented);
  if (func->type == wrapper_descriptor_type) {
    auto* w = static_cast<SlotWrapper*>(func);
    if (w->fn != reinterpret_cast<void*>(slot_richcompare) && is_instance(a, w->owner)) {
      return reinterpret_cast<Value (*)(Object*, Object*, CmpOp)>(w->fn)(a, b, op);
    }
  }
  return call_unbound(func, a, {b});
}

Value slot_iter(Object* self) {
  Object* func = self->type->lookup(dunder::iter);
  if (!func || func == None)
    raise(exc::TypeError, "'" + self->type->name + "' object is not iterable");
  return call_unbound(func, self, {});
}

Value slot_next(Object* self) {
  try {
    return call_special(self, dunder::next, {});
  } catch (PyException& e) {
    if (exception_matches(e.exc.get(), exc::StopIteration)) return nullptr;
    throw;
  }
}

int64_t slot_length(Object* self) {
  Value r = call_special(self, dunder::len, {});
  if (!is_instance(r.get(), int_type)) {
    if (!r->type->index) {
      raise(exc::TypeError, "'" + tname(r.get()) + "' object cannot be interpreted as an integer");
    }
    r = number_index(r.get());
  }
  int64_t n;
  if (!int_as_int64(r.get(), n)) {
    if (static_cast<Int*>(r.get())->sign() < 0)
      raise(exc::ValueError, "__len__() should return >= 0");
    raise(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  if (n < 0) raise(exc::ValueError, "__len__() should return >= 0");
  return n;
}

Value slot_getitem(Object* self, Object* key) {
  return call_special(self, dunder::getitem, {key});
}

void slot_setitem(Object* self, Object* key, Object* value) {
  if (value) {
    call_special(self, dunder::setitem, {key, value});
  } else {
    call_special(self, dunder::delitem, {key});
  }
}

int slot_contains(Object* self, Object* item) {
  Object* func = self->type->lookup(dunder::contains);
  if (func == None) raise(exc::TypeError, "'" + self->type->name + "' object is not a container");
  return truthy(call_unbound(func, self, {item}).get()) ? 1 : 0;
}

bool slot_truth(Object* self) {
  Value r = call_special(self, dunder::bool_, {});
  if (!is_exactly(r.get(), bool_type)) {
    raise(exc::TypeError, "__bool__ should return bool, returned " + tname(r.get()));
  }
  return r.get() == True_;
}

Value slot_index(Object* self) {
  Value r = call_special(self, dunder::index, {});
  if (!is_instance(r.get(), int_type)) {
    raise(exc::TypeError, "__index__ returned non-int (type " + tname(r.get()) + ")");
  }
  return r;
}

Value slot_to_int(Object* self) {
  Value r = call_special(self, dunder::int_, {});
  if (!is_instance(r.get(), int_type)) {
    raise(exc::TypeError, "__int__ returned non-int (type " + tname(r.get()) + ")");
  }
  return r;
}

Value slot_to_float(Object* self) {
  Value r = call_special(self, dunder::float_, {});
  if (!is_instance(r.get(), float_type)) {
    raise(exc::TypeError,
          self->type->name + ".__float__ returned non-float (type " + tname(r.get()) + ")");
  }
  return r;
}

Value slot_await(Object* self) {
  return call_special(self, dunder::await, {});
}

void slot_del(Object* self) {
  try {
    call_special(self, dunder::del, {});
  } catch (PyException& e) {
    // CPython: PyErr_WriteUnraisable prints and continues.
    Object* func = self->type->lookup(dunder::del);
    std::string text =
        "Exception ignored in: " + (func ? repr(func)->s : std::string("__del__")) + "\n";
    text += tname(e.exc.get());
    Ref<Str> msg = str(e.exc.get());
    if (msg->length > 0) text += ": " + msg->s;
    text += "\n";
    if (interp().err) interp().err(text);
  }
}

template <int op>
Value slot_unary(Object* self) {
  return call_special(self, dunder::unary[op], {});
}

// CPython: SLOT1BINFULL — tries self.__op__(other), or other.__rop__(self) when other's type
// is a subclass that overrides the reflected method.
template <int op>
Value slot_binop(Object* self, Object* other) {
  Type* st = self->type;
  Type* ot = other->type;
  auto mine = reinterpret_cast<Value (*)(Object*, Object*)>(slot_binop<op>);
  bool do_other = st != ot && ot->binop[op] == mine;
  if (st->binop[op] == mine) {
    if (do_other && ot->is_subtype_of(st)) {
      Object* r1 = ot->lookup(dunder::rbinop[op]);
      Object* r2 = st->lookup(dunder::rbinop[op]);
      if (r1 && r1 != r2) {
        bool found;
        Value r = maybe_call_special(other, dunder::rbinop[op], {self}, found);
        if (found && r.get() != NotImplemented) return r;
        do_other = false;
      }
    }
    bool found;
    Value r = maybe_call_special(self, dunder::binop[op], {other}, found);
    if (found && (r.get() != NotImplemented || ot == st)) return r;
    if (!found && ot == st) return Value(NotImplemented);
  }
  if (do_other) {
    bool found;
    Value r = maybe_call_special(other, dunder::rbinop[op], {self}, found);
    if (found) return r;
  }
  return Value(NotImplemented);
}

template <int op>
Value slot_inplace(Object* self, Object* other) {
  bool found;
  Value r = maybe_call_special(self, dunder::ibinop[op], {other}, found);
  return found ? r : Value(NotImplemented);
}

template <int... I>
void* unary_tramp(int op, std::integer_sequence<int, I...>) {
  void* table[] = {reinterpret_cast<void*>(slot_unary<I>)...};
  return table[op];
}
template <int... I>
void* binop_tramp(int op, std::integer_sequence<int, I...>) {
  void* table[] = {reinterpret_cast<void*>(slot_binop<I>)...};
  return table[op];
}
template <int... I>
void* inplace_tramp(int op, std::integer_sequence<int, I...>) {
  void* table[] = {reinterpret_cast<void*>(slot_inplace<I>)...};
  return table[op];
}

void* trampoline(int f) {
  switch (f) {
    case F_repr:
      return reinterpret_cast<void*>(slot_repr);
    case F_str:
      return reinterpret_cast<void*>(slot_str);
    case F_hash:
      return reinterpret_cast<void*>(slot_hash);
    case F_call:
      return reinterpret_cast<void*>(slot_call);
    case F_getattro:
      return reinterpret_cast<void*>(slot_getattro);
    case F_setattro:
      return reinterpret_cast<void*>(slot_setattro);
    case F_descr_get:
      return reinterpret_cast<void*>(slot_descr_get);
    case F_descr_set:
      return reinterpret_cast<void*>(slot_descr_set);
    case F_init:
      return reinterpret_cast<void*>(slot_init);
    case F_new:
      return reinterpret_cast<void*>(slot_new);
    case F_richcompare:
      return reinterpret_cast<void*>(slot_richcompare);
    case F_iter:
      return reinterpret_cast<void*>(slot_iter);
    case F_next:
      return reinterpret_cast<void*>(slot_next);
    case F_length:
      return reinterpret_cast<void*>(slot_length);
    case F_getitem:
      return reinterpret_cast<void*>(slot_getitem);
    case F_setitem:
      return reinterpret_cast<void*>(slot_setitem);
    case F_contains:
      return reinterpret_cast<void*>(slot_contains);
    case F_truth:
      return reinterpret_cast<void*>(slot_truth);
    case F_index:
      return reinterpret_cast<void*>(slot_index);
    case F_to_int:
      return reinterpret_cast<void*>(slot_to_int);
    case F_to_float:
      return reinterpret_cast<void*>(slot_to_float);
    case F_await:
      return reinterpret_cast<void*>(slot_await);
    case F_finalize:
      return reinterpret_cast<void*>(slot_del);
    default:
      break;
  }
  if (f >= F_unary && f < F_binop)
    return unary_tramp(f - F_unary, std::make_integer_sequence<int, kNU>());
  if (f >= F_binop && f < F_inplace)
    return binop_tramp(f - F_binop, std::make_integer_sequence<int, kNB>());
  return inplace_tramp(f - F_inplace, std::make_integer_sequence<int, kNB>());
}

// ---------------------------------------------------------------------------------------------
// 4. Slot wrappers
// ---------------------------------------------------------------------------------------------

void check_nargs(Args a, size_t n, Str* name) {
  if (a.nkw()) raise(exc::TypeError, "wrapper " + name->s + "() takes no keyword arguments");
  if (a.npos != n) {
    raise(exc::TypeError, "expected " + std::to_string(n) + " argument" + (n == 1 ? "" : "s") +
                              ", got " + std::to_string(a.npos));
  }
}

Str* attr_name_arg(Object* o) {
  if (!is_instance(o, str_type)) {
    raise(exc::TypeError, "attribute name must be string, not '" + tname(o) + "'");
  }
  return static_cast<Str*>(o);
}

Value call_wrapper(SlotWrapper* w, Object* self, Args a) {
  const SlotDef& d = slotdefs()[size_t(w->def_index)];
  void* fn = w->fn;
  switch (d.wrap) {
    case W_unary:
      check_nargs(a, 0, w->name);
      return reinterpret_cast<Value (*)(Object*)>(fn)(self);
    case W_hash:
      check_nargs(a, 0, w->name);
      return int_from(reinterpret_cast<int64_t (*)(Object*)>(fn)(self));
    case W_call:
      return reinterpret_cast<Value (*)(Object*, Args)>(fn)(self, a);
    case W_getattribute:
    case W_getattr:
      check_nargs(a, 1, w->name);
      return reinterpret_cast<Value (*)(Object*, Str*)>(fn)(self, attr_name_arg(a[0]));
    case W_setattr:
      check_nargs(a, 2, w->name);
      reinterpret_cast<void (*)(Object*, Str*, Object*)>(fn)(self, attr_name_arg(a[0]), a[1]);
      return none();
    case W_delattr:
      check_nargs(a, 1, w->name);
      reinterpret_cast<void (*)(Object*, Str*, Object*)>(fn)(self, attr_name_arg(a[0]), nullptr);
      return none();
    case W_descr_get: {
      if (a.npos < 1 || a.npos > 2) {
        raise(exc::TypeError,
              std::string("expected 1 or 2 arguments, got ") + std::to_string(a.npos));
      }
      Object* obj = a[0] == None ? nullptr : a[0];
      Object* owner = a.npos > 1 && a[1] != None ? a[1] : nullptr;
      if (!obj && !owner) raise(exc::TypeError, "__get__(None, None) is invalid");
      return reinterpret_cast<Value (*)(Object*, Object*, Type*)>(fn)(self, obj,
                                                                      static_cast<Type*>(owner));
    }
    case W_descr_set:
      check_nargs(a, 2, w->name);
      reinterpret_cast<void (*)(Object*, Object*, Object*)>(fn)(self, a[0], a[1]);
      return none();
    case W_descr_delete:
      check_nargs(a, 1, w->name);
      reinterpret_cast<void (*)(Object*, Object*, Object*)>(fn)(self, a[0], nullptr);
      return none();
    case W_init:
      reinterpret_cast<void (*)(Object*, Args)>(fn)(self, a);
      return none();
    case W_new:
      break;
    case W_richcmp:
      check_nargs(a, 1, w->name);
      return reinterpret_cast<Value (*)(Object*, Object*, CmpOp)>(fn)(self, a[0], CmpOp(d.sub));
    case W_next: {
      check_nargs(a, 0, w->name);
      Value r = reinterpret_cast<Value (*)(Object*)>(fn)(self);
      if (!r) raise(exc::StopIteration, "");
      return r;
    }
    case W_len:
      check_nargs(a, 0, w->name);
      return int_from(reinterpret_cast<int64_t (*)(Object*)>(fn)(self));
    case W_getitem:
      check_nargs(a, 1, w->name);
      return reinterpret_cast<Value (*)(Object*, Object*)>(fn)(self, a[0]);
    case W_setitem:
      check_nargs(a, 2, w->name);
      reinterpret_cast<void (*)(Object*, Object*, Object*)>(fn)(self, a[0], a[1]);
      return none();
    case W_delitem:
      check_nargs(a, 1, w->name);
      reinterpret_cast<void (*)(Object*, Object*, Object*)>(fn)(self, a[0], nullptr);
      return none();
    case W_contains:
      check_nargs(a, 1, w->name);
      return bool_obj(reinterpret_cast<int (*)(Object*, Object*)>(fn)(self, a[0]) != 0);
    case W_bool:
      check_nargs(a, 0, w->name);
      return bool_obj(reinterpret_cast<bool (*)(Object*)>(fn)(self));
    case W_binop_l:
      check_nargs(a, 1, w->name);
      return reinterpret_cast<Value (*)(Object*, Object*)>(fn)(self, a[0]);
    case W_binop_r:
      check_nargs(a, 1, w->name);
      return reinterpret_cast<Value (*)(Object*, Object*)>(fn)(a[0], self);
    case W_del:
      check_nargs(a, 0, w->name);
      reinterpret_cast<void (*)(Object*)>(fn)(self);
      return none();
  }
  raise(exc::SystemError, "bad slot wrapper");
}

// wrapper_descriptor called unbound: int.__add__(1, 2).
Value wrapper_descriptor_call(Object* self, Args a) {
  auto* w = static_cast<SlotWrapper*>(self);
  if (a.npos < 1) {
    raise(exc::TypeError,
          "descriptor '" + w->name->s + "' of '" + w->owner->name + "' object needs an argument");
  }
  if (!is_instance(a[0], w->owner)) {
    raise(exc::TypeError, "descriptor '" + w->name->s + "' requires a '" + w->owner->name +
                              "' object but received a '" + tname(a[0]) + "'");
  }
  return call_wrapper(w, a[0], Args{a.items + 1, a.npos - 1, a.kwnames});
}

Value wrapper_descriptor_get(Object* self, Object* obj, Type*) {
  auto* w = static_cast<SlotWrapper*>(self);
  if (!obj) return Value(self);
  if (!is_instance(obj, w->owner)) {
    raise(exc::TypeError, "descriptor '" + w->name->s + "' for '" + w->owner->name +
                              "' objects doesn't apply to a '" + tname(obj) + "' object");
  }
  return make<MethodWrapper>(method_wrapper_type, w, obj);
}

Value wrapper_descriptor_repr(Object* self) {
  auto* w = static_cast<SlotWrapper*>(self);
  return str_from("<slot wrapper '" + w->name->s + "' of '" + w->owner->name + "' objects>");
}

Value method_wrapper_call(Object* self, Args a) {
  auto* m = static_cast<MethodWrapper*>(self);
  return call_wrapper(m->descr.get(), m->self.get(), a);
}

Value method_wrapper_repr(Object* self) {
  auto* m = static_cast<MethodWrapper*>(self);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(m->self.get()));
  return str_from("<method-wrapper '" + m->descr->name->s + "' of " + tname(m->self.get()) +
                  " object at " + buf + ">");
}

Value method_wrapper_richcompare(Object* a, Object* b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_exactly(b, method_wrapper_type)) {
    return Value(NotImplemented);
  }
  auto* x = static_cast<MethodWrapper*>(a);
  auto* y = static_cast<MethodWrapper*>(b);
  bool same = x->descr.get() == y->descr.get() && x->self.get() == y->self.get();
  return bool_obj(op == CmpOp::Eq ? same : !same);
}

int64_t method_wrapper_hash(Object* self) {
  auto* m = static_cast<MethodWrapper*>(self);
  return (reinterpret_cast<intptr_t>(m->descr.get()) >> 4) ^ hash(m->self.get());
}

// __new__ of builtin types: a builtin function bound to the type (CPython: tp_new_wrapper).
Value tp_new_wrapper(Object* self, Args a) {
  auto* t = static_cast<Type*>(self);
  if (a.npos < 1) raise(exc::TypeError, t->name + ".__new__(): not enough arguments");
  if (!is_instance(a[0], type_type)) {
    raise(exc::TypeError, t->name + ".__new__(X): X is not a type object (" + tname(a[0]) + ")");
  }
  auto* sub = static_cast<Type*>(a[0]);
  if (!sub->is_subtype_of(t)) {
    raise(exc::TypeError, t->name + ".__new__(" + sub->name + "): " + sub->name +
                              " is not a subtype of " + t->name);
  }
  // The nearest builtin base must use this same constructor (CPython: tp_new_wrapper).
  Type* staticbase = sub;
  while (staticbase && staticbase->is_heap) staticbase = staticbase->base;
  if (staticbase && staticbase->new_instance != t->new_instance) {
    raise(exc::TypeError, t->name + ".__new__(" + sub->name + ") is not safe, use " +
                              staticbase->name + ".__new__()");
  }
  return t->new_instance(sub, Args{a.items + 1, a.npos - 1, a.kwnames});
}

bool is_new_wrapper(Object* o, Type*& owner) {
  if (o->type != builtin_function_type) return false;
  auto* f = static_cast<BuiltinFunction*>(o);
  if (f->fn != tp_new_wrapper) return false;
  owner = static_cast<Type*>(f->self.get());
  return true;
}

// ---------------------------------------------------------------------------------------------
// 5. Type set-up
// ---------------------------------------------------------------------------------------------

std::map<Type*, std::vector<Type*>>& subclass_map() {
  static std::map<Type*, std::vector<Type*>> m;
  return m;
}

}  // namespace

void add_slot_wrappers(Type* t) {
  auto& defs = slotdefs();
  for (size_t i = 0; i < defs.size(); ++i) {
    const SlotDef& d = defs[i];
    void* fn = get_field(t, d.field);
    if (!fn) continue;
    if (t->base && get_field(t->base, d.field) == fn) continue;
    if (dict_get_str(t->dict.get(), d.name)) continue;
    if (d.wrap == W_new) {
      Value f = make_builtin("__new__", tp_new_wrapper, t);
      dict_set(t->dict.get(), d.name, f.get());
      continue;
    }
    if (d.wrap == W_getattr) continue;  // __getattr__ is only a hook for Python classes
    auto w = make<SlotWrapper>(wrapper_descriptor_type, d.name, t, int(i), fn);
    w->make_immortal();
    dict_set(t->dict.get(), d.name, w.get());
  }
  if (!t->hash && t->richcompare && !dict_get_str(t->dict.get(), dunder::hash)) {
    dict_set(t->dict.get(), dunder::hash, None);
  }
}

void inherit_slots(Type* t) {
  Type* b = t->base;
  if (!b) return;
  // hash and richcompare are inherited together, only when the type defines neither
  // (CPython: inherit_slots).
  if (!t->hash && !t->richcompare) {
    t->hash = b->hash;
    t->richcompare = b->richcompare;
  }
  for (int f = 0; f < F_count; ++f) {
    if (f == F_hash || f == F_richcompare) continue;
    if (!get_field(t, f)) set_field(t, f, get_field(b, f));
  }
  if (!t->send) t->send = b->send;
  if (!t->throw_) t->throw_ = b->throw_;
}

void fixup_slots(Type* t) {
  auto& defs = slotdefs();
  for (int f = 0; f < F_count; ++f) {
    void* specific = nullptr;
    bool use_generic = false;
    bool any = false;
    bool hash_none = false;
    for (auto& d : defs) {
      if (d.field != f) continue;
      Object* found = t->lookup(d.name);
      if (!found) continue;
      any = true;
      if (f == F_getattro && d.wrap == W_getattr) {
        use_generic = true;
        continue;
      }
      if (f == F_hash && found == None) {
        hash_none = true;
        continue;
      }
      Type* new_owner;
      if (d.wrap == W_new && is_new_wrapper(found, new_owner)) {
        void* fn = reinterpret_cast<void*>(new_owner->new_instance);
        if (specific && specific != fn) use_generic = true;
        specific = fn;
        continue;
      }
      if (found->type == wrapper_descriptor_type) {
        auto* w = static_cast<SlotWrapper*>(found);
        if (defs[size_t(w->def_index)].field == f && t->is_subtype_of(w->owner)) {
          if (specific && specific != w->fn) use_generic = true;
          specific = w->fn;
          continue;
        }
      }
      use_generic = true;
    }
    if (hash_none) {
      t->hash = nullptr;
    } else if (use_generic) {
      set_field(t, f, trampoline(f));
    } else if (specific) {
      set_field(t, f, specific);
    } else if (!any) {
      set_field(t, f, nullptr);
    }
  }
}

bool init_is_dunder_trampoline(const Type* t) {
  return t->init == slot_init;
}

void fixup_slots_recursive(Type* t) {
  if (t->is_heap) fixup_slots(t);
  auto it = subclass_map().find(t);
  if (it == subclass_map().end()) return;
  std::vector<Type*> subs = it->second;
  for (Type* sub : subs) fixup_slots_recursive(sub);
}

void register_subclass(Type* sub) {
  for (size_t i = 0; i < sub->bases->size; ++i) {
    subclass_map()[static_cast<Type*>(sub->bases->items[i])].push_back(sub);
  }
}

Value subclasses_of(Type* t) {
  Ref<List> out = list_new();
  auto it = subclass_map().find(t);
  if (it != subclass_map().end()) {
    for (Type* s : it->second) list_append(out.get(), s);
  }
  return out;
}

void init_slot_wrapper_types() {
  Type* w = wrapper_descriptor_type;
  w->call = wrapper_descriptor_call;
  w->descr_get = wrapper_descriptor_get;
  w->repr = wrapper_descriptor_repr;
  w->ready();
  Type* m = method_wrapper_type;
  m->call = method_wrapper_call;
  m->repr = method_wrapper_repr;
  m->richcompare = method_wrapper_richcompare;
  m->hash = method_wrapper_hash;
  m->ready();
}

}  // namespace al
