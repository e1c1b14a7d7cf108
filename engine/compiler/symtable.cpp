// The symbol table, CPython: Python/symtable.c (3.11): a first pass collects each block's names
// and flags in source order, a second pass (analyze_block) decides every name's scope.
//
// Sections: 1. entries and mangling  2. the builder: blocks and definitions
//           3. statements  4. expressions  5. analysis  6. dump
#include "engine/compiler/symtable.h"

#include <algorithm>
#include <set>

#include "engine/compiler/checks.h"

namespace al::symtable {

using namespace al::ast;

// ---------------------------------------------------------------- 1. entries and mangling

const Symbol* Entry::lookup(std::string_view name) const {
  auto it = index.find(std::string(name));
  return it == index.end() ? nullptr : &symbols[it->second];
}

Scope Entry::scope_of(std::string_view name) const {
  const Symbol* s = lookup(name);
  return s ? s->scope : Scope::None;
}

Entry* SymTable::lookup(const Node* node) const {
  auto it = by_node_.find(node);
  return it == by_node_.end() ? nullptr : it->second;
}

// CPython: Python/compile.c _Py_Mangle.
std::string mangle(std::string_view private_name, std::string_view name) {
  if (private_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') {
    return std::string(name);
  }
  // Dunder names and dotted (import) names are not mangled.
  if (name.substr(name.size() - 2) == "__" || name.find('.') != std::string_view::npos) {
    return std::string(name);
  }
  std::size_t skip = private_name.find_first_not_of('_');
  if (skip == std::string_view::npos) return std::string(name);  // class name is all '_'
  return "_" + std::string(private_name.substr(skip)) + std::string(name);
}

// ---------------------------------------------------------------- 2. the builder

namespace {

// CPython: COMPILER_STACK_FRAME_SCALE * the default recursion limit.
constexpr int kRecursionLimit = 3000;

std::string quoted(const std::string& name) {
  return "'" + name + "'";
}

}  // namespace

class Builder {
 public:
  Builder(SymTable& table, const Module& module, const checks::ErrorSink& errors)
      : table_(table), module_(module), errors_(errors) {}

  void build(bool future_annotations);

 private:
  // --- blocks
  Entry* enter_block(std::string name, BlockType type, const Node* node, int lineno,
                     int col_offset);
  void exit_block();
  void add_def(const std::string& name, std::uint32_t flag, const Located& where);
  void add_def_helper(const std::string& name, std::uint32_t flag, Entry* ste,
                      const Located& where);
  std::uint32_t lookup_flags(const std::string& name);
  void record_directive(const std::string& name, const Located& where);
  [[noreturn]] void error(const std::string& msg, const Located& where);

  // --- visitors
  void visit_stmt(const stmt* s);
  void visit_expr(const expr* e);
  void visit_stmts(const StmtList& body) {
    for (const stmt* s : body) visit_stmt(s);
  }
  void visit_exprs(const ExprList& list) {
    for (const expr* e : list) {
      if (e) visit_expr(e);
    }
  }
  template <class Def>
  void visit_function(const Def& def, bool is_async);
  template <class ForNode>
  void visit_for(const ForNode& f);
  template <class TryNode>
  void visit_try(const TryNode& t);
  void visit_annotation(const expr* annotation);
  void visit_annotations(const arguments* a, const expr* returns);
  void visit_arguments(const arguments* a);
  void visit_params(const std::vector<Arg*>& args);
  void visit_alias(const alias* a);
  void visit_comprehension(const comprehension* lc);
  void handle_comprehension(const expr* e, const char* scope_name,
                            const std::vector<comprehension*>& generators, const expr* elt,
                            const expr* value);
  void handle_namedexpr(const NamedExpr& e);
  void extend_namedexpr_scope(const Name& target);
  void raise_if_comprehension_block(const expr* e);

