// Heap frames (CPython: Include/internal/pycore_frame.h _PyInterpreterFrame).
//
// A frame is a header followed by `code->nlocalsplus + code->stacksize` object slots: fast
// locals, cells, free variables, then the value stack. Frames of plain calls are recycled
// through size-class free lists; generator frames belong to their generator object.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>

#include "engine/runtime/object.h"
#include "engine/vm/code.h"

namespace al {

struct Function;
struct Generator;

struct Frame {
  Code* code;            // borrowed from func when func is set, else owned
  Function* func;        // owned; null for module and exec frames
  Dict* globals;         // borrowed from func when func is set, else owned
  Dict* builtins;        // borrowed from func when func is set, else owned
  Object* locals;        // owned namespace of module and class-body frames; null in functions
  Frame* back;           // the frame that called or resumed this one, while it runs
  Generator* gen;        // the generator owning this frame, or null
  uint32_t ip;           // next instruction to execute
  uint32_t lasti;        // instruction being executed (for tracebacks and f_lineno)
  uint32_t sp;           // number of values on the value stack (saved when the frame switches)
  Object** top;          // stack top at the start of the current instruction (dispatch loop only)
  uint8_t is_entry;      // the eval-loop invocation running this frame returns when it finishes
  uint8_t nslots_class;  // free-list size class (0xFF: allocated with plain operator new)
  uint8_t is_init;       // an __init__ pushed by CALL of a class: its caller already holds self

  Object** slots() { return reinterpret_cast<Object**>(this + 1); }
  Object** localsplus() { return slots(); }
  Object** cells() { return slots() + code->nlocals; }  // cells then free variables
  Object** stack() { return slots() + code->nlocalsplus; }
  int lineno() const { return code->line_of(lasti); }
};

// Recycled frame memory by slot count, as intrusive lists threaded through the freed blocks:
// calls of the same function reuse the same block, so a call costs no malloc in steady state.
// Zero-initialised and trivially destructible, so the thread_local needs no init guard.
struct FrameFreeLists {
  static constexpr size_t kClasses = 128;
  static constexpr uint32_t kMaxCached = 64;
  void* head[kClasses];
  uint32_t count[kClasses];
};
extern thread_local FrameFreeLists tl_frame_free_lists;

// Frame memory for `nslots` slots from the free lists (or operator new); `cls` receives the
// size class to record in the frame.
inline void* frame_alloc(size_t nslots, uint8_t& cls) {
  FrameFreeLists& fl = tl_frame_free_lists;
  if (nslots < FrameFreeLists::kClasses) {
    cls = uint8_t(nslots);
    if (void* mem = fl.head[nslots]) {
      fl.head[nslots] = *static_cast<void**>(mem);
      --fl.count[nslots];
      return mem;
    }
  } else {
    cls = 0xFF;
  }
  return ::operator new(sizeof(Frame) + nslots * sizeof(Object*));
}

// Sets the header fields every new frame starts with.
inline void frame_init_header(Frame* f, Code* code, Function* func, Dict* globals, Dict* builtins,
                              Object* locals, uint8_t cls) {
  f->code = code;
  f->func = func;
  f->globals = globals;
  f->builtins = builtins;
  f->locals = locals;
  f->back = nullptr;
  f->gen = nullptr;
  f->ip = 0;
  f->lasti = UINT32_MAX;  // not started: tracebacks show the first line
  f->sp = 0;
  f->top = f->slots() + code->nlocalsplus;
  f->is_entry = 0;
  f->nslots_class = cls;
  f->is_init = 0;
}

// A frame with empty locals and stack; takes new references to func and locals, and to code,
// globals and builtins unless func (which holds them) is given. func and locals may be null.
inline Frame* frame_new(Code* code, Function* func, Dict* globals, Dict* builtins, Object* locals) {
  uint8_t cls;
  Frame* f = static_cast<Frame*>(frame_alloc(code->nlocalsplus + code->stacksize, cls));
  frame_init_header(f, code, func, globals, builtins, locals, cls);
  // A function frame borrows the function's code, globals and builtins (the function is kept
  // alive by the frame and never changes them); other frames own theirs.
  if (func) {
    reinterpret_cast<Object*>(func)->incref();
  } else {
    code->incref();
    reinterpret_cast<Object*>(globals)->incref();
    reinterpret_cast<Object*>(builtins)->incref();
  }
  if (locals) locals->incref();
  Object** s = f->slots();
  for (uint32_t i = 0; i < code->nlocalsplus; ++i) s[i] = nullptr;
  return f;
}

// Returns a frame's memory to the free lists (or operator delete).
inline void frame_release_memory(Frame* f) {
  const uint8_t cls = f->nslots_class;
  FrameFreeLists& fl = tl_frame_free_lists;
  if (cls != 0xFF && fl.count[cls] < FrameFreeLists::kMaxCached) {
    *reinterpret_cast<void**>(f) = fl.head[cls];
    fl.head[cls] = f;
    ++fl.count[cls];
  } else {
    ::operator delete(f);
  }
}

// Releases every reference the frame holds and returns its memory.
inline void frame_free(Frame* f) {
  Object** s = f->slots();
  const uint32_t n = f->code->nlocalsplus + f->sp;
  for (uint32_t i = 0; i < n; ++i) {
    if (Object* o = s[i]) o->decref();
  }
  Code* code = f->code;
  Object* func = reinterpret_cast<Object*>(f->func);
  Object* globals = reinterpret_cast<Object*>(f->globals);
  Object* builtins = reinterpret_cast<Object*>(f->builtins);
  Object* locals = f->locals;
  frame_release_memory(f);
  // Released after the memory is recycled: their destructors may run Python code that
  // allocates frames.
  if (locals) locals->decref();
  if (func) {
    func->decref();
  } else {
    builtins->decref();
    globals->decref();
    code->decref();
  }
}

// locals() of a frame: the namespace of module and class-body frames, else a snapshot dict of
// the bound fast locals, cells and free variables (CPython 3.11 PyFrame_GetLocals).
Value frame_locals_snapshot(Frame* f);

// Creates the cells of `code->cellvars` (moving captured parameters into them) and copies the
// closure's cells for the free variables (CPython: MAKE_CELL and COPY_FREE_VARS).
void frame_init_cells(Frame* f, Tuple* closure);

}  // namespace al
