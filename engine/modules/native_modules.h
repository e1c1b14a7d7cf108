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
void register_os_module();        // _os (py/os.py wraps it)
void register_signal_module();    // _signal (py/signal.py wraps it)
void register_blocked_modules();  // subprocess, ctypes, ...: PermissionError on import

// Runs the Python handlers (signal.signal) of signals that have arrived, as CPython's
// PyErr_CheckSignals does after os.kill and signal.raise_signal.
void signal_run_pending();

// The import registry's entry point (engine/vm/import.h), named here so module files need
// only this header.
void register_module_factory(const char* name, Ref<Module> (*factory)());

}  // namespace al