  // --- analysis
  void analyze();
  void analyze_block(Entry* ste, const std::set<std::string>* bound, std::set<std::string>& free,
                     std::set<std::string>& global);
  void analyze_name(Entry* ste, std::unordered_map<std::string, Scope>& scopes,
                    const std::string& name, std::uint32_t flags, std::set<std::string>* bound,
                    std::set<std::string>& local, std::set<std::string>& free,
                    std::set<std::string>& global);
  [[noreturn]] void error_at_directive(Entry* ste, const std::string& name, const std::string& msg);

  struct DepthGuard {
    explicit DepthGuard(Builder* b) : builder(b) {
      if (++builder->depth_ > kRecursionLimit) {
        throw CompilerLimitError("RecursionError",
                                 "maximum recursion depth exceeded during compilation");
      }
    }
    ~DepthGuard() { --builder->depth_; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;
    Builder* builder;
  };

  SymTable& table_;
  const Module& module_;
  const checks::ErrorSink& errors_;
  std::vector<Entry*> stack_;
  Entry* cur_ = nullptr;
  Entry* global_ = nullptr;  // the module entry, whose symbols are the globals
  std::string private_;      // enclosing class name, for mangling
  int depth_ = 0;
};

Entry* Builder::enter_block(std::string name, BlockType type, const Node* node, int lineno,
                            int col_offset) {
  auto owned = std::make_unique<Entry>();
  Entry* ste = owned.get();
  table_.entries_.push_back(std::move(owned));
  ste->name = std::move(name);
  ste->type = type;
  ste->node = node;
  ste->lineno = lineno;
  ste->col_offset = col_offset;
  if (cur_ && (cur_->nested || cur_->type == BlockType::Function)) ste->nested = true;
  // Assignment expressions are refused in a comprehension's outermost iterable, even in
  // blocks nested inside it.
  if (cur_) ste->comp_iter_expr = cur_->comp_iter_expr;
  table_.by_node_[node] = ste;
  if (type == BlockType::Module) global_ = ste;
  if (cur_) cur_->children.push_back(ste);
  stack_.push_back(ste);
  cur_ = ste;
  return ste;
}

void Builder::exit_block() {
  stack_.pop_back();
  cur_ = stack_.empty() ? nullptr : stack_.back();
}

void Builder::error(const std::string& msg, const Located& where) {
  errors_.raise(msg, where.lineno, where.col_offset, where.end_lineno, where.end_col_offset);
}

std::uint32_t Builder::lookup_flags(const std::string& name) {
  const Symbol* s = cur_->lookup(mangle(private_, name));
  return s ? s->flags : 0;
}

// CPython: symtable_add_def_helper.
void Builder::add_def_helper(const std::string& name, std::uint32_t flag, Entry* ste,
                             const Located& where) {
  std::string mangled = mangle(private_, name);
  auto it = ste->index.find(mangled);
  std::uint32_t val;
  if (it != ste->index.end()) {
    val = ste->symbols[it->second].flags;
    if ((flag & DEF_PARAM) && (val & DEF_PARAM)) {
      error("duplicate argument " + quoted(name) + " in function definition", where);
    }
    val |= flag;
  } else {
    val = flag;
  }
  if (ste->comp_iter_target) {
    // An iteration variable of a comprehension: it may not rebind a walrus target.
    if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
      error("comprehension inner loop cannot rebind assignment expression target " + quoted(name),
            where);
    }
    val |= DEF_COMP_ITER;
  }
  if (it != ste->index.end()) {
    ste->symbols[it->second].flags = val;
  } else {
    ste->index.emplace(mangled, ste->symbols.size());
    ste->symbols.push_back({mangled, val, Scope::None});
  }
  if (flag & DEF_PARAM) {
    ste->varnames.push_back(mangled);
  } else if (flag & DEF_GLOBAL) {
    auto g = global_->index.find(mangled);
    if (g != global_->index.end()) {
      global_->symbols[g->second].flags |= flag;
    } else {
      global_->index.emplace(mangled, global_->symbols.size());
      global_->symbols.push_back({mangled, flag, Scope::None});
    }
  }
}

void Builder::add_def(const std::string& name, std::uint32_t flag, const Located& where) {
  add_def_helper(name, flag, cur_, where);
}

void Builder::record_directive(const std::string& name, const Located& where) {
  cur_->directives.push_back({mangle(private_, name), where.lineno, where.col_offset,
                              where.end_lineno, where.end_col_offset});
}

void Builder::build(bool future_annotations) {
  table_.future_annotations_ = future_annotations;
  enter_block("top", BlockType::Module, &module_, 0, 0);
  table_.top_ = cur_;
  visit_stmts(module_.body);
  exit_block();
  analyze();
}

// ---------------------------------------------------------------- 3. statements

template <class ForNode>
void Builder::visit_for(const ForNode& f) {
  visit_expr(f.target);
  visit_expr(f.iter);
  visit_stmts(f.body);
  visit_stmts(f.orelse);
}

template <class TryNode>
void Builder::visit_try(const TryNode& t) {
  visit_stmts(t.body);
  visit_stmts(t.orelse);
  for (const ExceptHandler* h : t.handlers) {
    if (h->type) visit_expr(h->type);
    if (h->name) add_def(*h->name, DEF_LOCAL, *h);
    visit_stmts(h->body);
  }
  visit_stmts(t.finalbody);
}

template <class Def>
void Builder::visit_function(const Def& def, bool is_async) {
  add_def(def.name, DEF_LOCAL, def);
  visit_exprs(def.args->defaults);
  visit_exprs(def.args->kw_defaults);
  visit_annotations(def.args, def.returns);
  visit_exprs(def.decorator_list);
  enter_block(def.name, BlockType::Function, &def, def.lineno, def.col_offset);
  if (is_async) cur_->coroutine = true;
  visit_arguments(def.args);
  visit_stmts(def.body);
  exit_block();
}

void Builder::visit_stmt(const stmt* s) {
  DepthGuard guard(this);
  switch (s->tag) {
    case Kind::FunctionDef:
      visit_function(s->as<FunctionDef>(), false);
      break;
    case Kind::AsyncFunctionDef:
      visit_function(s->as<AsyncFunctionDef>(), true);
      break;
    case Kind::ClassDef: {
      const auto& c = s->as<ClassDef>();
      add_def(c.name, DEF_LOCAL, c);
      visit_exprs(c.bases);
      for (const keyword* k : c.keywords) visit_expr(k->value);
      visit_exprs(c.decorator_list);
      enter_block(c.name, BlockType::Class, &c, c.lineno, c.col_offset);
      std::string saved = private_;
      private_ = c.name;
      visit_stmts(c.body);
      private_ = saved;
      exit_block();
      break;
    }
    case Kind::Return:
      if (const expr* v = s->as<Return>().value) {
        visit_expr(v);
        cur_->returns_value = true;
      }
      break;
    case Kind::Delete:
      visit_exprs(s->as<Delete>().targets);
      break;
    case Kind::Assign:
      visit_exprs(s->as<Assign>().targets);
      visit_expr(s->as<Assign>().value);
      break;
    case Kind::AnnAssign: {
      const auto& a = s->as<AnnAssign>();
      if (const auto* name = a.target->dyn<Name>()) {
        std::uint32_t cur = lookup_flags(name->id);
        if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && cur_ != global_ && a.simple) {
          error(std::string("annotated name ") + quoted(name->id) + " can't be " +
                    ((cur & DEF_GLOBAL) ? "global" : "nonlocal"),
                a);
        }
        if (a.simple)
          add_def(name->id, DEF_ANNOT | DEF_LOCAL, *name);
        else if (a.value)
          add_def(name->id, DEF_LOCAL, *name);
      } else {
        visit_expr(a.target);
      }
      visit_annotation(a.annotation);
      if (a.value) visit_expr(a.value);
      break;
    }
    case Kind::AugAssign:
      visit_expr(s->as<AugAssign>().target);
      visit_expr(s->as<AugAssign>().value);
      break;
    case Kind::For:
      visit_for(s->as<For>());
      break;
    case Kind::AsyncFor:
      visit_for(s->as<AsyncFor>());
      break;
    case Kind::While:
      visit_expr(s->as<While>().test);
      visit_stmts(s->as<While>().body);
      visit_stmts(s->as<While>().orelse);
      break;
    case Kind::If:
      visit_expr(s->as<If>().test);
      visit_stmts(s->as<If>().body);
      visit_stmts(s->as<If>().orelse);
      break;
    case Kind::Raise:
      if (const expr* exc = s->as<Raise>().exc) {
        visit_expr(exc);
        if (const expr* cause = s->as<Raise>().cause) visit_expr(cause);
      }
      break;
    case Kind::Try:
      visit_try(s->as<Try>());
      break;
    case Kind::TryStar:
      visit_try(s->as<TryStar>());
      break;
    case Kind::Assert:
      visit_expr(s->as<Assert>().test);
      if (const expr* msg = s->as<Assert>().msg) visit_expr(msg);
      break;
    case Kind::Import:
      for (const alias* a : s->as<Import>().names) visit_alias(a);
      break;
    case Kind::ImportFrom:
      for (const alias* a : s->as<ImportFrom>().names) visit_alias(a);
      break;
    case Kind::Global:
    case Kind::Nonlocal: {
      bool is_global = s->tag == Kind::Global;
      const auto& names = is_global ? s->as<Global>().names : s->as<Nonlocal>().names;
      const char* what = is_global ? "global" : "nonlocal";
      for (const std::string& name : names) {
        std::uint32_t cur = lookup_flags(name);
        if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
          std::string msg;
          if (cur & DEF_PARAM) {
            msg = "name " + quoted(name) + " is parameter and " + what;
          } else if (cur & USE) {
            msg = "name " + quoted(name) + " is used prior to " + what + " declaration";
          } else if (cur & DEF_ANNOT) {
            msg = "annotated name " + quoted(name) + " can't be " + what;
          } else {
            msg = "name " + quoted(name) + " is assigned to before " + what + " declaration";
          }
          error(msg, *s);
        }
        add_def(name, is_global ? DEF_GLOBAL : DEF_NONLOCAL, *s);
        record_directive(name, *s);
      }
      break;
    }
    case Kind::Expr:
      visit_expr(s->as<Expr>().value);
      break;
    case Kind::Pass:
    case Kind::Break:
    case Kind::Continue:
      break;
    case Kind::With:
    case Kind::AsyncWith: {
      const auto& items = s->tag == Kind::With ? s->as<With>().items : s->as<AsyncWith>().items;
      for (const withitem* item : items) {
        visit_expr(item->context_expr);
        if (item->optional_vars) visit_expr(item->optional_vars);
      }
      visit_stmts(s->tag == Kind::With ? s->as<With>().body : s->as<AsyncWith>().body);
      break;
    }
    default:
      break;
  }
}

