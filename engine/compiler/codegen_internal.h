// The code generator's state (CPython: Python/compile.c struct compiler, compiler_unit,
// fblockinfo). Shared by codegen.cpp (units, names, emission, functions and classes),
// codegen_stmt.cpp and codegen_expr.cpp.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/compiler/assembler.h"
#include "engine/compiler/ast.h"
#include "engine/compiler/code_unit.h"
#include "engine/compiler/symtable.h"

namespace al::codegen {

// CPython: compile.c COMPILER_SCOPE_*.
enum class ScopeType { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

// CPython: compile.c enum fblocktype.
enum class FBlockType {
  WhileLoop,
  ForLoop,
  TryExcept,
  FinallyTry,
  FinallyEnd,
  With,
  AsyncWith,
  HandlerCleanup,
  PopValue,
  ExceptionHandler,
  ExceptionGroupHandler,
  AsyncComprehensionGenerator,
};

struct FBlock {
  FBlockType type;
  int block = -1;                                    // label: loop start / body start
  int exit = -1;                                     // label: loop exit
  const ast::StmtList* finalbody = nullptr;          // FinallyTry
  const ast::stmt* with_stmt = nullptr;              // With / AsyncWith
  const std::optional<std::string>* name = nullptr;  // HandlerCleanup: the `as` name
};

// One code object being compiled (CPython: struct compiler_unit).
struct Unit {
  const symtable::Entry* ste = nullptr;
  ScopeType scope_type = ScopeType::Module;
  std::shared_ptr<CodeUnit> code;
  Assembly assembly;
  std::vector<int> label_handler;  // handler active where each label is jumped to from
  int cur_handler = -1;
  bool last_falls_through = true;  // the last emitted instruction can fall through
  std::vector<FBlock> fblocks;
  std::unordered_map<std::string, uint32_t> varnames, cellvars, freevars, names;
  std::string private_name;  // enclosing class name for mangling ("" when none)
  Position loc;
};

class Compiler {
 public:
  Compiler(const ast::Module& module, const symtable::SymTable& table);
  std::shared_ptr<const CodeUnit> compile();
  std::shared_ptr<const CodeUnit> compile_eval();

  // ---- units and scopes (codegen.cpp)
  void enter_scope(const std::string& name, ScopeType type, const ast::Node* key, int firstlineno);
  std::shared_ptr<CodeUnit> exit_scope();
  Unit& u() { return *units_.back(); }
  Unit* parent_unit() { return units_.size() >= 2 ? units_[units_.size() - 2].get() : nullptr; }
  std::string mangle(const std::string& name) const;

  // ---- emission (codegen.cpp)
  int new_label();
  void use_label(int label);
  void emit(Op op, uint32_t arg = 0);
  void emit_jump(Op op, int label);
  void append_instr(Instr ins);
  void emit_jump_to(int label);  // JUMP_FORWARD or JUMP_BACKWARD as appropriate
  int setup(Op op, int label);
  void pop_block();
  void place_handler(int handler);
  uint32_t add_const(Const c);
  void load_const(Const c) { emit(Op::LOAD_CONST, add_const(std::move(c))); }
  void load_none() { load_const(Const{ast::NoneValue{}}); }
  uint32_t add_name(const std::string& name);
  void set_loc(const ast::Located& node);
  void set_loc_lines(int lineno, int end_lineno, int col, int end_col);
  // CPython 3.11: update_start_location_to_match_attr (multi-line attribute chains).
  void update_start_location_to_match_attr(const ast::Attribute& attr);
  void unset_loc();
  [[noreturn]] void error(const std::string& message);
  [[noreturn]] void error_at(const ast::Located& node, const std::string& message);

  // ---- names (codegen.cpp)
  void nameop(const std::string& name, ast::ExprContext ctx);
  void make_closure(std::shared_ptr<const CodeUnit> code, uint32_t flags);

  // ---- fblocks (codegen_stmt.cpp)
  void push_fblock(FBlock b);
  void pop_fblock(FBlockType type);
  void unwind_fblock(const FBlock& info, bool preserve_tos);
  // Returns the innermost loop when `want_loop` and one is reached first.
  std::optional<FBlock> unwind_fblock_stack(bool preserve_tos, bool want_loop);

