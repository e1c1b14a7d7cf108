// Code generation: AST + symbol table -> CodeUnits (CPython: Python/compile.c, 3.11).
//
// The output mirrors CPython 3.11's bytecode for the same source, with the simplifications
// listed in engine/vm/opcodes.h. Every instruction carries the source range of the AST node
// being compiled, as CPython's SET_LOC does, so tracebacks can draw CPython's carets.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "engine/compiler/ast.h"
#include "engine/compiler/code_unit.h"
#include "engine/compiler/symtable.h"

namespace al {

// Compiles a parsed and analysed module. Throws SyntaxErrorException for the errors CPython's
// compiler reports ('break' outside loop, 'await' outside async function, ...).
// With `eval_mode` the module must be a single expression statement whose value the code
// returns (compile(..., 'eval')); otherwise SyntaxError "invalid syntax" is raised.
std::shared_ptr<const CodeUnit> compile_module(const ast::Module& module,
                                               const symtable::SymTable& table,
                                               bool eval_mode = false);

// Parses, analyses and compiles `source` (the file's bytes).
std::shared_ptr<const CodeUnit> compile_source(std::string_view source, const std::string& filename,
                                               bool eval_mode = false);

}  // namespace al
