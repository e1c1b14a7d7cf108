// Code generation, part 1: compilation units, names, constants, emission, and the module
// entry point (CPython: Python/compile.c compiler_enter_scope, compiler_set_qualname,
// compiler_nameop, compiler_make_closure, compute_code_flags, compiler_mod).
//
// Statements are in codegen_stmt.cpp, expressions in codegen_expr.cpp.
//
// Index
//   1. Units and scopes (varnames, cells and free variables, qualnames, code flags)
//   2. Emission (labels, jumps, exception handlers, constants, locations, SyntaxErrors)
//   3. Names and closures
//   4. The module (and compile(..., 'eval'))
#include "engine/compiler/codegen.h"

#include <algorithm>
#include <stdexcept>

#include "engine/compiler/codegen_internal.h"
#include "engine/compiler/parser.h"
#include "engine/compiler/syntax_error.h"

namespace al {

namespace codegen {

namespace {

constexpr int kUnknownHandler = -2;

bool is_terminal(Op op) {
  return op == Op::JUMP_FORWARD || op == Op::JUMP_BACKWARD ||
         op == Op::JUMP_BACKWARD_NO_INTERRUPT || op == Op::RETURN_VALUE ||
         op == Op::RAISE_VARARGS || op == Op::RERAISE;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) {
      lines.push_back(text.substr(start) + "\n");
      break;
    }
    lines.push_back(text.substr(start, nl - start + 1));
    start = nl + 1;
  }
  return lines;
}

}  // namespace

ast::ExprContext expr_context(const ast::expr* e) {
  switch (e->tag) {
    case ast::Kind::Name:
      return e->as<ast::Name>().ctx;
    case ast::Kind::Attribute:
      return e->as<ast::Attribute>().ctx;
    case ast::Kind::Subscript:
      return e->as<ast::Subscript>().ctx;
    case ast::Kind::Starred:
      return e->as<ast::Starred>().ctx;
    case ast::Kind::List:
      return e->as<ast::List>().ctx;
    case ast::Kind::Tuple:
      return e->as<ast::Tuple>().ctx;
    default:
      return ast::ExprContext::Load;
  }
}

Compiler::Compiler(const ast::Module& module, const symtable::SymTable& table)
    : module_(module), table_(table), lines_(split_lines(module.source)) {}

// ---------------------------------------------------------------------------------------------
// 1. Units and scopes
// ---------------------------------------------------------------------------------------------

std::string Compiler::mangle(const std::string& name) const {
  const std::string& priv = units_.back()->private_name;
  if (priv.empty()) return name;
  return symtable::mangle(priv, name);
}

void Compiler::enter_scope(const std::string& name, ScopeType type, const ast::Node* key,
                           int firstlineno) {
  auto unit = std::make_unique<Unit>();
  unit->ste = table_.lookup(key);
  if (!unit->ste) throw std::logic_error("codegen: no symbol table entry for scope " + name);
  unit->scope_type = type;
  unit->code = std::make_shared<CodeUnit>();
  CodeUnit& code = *unit->code;
  code.name = name;
  code.filename = module_.filename;
  code.firstlineno = firstlineno;
  const symtable::Entry* ste = unit->ste;

  for (const std::string& v : ste->varnames) {
    if (unit->varnames.emplace(v, uint32_t(code.varnames.size())).second) {
      code.varnames.push_back(v);
    }
  }
  // CPython: compiler_enter_scope: cells and free variables sorted by name; a class that needs
  // it gets the implicit __class__ cell first.
  std::vector<std::string> cells, frees;
  for (const symtable::Symbol& sym : ste->symbols) {
    if (sym.scope == symtable::Scope::Cell) cells.push_back(sym.name);
    if (sym.scope == symtable::Scope::Free || (sym.flags & symtable::DEF_FREE_CLASS)) {
      frees.push_back(sym.name);
    }
  }
  std::sort(cells.begin(), cells.end());
  std::sort(frees.begin(), frees.end());
  if (type == ScopeType::Class && ste->needs_class_closure) {
    cells.insert(cells.begin(), "__class__");
  }
  for (const std::string& c : cells) {
    if (unit->cellvars.emplace(c, uint32_t(code.cellvars.size())).second)
      code.cellvars.push_back(c);
  }
  for (const std::string& f : frees) {
    if (unit->freevars.emplace(f, uint32_t(code.freevars.size())).second)
      code.freevars.push_back(f);
  }

  if (type != ScopeType::Class && !units_.empty()) {
    unit->private_name = units_.back()->private_name;
  }

  // CPython: compiler_set_qualname.
  std::string base;
  if (units_.size() >= 2) {
    Unit* parent = units_.back().get();
    bool force_global = false;
    if (type == ScopeType::Function || type == ScopeType::AsyncFunction ||
        type == ScopeType::Class) {
      std::string mangled =
          parent->private_name.empty() ? name : symtable::mangle(parent->private_name, name);
      force_global = parent->ste->scope_of(mangled) == symtable::Scope::GlobalExplicit;
    }
    if (!force_global) {
      if (parent->scope_type == ScopeType::Function ||
          parent->scope_type == ScopeType::AsyncFunction ||
          parent->scope_type == ScopeType::Lambda) {
        base = parent->code->qualname + ".<locals>";
      } else {
        base = parent->code->qualname;
      }
    }
  }
  code.qualname = base.empty() ? name : base + "." + name;

  // CPython: compile.c compute_code_flags.
  uint32_t flags = 0;
  if (ste->is_function()) {
    flags |= CO_NEWLOCALS | CO_OPTIMIZED;
    if (ste->nested) flags |= CO_NESTED;
    if (ste->generator && !ste->coroutine) flags |= CO_GENERATOR;
    if (!ste->generator && ste->coroutine) flags |= CO_COROUTINE;
    if (ste->generator && ste->coroutine) flags |= CO_ASYNC_GENERATOR;
    if (ste->varargs) flags |= CO_VARARGS;
    if (ste->varkeywords) flags |= CO_VARKEYWORDS;
  }
  code.flags = flags;
  units_.push_back(std::move(unit));
}

