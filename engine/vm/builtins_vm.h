// Builtins that need the VM's frames and compiler: globals, locals, exec, eval, compile,
// __import__. vm_init adds them to the builtins module.
#pragma once

namespace al {

struct Module;

void add_vm_builtins(Module* builtins);

}  // namespace al