// CPython: symtable_visit_annotation. With `from __future__ import annotations` CPython visits
// annotations in a detached block that changes nothing: they are skipped here.
void Builder::visit_annotation(const expr* annotation) {
  if (!table_.future_annotations_) visit_expr(annotation);
}

// CPython: symtable_visit_annotations.
void Builder::visit_annotations(const arguments* a, const expr* returns) {
  if (!table_.future_annotations_) {
    for (const Arg* x : a->posonlyargs) {
      if (x->annotation) visit_expr(x->annotation);
    }
    for (const Arg* x : a->args) {
      if (x->annotation) visit_expr(x->annotation);
    }
    if (a->vararg && a->vararg->annotation) visit_expr(a->vararg->annotation);
    if (a->kwarg && a->kwarg->annotation) visit_expr(a->kwarg->annotation);
    for (const Arg* x : a->kwonlyargs) {
      if (x->annotation) visit_expr(x->annotation);
    }
  }
  if (returns) visit_annotation(returns);
}

// CPython: symtable_visit_arguments.
void Builder::visit_arguments(const arguments* a) {
  visit_params(a->posonlyargs);
  visit_params(a->args);
  visit_params(a->kwonlyargs);
  if (a->vararg) {
    add_def(a->vararg->arg, DEF_PARAM, *a->vararg);
    cur_->varargs = true;
  }
  if (a->kwarg) {
    add_def(a->kwarg->arg, DEF_PARAM, *a->kwarg);
    cur_->varkeywords = true;
  }
}

