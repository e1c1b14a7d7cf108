// The abstract object protocol the VM and native code use (CPython: Objects/abstract.c,
// Objects/object.c). Every function raises Python exceptions as al::PyException.
#pragma once

#include <initializer_list>
#include <string>

#include "engine/runtime/object.h"

namespace al {

// Set by the VM at start-up: calls a Python function object (function_type) with vectorcall
// arguments. The runtime reaches Python code only through this hook.
extern Value (*g_call_python)(Object* fn, Args args);

// Attributes.
Value getattr(Object* o, Str* name);
Value getattr(Object* o, std::string_view name);
Value getattr_opt(Object* o, Str* name);  // null instead of AttributeError
bool hasattr(Object* o, Str* name);
void setattr(Object* o, Str* name, Object* value);
void delattr(Object* o, Str* name);

// Calls.
Value call(Object* f, Args args);
Value call(Object* f, std::initializer_list<Object*> pos);
Value call(Object* f, std::span<Object* const> pos);
// Positional plus keyword arguments given as (name, value) pairs.
Value call_kw(Object* f, std::span<Object* const> pos, Dict* kwargs);
Value call_method(Object* self, Str* name, std::initializer_list<Object*> args);
Value call_method(Object* self, std::string_view name, std::initializer_list<Object*> args);
// Looks a special method up on the type (not the instance), binding it; null when missing
// (CPython: _PyObject_LookupSpecial).
Value lookup_special(Object* o, Str* name);
bool is_callable(Object* o);

// Text.
Ref<Str> repr(Object* o);
Ref<Str> str(Object* o);
Ref<Str> ascii(Object* o);
Value format(Object* o, Str* spec);
std::string type_name(Object* o);  // "int", "MyClass"

// Comparison and hashing.
int64_t hash(Object* o);
bool eq(Object* a, Object* b);  // identity shortcut, then ==
Value compare(Object* a, Object* b, CmpOp op);
bool compare_bool(Object* a, Object* b, CmpOp op);
bool truthy(Object* o);

// Numbers.
Value binary_op(Object* a, Object* b, BinOp op);
Value inplace_op(Object* a, Object* b, BinOp op);
Value unary_op(Object* a, UnaryOp op);
const char* binop_symbol(BinOp op);  // "+", "**", "@"...

// Iteration.
Value get_iter(Object* o);
Value iter_next(Object* it);  // null at the end (StopIteration is absorbed)
// Calls f on every item of an iterable.
template <class F>
void for_each(Object* iterable, F&& f) {
  Value it = get_iter(iterable);
  while (Value v = iter_next(it)) f(v.get());
}

// Containers.
int64_t length(Object* o);
int64_t length_hint(Object* o, int64_t dflt);
Value getitem(Object* o, Object* key);
void setitem(Object* o, Object* key, Object* value);
void delitem(Object* o, Object* key);
bool contains(Object* container, Object* item);

// Types.
bool isinstance(Object* obj, Object* cls_or_tuple);
bool issubclass(Object* cls, Object* cls_or_tuple);

// Generic attribute access for ordinary objects (CPython: PyObject_GenericGetAttr); exposed so
// slot trampolines and object.__getattribute__ reuse it. `suppress` returns null instead of
// raising AttributeError.
Value generic_getattr(Object* o, Str* name, bool suppress = false);
void generic_setattr(Object* o, Str* name, Object* value);
// The instance __dict__ (created on demand) or null when the object has none.
Dict* instance_dict(Object* o, bool create = true);

// Recursion guard for native recursion (repr of nested containers, comparisons):
// raises RecursionError "maximum recursion depth exceeded<where>" past the interpreter limit.
struct RecursionGuard {
  explicit RecursionGuard(const char* where);
  ~RecursionGuard();
};

// Guard against infinitely recursive reprs: `[...]` (CPython: Py_ReprEnter / Py_ReprLeave).
struct ReprGuard {
  explicit ReprGuard(Object* o);
  ~ReprGuard();
  bool active() const { return entered_; }  // false: o is already being repr'd
 private:
  Object* o_;
  bool entered_;
};

// Raises MemoryError when `bytes` exceeds the interpreter's allocation budget.
void check_alloc(size_t count, size_t elem_size);

}  // namespace al
