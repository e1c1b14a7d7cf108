// types.GenericAlias: the value of `list[int]` in annotations (CPython:
// Objects/genericaliasobject.c).
#pragma once

#include "engine/runtime/object.h"

namespace al {

struct GenericAlias : Object {
  Value origin;
  Ref<Tuple> args;
  GenericAlias(Type* t) : Object(t) {}
};

extern Type* generic_alias_type;

Value generic_alias_new(Object* origin, Object* args);
// Adds __class_getitem__ returning a GenericAlias to a builtin type.
void add_class_getitem(Type* t);

void init_generic_alias_type();

}  // namespace al
