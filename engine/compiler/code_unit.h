// The compiler's output: one CodeUnit per function, class body, comprehension or module, in
// plain C++ types so that al_compiler stays independent of the object model. The VM turns a
// CodeUnit into a Code object (engine/vm/code.h) when it loads a module.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "engine/compiler/ast.h"
#include "engine/vm/opcodes.h"

namespace al {

struct CodeUnit;
struct ConstTuple;
struct ConstFrozenSet;

// A compile-time constant (CPython: co_consts). Tuples appear through constant folding and as
// keyword-name tuples for CALL_KW; nested code objects for def/lambda/class/comprehensions.
struct Const {
  std::variant<ast::NoneValue, ast::EllipsisValue, bool, int64_t, ast::BigInt, double, ast::Str,
               ast::Bytes, ast::Imaginary, std::shared_ptr<const ConstTuple>,
               std::shared_ptr<const CodeUnit>, std::shared_ptr<const ConstFrozenSet>>
      v;
  bool operator==(const Const& o) const;
};

struct ConstTuple {
  std::vector<Const> items;
};

// The frozenset constant of a set display with three or more constants (CPython:
// starunpack_helper folds it; the runtime's frozenset_constant gives its table layout).
struct ConstFrozenSet {
  std::vector<Const> items;
};

// Source range of one instruction: 1-based lines, 0-based UTF-8 byte columns, -1 for unknown
// (CPython: co_positions()).
struct Position {
  int32_t lineno = -1;
  int32_t end_lineno = -1;
  int32_t col = -1;
  int32_t end_col = -1;
};

// One row of the exception table (CPython: Objects/exception_handling_notes.txt): an exception
// raised by an instruction in [start, end) unwinds the value stack to `depth`, pushes the
// instruction index when `lasti` is set, pushes the exception and jumps to `target`.
struct ExceptEntry {
  uint32_t start;
  uint32_t end;
  uint32_t target;
  uint32_t depth;
  bool lasti;
};

struct CodeUnit {
  std::string name;
  std::string qualname;
  std::string filename;
  int firstlineno = 1;
  int argcount = 0;  // positional parameters, including positional-only
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  uint32_t flags = 0;                 // CodeFlags
  std::vector<std::string> varnames;  // parameters first (then *args, **kwargs), then locals
  std::vector<std::string> cellvars;
  std::vector<std::string> freevars;
  std::vector<std::string> names;  // globals, attributes, imported names
  std::vector<int> cell2arg;       // per cellvar: index of the parameter it captures or -1
  std::vector<Const> consts;
  std::vector<CodeWord> code;
  std::vector<Position> positions;           // one per instruction
  std::vector<ExceptEntry> exception_table;  // sorted by start, non-overlapping
  int stacksize = 0;
};

// Human-readable listing for tests and debugging (one instruction per line).
std::string disassemble(const CodeUnit& code);

}  // namespace al