  // ---- statements (codegen_stmt.cpp)
  void visit_stmt(const ast::stmt* s);
  void visit_body(const ast::StmtList& body);
  template <class Def>
  void function_def(const Def& s, bool is_async);
  void class_def(const ast::ClassDef& s);
  void return_stmt(const ast::Return& s);
  void delete_stmt(const ast::Delete& s);
  void assign(const ast::Assign& s);
  void aug_assign(const ast::AugAssign& s);
  void ann_assign(const ast::AnnAssign& s);
  void for_stmt(const ast::For& s);
  void async_for(const ast::AsyncFor& s);
  void while_stmt(const ast::While& s);
  void if_stmt(const ast::If& s);
  void with_stmt(const ast::stmt* s, size_t pos, bool is_async);
  void with_except_finish(int cleanup_handler);
  void call_exit_with_nones();
  void raise_stmt(const ast::Raise& s);
  void try_stmt(const ast::Try& s);
  template <class TryNode>
  void try_finally(const TryNode& s);
  void try_except(const ast::Try& s);
  void try_star_except(const ast::TryStar& s);
  void pop_except_and_reraise();
  void assert_stmt(const ast::Assert& s);
  void import_stmt(const ast::Import& s);
  void import_from(const ast::ImportFrom& s);
  void break_stmt();
  void continue_stmt();
  bool find_annotations(const ast::StmtList& body) const;

  // ---- expressions (codegen_expr.cpp)
  void visit_expr(const ast::expr* e);
  void visit_expr1(const ast::expr* e);
  void jump_if(const ast::expr* e, int label, bool cond);
  void boolop(const ast::BoolOp& e);
  void compare(const ast::Compare& e);
  void compare_op(ast::CmpOp op);
  void call(const ast::Call& e);
  bool maybe_method_call(const ast::Call& e);
  void call_helper(int pushed, const ast::ExprList& args,
                   const std::vector<ast::keyword*>& keywords);
  void call_simple_kw(const std::vector<ast::keyword*>& keywords);
  void starunpack(const ast::ExprList& elts, int pushed, Op build, Op add, Op extend, bool tuple);
  void unpack_store(const ast::ExprList& elts);
  void dict(const ast::Dict& e);
  void subdict(const ast::Dict& e, size_t begin, size_t end);
  void subkwargs(const std::vector<ast::keyword*>& keywords, size_t begin, size_t end);
  void attribute(const ast::Attribute& e);
  void subscript(const ast::Subscript& e);
  void slice(const ast::Slice& e);
  void lambda(const ast::Lambda& e);
  void comprehension(const ast::expr* e, int type, const std::string& name,
                     const std::vector<ast::comprehension*>& generators, const ast::expr* elt,
                     const ast::expr* val);
  void comprehension_generator(const std::vector<ast::comprehension*>& generators, size_t gen_index,
                               int depth, const ast::expr* elt, const ast::expr* val, int type);
  void sync_comprehension_generator(const std::vector<ast::comprehension*>& generators,
                                    size_t gen_index, int depth, const ast::expr* elt,
                                    const ast::expr* val, int type);
  void async_comprehension_generator(const std::vector<ast::comprehension*>& generators,
                                     size_t gen_index, int depth, const ast::expr* elt,
                                     const ast::expr* val, int type);
  void comprehension_element(const ast::expr* elt, const ast::expr* val, int type, int depth);
  void add_yield_from(bool await);
  void emit_yield();
  void joined_str(const ast::JoinedStr& e);
  void formatted_value(const ast::FormattedValue& e);
  uint32_t default_arguments(const ast::arguments& args);
  uint32_t annotations(const ast::arguments& args, const ast::expr* returns);
  bool is_const_expr(const ast::expr* e) const;
  Const const_of(const ast::expr* e) const;
  std::string source_segment(const ast::expr* e) const;

  const ast::Module& module_;
  const symtable::SymTable& table_;
  std::vector<std::unique_ptr<Unit>> units_;
  std::vector<std::string> lines_;  // source lines for SyntaxError text
};

// Comprehension kinds (CPython: compile.c COMP_*).
constexpr int kCompGenexp = 0;
constexpr int kCompListcomp = 1;
constexpr int kCompSetcomp = 2;
constexpr int kCompDictcomp = 3;

// "Load", "Store", "Del" use of a Name / Attribute / Subscript / List / Tuple / Starred.
ast::ExprContext expr_context(const ast::expr* e);

}  // namespace al::codegen
