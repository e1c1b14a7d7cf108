// The builtins module: print, len, isinstance, ... and every builtin type and exception
// (CPython: Python/bltinmodule.c).
#pragma once

#include "engine/runtime/object.h"

namespace al {

struct Module;

Ref<Module> make_builtins_module();

// The object sys.stdout / sys.stderr refer to: write() sends text to Interp's sinks.
Value make_std_stream(bool is_stderr);

}  // namespace al
