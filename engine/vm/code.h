// Code objects: the runtime form of a compiled CodeUnit (CPython: Objects/codeobject.c).
//
// The CodeUnit stays attached for metadata (names, positions, exception table); the fields the
// dispatch loop reads on every instruction are copied here in ready-to-use form (constants as
// objects, names as interned strings).
#pragma once

#include <memory>
#include <vector>

#include "engine/compiler/code_unit.h"
#include "engine/runtime/object.h"
#include "engine/vm/attr_cache.h"

namespace al {

// LOAD_GLOBAL's per-instruction cache (CPython 3.11 specialises the instruction into
// LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN guarded by dict versions): the entry index of the
// name in globals or builtins, valid while both dicts keep their versions.
struct GlobalCache {
  const Dict* globals = nullptr;
  uint64_t globals_version = 0;
  const Dict* builtins = nullptr;
  uint64_t builtins_version = 0;
  uint32_t index = 0;
  bool in_builtins = false;
  uint8_t fills = 0;  // after too many refills (a namespace changing all the time) it stops
};

struct Code : Object {
  std::shared_ptr<const CodeUnit> unit;
  const CodeWord* instrs;  // unit->code.data()
  uint32_t ninstrs;
  std::vector<Value> consts;
  std::vector<Str*> names;     // interned
  std::vector<Str*> varnames;  // interned
  std::vector<Str*> cellvars;  // interned
  std::vector<Str*> freevars;  // interned
  Ref<Str> name;
  Ref<Str> qualname;
  Ref<Str> filename;
  uint32_t flags;
  uint32_t argcount;  // positional parameters
  uint32_t posonlyargcount;
  uint32_t kwonlyargcount;
  uint32_t total_args;  // argcount + kwonly + (*args) + (**kwargs)
  uint32_t nlocals;     // len(varnames)
  uint32_t ncells;
  uint32_t nfree;
  uint32_t nlocalsplus;  // nlocals + ncells + nfree
  uint32_t stacksize;
  bool has_cell_args;  // some parameter is captured by a closure (cell2arg)
  // Plain positional parameters only, no cells, not a generator: CALL with exactly argcount
  // positional arguments pushes the frame inline (CPython: CALL_PY_EXACT_ARGS).
  bool exact_args_call;
  std::unique_ptr<GlobalCache[]> global_cache;  // per instruction, made on first LOAD_GLOBAL
  // Per instruction, made on the first attribute access or call of a class (attr_cache.h).
  std::unique_ptr<AttrCache[]> attr_cache;

  Code(Type* t, std::shared_ptr<const CodeUnit> u);

  const Position& position(uint32_t instr) const { return unit->positions[instr]; }
  int line_of(uint32_t instr) const {
    return instr < ninstrs ? unit->positions[instr].lineno : unit->firstlineno;
  }
  // The handler covering instruction `instr`, or null.
  const ExceptEntry* find_handler(uint32_t instr) const;
  bool is_generator_like() const {
    return flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR);
  }
};

// Builds the Code object (and, recursively, the nested ones among its constants).
Ref<Code> code_from_unit(std::shared_ptr<const CodeUnit> unit);

void init_code_type();

}  // namespace al
