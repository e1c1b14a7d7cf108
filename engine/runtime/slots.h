// The bridge between type slots and dunder methods (CPython: Objects/typeobject.c slotdefs):
// builtin types expose their slots as slot wrappers (`int.__add__`), and classes defined in
// Python get trampolines in their slots that call the dunder methods they define.
#pragma once

#include "engine/runtime/object.h"

namespace al {

// Adds a wrapper_descriptor to t's dict for every slot t defines itself (not inherited).
void add_slot_wrappers(Type* t);
// Copies the slots t leaves null from its base (CPython: inherit_slots).
void inherit_slots(Type* t);
// For heap types: sets each slot from the dunder methods found along the MRO.
void fixup_slots(Type* t);
// fixup_slots for t and every subclass (after a dunder is assigned on a class).
void fixup_slots_recursive(Type* t);
// Whether t's init slot is the trampoline that calls the __init__ found on the MRO (the VM
// then pushes that __init__'s frame itself).
bool init_is_dunder_trampoline(const Type* t);
// Records sub as a subclass of each of its bases; __subclasses__() lists them.
void register_subclass(Type* sub);
Value subclasses_of(Type* t);

// The wrapper_descriptor object for a slot wrapper.
struct SlotWrapper : Object {
  Str* name;      // interned dunder name
  Type* owner;    // the type whose slot it wraps
  int def_index;  // index into the slot definition table
  void* fn;       // the slot function (type-erased)
  SlotWrapper(Type* t, Str* n, Type* o, int d, void* f)
      : Object(t), name(n), owner(o), def_index(d), fn(f) {}
};

// A slot wrapper bound to an instance: (1).__add__
struct MethodWrapper : Object {
  Ref<SlotWrapper> descr;
  Value self;
  MethodWrapper(Type* t, SlotWrapper* d, Object* s) : Object(t), descr(d), self(s) {}
};

void init_slot_wrapper_types();

}  // namespace al
