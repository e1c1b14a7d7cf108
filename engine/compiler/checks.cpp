// Errors CPython finds after parsing, outside the symbol table: future imports (Python/future.c)
// and the checks its code generator makes (Python/compile.c), visited in the compiler's order
// so that the first error reported is CPython's first.
//
// Sections: 1. error sink  2. future imports  3. the compile-order walk: statements
//           4. expressions and comprehensions
#include "engine/compiler/checks.h"

#include "engine/compiler/source.h"
#include "engine/compiler/symtable.h"

namespace al::checks {

using namespace al::ast;
using symtable::BlockType;
using symtable::Entry;

// ---------------------------------------------------------------- 1. error sink

void ErrorSink::raise(const std::string& msg, int lineno, int col_offset, int end_lineno,
                      int end_col_offset) const {
  SyntaxErrorInfo info;
  info.msg = msg;
  info.filename = module_.filename;
  info.lineno = lineno;
  info.offset = col_offset + 1;
  info.end_lineno = end_lineno;
  if (end_col_offset != kNoEnd) info.end_offset = end_col_offset + 1;
  Source source(module_.source, module_.filename);
  if (source.has_file_line(lineno)) info.text = source.file_line(lineno);
  throw_syntax_error(std::move(info));
}

// ---------------------------------------------------------------- 2. future imports

namespace {

bool is_docstring(const stmt* s) {
  const auto* e = s->dyn<Expr>();
  if (!e) return false;
  const auto* c = e->value->dyn<Constant>();
  return c && std::holds_alternative<Str>(c->value);
}

}  // namespace

bool check_future(const Module& module, const ErrorSink& errors) {
  bool annotations = false;
  bool done = false;
  int prev_line = 0;
  std::size_t i = 0;
  if (!module.body.empty() && is_docstring(module.body[0])) i = 1;
  for (; i < module.body.size(); ++i) {
    const stmt* s = module.body[i];
    if (done && s->lineno > prev_line) break;
    prev_line = s->lineno;
    const auto* f = s->dyn<ImportFrom>();
    if (!f || !f->module || *f->module != "__future__") {
      done = true;
      continue;
    }
    if (done) {
      errors.raise("from __future__ imports must occur at the beginning of the file", s->lineno,
                   s->col_offset, s->lineno, ErrorSink::kNoEnd);
    }
    for (const alias* a : f->names) {
      const std::string& n = a->name;
      if (n == "annotations") {
        annotations = true;
      } else if (n == "braces") {
        errors.raise("not a chance", s->lineno, s->col_offset, s->lineno, ErrorSink::kNoEnd);
      } else if (n != "nested_scopes" && n != "generators" && n != "division" &&
                 n != "absolute_import" && n != "with_statement" && n != "print_function" &&
                 n != "unicode_literals" && n != "barry_as_FLUFL" && n != "generator_stop") {
        errors.raise("future feature " + n + " is not defined", s->lineno, s->col_offset, s->lineno,
                     ErrorSink::kNoEnd);
      }
    }
  }
  return annotations;
}

// ---------------------------------------------------------------- 3. the compile-order walk

namespace {

// CPython: compile.c COMPILER_SCOPE_* (what kind of code unit is being compiled).
enum class ScopeType { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

// CPython: compile.c fblocktype (only the kinds the checks distinguish).
enum class Block { Loop, ExceptionGroupHandler, Other };

// CPython: Include/cpython/code.h CO_MAXBLOCKS.
constexpr std::size_t kMaxBlocks = 20;

class Checker {
 public:
  Checker(const Module& module, const symtable::SymTable& table, const ErrorSink& errors,
          int future_lineno)
      : module_(module), table_(table), errors_(errors), future_lineno_(future_lineno) {}

  void run() {
    Unit unit{ScopeType::Module, table_.top(), {}};
    unit_ = &unit;
    body(module_.body);
  }

 private:
  struct Unit {
    ScopeType scope;
    const Entry* ste;
    std::vector<Block> blocks;
  };

  [[noreturn]] void error(const std::string& msg, const Located& where) const {
    errors_.raise(msg, where.lineno, where.col_offset, where.end_lineno, where.end_col_offset);
  }

  void push(Block b, const Located& where) {
    if (unit_->blocks.size() >= kMaxBlocks) error("too many statically nested blocks", where);
    unit_->blocks.push_back(b);
  }
  void pop() { unit_->blocks.pop_back(); }

