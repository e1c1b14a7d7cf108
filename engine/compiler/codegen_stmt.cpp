// Code generation, part 2: statements (CPython: Python/compile.c compiler_visit_stmt and the
// functions it calls, 3.11).
//
// Index
//   1. Frame blocks and unwinding (return / break / continue through try, with, loops)
//   2. Statement dispatch, simple statements
//   3. def and class
//   4. Assignments
//   5. Loops and if
//   6. with / async with
//   7. try / except / finally / except*
//   8. import, assert, raise
#include <stdexcept>

#include "engine/compiler/codegen_internal.h"

namespace al::codegen {

using ast::ExprContext;

// ---------------------------------------------------------------------------------------------
// 1. Frame blocks and unwinding
// ---------------------------------------------------------------------------------------------

void Compiler::push_fblock(FBlock b) {
  u().fblocks.push_back(b);
}

void Compiler::pop_fblock(FBlockType type) {
  auto& fb = u().fblocks;
  if (fb.empty() || fb.back().type != type) throw std::logic_error("codegen: fblock mismatch");
  fb.pop_back();
}

void Compiler::pop_except_and_reraise() {
  emit(Op::COPY, 3);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE, 1);
}

void Compiler::call_exit_with_nones() {
  emit(Op::PUSH_NULL);
  load_none();
  load_none();
  load_none();
  emit(Op::CALL, 3);
}

// CPython: compile.c compiler_unwind_fblock.
void Compiler::unwind_fblock(const FBlock& info, bool preserve_tos) {
  switch (info.type) {
    case FBlockType::WhileLoop:
    case FBlockType::ExceptionHandler:
    case FBlockType::ExceptionGroupHandler:
    case FBlockType::AsyncComprehensionGenerator:
      return;
    case FBlockType::ForLoop:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);
      return;
    case FBlockType::TryExcept:
      pop_block();
      return;
    case FBlockType::FinallyTry:
      pop_block();
      if (preserve_tos) push_fblock(FBlock{FBlockType::PopValue});
      visit_body(*info.finalbody);
      if (preserve_tos) pop_fblock(FBlockType::PopValue);
      unset_loc();
      return;
    case FBlockType::FinallyEnd:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);
      if (preserve_tos) emit(Op::SWAP, 2);
      pop_block();
      emit(Op::POP_EXCEPT);
      return;
    case FBlockType::With:
    case FBlockType::AsyncWith:
      set_loc(*info.with_stmt);
      pop_block();
      if (preserve_tos) emit(Op::SWAP, 2);
      call_exit_with_nones();
      if (info.type == FBlockType::AsyncWith) {
        emit(Op::GET_AWAITABLE, 2);
        load_none();
        add_yield_from(true);
      }
      emit(Op::POP_TOP);
      unset_loc();
      return;
    case FBlockType::HandlerCleanup:
      if (info.name && *info.name) pop_block();
      if (preserve_tos) emit(Op::SWAP, 2);
      pop_block();
      emit(Op::POP_EXCEPT);
      if (info.name && *info.name) {
        load_none();
        nameop(**info.name, ExprContext::Store);
        nameop(**info.name, ExprContext::Del);
      }
      return;
    case FBlockType::PopValue:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);
      return;
  }
}

// CPython: compile.c compiler_unwind_fblock_stack.
std::optional<FBlock> Compiler::unwind_fblock_stack(bool preserve_tos, bool want_loop) {
  auto& fb = u().fblocks;
  if (fb.empty()) return std::nullopt;
  FBlock top = fb.back();
  if (top.type == FBlockType::ExceptionGroupHandler) {
    error("'break', 'continue' and 'return' cannot appear in an except* block");
  }
  if (want_loop && (top.type == FBlockType::WhileLoop || top.type == FBlockType::ForLoop)) {
    return top;
  }
  fb.pop_back();
  unwind_fblock(top, preserve_tos);
  std::optional<FBlock> loop = unwind_fblock_stack(preserve_tos, want_loop);
  u().fblocks.push_back(top);
  return loop;
}

void Compiler::break_stmt() {
  const int saved = u().cur_handler;
  std::optional<FBlock> loop = unwind_fblock_stack(false, true);
  if (!loop) error("'break' outside loop");
  unwind_fblock(*loop, false);
  emit_jump_to(loop->exit);
  u().cur_handler = saved;
}

