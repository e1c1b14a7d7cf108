// The `function` and `cell` types (CPython: Objects/funcobject.c, Objects/cellobject.c).
#include "engine/vm/function.h"

#include <cstddef>
#include <cstdio>

#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/method.h"
#include "engine/runtime/module.h"
#include "engine/runtime/names.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "engine/vm/eval.h"

namespace al {

namespace {

Function* as_func(Object* o) {
  return static_cast<Function*>(o);
}

std::string address(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

Value function_repr(Object* self) {
  return str_from("<function " + as_func(self)->qualname->s + " at " + address(self) + ">");
}

Value function_call(Object* self, Args args) {
  return call_python(self, args);
}

// Functions are non-data descriptors: looked up on an instance they bind it
// (CPython: func_descr_get).
Value function_get(Object* self, Object* obj, Type*) {
  if (!obj || obj == None) return Value(self);
  return method_new(self, obj);
}

void require_str(Object* v, const char* what) {
  if (!v || !is_instance(v, str_type)) {
    raise(exc::TypeError, std::string(what) + " must be set to a string object");
  }
}

Value cell_repr(Object* self) {
  Cell* c = static_cast<Cell*>(self);
  if (!c->ref) return str_from("<cell at " + address(self) + ": empty>");
  return str_from("<cell at " + address(self) + ": " + c->ref->type->name + " object at " +
                  address(c->ref.get()) + ">");
}

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr uint32_t kFunctionDictOffset = uint32_t(offsetof(Function, dict));
#pragma GCC diagnostic pop

}  // namespace

Function::Function(Type* t, Ref<Code> c, Ref<Dict> g)
    : Object(t), code(std::move(c)), globals(std::move(g)) {
  builtins = builtins_for_globals(globals.get());
  name = code->name;
  qualname = code->qualname;
  // The docstring is the first constant of a function's code, or None (CPython 3.11
  // compiler_function always reserves co_consts[0] for it; our code generator does the same
  // for lambdas and comprehensions).
  if (!code->consts.empty() && is_instance(code->consts[0].get(), str_type)) {
    doc = code->consts[0];
  } else {
    doc = Value(None);
  }
  Object* modname = dict_get_str(globals.get(), dunder::name);
  module = Value(modname ? modname : None);
}

Ref<Function> function_new(Ref<Code> code, Ref<Dict> globals) {
  return make<Function>(function_type, std::move(code), std::move(globals));
}

Ref<Cell> cell_new(Object* value) {
  Ref<Cell> c = make<Cell>(cell_type);
  c->ref = Value(value);
  return c;
}

Ref<Dict> builtins_for_globals(Dict* globals) {
  if (Object* b = dict_get_str(globals, dunder::builtins)) {
    if (is_instance(b, module_type)) return static_cast<Module*>(b)->dict;
    if (is_instance(b, dict_type)) return Ref<Dict>(static_cast<Dict*>(b));
  }
  return interp().builtins->dict;
}

void init_function_types() {
  if (function_type) return;
  Type* t = new_builtin_type("function", object_type);
  t->allows_subclass = false;
  t->repr = function_repr;
  t->call = function_call;
  t->descr_get = function_get;
  t->has_instance_dict = true;
  t->dict_offset = kFunctionDictOffset;
  add_getset(
      t, "__name__", [](Object* s) -> Value { return as_func(s)->name; },
      [](Object* s, Object* v) {
        require_str(v, "__name__");
        as_func(s)->name = Ref<Str>(static_cast<Str*>(v));
      });
  add_getset(
      t, "__qualname__", [](Object* s) -> Value { return as_func(s)->qualname; },
      [](Object* s, Object* v) {
        require_str(v, "__qualname__");
        as_func(s)->qualname = Ref<Str>(static_cast<Str*>(v));
      });
  add_getset(
      t, "__doc__", [](Object* s) -> Value { return as_func(s)->doc; },
      [](Object* s, Object* v) { as_func(s)->doc = Value(v ? v : None); });
  add_getset(
      t, "__module__", [](Object* s) -> Value { return as_func(s)->module; },
      [](Object* s, Object* v) { as_func(s)->module = Value(v ? v : None); });
  add_getset(
      t, "__defaults__",
      [](Object* s) -> Value {
        Function* f = as_func(s);
        return f->defaults ? Value(f->defaults) : Value(None);
      },
      [](Object* s, Object* v) {
        Function* f = as_func(s);
        if (!v || v == None) {
          f->defaults = nullptr;
        } else if (is_instance(v, tuple_type)) {
          f->defaults = Ref<Tuple>(static_cast<Tuple*>(v));
        } else {
          raise(exc::TypeError, "__defaults__ must be set to a tuple object");
        }
      });
  add_getset(
      t, "__kwdefaults__",
      [](Object* s) -> Value {
        Function* f = as_func(s);
        return f->kwdefaults ? Value(f->kwdefaults) : Value(None);
      },
      [](Object* s, Object* v) {
        Function* f = as_func(s);
        if (!v || v == None) {
          f->kwdefaults = nullptr;
        } else if (is_instance(v, dict_type)) {
          f->kwdefaults = Ref<Dict>(static_cast<Dict*>(v));
        } else {
          raise(exc::TypeError, "__kwdefaults__ must be set to a dict object");
        }
      });
  add_getset(t, "__code__", [](Object* s) -> Value { return as_func(s)->code; });
  add_getset(t, "__globals__", [](Object* s) -> Value { return as_func(s)->globals; });
  add_getset(t, "__builtins__", [](Object* s) -> Value { return as_func(s)->builtins; });
  add_getset(t, "__closure__", [](Object* s) -> Value {
    Function* f = as_func(s);
    return f->closure ? Value(f->closure) : Value(None);
  });
  add_getset(
      t, "__annotations__",
      [](Object* s) -> Value {
        Function* f = as_func(s);
        if (!f->annotations) f->annotations = dict_new();
        if (is_exactly(f->annotations.get(), tuple_type)) {
          // MAKE_FUNCTION stores the compiler's flat (name, value, ...) tuple; the dict is made
          // on first access (CPython: funcobject.c func_get_annotations).
          auto* t = static_cast<Tuple*>(f->annotations.get());
          Ref<Dict> d = dict_new();
          for (size_t i = 0; i + 1 < t->size; i += 2)
            dict_set(d.get(), t->items[i], t->items[i + 1]);
          f->annotations = d;
        }
        return f->annotations;
      },
      [](Object* s, Object* v) { as_func(s)->annotations = Value(v); });
  add_getset(t, "__dict__", [](Object* s) -> Value { return Value(instance_dict(s, true)); });
  t->ready();
  function_type = t;

  Type* c = new_builtin_type("cell", object_type);
  c->allows_subclass = false;
  c->repr = cell_repr;
  add_getset(
      c, "cell_contents",
      [](Object* s) -> Value {
        Cell* cell = static_cast<Cell*>(s);
        if (!cell->ref) raise(exc::ValueError, "Cell is empty");
        return cell->ref;
      },
      [](Object* s, Object* v) { static_cast<Cell*>(s)->ref = Value(v); });
  c->ready();
  cell_type = c;
}

}  // namespace al
