// The dispatch loop and the ways into it (CPython: Python/ceval.c).
//
// Python-to-Python calls, generator resumption through `yield from`/`await` and `for` over a
// generator push frames inside one loop invocation; native code calling Python (sorted's key=,
// map, __repr__ trampolines, asyncio callbacks) starts a nested invocation through
// call_python, which the runtime reaches via g_call_python.
#pragma once

#include "engine/runtime/object.h"

namespace al {

struct Code;
struct Frame;
struct Function;

// Runs `f` until the entry frame returns or yields. The frame must be ready: locals bound,
// and for a resumed generator the sent value already pushed. With `exc` non-null the frame
// starts by raising `exc` at its current instruction (generator.throw). Python exceptions
// escaping the frame are thrown as PyException.
SendStatus eval_frame(Frame* f, Value& result, Object* exc = nullptr);

// Calls a Python function (function_type) from native code. Generator functions return their
// generator without running it.
Value call_python(Object* fn, Args args);

// Binds call arguments to the parameters of `func` in a fresh frame (CPython: ceval.c
// initialize_locals), raising TypeError with CPython's messages. Borrowed arguments.
Frame* make_call_frame(Function* func, Object* const* args, size_t npos, Tuple* kwnames);

// Executes module-level (or exec) code with `globals` and `locals` namespaces.
Value run_code(Code* code, Dict* globals, Object* locals);

// Recursion accounting shared with the runtime's RecursionGuard (CPython 3.11 counts Python
// frames and guarded native recursion in one counter, interp().recursion_depth): raises
// RecursionError "maximum recursion depth exceeded<where>" past the limit.
void enter_recursive_call(const char* where);

// Set by the signal module: runs the Python handlers of signals that arrived and says whether
// any had; the eval breaker calls it before treating a tripped breaker as Ctrl-C.
extern bool (*g_run_signal_handlers)();

}  // namespace al
