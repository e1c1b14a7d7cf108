// VM start-up: creates the VM-owned types, installs the hooks through which the runtime calls
// into the VM, creates the builtins module and registers the VM's built-in modules (sys,
// builtins, __future__). Idempotent; every entry point (run_file, tests, the GUI) calls it.
#pragma once

namespace al {

void vm_init();

}  // namespace al