void Builder::visit_params(const std::vector<Arg*>& args) {
  for (const Arg* a : args) add_def(a->arg, DEF_PARAM, *a);
}

// CPython: symtable_visit_alias: `import a.b` binds "a".
void Builder::visit_alias(const alias* a) {
  const std::string& name = a->asname ? *a->asname : a->name;
  if (name == "*") {
    if (cur_->type != BlockType::Module) error("import * only allowed at module level", *a);
    return;
  }
  add_def(name.substr(0, name.find('.')), DEF_IMPORT, *a);
}

// ---------------------------------------------------------------- 4. expressions

void Builder::visit_expr(const expr* e) {
  DepthGuard guard(this);
  switch (e->tag) {
    case Kind::NamedExpr: {
      if (cur_->comp_iter_expr > 0) {
        error("assignment expression cannot be used in a comprehension iterable expression", *e);
      }
      handle_namedexpr(e->as<NamedExpr>());
      break;
    }
    case Kind::BoolOp:
      visit_exprs(e->as<BoolOp>().values);
      break;
    case Kind::BinOp:
      visit_expr(e->as<BinOp>().left);
      visit_expr(e->as<BinOp>().right);
      break;
    case Kind::UnaryOp:
      visit_expr(e->as<UnaryOp>().operand);
      break;
    case Kind::Lambda: {
      const auto& l = e->as<Lambda>();
      visit_exprs(l.args->defaults);
      visit_exprs(l.args->kw_defaults);
      enter_block("lambda", BlockType::Function, &l, l.lineno, l.col_offset);
      visit_arguments(l.args);
      visit_expr(l.body);
      exit_block();
      break;
    }
    case Kind::IfExp:
      visit_expr(e->as<IfExp>().test);
      visit_expr(e->as<IfExp>().body);
      visit_expr(e->as<IfExp>().orelse);
      break;
    case Kind::Dict:
      visit_exprs(e->as<Dict>().keys);
      visit_exprs(e->as<Dict>().values);
      break;
    case Kind::Set:
      visit_exprs(e->as<Set>().elts);
      break;
    case Kind::GeneratorExp: {
      const auto& g = e->as<GeneratorExp>();
      handle_comprehension(e, "genexpr", g.generators, g.elt, nullptr);
      break;
    }
    case Kind::ListComp: {
      const auto& g = e->as<ListComp>();
      handle_comprehension(e, "listcomp", g.generators, g.elt, nullptr);
      break;
    }
    case Kind::SetComp: {
      const auto& g = e->as<SetComp>();
      handle_comprehension(e, "setcomp", g.generators, g.elt, nullptr);
      break;
    }
    case Kind::DictComp: {
      const auto& g = e->as<DictComp>();
      handle_comprehension(e, "dictcomp", g.generators, g.key, g.value);
      break;
    }
    case Kind::Yield:
      if (const expr* v = e->as<Yield>().value) visit_expr(v);
      cur_->generator = true;
      if (cur_->comprehension != Comprehension::None) raise_if_comprehension_block(e);
      break;
    case Kind::YieldFrom:
      visit_expr(e->as<YieldFrom>().value);
      cur_->generator = true;
      if (cur_->comprehension != Comprehension::None) raise_if_comprehension_block(e);
      break;
    case Kind::Await:
      visit_expr(e->as<Await>().value);
      cur_->coroutine = true;
      break;
    case Kind::Compare:
      visit_expr(e->as<Compare>().left);
      visit_exprs(e->as<Compare>().comparators);
      break;
    case Kind::Call:
      visit_expr(e->as<Call>().func);
      visit_exprs(e->as<Call>().args);
      for (const keyword* k : e->as<Call>().keywords) visit_expr(k->value);
      break;
    case Kind::FormattedValue:
      visit_expr(e->as<FormattedValue>().value);
      if (const expr* spec = e->as<FormattedValue>().format_spec) visit_expr(spec);
      break;
    case Kind::JoinedStr:
      visit_exprs(e->as<JoinedStr>().values);
      break;
    case Kind::Constant:
      break;
    case Kind::Attribute:
      visit_expr(e->as<Attribute>().value);
      break;
    case Kind::Subscript:
      visit_expr(e->as<Subscript>().value);
      visit_expr(e->as<Subscript>().slice);
      break;
    case Kind::Starred:
      visit_expr(e->as<Starred>().value);
      break;
    case Kind::Slice: {
      const auto& s = e->as<Slice>();
      if (s.lower) visit_expr(s.lower);
      if (s.upper) visit_expr(s.upper);
      if (s.step) visit_expr(s.step);
      break;
    }
    case Kind::Name: {
      const auto& n = e->as<Name>();
      add_def(n.id, n.ctx == ExprContext::Load ? USE : DEF_LOCAL, n);
      // super() counts as a use of __class__.
      if (n.ctx == ExprContext::Load && cur_->type == BlockType::Function && n.id == "super") {
        add_def("__class__", USE, n);
      }
      break;
    }
    case Kind::List:
      visit_exprs(e->as<List>().elts);
      break;
    case Kind::Tuple:
      visit_exprs(e->as<Tuple>().elts);
      break;
    default:
      break;
  }
}

