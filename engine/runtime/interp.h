// Per-run interpreter state shared by the VM, builtins and modules.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "engine/runtime/object.h"

namespace al {

struct Module;

struct Interp {
  Interp();              // the process's stdout, stderr and stdin as sinks
  Ref<Dict> modules;     // sys.modules (created by runtime_init)
  Ref<Module> builtins;  // the builtins module
  Ref<Module> sys;       // set by the sys module factory when imported
  int recursion_depth = 0;
  int recursion_limit = 1000;
  // Output sinks: the CLI writes to the process's streams, the GUI captures.
  std::function<void(std::string_view)> out;
  std::function<void(std::string_view)> err;
  // sys.stdout.flush() and print(flush=True): the CLI's stdout is block-buffered on a pipe.
  std::function<void()> flush_out;
  // Reads one line for input(); returns false at end of input.
  std::function<bool(std::string&)> read_line;
  // The clock of time.time/monotonic/perf_counter (the loop's clock in lessons).
  double (*now)() = nullptr;
  // Largest single allocation in bytes before MemoryError (CPython would fail at malloc).
  size_t memory_budget = size_t(4) << 30;
};

// The current interpreter; the first call runs runtime_init() unless it is already running.
Interp& interp();

}  // namespace al
