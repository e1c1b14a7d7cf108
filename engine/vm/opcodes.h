// The bytecode instruction set: CPython 3.11's opcodes with their names and stack layouts,
// simplified where CPython's form exists only for its specializing interpreter.
//
// Differences from CPython 3.11, each chosen to keep the VM small:
// - One 32-bit word per instruction: opcode in the low 8 bits, argument in the upper 24. There
//   is no EXTENDED_ARG and there are no inline caches. Jump arguments are absolute instruction
//   indices.
// - Calls use the stack layout [callable, self_or_NULL, args...] (CPython keeps the NULL below
//   the callable); LOAD_METHOD pushes [function, self] or [bound attribute, NULL]. CALL_KW takes
//   the tuple of keyword names from the top of the stack instead of a KW_NAMES register.
// - There are no RESUME, PRECALL, CACHE or RETURN_GENERATOR instructions: generator frames are
//   created by the call itself and start at instruction 0.
// - SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH / POP_BLOCK exist only while compiling; the
//   assembler turns them into the exception table exactly as CPython 3.11's assembler does.
#pragma once

#include <cstddef>
#include <cstdint>

namespace al {

// X(name, has_jump_target)
#define AL_OPCODES(X)                                                           \
  X(NOP, 0)                                                                     \
  X(POP_TOP, 0)                                                                 \
  X(PUSH_NULL, 0)                                                               \
  X(COPY, 0) /* push a new reference to stack[-arg] */                          \
  X(SWAP, 0) /* swap TOS with stack[-arg] */                                    \
  X(LOAD_CONST, 0)                                                              \
  X(LOAD_FAST, 0)                                                               \
  X(STORE_FAST, 0)                                                              \
  X(DELETE_FAST, 0)                                                             \
  X(LOAD_DEREF, 0) /* arg indexes cells then free variables */                  \
  X(LOAD_CLASSDEREF, 0)                                                         \
  X(STORE_DEREF, 0)                                                             \
  X(DELETE_DEREF, 0)                                                            \
  X(LOAD_CLOSURE, 0)                                                            \
  X(LOAD_NAME, 0)                                                               \
  X(STORE_NAME, 0)                                                              \
  X(DELETE_NAME, 0)                                                             \
  X(LOAD_GLOBAL, 0)                                                             \
  X(STORE_GLOBAL, 0)                                                            \
  X(DELETE_GLOBAL, 0)                                                           \
  X(LOAD_ATTR, 0)                                                               \
  X(LOAD_METHOD, 0)                                                             \
  X(STORE_ATTR, 0)                                                              \
  X(DELETE_ATTR, 0)                                                             \
  X(BINARY_SUBSCR, 0)                                                           \
  X(STORE_SUBSCR, 0)                                                            \
  X(DELETE_SUBSCR, 0)                                                           \
  X(BUILD_SLICE, 0)                                                             \
  X(BINARY_OP, 0) /* arg: NbOp */                                               \
  X(UNARY_NEGATIVE, 0)                                                          \
  X(UNARY_POSITIVE, 0)                                                          \
  X(UNARY_INVERT, 0)                                                            \
  X(UNARY_NOT, 0)                                                               \
  X(COMPARE_OP, 0) /* arg: al::CmpOp */                                         \
  X(IS_OP, 0)                                                                   \
  X(CONTAINS_OP, 0)                                                             \
  X(JUMP_FORWARD, 1)                                                            \
  X(JUMP_BACKWARD, 1)                                                           \
  X(JUMP_BACKWARD_NO_INTERRUPT, 1)                                              \
  X(POP_JUMP_IF_FALSE, 1)                                                       \
  X(POP_JUMP_IF_TRUE, 1)                                                        \
  X(POP_JUMP_IF_NONE, 1)                                                        \
  X(POP_JUMP_IF_NOT_NONE, 1)                                                    \
  X(JUMP_IF_FALSE_OR_POP, 1)                                                    \
  X(JUMP_IF_TRUE_OR_POP, 1)                                                     \
  X(GET_ITER, 0)                                                                \
  X(FOR_ITER, 1)                                                                \
  X(RETURN_VALUE, 0)                                                            \
  X(BUILD_TUPLE, 0)                                                             \
  X(BUILD_LIST, 0)                                                              \
  X(BUILD_SET, 0)                                                               \
  X(BUILD_MAP, 0)                                                               \
  X(BUILD_CONST_KEY_MAP, 0)                                                     \
  X(BUILD_STRING, 0)                                                            \
  X(LIST_APPEND, 0)                                                             \
  X(SET_ADD, 0)                                                                 \
  X(MAP_ADD, 0)                                                                 \
  X(LIST_EXTEND, 0)                                                             \
  X(SET_UPDATE, 0)                                                              \
  X(DICT_UPDATE, 0)                                                             \
  X(DICT_MERGE, 0)                                                              \
  X(LIST_TO_TUPLE, 0)                                                           \
  X(UNPACK_SEQUENCE, 0)                                                         \
  X(UNPACK_EX, 0)    /* arg: before | after << 8 */                             \
  X(FORMAT_VALUE, 0) /* arg: FormatFlags */                                     \
  X(CALL, 0)                                                                    \
  X(CALL_KW, 0)                                                                 \
  X(CALL_FUNCTION_EX, 0)                                                        \
  X(MAKE_FUNCTION, 0) /* arg: MakeFunctionFlags */                              \
  X(LOAD_BUILD_CLASS, 0)                                                        \
  X(SETUP_ANNOTATIONS, 0)                                                       \
  X(RAISE_VARARGS, 0)                                                           \
  X(RERAISE, 0)                                                                 \
  X(PUSH_EXC_INFO, 0)                                                           \
  X(POP_EXCEPT, 0)                                                              \
  X(CHECK_EXC_MATCH, 0)                                                         \
  X(CHECK_EG_MATCH, 0)                                                          \
  X(PREP_RERAISE_STAR, 0)                                                       \
  X(WITH_EXCEPT_START, 0)                                                       \
  X(LOAD_ASSERTION_ERROR, 0)                                                    \
  X(BEFORE_WITH, 0)                                                             \
  X(BEFORE_ASYNC_WITH, 0)                                                       \
  X(YIELD_VALUE, 0) /* arg 1: inside a yield-from/await loop */                 \
  X(SEND, 1)                                                                    \
  X(GET_YIELD_FROM_ITER, 0)                                                     \
  X(GET_AWAITABLE, 0) /* arg: 0 await, 1 after __aenter__, 2 after __aexit__ */ \
  X(GET_AITER, 0)                                                               \
  X(GET_ANEXT, 0)                                                               \
  X(END_ASYNC_FOR, 0)                                                           \
  X(ASYNC_GEN_WRAP, 0)                                                          \
  X(IMPORT_NAME, 0)                                                             \
  X(IMPORT_FROM, 0)                                                             \
  X(IMPORT_STAR, 0)                                                             \
  X(SETUP_FINALLY, 1) /* pseudo: removed by the assembler */                    \
  X(SETUP_CLEANUP, 1) /* pseudo */                                              \
  X(SETUP_WITH, 1)    /* pseudo */                                              \
  X(POP_BLOCK, 0)     /* pseudo */

enum class Op : uint8_t {
#define AL_OP_ENUM(name, jump) name,
  AL_OPCODES(AL_OP_ENUM)
#undef AL_OP_ENUM
      kCount
};

inline const char* op_name(Op op) {
  static constexpr const char* kNames[] = {
#define AL_OP_NAME(name, jump) #name,
      AL_OPCODES(AL_OP_NAME)
#undef AL_OP_NAME
  };
  return kNames[size_t(op)];
}

// True for instructions whose argument is a jump target.
inline bool op_has_jump(Op op) {
  static constexpr bool kJump[] = {
#define AL_OP_JUMP(name, jump) jump != 0,
      AL_OPCODES(AL_OP_JUMP)
#undef AL_OP_JUMP
  };
  return kJump[size_t(op)];
}

inline bool op_is_pseudo(Op op) {
  return op == Op::SETUP_FINALLY || op == Op::SETUP_CLEANUP || op == Op::SETUP_WITH ||
         op == Op::POP_BLOCK;
}

// One instruction word.
using CodeWord = uint32_t;
constexpr uint32_t kMaxOparg = (1u << 24) - 1;
inline CodeWord make_word(Op op, uint32_t arg) {
  return uint32_t(op) | (arg << 8);
}
inline Op word_op(CodeWord w) {
  return Op(w & 0xFF);
}
inline uint32_t word_arg(CodeWord w) {
  return w >> 8;
}

// BINARY_OP arguments (CPython: Include/internal/pycore_opcode.h NB_*): the in-place forms are
// the plain ones plus kInplace.
enum NbOp : uint32_t {
  NB_ADD,
  NB_AND,
  NB_FLOOR_DIVIDE,
  NB_LSHIFT,
  NB_MATRIX_MULTIPLY,
  NB_MULTIPLY,
  NB_REMAINDER,
  NB_OR,
  NB_POWER,
  NB_RSHIFT,
  NB_SUBTRACT,
  NB_TRUE_DIVIDE,
  NB_XOR,
  NB_INPLACE_ADD,
  NB_INPLACE_AND,
  NB_INPLACE_FLOOR_DIVIDE,
  NB_INPLACE_LSHIFT,
  NB_INPLACE_MATRIX_MULTIPLY,
  NB_INPLACE_MULTIPLY,
  NB_INPLACE_REMAINDER,
  NB_INPLACE_OR,
  NB_INPLACE_POWER,
  NB_INPLACE_RSHIFT,
  NB_INPLACE_SUBTRACT,
  NB_INPLACE_TRUE_DIVIDE,
  NB_INPLACE_XOR,
};
constexpr uint32_t kNbInplace = NB_INPLACE_ADD;

// COMPARE_OP argument, in the order of al::CmpOp (CPython: Py_LT .. Py_GE order differs; the
// VM checks the correspondence with a static_assert).
enum CompareArg : uint32_t { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

// FORMAT_VALUE argument (CPython: Include/ceval.h FVC_*, FVS_HAVE_SPEC).
enum FormatFlags : uint32_t {
  FVC_MASK = 0x3,
  FVC_NONE = 0x0,
  FVC_STR = 0x1,
  FVC_REPR = 0x2,
  FVC_ASCII = 0x3,
  FVS_HAVE_SPEC = 0x4,
};

// MAKE_FUNCTION argument: which optional values sit below the code object.
enum MakeFunctionFlags : uint32_t {
  MF_DEFAULTS = 0x01,
  MF_KWDEFAULTS = 0x02,
  MF_ANNOTATIONS = 0x04,
  MF_CLOSURE = 0x08,
};

// Code flags (CPython: Include/cpython/code.h CO_*).
enum CodeFlags : uint32_t {
  CO_OPTIMIZED = 0x0001,
  CO_NEWLOCALS = 0x0002,
  CO_VARARGS = 0x0004,
  CO_VARKEYWORDS = 0x0008,
  CO_NESTED = 0x0010,
  CO_GENERATOR = 0x0020,
  CO_NOFREE = 0x0040,
  CO_COROUTINE = 0x0080,
  CO_ITERABLE_COROUTINE = 0x0100,
  CO_ASYNC_GENERATOR = 0x0200,
};

}  // namespace al
