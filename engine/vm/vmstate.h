// The VM's per-thread state (CPython: PyThreadState's frame and exception-info fields).
#pragma once

#include <cstdint>

#include "engine/runtime/object.h"

namespace al {

struct Frame;

// One level of "the exception being handled" (CPython: _PyErr_StackItem). The thread has a
// base item; a running generator links its own item on top so that `except` blocks inside it
// do not leak into the code that resumed it.
struct ExcInfo {
  Value exc;  // null or None: nothing being handled
  ExcInfo* previous = nullptr;
};

struct VMState {
  Frame* current = nullptr;  // innermost executing frame (null outside the VM)
  ExcInfo base_exc_info;
  ExcInfo* exc_info = &base_exc_info;
  // Counts instructions between checks; when it reaches `budget_limit` the budget hook runs
  // (asyncio's blocked-loop watchdog). The hook may raise to stop the program.
  uint64_t budget_counter = 0;
  uint64_t budget_limit = UINT64_MAX;
  void (*budget_hook)() = nullptr;
  // Set while __main__ is being torn down (CPython's Py_FinalizeEx): warnings then omit the
  // tracemalloc hint, as CPython cannot import tracemalloc at that point.
  bool finalizing = false;
};

VMState& vmstate();

// The exception currently being handled (sys.exception()), or null (CPython:
// _PyErr_GetTopmostException).
Object* current_handled_exception();

}  // namespace al