std::shared_ptr<CodeUnit> Compiler::exit_scope() {
  // Every path that falls off the end returns None (CPython: assemble adds it).
  unset_loc();
  load_none();
  emit(Op::RETURN_VALUE);
  Unit& unit = u();
  CodeUnit& code = *unit.code;
  const int total = code.argcount + code.kwonlyargcount + ((code.flags & CO_VARARGS) ? 1 : 0) +
                    ((code.flags & CO_VARKEYWORDS) ? 1 : 0);
  code.cell2arg.assign(code.cellvars.size(), -1);
  for (size_t i = 0; i < code.cellvars.size(); ++i) {
    auto it = unit.varnames.find(code.cellvars[i]);
    if (it != unit.varnames.end() && int(it->second) < total) code.cell2arg[i] = int(it->second);
  }
  assemble(unit.assembly, code);
  std::shared_ptr<CodeUnit> result = unit.code;
  units_.pop_back();
  return result;
}

// ---------------------------------------------------------------------------------------------
// 2. Emission
// ---------------------------------------------------------------------------------------------

int Compiler::new_label() {
  Unit& unit = u();
  unit.assembly.labels.push_back(-1);
  unit.label_handler.push_back(kUnknownHandler);
  return int(unit.assembly.labels.size()) - 1;
}

void Compiler::use_label(int label) {
  Unit& unit = u();
  unit.assembly.labels[size_t(label)] = int(unit.assembly.instrs.size());
  int& lh = unit.label_handler[size_t(label)];
  // Code after an unconditional jump is reached only by jumps to this label: it runs under
  // the handlers that were active at those jumps (CPython derives this from the CFG).
  if (!unit.last_falls_through && lh != kUnknownHandler) unit.cur_handler = lh;
  if (lh == kUnknownHandler) lh = unit.cur_handler;
  unit.last_falls_through = true;
}

void Compiler::emit(Op op, uint32_t arg) {
  Instr ins;
  ins.op = op;
  ins.arg = arg;
  append_instr(ins);
}

void Compiler::emit_jump(Op op, int label) {
  Instr ins;
  ins.op = op;
  ins.label = label;
  append_instr(ins);
  Unit& unit = u();
  int& lh = unit.label_handler[size_t(label)];
  if (lh == kUnknownHandler) lh = unit.cur_handler;
}

// The end of emit and emit_jump: the instruction runs at the current location, under the
// current handler.
void Compiler::append_instr(Instr ins) {
  Unit& unit = u();
  ins.pos = unit.loc;
  ins.handler = unit.cur_handler;
  unit.assembly.instrs.push_back(ins);
  unit.last_falls_through = !is_terminal(ins.op);
}

void Compiler::emit_jump_to(int label) {
  const bool backward = u().assembly.labels[size_t(label)] >= 0;
  emit_jump(backward ? Op::JUMP_BACKWARD : Op::JUMP_FORWARD, label);
}

