// mappingproxy: the read-only view returned by SomeClass.__dict__ (CPython:
// Objects/descrobject.c mappingproxy).
#pragma once

#include "engine/runtime/object.h"

namespace al {

struct MappingProxy : Object {
  Value mapping;
  MappingProxy(Type* t, Object* m) : Object(t), mapping(m) {}
};

Value mappingproxy_new(Object* mapping);
void init_mappingproxy_type();

}  // namespace al