  // CPython: compiler_unwind_fblock_stack: is there a loop to break to?
  bool unwind(bool want_loop, const Located& where) const {
    for (auto it = unit_->blocks.rbegin(); it != unit_->blocks.rend(); ++it) {
      if (*it == Block::ExceptionGroupHandler) {
        error("'break', 'continue' and 'return' cannot appear in an except* block", where);
      }
      if (want_loop && *it == Block::Loop) return true;
    }
    return false;
  }

  void body(const StmtList& stmts) {
    for (const stmt* s : stmts) statement(s);
  }
  void exprs(const ExprList& list) {
    for (const expr* e : list) {
      if (e) expression(e);
    }
  }

  void forbidden_name(const std::string& name, ExprContext ctx, const Located& where) const {
    if (name != "__debug__") return;
    if (ctx == ExprContext::Store) error("cannot assign to __debug__", where);
    if (ctx == ExprContext::Del) error("cannot delete __debug__", where);
  }

  // CPython: compiler_check_debug_args.
  void check_debug_args(const arguments* a, const Located& where) const {
    auto check = [&](const Arg* x) {
      if (x) forbidden_name(x->arg, ExprContext::Store, where);
    };
    for (const Arg* x : a->posonlyargs) check(x);
    for (const Arg* x : a->args) check(x);
    check(a->vararg);
    for (const Arg* x : a->kwonlyargs) check(x);
    check(a->kwarg);
  }

  void annotations(const arguments* a, const expr* returns) {
    if (table_.future_annotations()) return;
    for (const Arg* x : a->posonlyargs) {
      if (x->annotation) expression(x->annotation);
    }
    for (const Arg* x : a->args) {
      if (x->annotation) expression(x->annotation);
    }
    if (a->vararg && a->vararg->annotation) {
      // `*args: *Ts` unpacks its annotation (PEP 646).
      const expr* ann = a->vararg->annotation;
      expression(ann->tag == Kind::Starred ? ann->as<Starred>().value : ann);
    }
    for (const Arg* x : a->kwonlyargs) {
      if (x->annotation) expression(x->annotation);
    }
    if (a->kwarg && a->kwarg->annotation) expression(a->kwarg->annotation);
    if (returns) expression(returns);
  }

  // CPython: compiler_function: decorators, defaults, annotations, then the body.
  template <class Def>
  void function(const Def& def, bool is_async) {
    check_debug_args(def.args, def);
    exprs(def.decorator_list);
    exprs(def.args->defaults);
    exprs(def.args->kw_defaults);
    annotations(def.args, def.returns);
    Unit unit{is_async ? ScopeType::AsyncFunction : ScopeType::Function, table_.lookup(&def), {}};
    Unit* saved = unit_;
    unit_ = &unit;
    body(def.body);
    unit_ = saved;
  }

  // CPython: validate_keywords.
  void keywords(const std::vector<keyword*>& kws) const {
    for (std::size_t i = 0; i < kws.size(); ++i) {
      if (!kws[i]->arg) continue;
      forbidden_name(*kws[i]->arg, ExprContext::Store, *kws[i]);
      for (std::size_t j = i + 1; j < kws.size(); ++j) {
        if (kws[j]->arg && *kws[j]->arg == *kws[i]->arg) {
          error("keyword argument repeated: " + *kws[i]->arg, *kws[j]);
        }
      }
    }
  }

  void handlers(const std::vector<ExceptHandler*>& hs, bool star) {
    push(star ? Block::ExceptionGroupHandler : Block::Other, *hs.front());
    for (std::size_t i = 0; i < hs.size(); ++i) {
      const ExceptHandler* h = hs[i];
      if (!h->type && i + 1 < hs.size()) error("default 'except:' must be last", *h);
      if (h->type) expression(h->type);
      if (h->name) forbidden_name(*h->name, ExprContext::Store, *h);
      push(Block::Other, *h);
      body(h->body);
      pop();
    }
    pop();
  }

  template <class TryNode>
  void try_statement(const TryNode& t, bool star) {
    if (!t.finalbody.empty()) push(Block::Other, t);
    if (!t.handlers.empty()) {
      push(Block::Other, t);
      body(t.body);
      pop();
      body(t.orelse);
      handlers(t.handlers, star);
    } else {
      body(t.body);
    }
    if (!t.finalbody.empty()) {
      pop();
      body(t.finalbody);
    }
  }

  void statement(const stmt* s);
  void expression(const expr* e);
  void target(const expr* e);
  template <class Comp>
  void comprehension_expr(const Comp& c, const expr* elt, const expr* value);

