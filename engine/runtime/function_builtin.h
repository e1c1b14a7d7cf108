// Native callables: builtin functions, method descriptors, slot wrappers and getset descriptors
// (CPython: Objects/methodobject.c, descrobject.c).
#pragma once

#include "engine/runtime/object.h"

namespace al {

// A C++ function exposed to Python; `self` is the bound object (module or instance) or null.
struct BuiltinFunction : Object {
  const char* name;
  NativeFn fn;
  Value self;
  Value module_name;  // str or null
  BuiltinFunction(Type* t, const char* n, NativeFn f, Object* s)
      : Object(t), name(n), fn(f), self(s) {}
};

// A method of a builtin type as stored in the type's dict: list.append.
// Calling it unbound checks the type of the first argument.
struct MethodDescriptor : Object {
  const char* name;
  NativeFn fn;
  Type* owner;
  bool is_classmethod = false;  // dict.fromkeys: binds the class, not the instance
  bool is_static = false;       // str.maketrans: no binding
  MethodDescriptor(Type* t, const char* n, NativeFn f, Type* o)
      : Object(t), name(n), fn(f), owner(o) {}
};

// A computed attribute of a builtin type: BaseException.args, function.__name__.
using Getter = Value (*)(Object* self);
using Setter = void (*)(Object* self, Object* value);  // value null: delete
struct GetSetDescriptor : Object {
  const char* name;
  Getter get;
  Setter set;
  Type* owner;
  GetSetDescriptor(Type* t, const char* n, Getter g, Setter s, Type* o)
      : Object(t), name(n), get(g), set(s), owner(o) {}
};

Value make_builtin(const char* name, NativeFn fn, Object* self = nullptr);
// Registration helpers for builtin types (name must be a string literal: it is not copied).
void add_method(Type* t, const char* name, NativeFn fn);
void add_classmethod(Type* t, const char* name, NativeFn fn);
void add_staticmethod(Type* t, const char* name, NativeFn fn);
void add_getset(Type* t, const char* name, Getter get, Setter set = nullptr);
void add_attr(Type* t, const char* name, Object* value);

void init_function_builtin_types();

}  // namespace al