void Compiler::continue_stmt() {
  const int saved = u().cur_handler;
  std::optional<FBlock> loop = unwind_fblock_stack(false, true);
  if (!loop) error("'continue' not properly in loop");
  emit_jump_to(loop->block);
  u().cur_handler = saved;
}

void Compiler::return_stmt(const ast::Return& s) {
  Unit& unit = u();
  if (!unit.ste->is_function()) error("'return' outside function");
  if (s.value && unit.ste->coroutine && unit.ste->generator) {
    error("'return' with value in async generator");
  }
  const bool preserve_tos = s.value && s.value->tag != ast::Kind::Constant;
  if (preserve_tos) visit_expr(s.value);
  set_loc(s);
  const int saved = u().cur_handler;
  unwind_fblock_stack(preserve_tos, false);
  if (!s.value) {
    load_none();
  } else if (!preserve_tos) {
    set_loc(*s.value);
    load_const(const_of(s.value));
    set_loc(s);
  }
  emit(Op::RETURN_VALUE);
  u().cur_handler = saved;
}

// ---------------------------------------------------------------------------------------------
// 2. Dispatch
// ---------------------------------------------------------------------------------------------

void Compiler::visit_body(const ast::StmtList& body) {
  for (const ast::stmt* s : body) visit_stmt(s);
}

void Compiler::visit_stmt(const ast::stmt* s) {
  set_loc(*s);
  switch (s->tag) {
    case ast::Kind::FunctionDef:
      function_def(s->as<ast::FunctionDef>(), false);
      return;
    case ast::Kind::AsyncFunctionDef:
      function_def(s->as<ast::AsyncFunctionDef>(), true);
      return;
    case ast::Kind::ClassDef:
      class_def(s->as<ast::ClassDef>());
      return;
    case ast::Kind::Return:
      return_stmt(s->as<ast::Return>());
      return;
    case ast::Kind::Delete:
      for (const ast::expr* t : s->as<ast::Delete>().targets) visit_expr(t);
      return;
    case ast::Kind::Assign:
      assign(s->as<ast::Assign>());
      return;
    case ast::Kind::AugAssign:
      aug_assign(s->as<ast::AugAssign>());
      return;
    case ast::Kind::AnnAssign:
      ann_assign(s->as<ast::AnnAssign>());
      return;
    case ast::Kind::For:
      for_stmt(s->as<ast::For>());
      return;
    case ast::Kind::AsyncFor:
      async_for(s->as<ast::AsyncFor>());
      return;
    case ast::Kind::While:
      while_stmt(s->as<ast::While>());
      return;
    case ast::Kind::If:
      if_stmt(s->as<ast::If>());
      return;
    case ast::Kind::With:
      with_stmt(s, 0, false);
      return;
    case ast::Kind::AsyncWith: {
      const ScopeType st = u().scope_type;
      if (st != ScopeType::AsyncFunction) error("'async with' outside async function");
      with_stmt(s, 0, true);
      return;
    }
    case ast::Kind::Raise:
      raise_stmt(s->as<ast::Raise>());
      return;
    case ast::Kind::Try:
      try_stmt(s->as<ast::Try>());
      return;
    case ast::Kind::TryStar: {
      const auto& t = s->as<ast::TryStar>();
      if (!t.finalbody.empty()) {
        try_finally(t);
      } else {
        try_star_except(t);
      }
      return;
    }
    case ast::Kind::Assert:
      assert_stmt(s->as<ast::Assert>());
      return;
    case ast::Kind::Import:
      import_stmt(s->as<ast::Import>());
      return;
    case ast::Kind::ImportFrom:
      import_from(s->as<ast::ImportFrom>());
      return;
    case ast::Kind::Global:
    case ast::Kind::Nonlocal:
      return;
    case ast::Kind::Expr: {
      const ast::expr* value = s->as<ast::Expr>().value;
      if (value->tag == ast::Kind::Constant) {
        emit(Op::NOP);
        return;
      }
      visit_expr(value);
      emit(Op::POP_TOP);
      return;
    }
    case ast::Kind::Pass:
      emit(Op::NOP);
      return;
    case ast::Kind::Break:
      break_stmt();
      return;
    case ast::Kind::Continue:
      continue_stmt();
      return;
    default:
      throw std::logic_error("codegen: unexpected statement");
  }
}

// ---------------------------------------------------------------------------------------------
// 3. def and class
// ---------------------------------------------------------------------------------------------