int Compiler::setup(Op op, int label) {
  Unit& unit = u();
  const int parent = unit.cur_handler;
  emit_jump(op, label);
  unit.assembly.handlers.push_back(Handler{label, parent, int(unit.assembly.instrs.size()) - 1});
  unit.cur_handler = int(unit.assembly.handlers.size()) - 1;
  return unit.cur_handler;
}

void Compiler::pop_block() {
  Unit& unit = u();
  if (unit.cur_handler < 0) throw std::logic_error("codegen: POP_BLOCK without a handler");
  unit.cur_handler = unit.assembly.handlers[size_t(unit.cur_handler)].parent;
}

void Compiler::place_handler(int handler) {
  Unit& unit = u();
  const Handler& h = unit.assembly.handlers[size_t(handler)];
  use_label(h.label);
  unit.cur_handler = h.parent;
}

uint32_t Compiler::add_const(Const c) {
  auto& consts = u().code->consts;
  for (size_t i = 0; i < consts.size(); ++i) {
    if (consts[i] == c) return uint32_t(i);
  }
  consts.push_back(std::move(c));
  return uint32_t(consts.size() - 1);
}

uint32_t Compiler::add_name(const std::string& name) {
  Unit& unit = u();
  auto [it, inserted] = unit.names.emplace(name, uint32_t(unit.code->names.size()));
  if (inserted) unit.code->names.push_back(name);
  return it->second;
}

void Compiler::set_loc(const ast::Located& node) {
  u().loc = Position{node.lineno, node.end_lineno, node.col_offset, node.end_col_offset};
}

void Compiler::set_loc_lines(int lineno, int end_lineno, int col, int end_col) {
  u().loc = Position{lineno, end_lineno, col, end_col};
}

void Compiler::unset_loc() {
  u().loc = Position{};
}

void Compiler::update_start_location_to_match_attr(const ast::Attribute& attr) {
  Position& p = u().loc;
  if (p.lineno == attr.end_lineno) return;
  p.lineno = attr.end_lineno;
  const int len = int(attr.attr.size());
  if (len <= attr.end_col_offset) {
    p.col = attr.end_col_offset - len;
  } else {
    p.col = -1;
    p.end_col = -1;
  }
  p.end_lineno = std::max(p.lineno, p.end_lineno);
  if (p.lineno == p.end_lineno) p.end_col = std::max(p.col, p.end_col);
}

void Compiler::error(const std::string& message) {
  const Position& p = u().loc;
  SyntaxErrorInfo info;
  info.msg = message;
  info.filename = module_.filename;
  info.lineno = p.lineno;
  info.offset = p.col + 1;
  info.end_lineno = p.end_lineno;
  info.end_offset = p.end_col + 1;
  if (p.lineno >= 1 && size_t(p.lineno) <= lines_.size()) info.text = lines_[size_t(p.lineno) - 1];
  throw SyntaxErrorException(std::move(info));
}

void Compiler::error_at(const ast::Located& node, const std::string& message) {
  set_loc(node);
  error(message);
}

// ---------------------------------------------------------------------------------------------
// 3. Names and closures
// ---------------------------------------------------------------------------------------------

void Compiler::nameop(const std::string& name, ast::ExprContext ctx) {
  using symtable::Scope;
  Unit& unit = u();
  const std::string mangled = mangle(name);
  enum { kFast, kGlobal, kDeref, kName } optype = kName;
  uint32_t deref_index = 0;
  const Scope scope = unit.ste->scope_of(mangled);
  const bool function = unit.ste->is_function();
  switch (scope) {
    case Scope::Free:
      optype = kDeref;
      deref_index = uint32_t(unit.code->cellvars.size()) + unit.freevars.at(mangled);
      break;
    case Scope::Cell:
      optype = kDeref;
      deref_index = unit.cellvars.at(mangled);
      break;
    case Scope::Local:
      if (function) optype = kFast;
      break;
    case Scope::GlobalImplicit:
      if (function) optype = kGlobal;
      break;
    case Scope::GlobalExplicit:
      optype = kGlobal;
      break;
    case Scope::None:
      break;
  }
  switch (optype) {
    case kDeref: {
      Op op = ctx == ast::ExprContext::Load
                  ? (unit.ste->type == symtable::BlockType::Class ? Op::LOAD_CLASSDEREF
                                                                  : Op::LOAD_DEREF)
              : ctx == ast::ExprContext::Store ? Op::STORE_DEREF
                                               : Op::DELETE_DEREF;
      emit(op, deref_index);
      return;
    }
    case kFast: {
      auto [it, inserted] = unit.varnames.emplace(mangled, uint32_t(unit.code->varnames.size()));
      if (inserted) unit.code->varnames.push_back(mangled);
      Op op = ctx == ast::ExprContext::Load    ? Op::LOAD_FAST
              : ctx == ast::ExprContext::Store ? Op::STORE_FAST
                                               : Op::DELETE_FAST;
      emit(op, it->second);
      return;
    }
    case kGlobal: {
      Op op = ctx == ast::ExprContext::Load    ? Op::LOAD_GLOBAL
              : ctx == ast::ExprContext::Store ? Op::STORE_GLOBAL
                                               : Op::DELETE_GLOBAL;
      emit(op, add_name(mangled));
      return;
    }
    case kName: {
      Op op = ctx == ast::ExprContext::Load    ? Op::LOAD_NAME
              : ctx == ast::ExprContext::Store ? Op::STORE_NAME
                                               : Op::DELETE_NAME;
      emit(op, add_name(mangled));
      return;
    }
  }
}

