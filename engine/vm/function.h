// Python functions and closure cells (CPython: Objects/funcobject.c, Objects/cellobject.c).
// Bound methods are the runtime's Method (engine/runtime/method.h).
#pragma once

#include "engine/runtime/object.h"
#include "engine/vm/code.h"

namespace al {

struct Function : Object {
  Ref<Code> code;
  Ref<Dict> globals;
  Ref<Dict> builtins;  // resolved from globals['__builtins__'] when the function is made
  Ref<Str> name;
  Ref<Str> qualname;
  Ref<Tuple> defaults;   // null: no positional defaults
  Ref<Dict> kwdefaults;  // null: no keyword-only defaults
  Ref<Tuple> closure;    // tuple of Cells, null without free variables
  Value doc;
  Value module;
  Value annotations;  // dict or null
  Ref<Dict> dict;     // __dict__ (functools.wraps writes __wrapped__ here)

  Function(Type* t, Ref<Code> c, Ref<Dict> g);
};

struct Cell : Object {
  Value ref;  // null: empty cell
  explicit Cell(Type* t) : Object(t) {}
};

Ref<Function> function_new(Ref<Code> code, Ref<Dict> globals);
Ref<Cell> cell_new(Object* value);
// The builtins dict for a globals dict (CPython: _PyEval_BuiltinsFromGlobals).
Ref<Dict> builtins_for_globals(Dict* globals);

void init_function_types();

}  // namespace al
