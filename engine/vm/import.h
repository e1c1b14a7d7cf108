// `import` of the built-in modules (CPython: Python/import.c, for modules that all live in the
// interpreter). Modules are created on first import by factories registered by name; dotted
// names are submodules of a registered parent ("os.path", "aiofiles.os").
#pragma once

#include <string>

#include "engine/runtime/object.h"

namespace al {

struct Module;

using ModuleFactory = Ref<Module> (*)();

// Registers a built-in module; later registrations of the same name replace earlier ones.
void register_module(const std::string& name, ModuleFactory factory);
bool is_module_registered(const std::string& name);

// import_module("a.b"): imports "a" then "a.b" and returns "a.b" (importlib.import_module).
// Raises ModuleNotFoundError "No module named 'x'" as CPython does.
Value import_module(const std::string& name);

// The IMPORT_NAME / IMPORT_FROM / IMPORT_STAR instructions.
Value import_name(Str* name, Object* fromlist, Object* level, Dict* globals);
Value import_from(Object* module, Str* name);
void import_star(Object* module, Object* locals);

}  // namespace al
