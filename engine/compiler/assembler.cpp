// The assembler (CPython: Python/compile.c assemble and its helpers), plus the constant
// equality and disassembly of CodeUnit.
//
// Sections: 1. stack effects  2. stack depth analysis  3. assembly  4. constants, disassembly
#include "engine/compiler/assembler.h"

#include <bit>
#include <cstring>
#include <sstream>
#include <stdexcept>

namespace al {

// ---------------------------------------------------------------- 1. stack effects

int stack_effect(Op op, uint32_t arg, bool jump) {
  const int n = int(arg);
  switch (op) {
    case Op::NOP:
    case Op::SWAP:
    case Op::DELETE_FAST:
    case Op::DELETE_DEREF:
    case Op::DELETE_NAME:
    case Op::DELETE_GLOBAL:
    case Op::LOAD_ATTR:
    case Op::UNARY_NEGATIVE:
    case Op::UNARY_POSITIVE:
    case Op::UNARY_INVERT:
    case Op::UNARY_NOT:
    case Op::JUMP_FORWARD:
    case Op::JUMP_BACKWARD:
    case Op::JUMP_BACKWARD_NO_INTERRUPT:
    case Op::GET_ITER:
    case Op::LIST_TO_TUPLE:
    case Op::SETUP_ANNOTATIONS:
    case Op::CHECK_EXC_MATCH:
    case Op::CHECK_EG_MATCH:
    case Op::YIELD_VALUE:
    case Op::GET_YIELD_FROM_ITER:
    case Op::GET_AWAITABLE:
    case Op::GET_AITER:
    case Op::ASYNC_GEN_WRAP:
    case Op::POP_BLOCK:
      return 0;
    case Op::POP_TOP:
    case Op::STORE_FAST:
    case Op::STORE_DEREF:
    case Op::STORE_NAME:
    case Op::STORE_GLOBAL:
    case Op::DELETE_ATTR:
    case Op::BINARY_SUBSCR:
    case Op::BINARY_OP:
    case Op::COMPARE_OP:
    case Op::IS_OP:
    case Op::CONTAINS_OP:
    case Op::RETURN_VALUE:
    case Op::LIST_APPEND:
    case Op::SET_ADD:
    case Op::LIST_EXTEND:
    case Op::SET_UPDATE:
    case Op::DICT_UPDATE:
    case Op::DICT_MERGE:
    case Op::RERAISE:
    case Op::POP_EXCEPT:
    case Op::PREP_RERAISE_STAR:
    case Op::IMPORT_NAME:
    case Op::IMPORT_STAR:
    case Op::POP_JUMP_IF_FALSE:
    case Op::POP_JUMP_IF_TRUE:
    case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE:
      return -1;
    case Op::PUSH_NULL:
    case Op::COPY:
    case Op::LOAD_CONST:
    case Op::LOAD_FAST:
    case Op::LOAD_DEREF:
    case Op::LOAD_CLASSDEREF:
    case Op::LOAD_CLOSURE:
    case Op::LOAD_NAME:
    case Op::LOAD_GLOBAL:
    case Op::LOAD_METHOD:
    case Op::LOAD_BUILD_CLASS:
    case Op::PUSH_EXC_INFO:
    case Op::WITH_EXCEPT_START:
    case Op::LOAD_ASSERTION_ERROR:
    case Op::BEFORE_WITH:
    case Op::BEFORE_ASYNC_WITH:
    case Op::GET_ANEXT:
    case Op::IMPORT_FROM:
      return 1;
    case Op::STORE_ATTR:
    case Op::DELETE_SUBSCR:
    case Op::MAP_ADD:
    case Op::END_ASYNC_FOR:
      return -2;
    case Op::STORE_SUBSCR:
      return -3;
    case Op::BUILD_SLICE:
      return 1 - n;
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP:
      return jump ? 0 : -1;
    case Op::FOR_ITER:
      return jump ? -1 : 1;
    case Op::SEND:
      return jump ? -1 : 0;
    case Op::BUILD_TUPLE:
    case Op::BUILD_LIST:
    case Op::BUILD_SET:
    case Op::BUILD_STRING:
      return 1 - n;
    case Op::BUILD_MAP:
      return 1 - 2 * n;
    case Op::BUILD_CONST_KEY_MAP:
      return -n;
    case Op::UNPACK_SEQUENCE:
      return n - 1;
    case Op::UNPACK_EX:
      return (n & 0xFF) + (n >> 8);
    case Op::FORMAT_VALUE:
      return (n & FVS_HAVE_SPEC) ? -1 : 0;
    case Op::CALL:
      return -(n + 1);
    case Op::CALL_KW:
      return -(n + 2);
    case Op::CALL_FUNCTION_EX:
      return -2 - (n & 1);
    case Op::MAKE_FUNCTION:
      return -std::popcount(arg & 0xF);
    case Op::RAISE_VARARGS:
      return -n;
    case Op::SETUP_FINALLY:
      return jump ? 1 : 0;
    case Op::SETUP_CLEANUP:
      return jump ? 2 : 0;
    case Op::SETUP_WITH:
      return jump ? 1 : 0;
    case Op::kCount:
      break;
  }
  throw std::logic_error("stack_effect: unknown opcode");
}

// ---------------------------------------------------------------- 2. stack depth analysis

namespace {

bool is_unconditional_jump(Op op) {
  return op == Op::JUMP_FORWARD || op == Op::JUMP_BACKWARD || op == Op::JUMP_BACKWARD_NO_INTERRUPT;
}

bool is_scope_exit(Op op) {
  return op == Op::RETURN_VALUE || op == Op::RAISE_VARARGS || op == Op::RERAISE;
}

// CPython: Python/compile.c stackdepth: the depth before every reachable instruction
// (-1 for unreachable ones) and the maximum.
int compute_depths(const Assembly& in, std::vector<int>& depth) {
  const size_t n = in.instrs.size();
  depth.assign(n + 1, -1);
  std::vector<size_t> work;
  int max_depth = 0;
  auto reach = [&](size_t i, int d) {
    if (d < 0) throw std::logic_error("assemble: negative stack depth");
    if (depth[i] < 0) {
      depth[i] = d;
      work.push_back(i);
    } else if (depth[i] != d) {
      throw std::logic_error("assemble: inconsistent stack depth");
    }
    if (d > max_depth) max_depth = d;
  };
  if (n > 0) reach(0, 0);
  while (!work.empty()) {
    size_t i = work.back();
    work.pop_back();
    if (i >= n) continue;
    const Instr& ins = in.instrs[i];
    const int d = depth[i];
    if (op_has_jump(ins.op)) {
      int target = in.labels.at(size_t(ins.label));
      if (target < 0) throw std::logic_error("assemble: label not placed");
      int jd = d + stack_effect(ins.op, ins.arg, true);
      if (jd > max_depth) max_depth = jd;
      reach(size_t(target), jd);
    }
    if (is_unconditional_jump(ins.op) || is_scope_exit(ins.op)) continue;
    int nd = d + stack_effect(ins.op, ins.arg, false);
    if (nd > max_depth) max_depth = nd;
    reach(i + 1, nd);
  }
  return max_depth;
}

}  // namespace

// ---------------------------------------------------------------- 3. assembly

void assemble(const Assembly& in, CodeUnit& out) {
  std::vector<int> depth;
  out.stacksize = compute_depths(in, depth);

  // Real instructions get consecutive indices; a pseudo-instruction maps to the next real one.
  const size_t n = in.instrs.size();
  std::vector<uint32_t> new_index(n + 1);
  uint32_t next = 0;
  for (size_t i = 0; i < n; ++i) {
    new_index[i] = next;
    if (!op_is_pseudo(in.instrs[i].op)) ++next;
  }
  new_index[n] = next;
  auto label_index = [&](int label) -> uint32_t {
    int at = in.labels.at(size_t(label));
    if (at < 0) throw std::logic_error("assemble: label not placed");
    return new_index[size_t(at)];
  };

  out.code.clear();
  out.positions.clear();
  out.code.reserve(next);
  out.positions.reserve(next);
  // Instructions without a location inherit the previous line, as CPython's
  // propagate_line_numbers does within a block.
  int32_t last_line = out.firstlineno;
  std::vector<int> handler_of;
  handler_of.reserve(next);
  for (size_t i = 0; i < n; ++i) {
    const Instr& ins = in.instrs[i];
    if (op_is_pseudo(ins.op)) continue;
    uint32_t arg = op_has_jump(ins.op) ? label_index(ins.label) : ins.arg;
    if (arg > kMaxOparg) throw std::logic_error("assemble: argument too large");
    out.code.push_back(make_word(ins.op, arg));
    Position p = ins.pos;
    if (p.lineno < 0) {
      p = Position{last_line, last_line, -1, -1};
    } else {
      last_line = p.lineno;
    }
    out.positions.push_back(p);
    // A handler whose SETUP was never reached cannot catch anything.
    int h = ins.handler;
    if (h >= 0 && depth[size_t(in.handlers[size_t(h)].setup_instr)] < 0) h = -1;
    handler_of.push_back(depth[i] < 0 ? -1 : h);
  }

  out.exception_table.clear();
  for (uint32_t i = 0; i < next;) {
    int h = handler_of[i];
    uint32_t j = i + 1;
    while (j < next && handler_of[j] == h) ++j;
    if (h >= 0) {
      const Handler& hd = in.handlers[size_t(h)];
      const Instr& setup = in.instrs[size_t(hd.setup_instr)];
      int d = depth[size_t(hd.setup_instr)];
      ExceptEntry e;
      e.start = i;
      e.end = j;
      e.target = label_index(hd.label);
      e.lasti = setup.op != Op::SETUP_FINALLY;
      e.depth = uint32_t(setup.op == Op::SETUP_WITH ? d - 1 : d);
      out.exception_table.push_back(e);
    }
    i = j;
  }
}

// ---------------------------------------------------------------- 4. constants, disassembly

bool Const::operator==(const Const& o) const {
  if (v.index() != o.v.index()) return false;
  if (auto* d = std::get_if<double>(&v)) {
    // 0.0 and -0.0 (and NaNs) are distinct constants, as in CPython's _PyCode_ConstantKey.
    double e = std::get<double>(o.v);
    return std::memcmp(d, &e, sizeof e) == 0;
  }
  if (auto* t = std::get_if<std::shared_ptr<const ConstTuple>>(&v)) {
    const auto& u = std::get<std::shared_ptr<const ConstTuple>>(o.v);
    return (*t)->items == u->items;
  }
  if (auto* f = std::get_if<std::shared_ptr<const ConstFrozenSet>>(&v)) {
    const auto& g = std::get<std::shared_ptr<const ConstFrozenSet>>(o.v);
    return (*f)->items == g->items;
  }
  if (auto* c = std::get_if<std::shared_ptr<const CodeUnit>>(&v)) {
    return *c == std::get<std::shared_ptr<const CodeUnit>>(o.v);
  }
  if (auto* im = std::get_if<ast::Imaginary>(&v)) {
    double e = std::get<ast::Imaginary>(o.v).imag;
    return std::memcmp(&im->imag, &e, sizeof e) == 0;
  }
  return v == o.v;
}

namespace {

void describe_const(std::ostream& os, const Const& c) {
  std::visit(
      [&](const auto& x) {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, ast::NoneValue>) {
          os << "None";
        } else if constexpr (std::is_same_v<T, ast::EllipsisValue>) {
          os << "Ellipsis";
        } else if constexpr (std::is_same_v<T, bool>) {
          os << (x ? "True" : "False");
        } else if constexpr (std::is_same_v<T, int64_t> || std::is_same_v<T, double>) {
          os << x;
        } else if constexpr (std::is_same_v<T, ast::BigInt>) {
          os << x.decimal;
        } else if constexpr (std::is_same_v<T, ast::Str>) {
          os << "'" << x.utf8 << "'";
        } else if constexpr (std::is_same_v<T, ast::Bytes>) {
          os << "b'" << x.data << "'";
        } else if constexpr (std::is_same_v<T, ast::Imaginary>) {
          os << x.imag << "j";
        } else if constexpr (std::is_same_v<T, std::shared_ptr<const ConstTuple>>) {
          os << "(";
          for (size_t i = 0; i < x->items.size(); ++i) {
            if (i) os << ", ";
            describe_const(os, x->items[i]);
          }
          os << (x->items.size() == 1 ? ",)" : ")");
        } else if constexpr (std::is_same_v<T, std::shared_ptr<const ConstFrozenSet>>) {
          os << "frozenset({";
          for (size_t i = 0; i < x->items.size(); ++i) {
            if (i) os << ", ";
            describe_const(os, x->items[i]);
          }
          os << "})";
        } else {
          os << "<code " << x->qualname << ">";
        }
      },
      c.v);
}

}  // namespace