  const Module& module_;
  const symtable::SymTable& table_;
  const ErrorSink& errors_;
  int future_lineno_;
  Unit* unit_ = nullptr;
};

void Checker::statement(const stmt* s) {
  switch (s->tag) {
    case Kind::FunctionDef: {
      const auto& f = s->as<FunctionDef>();
      function(f, false);
      forbidden_name(f.name, ExprContext::Store, f);
      break;
    }
    case Kind::AsyncFunctionDef: {
      const auto& f = s->as<AsyncFunctionDef>();
      function(f, true);
      forbidden_name(f.name, ExprContext::Store, f);
      break;
    }
    case Kind::ClassDef: {
      // CPython: compiler_class: decorators, the body, then bases and keywords.
      const auto& c = s->as<ClassDef>();
      exprs(c.decorator_list);
      Unit unit{ScopeType::Class, table_.lookup(&c), {}};
      Unit* saved = unit_;
      unit_ = &unit;
      body(c.body);
      unit_ = saved;
      keywords(c.keywords);
      exprs(c.bases);
      for (const keyword* k : c.keywords) expression(k->value);
      forbidden_name(c.name, ExprContext::Store, c);
      break;
    }
    case Kind::Return: {
      const auto& r = s->as<Return>();
      if (unit_->ste->type != BlockType::Function) error("'return' outside function", r);
      if (r.value && unit_->ste->coroutine && unit_->ste->generator) {
        error("'return' with value in async generator", r);
      }
      if (r.value) expression(r.value);
      unwind(false, r);
      break;
    }
    case Kind::Delete:
      for (const expr* t : s->as<Delete>().targets) target(t);
      break;
    case Kind::Assign:
      expression(s->as<Assign>().value);
      for (const expr* t : s->as<Assign>().targets) target(t);
      break;
    case Kind::AugAssign:
      target(s->as<AugAssign>().target);
      expression(s->as<AugAssign>().value);
      break;
    case Kind::AnnAssign: {
      const auto& a = s->as<AnnAssign>();
      if (a.value) expression(a.value);
      target(a.target);
      bool evaluated = unit_->scope == ScopeType::Module || unit_->scope == ScopeType::Class;
      if (evaluated && !table_.future_annotations()) expression(a.annotation);
      break;
    }
    case Kind::For:
    case Kind::AsyncFor: {
      bool is_async = s->tag == Kind::AsyncFor;
      if (is_async && unit_->scope != ScopeType::AsyncFunction) {
        error("'async for' outside async function", *s);
      }
      const expr* t = is_async ? s->as<AsyncFor>().target : s->as<For>().target;
      const expr* it = is_async ? s->as<AsyncFor>().iter : s->as<For>().iter;
      expression(it);
      push(Block::Loop, *s);
      target(t);
      body(is_async ? s->as<AsyncFor>().body : s->as<For>().body);
      pop();
      body(is_async ? s->as<AsyncFor>().orelse : s->as<For>().orelse);
      break;
    }
    case Kind::While: {
      const auto& w = s->as<While>();
      expression(w.test);
      push(Block::Loop, w);
      body(w.body);
      pop();
      body(w.orelse);
      break;
    }
    case Kind::If:
      expression(s->as<If>().test);
      body(s->as<If>().body);
      body(s->as<If>().orelse);
      break;
    case Kind::With:
    case Kind::AsyncWith: {
      bool is_async = s->tag == Kind::AsyncWith;
      if (is_async && unit_->scope != ScopeType::AsyncFunction) {
        error("'async with' outside async function", *s);
      }
      const auto& items = is_async ? s->as<AsyncWith>().items : s->as<With>().items;
      for (const withitem* item : items) {
        expression(item->context_expr);
        push(Block::Other, *s);
        if (item->optional_vars) target(item->optional_vars);
      }
      body(is_async ? s->as<AsyncWith>().body : s->as<With>().body);
      for (std::size_t i = 0; i < items.size(); ++i) pop();
      break;
    }
    case Kind::Raise:
      if (s->as<Raise>().exc) expression(s->as<Raise>().exc);
      if (s->as<Raise>().cause) expression(s->as<Raise>().cause);
      break;
    case Kind::Try:
      try_statement(s->as<Try>(), false);
      break;
    case Kind::TryStar:
      try_statement(s->as<TryStar>(), true);
      break;
    case Kind::Assert:
      expression(s->as<Assert>().test);
      if (s->as<Assert>().msg) expression(s->as<Assert>().msg);
      break;
    case Kind::Import:
      for (const alias* a : s->as<Import>().names) {
        const std::string& n = a->asname ? *a->asname : a->name;
        forbidden_name(n.substr(0, n.find('.')), ExprContext::Store, *s);
      }
      break;
    case Kind::ImportFrom: {
      const auto& f = s->as<ImportFrom>();
      if (s->lineno > future_lineno_ && f.module && *f.module == "__future__") {
        error("from __future__ imports must occur at the beginning of the file", f);
      }
      for (const alias* a : f.names) {
        if (a->name != "*")
          forbidden_name(a->asname ? *a->asname : a->name, ExprContext::Store, *s);
      }
      break;
    }
    case Kind::Expr:
      expression(s->as<Expr>().value);
      break;
    case Kind::Break:
      if (!unwind(true, *s)) error("'break' outside loop", *s);
      break;
    case Kind::Continue:
      if (!unwind(true, *s)) error("'continue' not properly in loop", *s);
      break;
    default:
      break;
  }
}

// ---------------------------------------------------------------- 4. expressions

// An assignment or del target (CPython: compiler_visit_expr1 in Store/Del context and
// assignment_helper).
void Checker::target(const expr* e) {
  switch (e->tag) {
    case Kind::Name:
      forbidden_name(e->as<Name>().id, e->as<Name>().ctx, *e);
      break;
    case Kind::Attribute:
      expression(e->as<Attribute>().value);
      forbidden_name(e->as<Attribute>().attr, e->as<Attribute>().ctx, *e);
      break;
    case Kind::Subscript:
      expression(e->as<Subscript>().value);
      expression(e->as<Subscript>().slice);
      break;
    case Kind::Starred:
      if (e->as<Starred>().ctx == ExprContext::Store) {
        error("starred assignment target must be in a list or tuple", *e);
      }
      error("can't use starred expression here", *e);
    case Kind::List:
    case Kind::Tuple: {
      const ExprList& elts = e->tag == Kind::List ? e->as<List>().elts : e->as<Tuple>().elts;
      ExprContext ctx = e->tag == Kind::List ? e->as<List>().ctx : e->as<Tuple>().ctx;
      if (ctx == ExprContext::Store) {
        bool seen_star = false;
        for (std::size_t i = 0; i < elts.size(); ++i) {
          if (elts[i]->tag != Kind::Starred) continue;
          if (seen_star) error("multiple starred expressions in assignment", *e);
          if (i >= (1u << 8)) error("too many expressions in star-unpacking assignment", *e);
          seen_star = true;
        }
        for (const expr* x : elts) {
          target(x->tag == Kind::Starred ? x->as<Starred>().value : x);
        }
      } else {
        for (const expr* x : elts) target(x);
      }
      break;
    }
    default:
      expression(e);
      break;
  }
}

// CPython: compiler_comprehension: the comprehension body in its own unit, then the outermost
// iterable in the enclosing one.
template <class Comp>
void Checker::comprehension_expr(const Comp& c, const expr* elt, const expr* value) {
  const Entry* ste = table_.lookup(&c);
  ScopeType enclosing = unit_->scope;
  bool is_genexp = c.tag == Kind::GeneratorExp;
  if (ste->coroutine && !is_genexp && enclosing != ScopeType::AsyncFunction &&
      enclosing != ScopeType::Comprehension) {
    error("asynchronous comprehension outside of an asynchronous function", c);
  }
  Unit unit{ScopeType::Comprehension, ste, {}};
  Unit* saved = unit_;
  unit_ = &unit;
  for (std::size_t i = 0; i < c.generators.size(); ++i) {
    const comprehension* g = c.generators[i];
    if (i > 0) expression(g->iter);
    target(g->target);
    exprs(g->ifs);
  }
  expression(elt);
  if (value) expression(value);
  unit_ = saved;
  expression(c.generators[0]->iter);
}

void Checker::expression(const expr* e) {
  switch (e->tag) {
    case Kind::BoolOp:
      exprs(e->as<BoolOp>().values);
      break;
    case Kind::NamedExpr:
      expression(e->as<NamedExpr>().value);
      target(e->as<NamedExpr>().target);
      break;
    case Kind::BinOp:
      expression(e->as<BinOp>().left);
      expression(e->as<BinOp>().right);
      break;
    case Kind::UnaryOp:
      expression(e->as<UnaryOp>().operand);
      break;
    case Kind::Lambda: {
      const auto& l = e->as<Lambda>();
      check_debug_args(l.args, l);
      exprs(l.args->defaults);
      exprs(l.args->kw_defaults);
      Unit unit{ScopeType::Lambda, table_.lookup(&l), {}};
      Unit* saved = unit_;
      unit_ = &unit;
      expression(l.body);
      unit_ = saved;
      break;
    }
    case Kind::IfExp:
      expression(e->as<IfExp>().test);
      expression(e->as<IfExp>().body);
      expression(e->as<IfExp>().orelse);
      break;
    case Kind::Dict: {
      const auto& d = e->as<Dict>();
      for (std::size_t i = 0; i < d.values.size(); ++i) {
        if (d.keys[i]) expression(d.keys[i]);
        expression(d.values[i]);
      }
      break;
    }
    case Kind::Set:
    case Kind::List:
    case Kind::Tuple: {
      const ExprList& elts = e->tag == Kind::Set    ? e->as<Set>().elts
                             : e->tag == Kind::List ? e->as<List>().elts
                                                    : e->as<Tuple>().elts;
      bool load =
          e->tag == Kind::Set ||
          (e->tag == Kind::List ? e->as<List>().ctx : e->as<Tuple>().ctx) == ExprContext::Load;
      if (!load) {
        target(e);
        break;
      }
      for (const expr* x : elts) expression(x->tag == Kind::Starred ? x->as<Starred>().value : x);
      break;
    }
    case Kind::ListComp:
      comprehension_expr(e->as<ListComp>(), e->as<ListComp>().elt, nullptr);
      break;
    case Kind::SetComp:
      comprehension_expr(e->as<SetComp>(), e->as<SetComp>().elt, nullptr);
      break;
    case Kind::GeneratorExp:
      comprehension_expr(e->as<GeneratorExp>(), e->as<GeneratorExp>().elt, nullptr);
      break;
    case Kind::DictComp:
      comprehension_expr(e->as<DictComp>(), e->as<DictComp>().key, e->as<DictComp>().value);
      break;
    case Kind::Await:
      if (unit_->ste->type != BlockType::Function) error("'await' outside function", *e);
      if (unit_->scope != ScopeType::AsyncFunction && unit_->scope != ScopeType::Comprehension) {
        error("'await' outside async function", *e);
      }
      expression(e->as<Await>().value);
      break;
    case Kind::Yield:
      if (unit_->ste->type != BlockType::Function) error("'yield' outside function", *e);
      if (e->as<Yield>().value) expression(e->as<Yield>().value);
      break;
    case Kind::YieldFrom:
      if (unit_->ste->type != BlockType::Function) error("'yield' outside function", *e);
      if (unit_->scope == ScopeType::AsyncFunction) error("'yield from' inside async function", *e);
      expression(e->as<YieldFrom>().value);
      break;
    case Kind::Compare:
      expression(e->as<Compare>().left);
      exprs(e->as<Compare>().comparators);
      break;
    case Kind::Call: {
      const auto& c = e->as<Call>();
      expression(c.func);
      keywords(c.keywords);
      for (const expr* a : c.args) expression(a->tag == Kind::Starred ? a->as<Starred>().value : a);
      for (const keyword* k : c.keywords) expression(k->value);
      break;
    }
    case Kind::FormattedValue:
      expression(e->as<FormattedValue>().value);
      if (e->as<FormattedValue>().format_spec) expression(e->as<FormattedValue>().format_spec);
      break;
    case Kind::JoinedStr:
      exprs(e->as<JoinedStr>().values);
      break;
    case Kind::Attribute:
      expression(e->as<Attribute>().value);
      break;
    case Kind::Subscript:
      if (e->as<Subscript>().ctx != ExprContext::Load) {
        target(e);
        break;
      }
      expression(e->as<Subscript>().value);
      expression(e->as<Subscript>().slice);
      break;
    case Kind::Starred:
      target(e);
      break;
    case Kind::Slice: {
      const auto& s = e->as<Slice>();
      if (s.lower) expression(s.lower);
      if (s.upper) expression(s.upper);
      if (s.step) expression(s.step);
      break;
    }
    case Kind::Name:
      if (e->as<Name>().ctx != ExprContext::Load) target(e);
      break;
    default:
      break;
  }
}

}  // namespace

void check_compile(const Module& module, const symtable::SymTable& table, const ErrorSink& errors) {
  // The line of the last leading `from __future__ import`, as CPython's future parser keeps it.
  int future_lineno = 0;
  std::size_t i = 0;
  if (!module.body.empty() && is_docstring(module.body[0])) i = 1;
  for (; i < module.body.size(); ++i) {
    const auto* f = module.body[i]->dyn<ImportFrom>();
    if (!f || !f->module || *f->module != "__future__") break;
    future_lineno = f->lineno;
  }
  Checker(module, table, errors, future_lineno).run();
}

}  // namespace al::checks
