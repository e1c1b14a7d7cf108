// super objects (CPython: Objects/typeobject.c super_*).
#pragma once

#include "engine/runtime/object.h"

namespace al {

struct Super : Object {
  Type* cls = nullptr;       // the class named in super(cls, obj)
  Value obj;                 // the instance or class (may be null for unbound super)
  Type* obj_type = nullptr;  // type used for the MRO walk
  explicit Super(Type* t) : Object(t) {}
};

// super(cls, self): the zero-argument form calls this with the __class__ cell's content and
// the first argument of the current frame (the VM finds both).
Value super_new(Type* cls, Object* self);

// Set by the VM: finds (__class__, first argument) for zero-argument super() in the calling
// frame; raises RuntimeError like CPython when unavailable.
extern void (*g_super_zero_args)(Type*& cls, Object*& self);

void init_super_type();

}  // namespace al
