// The SyntaxErrors CPython raises after parsing: in its future-import parser
// (Python/future.c) and in its compiler (Python/compile.c); the symbol table's own errors are
// raised in symtable.cpp through the same ErrorSink.
#pragma once

#include <string>

#include "engine/compiler/ast.h"
#include "engine/compiler/syntax_error.h"

namespace al::symtable {
class SymTable;
}

namespace al::checks {

// Raises a SyntaxError located the way CPython's compiler and symbol table do: 1-based
// *byte* offsets (no conversion to characters) and the line re-read from the source.
class ErrorSink {
 public:
  explicit ErrorSink(const ast::Module& module) : module_(module) {}
  // Columns are 0-based byte offsets as in the AST; an end column of kNoEnd gives CPython's
  // end_offset None.
  static constexpr int kNoEnd = -1000;
  [[noreturn]] void raise(const std::string& msg, int lineno, int col_offset, int end_lineno,
                          int end_col_offset) const;

 private:
  const ast::Module& module_;
};

// CPython: Python/future.c future_parse. Returns whether `annotations` is imported.
bool check_future(const ast::Module& module, const ErrorSink& errors);

// CPython: Python/compile.c: the errors its code generator reports, in its visiting order.
void check_compile(const ast::Module& module, const symtable::SymTable& table,
                   const ErrorSink& errors);

}  // namespace al::checks
