// The builtin open() (see file_io.cpp); vm_init adds it to the builtins module.
#pragma once

namespace al {

struct Module;

void add_open_builtin(Module* builtins);

}  // namespace al
