// The VM's part of the `types` module; registered as "types" unless another part of the
// engine registers a fuller one.
#pragma once

#include "engine/runtime/object.h"

namespace al {

struct Module;

Ref<Module> make_types_module();

}  // namespace al
