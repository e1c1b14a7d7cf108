// Helpers shared by the dispatch loop (eval.cpp), calls (call.cpp) and generators
// (generator.cpp). Not part of the VM's public API.
#pragma once

#include "engine/runtime/interp.h"
#include "engine/vm/frame.h"
#include "engine/vm/generator.h"
#include "engine/vm/vmstate.h"

namespace al {

// Starts executing `f` (a call or a generator resumption): counts recursion (raising
// RecursionError before touching anything when the limit is exceeded), links a generator's
// exception state and makes `f` the current frame.
void enter_frame(Frame* f, Frame* back);
// The inverse of enter_frame when `f` stops running (returns, yields or raises).
void leave_frame(Frame* f);

// Raises RecursionError when the C++ stack is nearly exhausted (checked when native code
// enters the VM).
void check_native_stack();

// Called when a generator's frame finishes (return or exception): frees the frame.
void gen_finish(Generator* gen);

// "generator raised StopIteration" and friends (CPython: genobject.c gen_send_ex2).
Value gen_wrap_stop_iteration(Generator* gen, Value exc);

// Text for "coroutine"/"generator"/"async generator" in messages.
const char* gen_kind_name(const Generator* gen);

}  // namespace al
