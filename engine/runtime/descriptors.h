// property, staticmethod and classmethod (CPython: Objects/descrobject.c, funcobject.c).
#pragma once

#include "engine/runtime/object.h"

namespace al {

struct Property : Object {
  Value fget, fset, fdel, doc;
  Value name;  // set by __set_name__
  explicit Property(Type* t) : Object(t) {}
};

struct StaticMethod : Object {
  Value func;
  Ref<Dict> dict;
  explicit StaticMethod(Type* t) : Object(t) {}
};

struct ClassMethod : Object {
  Value func;
  Ref<Dict> dict;
  explicit ClassMethod(Type* t) : Object(t) {}
};

Value staticmethod_new(Object* func);
Value classmethod_new(Object* func);

void init_descriptor_types();

}  // namespace al
