// Code generation, part 3: expressions (CPython: Python/compile.c compiler_visit_expr1 and
// the functions it calls, 3.11).
//
// Index
//   1. Constants (with CPython's tuple and unary-minus folding)
//   2. Dispatch and location handling
//   3. Conditional jumps, boolean operators, comparisons
//   4. Calls (method calls, *args / **kwargs)
//   5. Displays: list / tuple / set / dict, unpacking targets
//   6. Attributes, subscripts, slices
//   7. Lambda and default arguments
//   8. Comprehensions, yield, await
//   9. f-strings
#include <stdexcept>

#include "engine/compiler/codegen_internal.h"

namespace al::codegen {

using ast::ExprContext;

// ---------------------------------------------------------------------------------------------
// 1. Constants
// ---------------------------------------------------------------------------------------------

namespace {

Const from_constant(const ast::ConstantValue& v) {
  return std::visit([](const auto& x) { return Const{x}; }, v);
}

bool constant_truth(const ast::ConstantValue& v) {
  return std::visit(
      [](const auto& x) -> bool {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, ast::NoneValue>) {
          return false;
        } else if constexpr (std::is_same_v<T, ast::EllipsisValue>) {
          return true;
        } else if constexpr (std::is_same_v<T, bool> || std::is_same_v<T, int64_t> ||
                             std::is_same_v<T, double>) {
          return x != 0;
        } else if constexpr (std::is_same_v<T, ast::BigInt>) {
          return true;
        } else if constexpr (std::is_same_v<T, ast::Str>) {
          return !x.utf8.empty();
        } else if constexpr (std::is_same_v<T, ast::Bytes>) {
          return !x.data.empty();
        } else {
          return x.imag != 0;
        }
      },
      v);
}

// -<number literal>, folded as CPython's AST optimizer does.
const ast::Constant* negated_number(const ast::expr* e) {
  const auto* un = e->dyn<ast::UnaryOp>();
  if (!un || un->op != ast::UnaryOperator::USub) return nullptr;
  const auto* c = un->operand->dyn<ast::Constant>();
  if (!c) return nullptr;
  if (std::holds_alternative<int64_t>(c->value) || std::holds_alternative<double>(c->value)) {
    return c;
  }
  return nullptr;
}

}  // namespace

bool Compiler::is_const_expr(const ast::expr* e) const {
  if (e->tag == ast::Kind::Constant) return true;
  if (negated_number(e)) return true;
  if (const auto* t = e->dyn<ast::Tuple>()) {
    if (t->ctx != ExprContext::Load) return false;
    for (const ast::expr* x : t->elts) {
      if (!is_const_expr(x)) return false;
    }
    return true;
  }
  return false;
}

Const Compiler::const_of(const ast::expr* e) const {
  if (const auto* c = e->dyn<ast::Constant>()) return from_constant(c->value);
  if (const ast::Constant* c = negated_number(e)) {
    if (const auto* i = std::get_if<int64_t>(&c->value)) return Const{int64_t(-*i)};
    return Const{-std::get<double>(c->value)};
  }
  const auto& t = e->as<ast::Tuple>();
  auto tuple = std::make_shared<ConstTuple>();
  for (const ast::expr* x : t.elts) tuple->items.push_back(const_of(x));
  return Const{std::shared_ptr<const ConstTuple>(tuple)};
}