// CPython: symtable_raise_if_comprehension_block.
void Builder::raise_if_comprehension_block(const expr* e) {
  switch (cur_->comprehension) {
    case Comprehension::List:
      error("'yield' inside list comprehension", *e);
    case Comprehension::Set:
      error("'yield' inside set comprehension", *e);
    case Comprehension::Dict:
      error("'yield' inside dict comprehension", *e);
    default:
      error("'yield' inside generator expression", *e);
  }
}

// CPython: symtable_visit_comprehension.
void Builder::visit_comprehension(const comprehension* lc) {
  cur_->comp_iter_target = true;
  visit_expr(lc->target);
  cur_->comp_iter_target = false;
  ++cur_->comp_iter_expr;
  visit_expr(lc->iter);
  --cur_->comp_iter_expr;
  visit_exprs(lc->ifs);
  if (lc->is_async) cur_->coroutine = true;
}

// CPython: symtable_handle_comprehension: the outermost iterable is evaluated in the enclosing
// scope and passed in as the implicit parameter ".0".
void Builder::handle_comprehension(const expr* e, const char* scope_name,
                                   const std::vector<comprehension*>& generators, const expr* elt,
                                   const expr* value) {
  bool is_generator = e->tag == Kind::GeneratorExp;
  const comprehension* outermost = generators[0];
  ++cur_->comp_iter_expr;
  visit_expr(outermost->iter);
  --cur_->comp_iter_expr;
  enter_block(scope_name, BlockType::Function, e, e->lineno, e->col_offset);
  switch (e->tag) {
    case Kind::ListComp:
      cur_->comprehension = Comprehension::List;
      break;
    case Kind::SetComp:
      cur_->comprehension = Comprehension::Set;
      break;
    case Kind::DictComp:
      cur_->comprehension = Comprehension::Dict;
      break;
    default:
      cur_->comprehension = Comprehension::Generator;
      break;
  }
  if (outermost->is_async) cur_->coroutine = true;
  add_def(".0", DEF_PARAM, *e);
  cur_->comp_iter_target = true;
  visit_expr(outermost->target);
  cur_->comp_iter_target = false;
  visit_exprs(outermost->ifs);
  for (std::size_t i = 1; i < generators.size(); ++i) visit_comprehension(generators[i]);
  if (value) visit_expr(value);
  visit_expr(elt);
  cur_->generator = is_generator;
  bool is_async = cur_->coroutine && !is_generator;
  exit_block();
  // An async list/set/dict comprehension makes its enclosing block async too.
  if (is_async) cur_->coroutine = true;
}