std::string disassemble(const CodeUnit& code) {
  std::ostringstream os;
  for (size_t i = 0; i < code.code.size(); ++i) {
    Op op = word_op(code.code[i]);
    uint32_t arg = word_arg(code.code[i]);
    os << i << " " << op_name(op);
    switch (op) {
      case Op::LOAD_CONST:
        os << " ";
        describe_const(os, code.consts.at(arg));
        break;
      case Op::LOAD_FAST:
      case Op::STORE_FAST:
      case Op::DELETE_FAST:
        os << " " << code.varnames.at(arg);
        break;
      case Op::LOAD_DEREF:
      case Op::STORE_DEREF:
      case Op::DELETE_DEREF:
      case Op::LOAD_CLOSURE:
      case Op::LOAD_CLASSDEREF:
        os << " "
           << (arg < code.cellvars.size() ? code.cellvars[arg]
                                          : code.freevars.at(arg - code.cellvars.size()));
        break;
      case Op::LOAD_NAME:
      case Op::STORE_NAME:
      case Op::DELETE_NAME:
      case Op::LOAD_GLOBAL:
      case Op::STORE_GLOBAL:
      case Op::DELETE_GLOBAL:
      case Op::LOAD_ATTR:
      case Op::LOAD_METHOD:
      case Op::STORE_ATTR:
      case Op::DELETE_ATTR:
      case Op::IMPORT_NAME:
      case Op::IMPORT_FROM:
        os << " " << code.names.at(arg);
        break;
      case Op::NOP:
      case Op::POP_TOP:
      case Op::PUSH_NULL:
      case Op::RETURN_VALUE:
        break;
      default:
        os << " " << arg;
    }
    os << "\n";
  }
  for (const ExceptEntry& e : code.exception_table) {
    os << "except " << e.start << " to " << e.end << " -> " << e.target << " [" << e.depth
       << (e.lasti ? "] lasti\n" : "]\n");
  }
  return os.str();
}

}  // namespace al