std::string Compiler::source_segment(const ast::expr* e) const {
  if (e->lineno < 1 || size_t(e->end_lineno) > lines_.size()) return "";
  std::string out;
  for (int l = e->lineno; l <= e->end_lineno; ++l) {
    const std::string& line = lines_[size_t(l) - 1];
    size_t b = l == e->lineno ? size_t(e->col_offset) : 0;
    size_t end = l == e->end_lineno ? size_t(e->end_col_offset) : line.size();
    if (b > line.size()) b = line.size();
    if (end > line.size()) end = line.size();
    out += line.substr(b, end > b ? end - b : 0);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 2. Dispatch
// ---------------------------------------------------------------------------------------------

void Compiler::visit_expr(const ast::expr* e) {
  const Position saved = u().loc;
  set_loc(*e);
  visit_expr1(e);
  u().loc = saved;
}

namespace {

uint32_t binop_arg(ast::Operator op) {
  switch (op) {
    case ast::Operator::Add:
      return NB_ADD;
    case ast::Operator::Sub:
      return NB_SUBTRACT;
    case ast::Operator::Mult:
      return NB_MULTIPLY;
    case ast::Operator::MatMult:
      return NB_MATRIX_MULTIPLY;
    case ast::Operator::Div:
      return NB_TRUE_DIVIDE;
    case ast::Operator::Mod:
      return NB_REMAINDER;
    case ast::Operator::Pow:
      return NB_POWER;
    case ast::Operator::LShift:
      return NB_LSHIFT;
    case ast::Operator::RShift:
      return NB_RSHIFT;
    case ast::Operator::BitOr:
      return NB_OR;
    case ast::Operator::BitXor:
      return NB_XOR;
    case ast::Operator::BitAnd:
      return NB_AND;
    case ast::Operator::FloorDiv:
      return NB_FLOOR_DIVIDE;
  }
  return NB_ADD;
}

}  // namespace

void Compiler::visit_expr1(const ast::expr* e) {
  switch (e->tag) {
    case ast::Kind::NamedExpr: {
      const auto& n = e->as<ast::NamedExpr>();
      visit_expr(n.value);
      emit(Op::COPY, 1);
      visit_expr(n.target);
      return;
    }
    case ast::Kind::BoolOp:
      boolop(e->as<ast::BoolOp>());
      return;
    case ast::Kind::BinOp: {
      const auto& b = e->as<ast::BinOp>();
      visit_expr(b.left);
      visit_expr(b.right);
      emit(Op::BINARY_OP, binop_arg(b.op));
      return;
    }
    case ast::Kind::UnaryOp: {
      if (negated_number(e)) {
        load_const(const_of(e));
        return;
      }
      const auto& un = e->as<ast::UnaryOp>();
      visit_expr(un.operand);
      switch (un.op) {
        case ast::UnaryOperator::Invert:
          emit(Op::UNARY_INVERT);
          break;
        case ast::UnaryOperator::Not:
          emit(Op::UNARY_NOT);
          break;
        case ast::UnaryOperator::UAdd:
          emit(Op::UNARY_POSITIVE);
          break;
        case ast::UnaryOperator::USub:
          emit(Op::UNARY_NEGATIVE);
          break;
      }
      return;
    }
    case ast::Kind::Lambda:
      lambda(e->as<ast::Lambda>());
      return;
    case ast::Kind::IfExp: {
      const auto& ie = e->as<ast::IfExp>();
      const int end = new_label();
      const int next = new_label();
      jump_if(ie.test, next, false);
      visit_expr(ie.body);
      emit_jump_to(end);
      use_label(next);
      visit_expr(ie.orelse);
      use_label(end);
      return;
    }
    case ast::Kind::Dict:
      dict(e->as<ast::Dict>());
      return;
    case ast::Kind::Set:
      starunpack(e->as<ast::Set>().elts, 0, Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE, false);
      return;
    case ast::Kind::GeneratorExp: {
      const auto& g = e->as<ast::GeneratorExp>();
      comprehension(e, kCompGenexp, "<genexpr>", g.generators, g.elt, nullptr);
      return;
    }
    case ast::Kind::ListComp: {
      const auto& g = e->as<ast::ListComp>();
      comprehension(e, kCompListcomp, "<listcomp>", g.generators, g.elt, nullptr);
      return;
    }
    case ast::Kind::SetComp: {
      const auto& g = e->as<ast::SetComp>();
      comprehension(e, kCompSetcomp, "<setcomp>", g.generators, g.elt, nullptr);
      return;
    }
    case ast::Kind::DictComp: {
      const auto& g = e->as<ast::DictComp>();
      comprehension(e, kCompDictcomp, "<dictcomp>", g.generators, g.key, g.value);
      return;
    }
    case ast::Kind::Yield: {
      if (!u().ste->is_function()) error("'yield' outside function");
      const auto& y = e->as<ast::Yield>();
      if (y.value) {
        visit_expr(y.value);
      } else {
        load_none();
      }
      emit_yield();
      return;
    }
    case ast::Kind::YieldFrom: {
      if (!u().ste->is_function()) error("'yield' outside function");
      if (u().scope_type == ScopeType::AsyncFunction) error("'yield from' inside async function");
      visit_expr(e->as<ast::YieldFrom>().value);
      emit(Op::GET_YIELD_FROM_ITER);
      load_none();
      add_yield_from(false);
      return;
    }
    case ast::Kind::Await: {
      if (!u().ste->is_function()) error("'await' outside function");
      if (u().scope_type != ScopeType::AsyncFunction &&
          u().scope_type != ScopeType::Comprehension) {
        error("'await' outside async function");
      }
      visit_expr(e->as<ast::Await>().value);
      emit(Op::GET_AWAITABLE, 0);
      load_none();
      add_yield_from(true);
      return;
    }
    case ast::Kind::Compare:
      compare(e->as<ast::Compare>());
      return;
    case ast::Kind::Call:
      call(e->as<ast::Call>());
      return;
    case ast::Kind::FormattedValue:
      formatted_value(e->as<ast::FormattedValue>());
      return;
    case ast::Kind::JoinedStr:
      joined_str(e->as<ast::JoinedStr>());
      return;
    case ast::Kind::Constant:
      load_const(from_constant(e->as<ast::Constant>().value));
      return;
    case ast::Kind::Attribute:
      attribute(e->as<ast::Attribute>());
      return;
    case ast::Kind::Subscript:
      subscript(e->as<ast::Subscript>());
      return;
    case ast::Kind::Starred:
      if (e->as<ast::Starred>().ctx == ExprContext::Store) {
        error("starred assignment target must be in a list or tuple");
      }
      error("can't use starred expression here");
    case ast::Kind::Name: {
      const auto& n = e->as<ast::Name>();
      nameop(n.id, n.ctx);
      return;
    }
    case ast::Kind::List: {
      const auto& l = e->as<ast::List>();
      if (l.ctx == ExprContext::Store) {
        unpack_store(l.elts);
      } else if (l.ctx == ExprContext::Load) {
        starunpack(l.elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, false);
      } else {
        for (const ast::expr* x : l.elts) visit_expr(x);
      }
      return;
    }
    case ast::Kind::Tuple: {
      const auto& t = e->as<ast::Tuple>();
      if (t.ctx == ExprContext::Store) {
        unpack_store(t.elts);
      } else if (t.ctx == ExprContext::Load) {
        if (is_const_expr(e)) {
          load_const(const_of(e));
        } else {
          starunpack(t.elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true);
        }
      } else {
        for (const ast::expr* x : t.elts) visit_expr(x);
      }
      return;
    }
    case ast::Kind::Slice:
      slice(e->as<ast::Slice>());
      return;
    default:
      throw std::logic_error("codegen: unexpected expression");
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Conditional jumps, boolean operators, comparisons
// ---------------------------------------------------------------------------------------------

// CPython: compile.c compiler_jump_if (plus the optimizer's constant-condition folding).
void Compiler::jump_if(const ast::expr* e, int label, bool cond) {
  switch (e->tag) {
    case ast::Kind::Constant:
      if (constant_truth(e->as<ast::Constant>().value) == cond) emit_jump_to(label);
      return;
    case ast::Kind::UnaryOp: {
      const auto& un = e->as<ast::UnaryOp>();
      if (un.op == ast::UnaryOperator::Not) {
        jump_if(un.operand, label, !cond);
        return;
      }
      break;
    }
    case ast::Kind::BoolOp: {
      const auto& b = e->as<ast::BoolOp>();
      const size_t n = b.values.size() - 1;
      const bool cond2 = b.op == ast::BoolOperator::Or;
      int next2 = label;
      if (cond2 != cond) next2 = new_label();
      for (size_t i = 0; i < n; ++i) jump_if(b.values[i], next2, cond2);
      jump_if(b.values[n], label, cond);
      if (next2 != label) use_label(next2);
      return;
    }
    case ast::Kind::IfExp: {
      const auto& ie = e->as<ast::IfExp>();
      const int end = new_label();
      const int next2 = new_label();
      jump_if(ie.test, next2, false);
      jump_if(ie.body, label, cond);
      emit_jump_to(end);
      use_label(next2);
      jump_if(ie.orelse, label, cond);
      use_label(end);
      return;
    }
    case ast::Kind::Compare: {
      // CPython 3.11.7 moves the current location to the comparison here and leaves it
      // there: the jump and whatever follows (an assert's raise) carry the comparison's range.
      set_loc(*e);
      const auto& c = e->as<ast::Compare>();
      const size_t n = c.ops.size() - 1;
      if (n > 0) {
        const int cleanup = new_label();
        visit_expr(c.left);
        for (size_t i = 0; i < n; ++i) {
          visit_expr(c.comparators[i]);
          emit(Op::SWAP, 2);
          emit(Op::COPY, 2);
          compare_op(c.ops[i]);
          emit_jump(Op::POP_JUMP_IF_FALSE, cleanup);
        }
        visit_expr(c.comparators[n]);
        compare_op(c.ops[n]);
        emit_jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
        const int end = new_label();
        emit_jump_to(end);
        use_label(cleanup);
        emit(Op::POP_TOP);
        if (!cond) emit_jump_to(label);
        use_label(end);
        return;
      }
      break;
    }
    default:
      break;
  }
  visit_expr(e);
  emit_jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
}

void Compiler::boolop(const ast::BoolOp& e) {
  const Op jump =
      e.op == ast::BoolOperator::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
  const int end = new_label();
  const size_t n = e.values.size() - 1;
  for (size_t i = 0; i < n; ++i) {
    visit_expr(e.values[i]);
    emit_jump(jump, end);
  }
  visit_expr(e.values[n]);
  use_label(end);
}

void Compiler::compare_op(ast::CmpOp op) {
  switch (op) {
    case ast::CmpOp::Eq:
      emit(Op::COMPARE_OP, CMP_EQ);
      break;
    case ast::CmpOp::NotEq:
      emit(Op::COMPARE_OP, CMP_NE);
      break;
    case ast::CmpOp::Lt:
      emit(Op::COMPARE_OP, CMP_LT);
      break;
    case ast::CmpOp::LtE:
      emit(Op::COMPARE_OP, CMP_LE);
      break;
    case ast::CmpOp::Gt:
      emit(Op::COMPARE_OP, CMP_GT);
      break;
    case ast::CmpOp::GtE:
      emit(Op::COMPARE_OP, CMP_GE);
      break;
    case ast::CmpOp::Is:
      emit(Op::IS_OP, 0);
      break;
    case ast::CmpOp::IsNot:
      emit(Op::IS_OP, 1);
      break;
    case ast::CmpOp::In:
      emit(Op::CONTAINS_OP, 0);
      break;
    case ast::CmpOp::NotIn:
      emit(Op::CONTAINS_OP, 1);
      break;
  }
}

void Compiler::compare(const ast::Compare& e) {
  visit_expr(e.left);
  const size_t n = e.ops.size() - 1;
  if (n == 0) {
    visit_expr(e.comparators[0]);
    compare_op(e.ops[0]);
    return;
  }
  const int cleanup = new_label();
  for (size_t i = 0; i < n; ++i) {
    visit_expr(e.comparators[i]);
    emit(Op::SWAP, 2);
    emit(Op::COPY, 2);
    compare_op(e.ops[i]);
    emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
  }
  visit_expr(e.comparators[n]);
  compare_op(e.ops[n]);
  const int end = new_label();
  emit_jump_to(end);
  use_label(cleanup);
  emit(Op::SWAP, 2);
  emit(Op::POP_TOP);
  use_label(end);
}

// ---------------------------------------------------------------------------------------------
// 4. Calls
// ---------------------------------------------------------------------------------------------

namespace {
constexpr size_t kStackUseGuideline = 30;
}

void Compiler::call(const ast::Call& e) {
  if (maybe_method_call(e)) return;
  visit_expr(e.func);
  emit(Op::PUSH_NULL);
  call_helper(0, e.args, e.keywords);
}

// CPython: compile.c maybe_optimize_method_call.
bool Compiler::maybe_method_call(const ast::Call& e) {
  const auto* meth = e.func->dyn<ast::Attribute>();
  if (!meth || meth->ctx != ExprContext::Load) return false;
  const size_t argsl = e.args.size();
  const size_t kwdsl = e.keywords.size();
  if (argsl + kwdsl + (kwdsl != 0) >= kStackUseGuideline) return false;
  for (const ast::expr* a : e.args) {
    if (a->tag == ast::Kind::Starred) return false;
  }
  for (const ast::keyword* k : e.keywords) {
    if (!k->arg) return false;
  }
  visit_expr(meth->value);
  const Position saved = u().loc;
  set_loc(*meth);
  update_start_location_to_match_attr(*meth);
  emit(Op::LOAD_METHOD, add_name(mangle(meth->attr)));
  u().loc = saved;
  for (const ast::expr* a : e.args) visit_expr(a);
  if (kwdsl) {
    call_simple_kw(e.keywords);
    update_start_location_to_match_attr(*meth);
    emit(Op::CALL_KW, uint32_t(argsl + kwdsl));
  } else {
    update_start_location_to_match_attr(*meth);
    emit(Op::CALL, uint32_t(argsl));
  }
  u().loc = saved;
  return true;
}

void Compiler::call_simple_kw(const std::vector<ast::keyword*>& keywords) {
  auto names = std::make_shared<ConstTuple>();
  for (const ast::keyword* k : keywords) {
    visit_expr(k->value);
    names->items.push_back(Const{ast::Str{*k->arg}});
  }
  load_const(Const{std::shared_ptr<const ConstTuple>(names)});
}

// CPython: compile.c compiler_call_helper; `pushed` arguments are already on the stack.
void Compiler::call_helper(int pushed, const ast::ExprList& args,
                           const std::vector<ast::keyword*>& keywords) {
  const size_t nelts = args.size();
  const size_t nkwelts = keywords.size();
  bool ex_call = nelts + nkwelts * 2 > kStackUseGuideline;
  for (const ast::expr* a : args) ex_call = ex_call || a->tag == ast::Kind::Starred;
  for (const ast::keyword* k : keywords) ex_call = ex_call || !k->arg;
  if (!ex_call) {
    for (const ast::expr* a : args) visit_expr(a);
    if (nkwelts) {
      call_simple_kw(keywords);
      emit(Op::CALL_KW, uint32_t(pushed + nelts + nkwelts));
    } else {
      emit(Op::CALL, uint32_t(pushed + nelts));
    }
    return;
  }
  if (pushed == 0 && nelts == 1 && args[0]->tag == ast::Kind::Starred) {
    visit_expr(args[0]->as<ast::Starred>().value);
  } else {
    starunpack(args, pushed, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true);
  }
  if (nkwelts) {
    bool have_dict = false;
    size_t nseen = 0;
    for (size_t i = 0; i < nkwelts; ++i) {
      const ast::keyword* kw = keywords[i];
      if (!kw->arg) {
        if (nseen) {
          subkwargs(keywords, i - nseen, i);
          if (have_dict) emit(Op::DICT_MERGE, 1);
          have_dict = true;
          nseen = 0;
        }
        if (!have_dict) {
          emit(Op::BUILD_MAP, 0);
          have_dict = true;
        }
        visit_expr(kw->value);
        emit(Op::DICT_MERGE, 1);
      } else {
        ++nseen;
      }
    }
    if (nseen) {
      subkwargs(keywords, nkwelts - nseen, nkwelts);
      if (have_dict) emit(Op::DICT_MERGE, 1);
    }
  }
  emit(Op::CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
}

void Compiler::subkwargs(const std::vector<ast::keyword*>& keywords, size_t begin, size_t end) {
  const size_t n = end - begin;
  const bool big = n * 2 > kStackUseGuideline;
  if (n > 1 && !big) {
    auto keys = std::make_shared<ConstTuple>();
    for (size_t i = begin; i < end; ++i) {
      visit_expr(keywords[i]->value);
      keys->items.push_back(Const{ast::Str{*keywords[i]->arg}});
    }
    load_const(Const{std::shared_ptr<const ConstTuple>(keys)});
    emit(Op::BUILD_CONST_KEY_MAP, uint32_t(n));
    return;
  }
  if (big) emit(Op::BUILD_MAP, 0);
  for (size_t i = begin; i < end; ++i) {
    load_const(Const{ast::Str{*keywords[i]->arg}});
    visit_expr(keywords[i]->value);
    if (big) emit(Op::MAP_ADD, 1);
  }
  if (!big) emit(Op::BUILD_MAP, uint32_t(n));
}

// ---------------------------------------------------------------------------------------------
// 5. Displays and unpacking
// ---------------------------------------------------------------------------------------------

// CPython: compile.c starunpack_helper.
void Compiler::starunpack(const ast::ExprList& elts, int pushed, Op build, Op add, Op extend,
                          bool tuple) {
  const size_t n = elts.size();
  bool all_const = n > 2;
  for (const ast::expr* x : elts) all_const = all_const && is_const_expr(x);
  if (all_const && add == Op::SET_ADD) {
    auto folded = std::make_shared<ConstFrozenSet>();
    for (const ast::expr* x : elts) folded->items.push_back(const_of(x));
    emit(build, uint32_t(pushed));
    load_const(Const{std::shared_ptr<const ConstFrozenSet>(folded)});
    emit(extend, 1);
    return;
  }
  if (all_const) {
    auto folded = std::make_shared<ConstTuple>();
    for (const ast::expr* x : elts) folded->items.push_back(const_of(x));
    if (tuple && pushed == 0) {
      load_const(Const{std::shared_ptr<const ConstTuple>(folded)});
    } else {
      emit(build, uint32_t(pushed));
      load_const(Const{std::shared_ptr<const ConstTuple>(folded)});
      emit(extend, 1);
      if (tuple) emit(Op::LIST_TO_TUPLE);
    }
    return;
  }
  const bool big = n + size_t(pushed) > kStackUseGuideline;
  bool seen_star = false;
  for (const ast::expr* x : elts) seen_star = seen_star || x->tag == ast::Kind::Starred;
  if (!seen_star && !big) {
    for (const ast::expr* x : elts) visit_expr(x);
    emit(tuple ? Op::BUILD_TUPLE : build, uint32_t(n + size_t(pushed)));
    return;
  }
  bool built = false;
  if (big) {
    emit(build, uint32_t(pushed));
    built = true;
  }
  for (size_t i = 0; i < n; ++i) {
    const ast::expr* x = elts[i];
    if (x->tag == ast::Kind::Starred) {
      if (!built) {
        emit(build, uint32_t(i + size_t(pushed)));
        built = true;
      }
      visit_expr(x->as<ast::Starred>().value);
      emit(extend, 1);
    } else {
      visit_expr(x);
      if (built) emit(add, 1);
    }
  }
  if (tuple) emit(Op::LIST_TO_TUPLE);
}

// CPython: compile.c unpack_helper + assignment_helper.
void Compiler::unpack_store(const ast::ExprList& elts) {
  const size_t n = elts.size();
  bool seen_star = false;
  for (size_t i = 0; i < n; ++i) {
    if (elts[i]->tag != ast::Kind::Starred) continue;
    if (seen_star) error("multiple starred expressions in assignment");
    if (i >= (1u << 8) || (n - i - 1) >= (INT32_MAX >> 8)) {
      error("too many expressions in star-unpacking assignment");
    }
    emit(Op::UNPACK_EX, uint32_t(i + ((n - i - 1) << 8)));
    seen_star = true;
  }
  if (!seen_star) emit(Op::UNPACK_SEQUENCE, uint32_t(n));
  for (const ast::expr* x : elts) {
    visit_expr(x->tag == ast::Kind::Starred ? x->as<ast::Starred>().value : x);
  }
}

// CPython: compile.c compiler_dict.
void Compiler::dict(const ast::Dict& e) {
  const size_t n = e.values.size();
  bool have_dict = false;
  size_t elements = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!e.keys[i]) {
      if (elements) {
        subdict(e, i - elements, i);
        if (have_dict) emit(Op::DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
      }
      if (!have_dict) {
        emit(Op::BUILD_MAP, 0);
        have_dict = true;
      }
      visit_expr(e.values[i]);
      emit(Op::DICT_UPDATE, 1);
    } else if (elements * 2 > kStackUseGuideline) {
      subdict(e, i - elements, i + 1);
      if (have_dict) emit(Op::DICT_UPDATE, 1);
      have_dict = true;
      elements = 0;
    } else {
      ++elements;
    }
  }
  if (elements) {
    subdict(e, n - elements, n);
    if (have_dict) emit(Op::DICT_UPDATE, 1);
    have_dict = true;
  }
  if (!have_dict) emit(Op::BUILD_MAP, 0);
}

void Compiler::subdict(const ast::Dict& e, size_t begin, size_t end) {
  const size_t n = end - begin;
  const bool big = n * 2 > kStackUseGuideline;
  bool all_const = n > 1 && !big;
  for (size_t i = begin; i < end && all_const; ++i) all_const = is_const_expr(e.keys[i]);
  if (all_const) {
    auto keys = std::make_shared<ConstTuple>();
    for (size_t i = begin; i < end; ++i) visit_expr(e.values[i]);
    for (size_t i = begin; i < end; ++i) keys->items.push_back(const_of(e.keys[i]));
    load_const(Const{std::shared_ptr<const ConstTuple>(keys)});
    emit(Op::BUILD_CONST_KEY_MAP, uint32_t(n));
    return;
  }
  if (big) emit(Op::BUILD_MAP, 0);
  for (size_t i = begin; i < end; ++i) {
    visit_expr(e.keys[i]);
    visit_expr(e.values[i]);
    if (big) emit(Op::MAP_ADD, 1);
  }
  if (!big) emit(Op::BUILD_MAP, uint32_t(n));
}

// ---------------------------------------------------------------------------------------------
// 6. Attributes, subscripts, slices
// ---------------------------------------------------------------------------------------------

void Compiler::attribute(const ast::Attribute& e) {
  visit_expr(e.value);
  update_start_location_to_match_attr(e);
  const uint32_t name = add_name(mangle(e.attr));
  switch (e.ctx) {
    case ExprContext::Load:
      emit(Op::LOAD_ATTR, name);
      break;
    case ExprContext::Store:
      emit(Op::STORE_ATTR, name);
      break;
    case ExprContext::Del:
      emit(Op::DELETE_ATTR, name);
      break;
  }
}

void Compiler::subscript(const ast::Subscript& e) {
  visit_expr(e.value);
  visit_expr(e.slice);
  switch (e.ctx) {
    case ExprContext::Load:
      emit(Op::BINARY_SUBSCR);
      break;
    case ExprContext::Store:
      emit(Op::STORE_SUBSCR);
      break;
    case ExprContext::Del:
      emit(Op::DELETE_SUBSCR);
      break;
  }
}

void Compiler::slice(const ast::Slice& e) {
  uint32_t n = 2;
  if (e.lower) {
    visit_expr(e.lower);
  } else {
    load_none();
  }
  if (e.upper) {
    visit_expr(e.upper);
  } else {
    load_none();
  }
  if (e.step) {
    visit_expr(e.step);
    n = 3;
  }
  emit(Op::BUILD_SLICE, n);
}

// ---------------------------------------------------------------------------------------------
// 7. Lambda and default arguments
// ---------------------------------------------------------------------------------------------

uint32_t Compiler::default_arguments(const ast::arguments& args) {
  uint32_t flags = 0;
  if (!args.defaults.empty()) {
    for (const ast::expr* d : args.defaults) visit_expr(d);
    emit(Op::BUILD_TUPLE, uint32_t(args.defaults.size()));
    flags |= MF_DEFAULTS;
  }
  auto keys = std::make_shared<ConstTuple>();
  for (size_t i = 0; i < args.kwonlyargs.size(); ++i) {
    const ast::expr* d = i < args.kw_defaults.size() ? args.kw_defaults[i] : nullptr;
    if (!d) continue;
    keys->items.push_back(Const{ast::Str{mangle(args.kwonlyargs[i]->arg)}});
    visit_expr(d);
  }
  if (!keys->items.empty()) {
    const uint32_t n = uint32_t(keys->items.size());
    load_const(Const{std::shared_ptr<const ConstTuple>(keys)});
    emit(Op::BUILD_CONST_KEY_MAP, n);
    flags |= MF_KWDEFAULTS;
  }
  return flags;
}

// CPython: compile.c compiler_visit_annotations: a flat (name, value, ...) tuple, in CPython's
// order (regular parameters before positional-only ones).
uint32_t Compiler::annotations(const ast::arguments& args, const ast::expr* returns) {
  uint32_t len = 0;
  auto one = [&](const std::string& name, const ast::expr* annotation) {
    if (!annotation) return;
    load_const(Const{ast::Str{mangle(name)}});
    if (table_.future_annotations()) {
      load_const(Const{ast::Str{source_segment(annotation)}});
    } else if (annotation->tag == ast::Kind::Starred) {
      visit_expr(annotation->as<ast::Starred>().value);
      emit(Op::UNPACK_SEQUENCE, 1);
    } else {
      visit_expr(annotation);
    }
    len += 2;
  };
  for (const ast::Arg* a : args.args) one(a->arg, a->annotation);
  for (const ast::Arg* a : args.posonlyargs) one(a->arg, a->annotation);
  if (args.vararg) one(args.vararg->arg, args.vararg->annotation);
  for (const ast::Arg* a : args.kwonlyargs) one(a->arg, a->annotation);
  if (args.kwarg) one(args.kwarg->arg, args.kwarg->annotation);
  one("return", returns);
  if (!len) return 0;
  emit(Op::BUILD_TUPLE, len);
  return MF_ANNOTATIONS;
}

void Compiler::lambda(const ast::Lambda& e) {
  const uint32_t flags = default_arguments(*e.args);
  enter_scope("<lambda>", ScopeType::Lambda, &e, e.lineno);
  set_loc(e);
  add_const(Const{ast::NoneValue{}});
  CodeUnit& code = *u().code;
  code.posonlyargcount = int(e.args->posonlyargs.size());
  code.argcount = int(e.args->posonlyargs.size() + e.args->args.size());
  code.kwonlyargcount = int(e.args->kwonlyargs.size());
  visit_expr(e.body);
  if (u().ste->generator) {
    emit(Op::POP_TOP);
  } else {
    emit(Op::RETURN_VALUE);
  }
  std::shared_ptr<CodeUnit> child = exit_scope();
  make_closure(child, flags);
}

// ---------------------------------------------------------------------------------------------
// 8. Comprehensions, yield, await
// ---------------------------------------------------------------------------------------------

void Compiler::emit_yield() {
  if (u().ste->coroutine && u().ste->generator) emit(Op::ASYNC_GEN_WRAP);
  emit(Op::YIELD_VALUE, 0);
}

void Compiler::add_yield_from(bool) {
  const int start = new_label();
  const int exit = new_label();
  use_label(start);
  emit_jump(Op::SEND, exit);
  emit(Op::YIELD_VALUE, 1);
  emit_jump(Op::JUMP_BACKWARD_NO_INTERRUPT, start);
  use_label(exit);
}

// CPython: compile.c compiler_comprehension.
void Compiler::comprehension(const ast::expr* e, int type, const std::string& name,
                             const std::vector<ast::comprehension*>& generators,
                             const ast::expr* elt, const ast::expr* val) {
  const ast::comprehension* outermost = generators[0];
  const ScopeType outer_scope = u().scope_type;
  enter_scope(name, ScopeType::Comprehension, e, e->lineno);
  set_loc(*e);
  add_const(Const{ast::NoneValue{}});
  const bool is_async_generator = u().ste->coroutine;
  if (is_async_generator && type != kCompGenexp && outer_scope != ScopeType::AsyncFunction &&
      outer_scope != ScopeType::Comprehension) {
    error("asynchronous comprehension outside of an asynchronous function");
  }
  if (type == kCompListcomp) emit(Op::BUILD_LIST, 0);
  if (type == kCompSetcomp) emit(Op::BUILD_SET, 0);
  if (type == kCompDictcomp) emit(Op::BUILD_MAP, 0);
  u().code->argcount = 1;
  comprehension_generator(generators, 0, 0, elt, val, type);
  if (type != kCompGenexp) emit(Op::RETURN_VALUE);
  std::shared_ptr<CodeUnit> child = exit_scope();
  make_closure(child, 0);
  visit_expr(outermost->iter);
  emit(outermost->is_async ? Op::GET_AITER : Op::GET_ITER);
  emit(Op::CALL, 0);
  if (is_async_generator && type != kCompGenexp) {
    emit(Op::GET_AWAITABLE, 0);
    load_none();
    add_yield_from(true);
  }
}

void Compiler::comprehension_generator(const std::vector<ast::comprehension*>& generators,
                                       size_t gen_index, int depth, const ast::expr* elt,
                                       const ast::expr* val, int type) {
  if (generators[gen_index]->is_async) {
    async_comprehension_generator(generators, gen_index, depth, elt, val, type);
  } else {
    sync_comprehension_generator(generators, gen_index, depth, elt, val, type);
  }
}

void Compiler::comprehension_element(const ast::expr* elt, const ast::expr* val, int type,
                                     int depth) {
  switch (type) {
    case kCompGenexp:
      visit_expr(elt);
      emit_yield();
      emit(Op::POP_TOP);
      break;
    case kCompListcomp:
      visit_expr(elt);
      emit(Op::LIST_APPEND, uint32_t(depth + 1));
      break;
    case kCompSetcomp:
      visit_expr(elt);
      emit(Op::SET_ADD, uint32_t(depth + 1));
      break;
    default:
      visit_expr(elt);
      visit_expr(val);
      emit(Op::MAP_ADD, uint32_t(depth + 1));
      break;
  }
}

// CPython: compile.c compiler_sync_comprehension_generator.
void Compiler::sync_comprehension_generator(const std::vector<ast::comprehension*>& generators,
                                            size_t gen_index, int depth, const ast::expr* elt,
                                            const ast::expr* val, int type) {
  int start = new_label();
  const int if_cleanup = new_label();
  const int anchor = new_label();
  const ast::comprehension* gen = generators[gen_index];
  if (gen_index == 0) {
    emit(Op::LOAD_FAST, 0);
  } else {
    // The "for y in [f(x)]" idiom binds without iterating.
    const ast::ExprList* elts = nullptr;
    if (const auto* l = gen->iter->dyn<ast::List>()) elts = &l->elts;
    if (const auto* t = gen->iter->dyn<ast::Tuple>()) elts = &t->elts;
    if (elts && elts->size() == 1 && (*elts)[0]->tag != ast::Kind::Starred) {
      visit_expr((*elts)[0]);
      start = -1;
    }
    if (start >= 0) {
      visit_expr(gen->iter);
      emit(Op::GET_ITER);
    }
  }
  if (start >= 0) {
    ++depth;
    use_label(start);
    emit_jump(Op::FOR_ITER, anchor);
  }
  visit_expr(gen->target);
  for (const ast::expr* cond : gen->ifs) jump_if(cond, if_cleanup, false);
  if (++gen_index < generators.size()) {
    comprehension_generator(generators, gen_index, depth, elt, val, type);
  } else {
    comprehension_element(elt, val, type, depth);
  }
  use_label(if_cleanup);
  if (start >= 0) {
    emit_jump_to(start);
    use_label(anchor);
  }
}

// CPython: compile.c compiler_async_comprehension_generator.
void Compiler::async_comprehension_generator(const std::vector<ast::comprehension*>& generators,
                                             size_t gen_index, int depth, const ast::expr* elt,
                                             const ast::expr* val, int type) {
  const int start = new_label();
  const int except = new_label();
  const int if_cleanup = new_label();
  const ast::comprehension* gen = generators[gen_index];
  if (gen_index == 0) {
    emit(Op::LOAD_FAST, 0);
  } else {
    visit_expr(gen->iter);
    emit(Op::GET_AITER);
  }
  use_label(start);
  push_fblock(FBlock{FBlockType::AsyncComprehensionGenerator, start});
  const int h = setup(Op::SETUP_FINALLY, except);
  emit(Op::GET_ANEXT);
  load_none();
  add_yield_from(true);
  pop_block();
  visit_expr(gen->target);
  for (const ast::expr* cond : gen->ifs) jump_if(cond, if_cleanup, false);
  ++depth;
  if (++gen_index < generators.size()) {
    comprehension_generator(generators, gen_index, depth, elt, val, type);
  } else {
    comprehension_element(elt, val, type, depth);
  }
  use_label(if_cleanup);
  emit_jump_to(start);
  pop_fblock(FBlockType::AsyncComprehensionGenerator);
  place_handler(h);
  emit(Op::END_ASYNC_FOR);
}

// ---------------------------------------------------------------------------------------------
// 9. f-strings
// ---------------------------------------------------------------------------------------------

void Compiler::joined_str(const ast::JoinedStr& e) {
  const size_t n = e.values.size();
  if (n > kStackUseGuideline) {
    load_const(Const{ast::Str{""}});
    emit(Op::LOAD_METHOD, add_name("join"));
    emit(Op::BUILD_LIST, 0);
    for (const ast::expr* v : e.values) {
      visit_expr(v);
      emit(Op::LIST_APPEND, 1);
    }
    emit(Op::CALL, 1);
    return;
  }
  for (const ast::expr* v : e.values) visit_expr(v);
  if (n != 1) emit(Op::BUILD_STRING, uint32_t(n));
}

void Compiler::formatted_value(const ast::FormattedValue& e) {
  visit_expr(e.value);
  uint32_t oparg = FVC_NONE;
  switch (e.conversion) {
    case 's':
      oparg = FVC_STR;
      break;
    case 'r':
      oparg = FVC_REPR;
      break;
    case 'a':
      oparg = FVC_ASCII;
      break;
    default:
      oparg = FVC_NONE;
      break;
  }
  if (e.format_spec) {
    visit_expr(e.format_spec);
    oparg |= FVS_HAVE_SPEC;
  }
  emit(Op::FORMAT_VALUE, oparg);
}

}  // namespace al::codegen