// CPython: compile.c compiler_make_closure.
void Compiler::make_closure(std::shared_ptr<const CodeUnit> code_ptr, uint32_t flags) {
  const CodeUnit& code = *code_ptr;
  Unit& unit = u();
  if (!code.freevars.empty()) {
    for (const std::string& name : code.freevars) {
      symtable::Scope ref = (unit.scope_type == ScopeType::Class && name == "__class__")
                                ? symtable::Scope::Cell
                                : unit.ste->scope_of(name);
      uint32_t arg;
      if (ref == symtable::Scope::Cell) {
        auto it = unit.cellvars.find(name);
        if (it == unit.cellvars.end()) throw std::logic_error("codegen: no cell for " + name);
        arg = it->second;
      } else {
        auto it = unit.freevars.find(name);
        if (it == unit.freevars.end()) {
          throw std::logic_error("codegen: no free variable for " + name + " in " +
                                 unit.code->qualname);
        }
        arg = uint32_t(unit.code->cellvars.size()) + it->second;
      }
      emit(Op::LOAD_CLOSURE, arg);
    }
    flags |= MF_CLOSURE;
    emit(Op::BUILD_TUPLE, uint32_t(code.freevars.size()));
  }
  load_const(Const{std::move(code_ptr)});
  emit(Op::MAKE_FUNCTION, flags);
}

// ---------------------------------------------------------------------------------------------
// 4. The module
// ---------------------------------------------------------------------------------------------

std::shared_ptr<const CodeUnit> Compiler::compile() {
  enter_scope("<module>", ScopeType::Module, &module_, 1);
  const ast::StmtList& body = module_.body;
  if (find_annotations(body)) {
    if (!body.empty()) set_loc(*body[0]);
    emit(Op::SETUP_ANNOTATIONS);
  }
  size_t i = 0;
  if (!body.empty()) {
    if (const auto* ex = body[0]->dyn<ast::Expr>()) {
      if (const auto* c = ex->value->dyn<ast::Constant>()) {
        if (std::holds_alternative<ast::Str>(c->value)) {
          set_loc(*body[0]);
          visit_expr(ex->value);
          nameop("__doc__", ast::ExprContext::Store);
          i = 1;
        }
      }
    }
  }
  for (; i < body.size(); ++i) visit_stmt(body[i]);
  return exit_scope();
}

// compile(source, filename, 'eval'): the value of the single expression is returned.
std::shared_ptr<const CodeUnit> Compiler::compile_eval() {
  enter_scope("<module>", ScopeType::Module, &module_, 1);
  const ast::StmtList& body = module_.body;
  const ast::Expr* ex = body.size() == 1 ? body[0]->dyn<ast::Expr>() : nullptr;
  if (!ex) {
    if (!body.empty()) set_loc(*body[body.size() > 1 ? 1 : 0]);
    error("invalid syntax");
  }
  visit_expr(ex->value);
  set_loc(*ex);
  emit(Op::RETURN_VALUE);
  return exit_scope();
}

}  // namespace codegen

std::shared_ptr<const CodeUnit> compile_module(const ast::Module& module,
                                               const symtable::SymTable& table, bool eval_mode) {
  codegen::Compiler c(module, table);
  return eval_mode ? c.compile_eval() : c.compile();
}

std::shared_ptr<const CodeUnit> compile_source(std::string_view source, const std::string& filename,
                                               bool eval_mode) {
  std::unique_ptr<ast::Module> module = parse_module(source, filename);
  symtable::SymTable table = analyze(*module);
  return compile_module(*module, table, eval_mode);
}

}  // namespace al
