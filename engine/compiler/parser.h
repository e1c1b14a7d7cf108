// Public entry points of the front end: source text to a checked AST, and its symbol table.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "engine/compiler/ast.h"
#include "engine/compiler/syntax_error.h"

namespace al {

// Parses a whole file (CPython's file_input) and runs the checks CPython makes in its
// symbol table and compiler (e.g. 'return' outside function), so that a tree it returns is one
// CPython would compile. `source` is the file's bytes (UTF-8). Throws SyntaxErrorException.
std::unique_ptr<ast::Module> parse_module(std::string_view source, std::string filename);

// The parser alone, without the symbol-table checks (tests compare it with ast.parse).
std::unique_ptr<ast::Module> parse_module_unchecked(std::string_view source, std::string filename);

}  // namespace al
