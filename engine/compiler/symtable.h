// The symbol table: CPython 3.11's Python/symtable.c analysis of which scope every name lives
// in, one Entry per module, class, function, lambda and comprehension.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/compiler/ast.h"

namespace al::symtable {

// CPython: Include/internal/pycore_symtable.h DEF_* flags (how a name is used in a block).
enum Flag : std::uint32_t {
  DEF_GLOBAL = 1,       // global statement
  DEF_LOCAL = 2,        // assignment in code block
  DEF_PARAM = 4,        // formal parameter
  DEF_NONLOCAL = 8,     // nonlocal statement
  USE = 16,             // name is used
  DEF_FREE = 32,        // name used but not defined in nested block
  DEF_FREE_CLASS = 64,  // free variable from class's method
  DEF_IMPORT = 128,     // assignment occurred via import
  DEF_ANNOT = 256,      // this name is annotated
  DEF_COMP_ITER = 512,  // this name is a comprehension iteration variable
  DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT,
};

// Where a name lives, as CPython's scope values (LOCAL=1 ... CELL=5).
enum class Scope : std::uint8_t {
  None = 0,
  Local = 1,
  GlobalExplicit = 2,
  GlobalImplicit = 3,
  Free = 4,
  Cell = 5
};

enum class BlockType : std::uint8_t { Function, Class, Module };

enum class Comprehension : std::uint8_t { None, List, Set, Dict, Generator };

struct Symbol {
  std::string name;  // mangled (private names in classes: "_Class__name")
  std::uint32_t flags = 0;
  Scope scope = Scope::None;
};

// CPython: PySTEntryObject.
struct Entry {
  BlockType type = BlockType::Module;
  std::string name;                 // "top", the def/class name, "lambda", "listcomp", ...
  const ast::Node* node = nullptr;  // the Module, FunctionDef, Lambda, ListComp, ... node
  int lineno = 0;
  int col_offset = 0;

  std::vector<Symbol> symbols;        // in order of first appearance
  std::vector<std::string> varnames;  // parameters in order (".0" for comprehensions)
  std::vector<Entry*> children;

  bool nested = false;
  bool free = false;        // the block has free variables
  bool child_free = false;  // a child block has free variables
  bool generator = false;
  bool coroutine = false;  // async def, or awaits / async comprehension inside
  Comprehension comprehension = Comprehension::None;
  bool varargs = false;
  bool varkeywords = false;
  bool returns_value = false;
  bool needs_class_closure = false;  // a class whose methods use __class__ or super()

  const Symbol* lookup(std::string_view name) const;
  // The scope of `name`; Scope::None when the block never mentions it.
  Scope scope_of(std::string_view name) const;
  bool is_function() const { return type == BlockType::Function; }

  // Used while building.
  std::unordered_map<std::string, std::size_t> index;
  struct Directive {
    std::string name;
    int lineno, col_offset, end_lineno, end_col_offset;
  };
  std::vector<Directive> directives;
  int comp_iter_expr = 0;
  bool comp_iter_target = false;
};

class SymTable {
 public:
  Entry* top() const { return top_; }
  // The entry of a Module, FunctionDef, AsyncFunctionDef, ClassDef, Lambda, ListComp,
  // SetComp, DictComp or GeneratorExp node; nullptr for any other node.
  Entry* lookup(const ast::Node* node) const;
  // `from __future__ import annotations` is in effect.
  bool future_annotations() const { return future_annotations_; }

 private:
  friend class Builder;
  std::vector<std::unique_ptr<Entry>> entries_;
  std::unordered_map<const ast::Node*, Entry*> by_node_;
  Entry* top_ = nullptr;
  bool future_annotations_ = false;
};

// CPython: Python/compile.c _Py_Mangle: "__name" inside class "C" becomes "_C__name".
std::string mangle(std::string_view private_name, std::string_view name);

// Text form of the table for tests: a line per block, then its symbols (sorted by name) with
// their flags and scope.
std::string dump(const SymTable& table);

}  // namespace al::symtable

namespace al {

// Builds the symbol table of a parsed module and makes the checks CPython makes in its future
// parser, symbol table and compiler, throwing SyntaxErrorException (or CompilerLimitError)
// as CPython would. The module must come from parse_module / parse_module_unchecked.
symtable::SymTable analyze(const ast::Module& module);

}  // namespace al