namespace {

// The docstring of a body: its first statement when that is a string constant.
const ast::Constant* docstring_of(const ast::StmtList& body) {
  if (body.empty()) return nullptr;
  const auto* ex = body[0]->dyn<ast::Expr>();
  if (!ex) return nullptr;
  const auto* c = ex->value->dyn<ast::Constant>();
  if (!c || !std::holds_alternative<ast::Str>(c->value)) return nullptr;
  return c;
}

}  // namespace

template <class Def>
void Compiler::function_def(const Def& s, bool is_async) {
  for (const ast::expr* d : s.decorator_list) visit_expr(d);
  const int firstlineno = s.decorator_list.empty() ? s.lineno : s.decorator_list[0]->lineno;
  set_loc(s);
  uint32_t flags = default_arguments(*s.args);
  flags |= annotations(*s.args, s.returns);
  enter_scope(s.name, is_async ? ScopeType::AsyncFunction : ScopeType::Function, &s, firstlineno);
  const ast::Constant* doc = docstring_of(s.body);
  add_const(doc ? Const{std::get<ast::Str>(doc->value)} : Const{ast::NoneValue{}});
  CodeUnit& code = *u().code;
  code.posonlyargcount = int(s.args->posonlyargs.size());
  code.argcount = int(s.args->posonlyargs.size() + s.args->args.size());
  code.kwonlyargcount = int(s.args->kwonlyargs.size());
  for (size_t i = doc ? 1 : 0; i < s.body.size(); ++i) visit_stmt(s.body[i]);
  std::shared_ptr<CodeUnit> child = exit_scope();
  set_loc(s);
  make_closure(child, flags);
  for (size_t i = s.decorator_list.size(); i-- > 0;) {
    set_loc(*s.decorator_list[i]);
    emit(Op::CALL, 0);
  }
  set_loc(s);
  nameop(s.name, ExprContext::Store);
}

template void Compiler::function_def(const ast::FunctionDef&, bool);
template void Compiler::function_def(const ast::AsyncFunctionDef&, bool);

void Compiler::class_def(const ast::ClassDef& s) {
  for (const ast::expr* d : s.decorator_list) visit_expr(d);
  const int firstlineno = s.decorator_list.empty() ? s.lineno : s.decorator_list[0]->lineno;
  enter_scope(s.name, ScopeType::Class, &s, firstlineno);
  u().private_name = s.name;
  set_loc(s);
  nameop("__name__", ExprContext::Load);
  nameop("__module__", ExprContext::Store);
  load_const(Const{ast::Str{u().code->qualname}});
  nameop("__qualname__", ExprContext::Store);
  if (find_annotations(s.body)) emit(Op::SETUP_ANNOTATIONS);
  size_t start = 0;
  if (const ast::Constant* doc = docstring_of(s.body)) {
    set_loc(*s.body[0]);
    visit_expr(doc);
    nameop("__doc__", ExprContext::Store);
    start = 1;
  }
  for (size_t i = start; i < s.body.size(); ++i) visit_stmt(s.body[i]);
  unset_loc();
  if (u().ste->needs_class_closure) {
    emit(Op::LOAD_CLOSURE, u().cellvars.at("__class__"));
    emit(Op::COPY, 1);
    emit(Op::STORE_NAME, add_name("__classcell__"));
  } else {
    load_none();
  }
  emit(Op::RETURN_VALUE);
  std::shared_ptr<CodeUnit> body = exit_scope();

  set_loc(s);
  emit(Op::LOAD_BUILD_CLASS);
  emit(Op::PUSH_NULL);
  make_closure(body, 0);
  load_const(Const{ast::Str{s.name}});
  call_helper(2, s.bases, s.keywords);
  for (size_t i = s.decorator_list.size(); i-- > 0;) {
    set_loc(*s.decorator_list[i]);
    emit(Op::CALL, 0);
  }
  set_loc(s);
  nameop(s.name, ExprContext::Store);
}

// ---------------------------------------------------------------------------------------------
// 4. Assignments
// ---------------------------------------------------------------------------------------------

void Compiler::assign(const ast::Assign& s) {
  visit_expr(s.value);
  for (size_t i = 0; i < s.targets.size(); ++i) {
    if (i + 1 < s.targets.size()) emit(Op::COPY, 1);
    visit_expr(s.targets[i]);
  }
}

