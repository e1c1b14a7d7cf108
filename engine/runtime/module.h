// Module objects: a namespace dict with a name (CPython: Objects/moduleobject.c).
#pragma once

#include <string_view>

#include "engine/runtime/object.h"

namespace al {

struct Module : Object {
  Ref<Dict> dict;
  explicit Module(Type* t);
};

// A module with __name__ set (and __doc__ None, as CPython does).
Ref<Module> module_new(std::string_view name);
// Sets an attribute of a module (helper for native module factories).
void module_add(Module* m, std::string_view name, Object* value);
void module_add_function(Module* m, const char* name, NativeFn fn);

void init_module_type();

}  // namespace al