// CPython: symtable_handle_namedexpr.
void Builder::handle_namedexpr(const NamedExpr& e) {
  if (cur_->comp_iter_expr > 0) {
    error("assignment expression cannot be used in a comprehension iterable expression", e);
  }
  if (cur_->comprehension != Comprehension::None) {
    extend_namedexpr_scope(e.target->as<Name>());
  }
  visit_expr(e.value);
  visit_expr(e.target);
}

// CPython: symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the nearest
// enclosing function or module block.
void Builder::extend_namedexpr_scope(const Name& target) {
  const std::string& name = target.id;
  for (std::size_t i = stack_.size(); i-- > 0;) {
    Entry* ste = stack_[i];
    if (ste->comprehension != Comprehension::None) {
      const Symbol* sym = ste->lookup(name);
      if (sym && (sym->flags & DEF_COMP_ITER)) {
        error(
            "assignment expression cannot rebind comprehension iteration variable " + quoted(name),
            target);
      }
      continue;
    }
    if (ste->type == BlockType::Function) {
      const Symbol* sym = ste->lookup(name);
      add_def(name, (sym && (sym->flags & DEF_GLOBAL)) ? DEF_GLOBAL : DEF_NONLOCAL, target);
      record_directive(name, target);
      add_def_helper(name, DEF_LOCAL, ste, target);
      return;
    }
    if (ste->type == BlockType::Module) {
      add_def(name, DEF_GLOBAL, target);
      record_directive(name, target);
      add_def_helper(name, DEF_GLOBAL, ste, target);
      return;
    }
    error("assignment expression within a comprehension cannot be used in a class body", target);
  }
}