namespace {

uint32_t inplace_op(ast::Operator op) {
  switch (op) {
    case ast::Operator::Add:
      return NB_INPLACE_ADD;
    case ast::Operator::Sub:
      return NB_INPLACE_SUBTRACT;
    case ast::Operator::Mult:
      return NB_INPLACE_MULTIPLY;
    case ast::Operator::MatMult:
      return NB_INPLACE_MATRIX_MULTIPLY;
    case ast::Operator::Div:
      return NB_INPLACE_TRUE_DIVIDE;
    case ast::Operator::Mod:
      return NB_INPLACE_REMAINDER;
    case ast::Operator::Pow:
      return NB_INPLACE_POWER;
    case ast::Operator::LShift:
      return NB_INPLACE_LSHIFT;
    case ast::Operator::RShift:
      return NB_INPLACE_RSHIFT;
    case ast::Operator::BitOr:
      return NB_INPLACE_OR;
    case ast::Operator::BitXor:
      return NB_INPLACE_XOR;
    case ast::Operator::BitAnd:
      return NB_INPLACE_AND;
    case ast::Operator::FloorDiv:
      return NB_INPLACE_FLOOR_DIVIDE;
  }
  return NB_INPLACE_ADD;
}

}  // namespace

// CPython: compile.c compiler_augassign.
void Compiler::aug_assign(const ast::AugAssign& s) {
  const ast::expr* e = s.target;
  set_loc(*e);
  switch (e->tag) {
    case ast::Kind::Attribute: {
      const auto& a = e->as<ast::Attribute>();
      visit_expr(a.value);
      emit(Op::COPY, 1);
      update_start_location_to_match_attr(a);
      emit(Op::LOAD_ATTR, add_name(mangle(a.attr)));
      break;
    }
    case ast::Kind::Subscript: {
      const auto& sub = e->as<ast::Subscript>();
      visit_expr(sub.value);
      visit_expr(sub.slice);
      emit(Op::COPY, 2);
      emit(Op::COPY, 2);
      emit(Op::BINARY_SUBSCR);
      break;
    }
    case ast::Kind::Name:
      nameop(e->as<ast::Name>().id, ExprContext::Load);
      break;
    default:
      error("illegal expression for augmented assignment");
  }
  set_loc(s);
  visit_expr(s.value);
  emit(Op::BINARY_OP, inplace_op(s.op));
  set_loc(*e);
  switch (e->tag) {
    case ast::Kind::Attribute:
      update_start_location_to_match_attr(e->as<ast::Attribute>());
      emit(Op::SWAP, 2);
      emit(Op::STORE_ATTR, add_name(mangle(e->as<ast::Attribute>().attr)));
      break;
    case ast::Kind::Subscript:
      emit(Op::SWAP, 3);
      emit(Op::SWAP, 2);
      emit(Op::STORE_SUBSCR);
      break;
    default:
      nameop(e->as<ast::Name>().id, ExprContext::Store);
      break;
  }
}

// CPython: compile.c compiler_annassign.
void Compiler::ann_assign(const ast::AnnAssign& s) {
  const ast::expr* target = s.target;
  if (s.value) {
    visit_expr(s.value);
    visit_expr(target);
  }
  const bool module_or_class =
      u().scope_type == ScopeType::Module || u().scope_type == ScopeType::Class;
  auto check_ann_expr = [&](const ast::expr* e) {
    visit_expr(e);
    emit(Op::POP_TOP);
  };
  switch (target->tag) {
    case ast::Kind::Name:
      if (s.simple && module_or_class) {
        if (table_.future_annotations()) {
          load_const(Const{ast::Str{source_segment(s.annotation)}});
        } else {
          visit_expr(s.annotation);
        }
        emit(Op::LOAD_NAME, add_name("__annotations__"));
        load_const(Const{ast::Str{mangle(target->as<ast::Name>().id)}});
        emit(Op::STORE_SUBSCR);
      }
      break;
    case ast::Kind::Attribute:
      if (!s.value) check_ann_expr(target->as<ast::Attribute>().value);
      break;
    case ast::Kind::Subscript:
      if (!s.value) {
        check_ann_expr(target->as<ast::Subscript>().value);
        check_ann_expr(target->as<ast::Subscript>().slice);
      }
      break;
    default:
      error("invalid node type for annotated assignment");
  }
  if (!s.simple && !table_.future_annotations() && module_or_class) {
    check_ann_expr(s.annotation);
  }
}

