// Bound methods: a callable plus the instance it was looked up on (CPython:
// Objects/classobject.c). Used for Python functions and by classmethod.
#pragma once

#include "engine/runtime/object.h"

namespace al {

struct Method : Object {
  Value func;
  Value self;
  Method(Type* t, Object* f, Object* s) : Object(t), func(f), self(s) {}
};

Value method_new(Object* func, Object* self);

void init_method_type();

}  // namespace al
