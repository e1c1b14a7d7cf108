// Standard-library modules written in Python and embedded in the binary (py/*.py). A file
// py/a__b.py is the module "a.b". Each is compiled and executed on first import, with the
// filename "<frozen NAME>" that CPython gives its own frozen modules.
#pragma once

#include <cstddef>

namespace al {

struct FrozenSource {
  const char* name;
  const char* text;
};

extern const FrozenSource kFrozenSources[];
extern const size_t kFrozenSourceCount;

// Registers every embedded module with the import registry.
void register_frozen_modules();

}  // namespace al
