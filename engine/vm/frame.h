// Heap frames (CPython: Include/internal/pycore_frame.h _PyInterpreterFrame).
//
// A frame is a header followed by `code->nlocalsplus + code->stacksize` object slots: fast
// locals, cells, free variables, then the value stack. Frames of plain calls are recycled
// through size-class free lists; generator frames belong to their generator object.
#pragma once

#include <cstdint>

#include "engine/runtime/object.h"
#include "engine/vm/code.h"

namespace al {

struct Function;
struct Generator;

struct Frame {
  Code* code;        // owned
  Function* func;    // owned; null for module and exec frames
  Dict* globals;     // owned
  Dict* builtins;    // owned
  Object* locals;    // owned namespace of module and class-body frames; null in functions
  Frame* back;       // the frame that called or resumed this one, while it runs
  Generator* gen;    // the generator owning this frame, or null
  uint32_t ip;       // next instruction to execute
  uint32_t lasti;    // instruction being executed (for tracebacks and f_lineno)
  uint32_t sp;       // number of values on the value stack
  uint8_t is_entry;  // the eval-loop invocation running this frame returns when it finishes
  uint8_t nslots_class;  // free-list size class (0xFF: allocated with plain operator new)

  Object** slots() { return reinterpret_cast<Object**>(this + 1); }
  Object** localsplus() { return slots(); }
  Object** cells() { return slots() + code->nlocals; }  // cells then free variables
  Object** stack() { return slots() + code->nlocalsplus; }
  int lineno() const { return code->line_of(lasti); }
};

// A frame with empty locals and stack; takes new references to code, func, globals, builtins
// and locals (any of func and locals may be null).
Frame* frame_new(Code* code, Function* func, Dict* globals, Dict* builtins, Object* locals);
// Releases every reference the frame holds and returns its memory.
void frame_free(Frame* f);
// Creates the cells of `code->cellvars` (moving captured parameters into them) and copies the
// closure's cells for the free variables (CPython: MAKE_CELL and COPY_FREE_VARS).
void frame_init_cells(Frame* f, Tuple* closure);

}  // namespace al