// ---------------------------------------------------------------- 5. analysis

void Builder::error_at_directive(Entry* ste, const std::string& name, const std::string& msg) {
  for (const Entry::Directive& d : ste->directives) {
    if (d.name == name) errors_.raise(msg, d.lineno, d.col_offset, d.end_lineno, d.end_col_offset);
  }
  errors_.raise(msg, ste->lineno, ste->col_offset, ste->lineno, ste->col_offset);
}

// CPython: analyze_name.
void Builder::analyze_name(Entry* ste, std::unordered_map<std::string, Scope>& scopes,
                           const std::string& name, std::uint32_t flags,
                           std::set<std::string>* bound, std::set<std::string>& local,
                           std::set<std::string>& free, std::set<std::string>& global) {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) {
      error_at_directive(ste, name, "name " + quoted(name) + " is nonlocal and global");
    }
    scopes[name] = Scope::GlobalExplicit;
    global.insert(name);
    if (bound) bound->erase(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) {
      error_at_directive(ste, name, "nonlocal declaration not allowed at module level");
    }
    if (!bound->count(name)) {
      error_at_directive(ste, name, "no binding for nonlocal " + quoted(name) + " found");
    }
    scopes[name] = Scope::Free;
    ste->free = true;
    free.insert(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes[name] = Scope::Local;
    local.insert(name);
    global.erase(name);
    return;
  }
  // Bound in an enclosing function: free here, not global.
  if (bound && bound->count(name)) {
    scopes[name] = Scope::Free;
    ste->free = true;
    free.insert(name);
    return;
  }
  if (global.count(name)) {
    scopes[name] = Scope::GlobalImplicit;
    return;
  }
  if (ste->nested) ste->free = true;
  scopes[name] = Scope::GlobalImplicit;
}

