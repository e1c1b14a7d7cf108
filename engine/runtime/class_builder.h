// Class creation: type(name, bases, ns) and the class statement (CPython:
// Objects/typeobject.c type_new, Python/bltinmodule.c builtin___build_class__).
#pragma once

#include <span>

#include "engine/runtime/object.h"

namespace al {

// Creates a heap type from the namespace the class body filled (a dict), runs ready(),
// __set_name__ and __init_subclass__. `kwds` are the class keyword arguments (besides
// metaclass), passed to __init_subclass__.
Value build_class(Object* ns, Str* name, std::span<Object* const> bases, Args kwds);

// The same with an explicit metaclass (a subclass of type): type.__new__(meta, name, bases, ns).
Value build_class_with_meta(Type* meta, Object* ns, Str* name, std::span<Object* const> bases,
                            Args kwds);

// builtins.__build_class__(func, name, *bases, metaclass=..., **kwds).
Value builtin_build_class(Object* self, Args args);

// Set by the VM: __build_class__(func, name, *bases, **kwds) runs the class body function with
// a fresh namespace dict and returns that dict (the VM executes it with the namespace as
// locals). The runtime then calls build_class.
extern Value (*g_run_class_body)(Object* body_fn, Dict* ns);

// Set by the VM: stores the new class into the namespace's __classcell__ cell (zero-argument
// super and __class__ read it).
extern void (*g_cell_set)(Object* cell, Object* value);

}  // namespace al