bool Compiler::find_annotations(const ast::StmtList& body) const {
  for (const ast::stmt* st : body) {
    switch (st->tag) {
      case ast::Kind::AnnAssign:
        return true;
      case ast::Kind::For: {
        const auto& f = st->as<ast::For>();
        if (find_annotations(f.body) || find_annotations(f.orelse)) return true;
        break;
      }
      case ast::Kind::AsyncFor: {
        const auto& f = st->as<ast::AsyncFor>();
        if (find_annotations(f.body) || find_annotations(f.orelse)) return true;
        break;
      }
      case ast::Kind::While: {
        const auto& w = st->as<ast::While>();
        if (find_annotations(w.body) || find_annotations(w.orelse)) return true;
        break;
      }
      case ast::Kind::If: {
        const auto& i = st->as<ast::If>();
        if (find_annotations(i.body) || find_annotations(i.orelse)) return true;
        break;
      }
      case ast::Kind::With:
        if (find_annotations(st->as<ast::With>().body)) return true;
        break;
      case ast::Kind::AsyncWith:
        if (find_annotations(st->as<ast::AsyncWith>().body)) return true;
        break;
      case ast::Kind::Try: {
        const auto& t = st->as<ast::Try>();
        for (const ast::ExceptHandler* h : t.handlers) {
          if (find_annotations(h->body)) return true;
        }
        if (find_annotations(t.body) || find_annotations(t.finalbody) ||
            find_annotations(t.orelse)) {
          return true;
        }
        break;
      }
      case ast::Kind::TryStar: {
        const auto& t = st->as<ast::TryStar>();
        for (const ast::ExceptHandler* h : t.handlers) {
          if (find_annotations(h->body)) return true;
        }
        if (find_annotations(t.body) || find_annotations(t.finalbody) ||
            find_annotations(t.orelse)) {
          return true;
        }
        break;
      }
      default:
        break;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// 5. Loops and if
// ---------------------------------------------------------------------------------------------

void Compiler::for_stmt(const ast::For& s) {
  const int start = new_label();
  const int cleanup = new_label();
  const int end = new_label();
  push_fblock(FBlock{FBlockType::ForLoop, start, end});
  visit_expr(s.iter);
  emit(Op::GET_ITER);
  use_label(start);
  emit_jump(Op::FOR_ITER, cleanup);
  visit_expr(s.target);
  visit_body(s.body);
  unset_loc();
  emit_jump_to(start);
  use_label(cleanup);
  pop_fblock(FBlockType::ForLoop);
  visit_body(s.orelse);
  use_label(end);
}

void Compiler::async_for(const ast::AsyncFor& s) {
  if (u().scope_type != ScopeType::AsyncFunction) error("'async for' outside async function");
  const int start = new_label();
  const int except = new_label();
  const int end = new_label();
  visit_expr(s.iter);
  emit(Op::GET_AITER);
  use_label(start);
  push_fblock(FBlock{FBlockType::ForLoop, start, end});
  const int h = setup(Op::SETUP_FINALLY, except);
  emit(Op::GET_ANEXT);
  load_none();
  add_yield_from(true);
  pop_block();
  visit_expr(s.target);
  visit_body(s.body);
  unset_loc();
  emit_jump_to(start);
  pop_fblock(FBlockType::ForLoop);
  place_handler(h);
  set_loc(*s.iter);
  emit(Op::END_ASYNC_FOR);
  visit_body(s.orelse);
  use_label(end);
}

void Compiler::while_stmt(const ast::While& s) {
  const int loop = new_label();
  const int anchor = new_label();
  const int end = new_label();
  use_label(loop);
  push_fblock(FBlock{FBlockType::WhileLoop, loop, end});
  jump_if(s.test, anchor, false);
  visit_body(s.body);
  set_loc(s);
  emit_jump_to(loop);
  pop_fblock(FBlockType::WhileLoop);
  use_label(anchor);
  visit_body(s.orelse);
  use_label(end);
}

void Compiler::if_stmt(const ast::If& s) {
  const int end = new_label();
  const int next = s.orelse.empty() ? end : new_label();
  jump_if(s.test, next, false);
  visit_body(s.body);
  if (!s.orelse.empty()) {
    unset_loc();
    emit_jump_to(end);
    use_label(next);
    visit_body(s.orelse);
  }
  use_label(end);
}

// ---------------------------------------------------------------------------------------------
// 6. with / async with
// ---------------------------------------------------------------------------------------------

void Compiler::with_except_finish(int cleanup_handler) {
  const int exit = new_label();
  emit_jump(Op::POP_JUMP_IF_TRUE, exit);
  emit(Op::RERAISE, 2);
  place_handler(cleanup_handler);
  pop_except_and_reraise();
  use_label(exit);
  emit(Op::POP_TOP);
  pop_block();
  emit(Op::POP_EXCEPT);
  emit(Op::POP_TOP);
  emit(Op::POP_TOP);
}

// CPython: compile.c compiler_with / compiler_async_with, one item per recursion level.
void Compiler::with_stmt(const ast::stmt* s, size_t pos, bool is_async) {
  const auto& items = is_async ? s->as<ast::AsyncWith>().items : s->as<ast::With>().items;
  const auto& body = is_async ? s->as<ast::AsyncWith>().body : s->as<ast::With>().body;
  const ast::withitem* item = items[pos];
  const int block = new_label();
  const int final = new_label();
  const int exit = new_label();
  const int cleanup = new_label();
  visit_expr(item->context_expr);
  if (is_async) {
    emit(Op::BEFORE_ASYNC_WITH);
    emit(Op::GET_AWAITABLE, 1);
    load_none();
    add_yield_from(true);
  } else {
    emit(Op::BEFORE_WITH);
  }
  const int h = setup(Op::SETUP_WITH, final);
  use_label(block);
  FBlock fb{is_async ? FBlockType::AsyncWith : FBlockType::With, block};
  fb.with_stmt = s;
  push_fblock(fb);
  if (item->optional_vars) {
    visit_expr(item->optional_vars);
  } else {
    emit(Op::POP_TOP);
  }
  if (pos + 1 == items.size()) {
    visit_body(body);
  } else {
    with_stmt(s, pos + 1, is_async);
  }
  unset_loc();
  pop_block();
  pop_fblock(fb.type);
  set_loc(*s);
  call_exit_with_nones();
  if (is_async) {
    emit(Op::GET_AWAITABLE, 2);
    load_none();
    add_yield_from(true);
  }
  emit(Op::POP_TOP);
  emit_jump_to(exit);

  place_handler(h);
  const int h2 = setup(Op::SETUP_CLEANUP, cleanup);
  emit(Op::PUSH_EXC_INFO);
  emit(Op::WITH_EXCEPT_START);
  if (is_async) {
    emit(Op::GET_AWAITABLE, 2);
    load_none();
    add_yield_from(true);
  }
  with_except_finish(h2);
  use_label(exit);
}

// ---------------------------------------------------------------------------------------------
// 7. try
// ---------------------------------------------------------------------------------------------

void Compiler::try_stmt(const ast::Try& s) {
  if (!s.finalbody.empty()) {
    try_finally(s);
  } else {
    try_except(s);
  }
}

// CPython: compile.c compiler_try_finally / compiler_try_star_finally.
template <class TryNode>
void Compiler::try_finally(const TryNode& s) {
  const int end = new_label();
  const int exit = new_label();
  const int cleanup = new_label();
  unset_loc();
  const int h = setup(Op::SETUP_FINALLY, end);
  FBlock fb{FBlockType::FinallyTry};
  fb.finalbody = &s.finalbody;
  push_fblock(fb);
  if (!s.handlers.empty()) {
    if constexpr (std::is_same_v<TryNode, ast::TryStar>) {
      try_star_except(s);
    } else {
      try_except(s);
    }
  } else {
    visit_body(s.body);
  }
  unset_loc();
  pop_block();
  pop_fblock(FBlockType::FinallyTry);
  visit_body(s.finalbody);
  unset_loc();
  emit_jump_to(exit);

  place_handler(h);
  unset_loc();
  const int h2 = setup(Op::SETUP_CLEANUP, cleanup);
  emit(Op::PUSH_EXC_INFO);
  push_fblock(FBlock{FBlockType::FinallyEnd});
  visit_body(s.finalbody);
  pop_fblock(FBlockType::FinallyEnd);
  unset_loc();
  emit(Op::RERAISE, 0);
  place_handler(h2);
  pop_except_and_reraise();
  use_label(exit);
}

template void Compiler::try_finally(const ast::Try&);
template void Compiler::try_finally(const ast::TryStar&);

// CPython: compile.c compiler_try_except.
void Compiler::try_except(const ast::Try& s) {
  const int except = new_label();
  const int end = new_label();
  const int cleanup = new_label();
  const int h1 = setup(Op::SETUP_FINALLY, except);
  push_fblock(FBlock{FBlockType::TryExcept});
  visit_body(s.body);
  pop_fblock(FBlockType::TryExcept);
  unset_loc();
  pop_block();
  visit_body(s.orelse);
  unset_loc();
  emit_jump_to(end);

  place_handler(h1);
  unset_loc();
  const int h2 = setup(Op::SETUP_CLEANUP, cleanup);
  emit(Op::PUSH_EXC_INFO);
  push_fblock(FBlock{FBlockType::ExceptionHandler});
  const size_t n = s.handlers.size();
  for (size_t i = 0; i < n; ++i) {
    const ast::ExceptHandler* handler = s.handlers[i];
    set_loc(*handler);
    if (!handler->type && i + 1 < n) error("default 'except:' must be last");
    const int next = new_label();
    if (handler->type) {
      visit_expr(handler->type);
      emit(Op::CHECK_EXC_MATCH);
      emit_jump(Op::POP_JUMP_IF_FALSE, next);
    }
    if (handler->name) {
      const int cleanup_end = new_label();
      nameop(*handler->name, ExprContext::Store);
      const int h3 = setup(Op::SETUP_CLEANUP, cleanup_end);
      FBlock fb{FBlockType::HandlerCleanup};
      fb.name = &handler->name;
      push_fblock(fb);
      visit_body(handler->body);
      pop_fblock(FBlockType::HandlerCleanup);
      unset_loc();
      pop_block();
      pop_block();
      emit(Op::POP_EXCEPT);
      load_none();
      nameop(*handler->name, ExprContext::Store);
      nameop(*handler->name, ExprContext::Del);
      emit_jump_to(end);

      place_handler(h3);
      unset_loc();
      load_none();
      nameop(*handler->name, ExprContext::Store);
      nameop(*handler->name, ExprContext::Del);
      emit(Op::RERAISE, 1);
    } else {
      emit(Op::POP_TOP);
      push_fblock(FBlock{FBlockType::HandlerCleanup});
      visit_body(handler->body);
      pop_fblock(FBlockType::HandlerCleanup);
      unset_loc();
      pop_block();
      emit(Op::POP_EXCEPT);
      emit_jump_to(end);
    }
    use_label(next);
  }
  unset_loc();
  pop_fblock(FBlockType::ExceptionHandler);
  emit(Op::RERAISE, 0);
  place_handler(h2);
  pop_except_and_reraise();
  use_label(end);
}

// CPython: compile.c compiler_try_star_except.
void Compiler::try_star_except(const ast::TryStar& s) {
  const int except = new_label();
  const int orelse = new_label();
  const int end = new_label();
  const int cleanup = new_label();
  const int reraise_star = new_label();
  const int h1 = setup(Op::SETUP_FINALLY, except);
  push_fblock(FBlock{FBlockType::TryExcept});
  visit_body(s.body);
  pop_fblock(FBlockType::TryExcept);
  unset_loc();
  pop_block();
  emit_jump_to(orelse);

  place_handler(h1);
  unset_loc();
  const int h2 = setup(Op::SETUP_CLEANUP, cleanup);
  emit(Op::PUSH_EXC_INFO);
  push_fblock(FBlock{FBlockType::ExceptionGroupHandler});
  const size_t n = s.handlers.size();
  for (size_t i = 0; i < n; ++i) {
    const ast::ExceptHandler* handler = s.handlers[i];
    set_loc(*handler);
    const int next = new_label();
    const int except_with_error = new_label();
    const int no_match = new_label();
    if (i == 0) {
      emit(Op::BUILD_LIST, 0);
      emit(Op::COPY, 2);
    }
    if (handler->type) {
      visit_expr(handler->type);
      emit(Op::CHECK_EG_MATCH);
      emit(Op::COPY, 1);
      emit_jump(Op::POP_JUMP_IF_NONE, no_match);
    }
    const int cleanup_end = new_label();
    if (handler->name) {
      nameop(*handler->name, ExprContext::Store);
    } else {
      emit(Op::POP_TOP);
    }
    const int h3 = setup(Op::SETUP_CLEANUP, cleanup_end);
    FBlock fb{FBlockType::HandlerCleanup};
    fb.name = &handler->name;
    push_fblock(fb);
    visit_body(handler->body);
    pop_fblock(FBlockType::HandlerCleanup);
    pop_block();
    if (handler->name) {
      load_none();
      nameop(*handler->name, ExprContext::Store);
      nameop(*handler->name, ExprContext::Del);
    }
    emit_jump_to(next);

    place_handler(h3);
    unset_loc();
    if (handler->name) {
      load_none();
      nameop(*handler->name, ExprContext::Store);
      nameop(*handler->name, ExprContext::Del);
    }
    emit(Op::LIST_APPEND, 3);
    emit(Op::POP_TOP);
    emit_jump_to(except_with_error);

    use_label(next);
    emit(Op::NOP);
    emit_jump_to(except_with_error);

    use_label(no_match);
    emit(Op::POP_TOP);

    use_label(except_with_error);
    if (i + 1 == n) {
      emit(Op::LIST_APPEND, 1);
      emit_jump_to(reraise_star);
    }
  }
  unset_loc();
  pop_fblock(FBlockType::ExceptionGroupHandler);
  const int reraise = new_label();
  use_label(reraise_star);
  emit(Op::PREP_RERAISE_STAR);
  emit(Op::COPY, 1);
  emit_jump(Op::POP_JUMP_IF_NOT_NONE, reraise);
  emit(Op::POP_TOP);
  pop_block();
  emit(Op::POP_EXCEPT);
  emit_jump_to(end);
  use_label(reraise);
  pop_block();
  emit(Op::SWAP, 2);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE, 0);
  place_handler(h2);
  pop_except_and_reraise();
  use_label(orelse);
  visit_body(s.orelse);
  use_label(end);
}

// ---------------------------------------------------------------------------------------------
// 8. import, assert, raise
// ---------------------------------------------------------------------------------------------

void Compiler::import_stmt(const ast::Import& s) {
  for (const ast::alias* a : s.names) {
    load_const(Const{int64_t(0)});
    load_none();
    emit(Op::IMPORT_NAME, add_name(a->name));
    const size_t dot = a->name.find('.');
    if (a->asname) {
      if (dot != std::string::npos) {
        size_t pos = dot + 1;
        while (true) {
          size_t next = a->name.find('.', pos);
          std::string attr =
              a->name.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
          emit(Op::IMPORT_FROM, add_name(attr));
          if (next == std::string::npos) break;
          emit(Op::SWAP, 2);
          emit(Op::POP_TOP);
          pos = next + 1;
        }
        nameop(*a->asname, ExprContext::Store);
        emit(Op::POP_TOP);
      } else {
        nameop(*a->asname, ExprContext::Store);
      }
    } else {
      nameop(a->name.substr(0, dot), ExprContext::Store);
    }
  }
}

void Compiler::import_from(const ast::ImportFrom& s) {
  load_const(Const{int64_t(s.level)});
  auto names = std::make_shared<ConstTuple>();
  for (const ast::alias* a : s.names) names->items.push_back(Const{ast::Str{a->name}});
  load_const(Const{std::shared_ptr<const ConstTuple>(names)});
  emit(Op::IMPORT_NAME, add_name(s.module ? *s.module : std::string()));
  for (size_t i = 0; i < s.names.size(); ++i) {
    const ast::alias* a = s.names[i];
    if (i == 0 && a->name == "*") {
      emit(Op::IMPORT_STAR);
      return;
    }
    emit(Op::IMPORT_FROM, add_name(a->name));
    nameop(a->asname ? *a->asname : a->name, ExprContext::Store);
  }
  emit(Op::POP_TOP);
}

void Compiler::assert_stmt(const ast::Assert& s) {
  const int end = new_label();
  jump_if(s.test, end, true);
  emit(Op::LOAD_ASSERTION_ERROR);
  if (s.msg) {
    visit_expr(s.msg);
    emit(Op::CALL, 0);
  }
  emit(Op::RAISE_VARARGS, 1);
  use_label(end);
}

void Compiler::raise_stmt(const ast::Raise& s) {
  uint32_t n = 0;
  if (s.exc) {
    visit_expr(s.exc);
    ++n;
    if (s.cause) {
      visit_expr(s.cause);
      ++n;
    }
  }
  emit(Op::RAISE_VARARGS, n);
}

}  // namespace al::codegen
