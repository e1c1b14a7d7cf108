// Registration of the native (C++) standard-library modules, and of the embedded Python ones.
#pragma once

#include "engine/runtime/object.h"

namespace al {

struct Module;

// Registers every module of this layer with the import registry (called once per process).
void modules_register();

// Each native module's own registration, called by modules_register.
void register_time_module();
void register_math_module();
void register_random_module();
void register_warnings_module();

// The import registry's entry point (engine/vm/import.h), named here so module files need
// only this header.
void register_module_factory(const char* name, Ref<Module> (*factory)());

}  // namespace al
