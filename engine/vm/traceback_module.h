// The `traceback` module (see traceback_module.cpp); registered as "traceback" by vm_init
// unless another part of the engine registers a fuller one.
#pragma once

#include "engine/runtime/object.h"

namespace al {

struct Module;

Ref<Module> make_traceback_module();

}  // namespace al