// CPython: analyze_block and analyze_child_block (whose set copies are the by-value
// arguments here). `bound` is null for the module block.
void Builder::analyze_block(Entry* ste, const std::set<std::string>* bound_in,
                            std::set<std::string>& free, std::set<std::string>& global) {
  std::set<std::string> bound_copy;
  std::set<std::string>* bound = nullptr;
  if (bound_in) {
    bound_copy = *bound_in;
    bound = &bound_copy;
  }
  std::set<std::string> local;
  std::unordered_map<std::string, Scope> scopes;
  std::set<std::string> newglobal, newfree, newbound;

  // Class bindings are not visible in methods: pass down only what the class received.
  if (ste->type == BlockType::Class) {
    newglobal = global;
    if (bound) newbound = *bound;
  }
  for (const Symbol& s : ste->symbols) {
    analyze_name(ste, scopes, s.name, s.flags, bound, local, free, global);
  }
  if (ste->type != BlockType::Class) {
    if (ste->type == BlockType::Function) newbound.insert(local.begin(), local.end());
    if (bound) newbound.insert(bound->begin(), bound->end());
    newglobal.insert(global.begin(), global.end());
  } else {
    newbound.insert("__class__");
  }

  std::set<std::string> allfree;
  for (Entry* child : ste->children) {
    std::set<std::string> child_free = newfree;
    std::set<std::string> child_global = newglobal;
    analyze_block(child, &newbound, child_free, child_global);
    allfree.insert(child_free.begin(), child_free.end());
    if (child->free || child->child_free) ste->child_free = true;
  }
  newfree.insert(allfree.begin(), allfree.end());

  if (ste->type == BlockType::Function) {
    // CPython: analyze_cells: locals that children use become cells.
    for (const Symbol& s : ste->symbols) {
      auto it = scopes.find(s.name);
      if (it->second != Scope::Local || !newfree.count(s.name)) continue;
      it->second = Scope::Cell;
      newfree.erase(s.name);
    }
  } else if (ste->type == BlockType::Class) {
    // CPython: drop_class_free.
    if (newfree.erase("__class__")) ste->needs_class_closure = true;
  }

  // CPython: update_symbols.
  for (Symbol& s : ste->symbols) s.scope = scopes[s.name];
  for (const std::string& name : newfree) {
    auto it = ste->index.find(name);
    if (it != ste->index.end()) {
      Symbol& s = ste->symbols[it->second];
      if (ste->type == BlockType::Class && (s.flags & (DEF_BOUND | DEF_GLOBAL))) {
        s.flags |= DEF_FREE_CLASS;
      }
      continue;
    }
    if (bound && !bound->count(name)) continue;  // a global
    ste->index.emplace(name, ste->symbols.size());
    ste->symbols.push_back({name, 0, Scope::Free});
  }
  free.insert(newfree.begin(), newfree.end());
}

void Builder::analyze() {
  std::set<std::string> free, global;
  analyze_block(table_.top_, nullptr, free, global);
}

// ---------------------------------------------------------------- 6. dump

namespace {

const char* type_name(BlockType t) {
  switch (t) {
    case BlockType::Function:
      return "function";
    case BlockType::Class:
      return "class";
    default:
      return "module";
  }
}

void dump_entry(const Entry* e, int depth, std::string& out) {
  std::string pad(static_cast<std::size_t>(depth) * 2, ' ');
  out += pad + type_name(e->type) + " " + e->name + " line=" + std::to_string(e->lineno);
  if (e->nested) out += " nested";
  if (e->type == BlockType::Function) {
    out += " params=";
    for (std::size_t i = 0; i < e->varnames.size(); ++i) {
      if (i) out += ",";
      out += e->varnames[i];
    }
  }
  out += "\n";
  // By name: CPython appends the free names it propagates in set order, which is arbitrary.
  std::vector<const Symbol*> sorted;
  for (const Symbol& s : e->symbols) sorted.push_back(&s);
  std::sort(sorted.begin(), sorted.end(),
            [](const Symbol* a, const Symbol* b) { return a->name < b->name; });
  for (const Symbol* sym : sorted) {
    const Symbol& s = *sym;
    out += pad + "  " + s.name + " flags=" + std::to_string(s.flags & 2047) +
           " scope=" + std::to_string(static_cast<int>(s.scope)) + "\n";
  }
  for (const Entry* c : e->children) dump_entry(c, depth + 1, out);
}

}  // namespace

std::string dump(const SymTable& table) {
  std::string out;
  dump_entry(table.top(), 0, out);
  return out;
}

}  // namespace al::symtable

namespace al {

symtable::SymTable analyze(const ast::Module& module) {
  checks::ErrorSink errors(module);
  bool future_annotations = checks::check_future(module, errors);
  symtable::SymTable table;
  symtable::Builder(table, module, errors).build(future_annotations);
  checks::check_compile(module, table, errors);
  return table;
}

}  // namespace al
