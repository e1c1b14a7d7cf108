// The assembler: turns the code generator's instruction list (with labels, pseudo-instructions
// and per-instruction exception handlers) into a CodeUnit's bytecode, position table,
// exception table and stack size (CPython: Python/compile.c assemble, stackdepth,
// label_exception_targets, assemble_exception_table).
#pragma once

#include <vector>

#include "engine/compiler/code_unit.h"

namespace al {

// One instruction as the code generator emits it. `label` is the target of a jump or SETUP_*
// (an index into Assembly::labels); `handler` is the exception handler that covers it (an index
// into Assembly::handlers, -1 for none).
struct Instr {
  Op op;
  uint32_t arg = 0;
  int label = -1;
  Position pos;
  int handler = -1;
};

// An exception handler opened by a SETUP_* pseudo-instruction. Handlers form a tree through
// `parent`: the handler that covers code once this one is popped.
struct Handler {
  int label;        // where the handler code starts
  int parent;       // enclosing handler or -1
  int setup_instr;  // index of the SETUP_* instruction that opened it
};

struct Assembly {
  std::vector<Instr> instrs;
  std::vector<int> labels;  // label id -> instruction index it marks (-1: not placed yet)
  std::vector<Handler> handlers;
};

// Fills code, positions, exception_table and stacksize of `out`. Throws std::logic_error when
// the instruction stream is inconsistent (a code generator bug).
void assemble(const Assembly& in, CodeUnit& out);

// Stack effect of an instruction (CPython: Python/compile.c stack_effect); `jump` selects the
// effect along the jump edge.
int stack_effect(Op op, uint32_t arg, bool jump);

}  // namespace al
