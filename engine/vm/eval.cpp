// The dispatch loop (CPython: Python/ceval.c _PyEval_EvalFrameDefault).
//
// Index
//   1. Registers, dispatch macros and small helpers
//   2. eval_frame: entry, the instruction bodies (grouped as in opcodes.h)
//   3. Calls and frame pushes (CALL, CALL_KW, CALL_FUNCTION_EX, RETURN_VALUE)
//   4. Generators inline (SEND, FOR_ITER, YIELD_VALUE)
//   5. Exceptions: `error` (new traceback entry), `exception_unwind` (handler lookup), frame exit
//
// Reference counting: the value stack holds owned references (null only for the PUSH_NULL
// marker). An instruction leaves its operands on the stack until the native calls it makes
// have succeeded, so that a C++ exception thrown by native code always finds a consistent
// stack; the catch clause turns it into a pending Python exception at the current instruction.
//
// Instruction bodies never jump with the computed goto while C++ objects with destructors are
// in scope: each body is a block, and NEXT() follows the block.
#include "engine/vm/eval.h"

#include <atomic>
#include <mutex>
#include <new>
#include <stdexcept>

#include "engine/runtime/api.h"
#include "engine/runtime/descriptors.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/float.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/list.h"
#include "engine/runtime/method.h"
#include "engine/runtime/module.h"
#include "engine/runtime/names.h"
#include "engine/runtime/set.h"
#include "engine/runtime/slice.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "engine/vm/errors.h"
#include "engine/vm/eval_internal.h"
#include "engine/vm/function.h"
#include "engine/vm/import.h"
#include "engine/vm/ops.h"
#include "engine/vm/run.h"
#include "engine/vm/traceback.h"

namespace al {

// ---------------------------------------------------------------------------------------------
// 1. Registers, dispatch macros and small helpers
// ---------------------------------------------------------------------------------------------

std::atomic<bool> g_eval_breaker{false};
bool (*g_run_signal_handlers)() = nullptr;
// Set by request_run_stop (run.h): every breaker check raises KeyboardInterrupt and no handler
// catches it, so the script unwinds through the VM's own frame clean-up to run_source.
std::atomic<bool> g_run_stop{false};

namespace {
// The waker of the loop blocked in its poll (run.h); the mutex keeps it alive while it is called.
std::mutex g_run_stop_waker_mutex;
void (*g_run_stop_wake)(void*) = nullptr;
void* g_run_stop_wake_arg = nullptr;
}  // namespace

void request_run_stop() {
  g_run_stop.store(true);
  g_eval_breaker.store(true);
  std::lock_guard<std::mutex> lock(g_run_stop_waker_mutex);
  if (g_run_stop_wake) g_run_stop_wake(g_run_stop_wake_arg);
}

bool run_stop_requested() {
  return g_run_stop.load(std::memory_order_relaxed);
}

bool set_run_stop_waker(void (*wake)(void*), void* arg) {
  std::lock_guard<std::mutex> lock(g_run_stop_waker_mutex);
  if (g_run_stop.load()) return false;
  g_run_stop_wake = wake;
  g_run_stop_wake_arg = arg;
  return true;
}

void clear_run_stop_waker() {
  std::lock_guard<std::mutex> lock(g_run_stop_waker_mutex);
  g_run_stop_wake = nullptr;
  g_run_stop_wake_arg = nullptr;
}

void clear_run_stop() {
  g_run_stop.store(false);
  g_eval_breaker.store(false);
}

static_assert(uint32_t(CmpOp::Lt) == CMP_LT && uint32_t(CmpOp::Le) == CMP_LE &&
                  uint32_t(CmpOp::Eq) == CMP_EQ && uint32_t(CmpOp::Ne) == CMP_NE &&
                  uint32_t(CmpOp::Gt) == CMP_GT && uint32_t(CmpOp::Ge) == CMP_GE,
              "COMPARE_OP arguments follow al::CmpOp");

namespace {

inline void xdecref(Object* o) {
  if (o) o->decref();
}

// Where a pending exception came from, which decides how it is chained (errors.h).
enum class ErrKind : uint8_t {
  Fresh,       // raised by a `raise` statement: __context__ is always set
  Native,      // thrown by native code: __context__ is set unless already present
  Throw,       // generator.throw(): chained only inside an except block of the generator
  Propagated,  // came out of a callee frame: already chained
};

BinOp nb_to_binop(uint32_t nb) {
  static constexpr BinOp kMap[] = {
      BinOp::Add, BinOp::And,     BinOp::FloorDiv, BinOp::LShift, BinOp::MatMul,
      BinOp::Mul, BinOp::Mod,     BinOp::Or,       BinOp::Pow,    BinOp::RShift,
      BinOp::Sub, BinOp::TrueDiv, BinOp::Xor,
  };
  return kMap[nb % kNbInplace];
}

// Fast paths of BINARY_OP for two exact ints that fit in int64 (CPython specialises the same
// cases: BINARY_OP_ADD_INT, ...). Returns null when the slow path must run.
inline Object* small_int_binop(Object* l, Object* r, uint32_t nb) {
  auto* a = static_cast<Int*>(l);
  auto* b = static_cast<Int*>(r);
  if (a->big || b->big) return nullptr;
  int64_t x = a->small, y = b->small, z;
  switch (nb >= kNbInplace ? nb - kNbInplace : nb) {
    case NB_ADD:
      if (__builtin_add_overflow(x, y, &z)) return nullptr;
      break;
    case NB_SUBTRACT:
      if (__builtin_sub_overflow(x, y, &z)) return nullptr;
      break;
    case NB_MULTIPLY:
      if (__builtin_mul_overflow(x, y, &z)) return nullptr;
      break;
    case NB_AND:
      z = x & y;
      break;
    case NB_OR:
      z = x | y;
      break;
    case NB_XOR:
      z = x ^ y;
      break;
    case NB_FLOOR_DIVIDE:
      if (y == 0 || (x == INT64_MIN && y == -1)) return nullptr;
      z = x / y;
      if ((x % y != 0) && ((x < 0) != (y < 0))) --z;
      break;
    case NB_REMAINDER:
      if (y == 0 || (x == INT64_MIN && y == -1)) return nullptr;
      z = x % y;
      if (z != 0 && ((z < 0) != (y < 0))) z += y;
      break;
    default:
      return nullptr;
  }
  return int_from(z).release();
}

inline Object* float_binop(Object* l, Object* r, uint32_t nb) {
  double x = static_cast<Float*>(l)->value, y = static_cast<Float*>(r)->value;
  switch (nb >= kNbInplace ? nb - kNbInplace : nb) {
    case NB_ADD:
      return float_from(x + y).release();
    case NB_SUBTRACT:
      return float_from(x - y).release();
    case NB_MULTIPLY:
      return float_from(x * y).release();
    case NB_TRUE_DIVIDE:
      if (y == 0.0) return nullptr;
      return float_from(x / y).release();
    default:
      return nullptr;
  }
}

inline bool small_int_compare(int64_t x, int64_t y, uint32_t op) {
  switch (CmpOp(op)) {
    case CmpOp::Lt:
      return x < y;
    case CmpOp::Le:
      return x <= y;
    case CmpOp::Eq:
      return x == y;
    case CmpOp::Ne:
      return x != y;
    case CmpOp::Gt:
      return x > y;
    case CmpOp::Ge:
      return x >= y;
  }
  return false;
}

[[noreturn]] void raise_unbound_local(Str* name) {
  Value e = new_exception(exc::UnboundLocalError, "cannot access local variable '" + name->s +
                                                      "' where it is not associated with a value");
  static_cast<NameErrorObject*>(as_exception(e.get()))->name = Value(name);
  raise(std::move(e));
}

[[noreturn]] void raise_unbound_free(Code* co, uint32_t cell_index) {
  if (cell_index < co->ncells) {
    raise_unbound_local(co->cellvars[cell_index]);
  }
  Str* name = co->freevars[cell_index - co->ncells];
  raise_name_error(name, "cannot access free variable '" + name->s +
                             "' where it is not associated with a value in enclosing scope");
}

Str* cell_name(Code* co, uint32_t i) {
  return i < co->ncells ? co->cellvars[i] : co->freevars[i - co->ncells];
}

void handle_eval_breaker() {
  VMState& ts = vmstate();
  // The breaker stays set while a stop is requested: code run by native callers raises too.
  if (g_run_stop.load()) raise(exc::KeyboardInterrupt, "");
  if (g_eval_breaker.exchange(false)) {
    // CPython: _PyErr_CheckSignalsTstate runs signal.signal handlers; otherwise the CLI's SIGINT.
    if (!g_run_signal_handlers || !g_run_signal_handlers()) raise(exc::KeyboardInterrupt, "");
  }
  if (ts.budget_counter >= ts.budget_limit) {
    ts.budget_counter = 0;
    if (ts.budget_hook) ts.budget_hook();
  }
}

// A call of a native callable from CALL; methods of builtin types found by LOAD_METHOD
// skip the descriptor's generic call path (CPython: CALL_NO_KW_METHOD_DESCRIPTOR_*).
inline Value call_native(Object* callable, Object* const* argv, size_t argc) {
  if (callable->type == method_descriptor_type && argc >= 1) {
    auto* d = static_cast<MethodDescriptor*>(callable);
    if (!d->is_classmethod && !d->is_static && is_instance(argv[0], d->owner)) {
      return d->fn(argv[0], Args{argv + 1, argc - 1, nullptr});
    }
  }
  return call(callable, Args{argv, argc, nullptr});
}

// LOAD_GLOBAL through the instruction's GlobalCache (see code.h). Returns a borrowed
// reference or null when the name is in neither namespace.
int64_t entry_index(Dict* d, Str* name) {
  for (size_t i = 0; i < d->entries.size(); ++i) {
    if (d->entries[i].key.get() == name) return int64_t(i);
  }
  return -1;
}

// The cache refill (and miss) path of load_global.
__attribute__((noinline)) Object* load_global_slow(Code* co, Frame* f, uint32_t at, Str* name) {
  if (!co->global_cache) co->global_cache.reset(new GlobalCache[co->ninstrs]());
  GlobalCache& c = co->global_cache[at];
  Dict* g = f->globals;
  Dict* src = g;
  Object* o = dict_get_str(g, name);
  if (!o) {
    src = f->builtins;
    o = dict_get_str(src, name);
    if (!o) return nullptr;
  }
  if (c.fills < 16) {
    ++c.fills;
    const int64_t i = entry_index(src, name);
    if (i >= 0) {
      c.globals = g;
      c.globals_version = g->version;
      c.builtins = f->builtins;
      c.builtins_version = f->builtins->version;
      c.index = uint32_t(i);
      c.in_builtins = src != g;
    }
  }
  return o;
}

inline Object* load_global(Code* co, Frame* f, uint32_t at, Str* name) {
  if (GlobalCache* cache = co->global_cache.get()) {
    const GlobalCache& c = cache[at];
    Dict* d = f->globals;
    if (c.globals == d && c.globals_version == d->version) {
      if (c.in_builtins) {
        d = f->builtins;
        if (c.builtins != d || c.builtins_version != d->version) d = nullptr;
      }
      if (d && c.index < d->entries.size()) {
        const DictEntry& e = d->entries[c.index];
        if (e.key.get() == name) return e.value.get();
      }
    }
  }
  return load_global_slow(co, f, at, name);
}

// A frame for a call CALL pushes inline (CPython: CALL_PY_EXACT_ARGS): the locals past the
// parameters are empty and the free variables set; the caller stores the argcount parameters.
// Takes over the caller's reference to fn; throws (std::bad_alloc) only before taking it.
inline Frame* new_exact_frame(Function* fn) {
  Code* co = fn->code.get();
  uint8_t cls;
  Frame* nf = static_cast<Frame*>(frame_alloc(co->nlocalsplus + co->stacksize, cls));
  frame_init_header(nf, co, fn, fn->globals.get(), fn->builtins.get(), nullptr, cls);
  Object** lp = nf->slots();
  for (uint32_t j = co->argcount; j < co->nlocals; ++j) lp[j] = nullptr;
  if (co->nfree) {
    Object** closure = fn->closure->items;
    for (uint32_t j = 0; j < co->nfree; ++j) {
      closure[j]->incref();
      lp[co->nlocals + j] = closure[j];
    }
  }
  return nf;
}

inline AttrCache& attr_cache_at(Code* co, uint32_t at) {
  if (!co->attr_cache) co->attr_cache.reset(new AttrCache[co->ninstrs]());
  return co->attr_cache[at];
}

// `s += t` on strings (CPython: ceval.c BINARY_OP_INPLACE_ADD_UNICODE): when the next
// instruction stores the result back into the variable that holds the left operand, that
// variable's reference is dropped first so the string can grow in place. Returns true when the
// operand is then uniquely owned by the stack.
bool release_store_target(Frame* f, CodeWord next, Object* left) {
  if (left->refcnt != 2 || static_cast<Str*>(left)->interned) return false;
  const uint32_t arg = word_arg(next);
  switch (word_op(next)) {
    case Op::STORE_FAST: {
      Object*& slot = f->localsplus()[arg];
      if (slot != left) return false;
      slot = nullptr;
      left->decref();
      return true;
    }
    case Op::STORE_NAME:
    case Op::STORE_GLOBAL: {
      Object* ns = word_op(next) == Op::STORE_NAME ? f->locals : f->globals;
      if (!ns || !is_exactly(ns, dict_type)) return false;
      Str* name = f->code->names[arg];
      if (dict_get_str(static_cast<Dict*>(ns), name) != left) return false;
      // Overwriting keeps the key's position in the dict (deleting it would not).
      dict_set(static_cast<Dict*>(ns), name, None);
      return left->refcnt == 1;
    }
    default:
      return false;
  }
}

Object* append_in_place(Object* left, Object* right) {
  auto* l = static_cast<Str*>(left);
  auto* r = static_cast<Str*>(right);
  if (left->refcnt != 1) return nullptr;
  check_alloc(l->s.size() + r->s.size(), 1);
  l->s += r->s;
  l->length += r->length;
  l->ascii = l->ascii && r->ascii;
  l->hash_cache = -1;
  left->incref();  // the result reference; the operand reference is dropped by BINARY_OP
  return left;
}

// SEND to an object that is not one of our generators (CPython: ceval.c SEND).
SendStatus send_generic(Object* recv, Object* v, Value& res) {
  if (recv->type->send) return recv->type->send(recv, v, res);
  if (v == None && recv->type->next) {
    res = recv->type->next(recv);
    if (res) return SendStatus::Yield;
    res = Value(None);
    return SendStatus::Return;
  }
  try {
    res = call_method(recv, "send", {v});
    return SendStatus::Yield;
  } catch (PyException& e) {
    if (!exception_matches(e.exc.get(), exc::StopIteration)) throw;
    res = stop_iteration_value(e.exc.get());
    return SendStatus::Return;
  }
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// 2. eval_frame
// ---------------------------------------------------------------------------------------------

#define AL_TARGET_LABEL(name, jump) &&L_##name,

SendStatus eval_frame(Frame* entry, Value& result, Object* throw_exc) {
  static void* const kDispatch[] = {AL_OPCODES(AL_TARGET_LABEL)};

  VMState& ts = vmstate();
  try {
    check_native_stack();
    enter_frame(entry, ts.current);
  } catch (...) {
    if (!entry->gen) frame_free(entry);
    throw;
  }
  entry->is_entry = 1;
  Interp& in = interp();

  Frame* f = entry;
  Code* co;
  const CodeWord* first_instr;
  const CodeWord* next_instr;
  Object** locals;
  Object** sp;
  const Value* consts;
  Str* const* names;
  CodeWord word = 0;
  uint32_t oparg = 0;
  Value pending;
  ErrKind err_kind = ErrKind::Fresh;
  bool resume_with_error = false;

#define LOAD_FRAME()                  \
  do {                                \
    co = f->code;                     \
    first_instr = co->instrs;         \
    next_instr = first_instr + f->ip; \
    locals = f->slots();              \
    sp = f->stack() + f->sp;          \
    f->top = sp;                      \
    consts = co->consts.data();       \
    names = co->names.data();         \
  } while (0)
#define SAVE_FRAME()                            \
  do {                                          \
    f->ip = uint32_t(next_instr - first_instr); \
    f->sp = uint32_t(sp - f->stack());          \
  } while (0)
// A C++ exception can leave the loop's registers anywhere; every instruction has stored its
// index and stack top in the running frame (ts.current), so the catch clauses rebuild them from
// there. Keeping the registers out of the exception edge lets the compiler hold them in
// machine registers instead of stack slots.
#define RELOAD_AFTER_THROW()                           \
  do {                                                 \
    f = ts.current;                                    \
    co = f->code;                                      \
    first_instr = co->instrs;                          \
    next_instr = first_instr + uint32_t(f->lasti + 1); \
    locals = f->slots();                               \
    sp = f->top;                                       \
    consts = co->consts.data();                        \
    names = co->names.data();                          \
  } while (0)
#define NEXT()                                     \
  do {                                             \
    f->lasti = uint32_t(next_instr - first_instr); \
    f->top = sp;                                   \
    word = *next_instr++;                          \
    oparg = word_arg(word);                        \
    goto* kDispatch[word & 0xFF];                  \
  } while (0)
#define TARGET(op) L_##op:
#define PUSH(o) (*sp++ = (o))
#define POP() (*--sp)
#define DROP() (--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-ptrdiff_t(n)])
#define JUMP_TO(target) (next_instr = first_instr + (target))
#define INSTR_INDEX() uint32_t(next_instr - first_instr - 1)
// Makes `nf`, set up by new_exact_frame, the running frame (enter_frame inlined).
#define ENTER_INLINE_FRAME(nf) \
  do {                         \
    ++in.recursion_depth;      \
    (nf)->back = f;            \
    ts.current = (nf);         \
    SAVE_FRAME();              \
    f = (nf);                  \
    LOAD_FRAME();              \
    CHECK_BREAKER();           \
  } while (0)
#define CHECK_BREAKER()                                   \
  do {                                                    \
    if (++ts.budget_counter >= ts.budget_limit ||         \
        g_eval_breaker.load(std::memory_order_relaxed)) { \
      SAVE_FRAME();                                       \
      handle_eval_breaker();                              \
    }                                                     \
  } while (0)

  LOAD_FRAME();
  if (throw_exc) {
    pending = Value(throw_exc);
    err_kind = ErrKind::Throw;
    resume_with_error = true;
  }

  // The operands CALL and CALL_KW hand to their shared body.
  Object** call_args = nullptr;
  size_t call_npos = 0;
  Tuple* call_kwnames = nullptr;

  for (;;) {
    try {
      if (resume_with_error) {
        resume_with_error = false;
        goto error;
      }
      NEXT();

      // ----- stack and constants
      TARGET(NOP) {}
      NEXT();
      TARGET(POP_TOP) {
        xdecref(POP());
      }
      NEXT();
      TARGET(PUSH_NULL) {
        PUSH(nullptr);
      }
      NEXT();
      TARGET(COPY) {
        Object* o = PEEK(oparg);
        if (o) o->incref();
        PUSH(o);
      }
      NEXT();
      TARGET(SWAP) {
        std::swap(sp[-1], sp[-int(oparg)]);
      }
      NEXT();
      TARGET(LOAD_CONST) {
        Object* o = consts[oparg].get();
        o->incref();
        PUSH(o);
      }
      NEXT();

      // ----- local, cell and global variables
      TARGET(LOAD_FAST) {
        Object* o = locals[oparg];
        if (!o) raise_unbound_local(co->varnames[oparg]);
        o->incref();
        PUSH(o);
      }
      NEXT();
      TARGET(STORE_FAST) {
        Object* old = locals[oparg];
        locals[oparg] = POP();
        xdecref(old);
      }
      NEXT();
      TARGET(DELETE_FAST) {
        Object* old = locals[oparg];
        if (!old) raise_unbound_local(co->varnames[oparg]);
        locals[oparg] = nullptr;
        old->decref();
      }
      NEXT();
      TARGET(LOAD_DEREF) {
        Cell* c = static_cast<Cell*>(f->cells()[oparg]);
        Object* o = c->ref.get();
        if (!o) raise_unbound_free(co, oparg);
        o->incref();
        PUSH(o);
      }
      NEXT();
      TARGET(LOAD_CLASSDEREF) {
        Object* o = nullptr;
        Value keep;
        if (f->locals && is_exactly(f->locals, dict_type)) {
          o = dict_get_str(static_cast<Dict*>(f->locals), cell_name(co, oparg));
        } else if (f->locals) {
          keep = mapping_get_opt(f->locals, cell_name(co, oparg));
          o = keep.get();
        }
        if (!o) {
          o = static_cast<Cell*>(f->cells()[oparg])->ref.get();
          if (!o) raise_unbound_free(co, oparg);
        }
        o->incref();
        PUSH(o);
      }
      NEXT();
      TARGET(STORE_DEREF) {
        Cell* c = static_cast<Cell*>(f->cells()[oparg]);
        c->ref = Value::steal(POP());
      }
      NEXT();
      TARGET(DELETE_DEREF) {
        Cell* c = static_cast<Cell*>(f->cells()[oparg]);
        if (!c->ref) raise_unbound_free(co, oparg);
        c->ref = nullptr;
      }
      NEXT();
      TARGET(LOAD_CLOSURE) {
        Object* c = f->cells()[oparg];
        c->incref();
        PUSH(c);
      }
      NEXT();
      TARGET(LOAD_NAME) {
        Str* name = names[oparg];
        Object* o = nullptr;
        Value keep;
        if (f->locals) {
          if (is_exactly(f->locals, dict_type)) {
            o = dict_get_str(static_cast<Dict*>(f->locals), name);
          } else {
            keep = mapping_get_opt(f->locals, name);
            o = keep.get();
          }
        }
        if (!o) o = dict_get_str(f->globals, name);
        if (!o) o = dict_get_str(f->builtins, name);
        if (!o) raise_name_error(name, "name '" + name->s + "' is not defined");
        o->incref();
        PUSH(o);
      }
      NEXT();
      TARGET(STORE_NAME) {
        Object* v = TOP();
        if (!f->locals)
          raise(exc::SystemError, "no locals found when storing " + repr(names[oparg])->s);
        if (is_exactly(f->locals, dict_type)) {
          dict_set(static_cast<Dict*>(f->locals), names[oparg], v);
        } else {
          setitem(f->locals, names[oparg], v);
        }
        xdecref(POP());
      }
      NEXT();
      TARGET(DELETE_NAME) {
        Str* name = names[oparg];
        bool found;
        if (is_exactly(f->locals, dict_type)) {
          found = dict_del(static_cast<Dict*>(f->locals), name);
        } else {
          found = mapping_del_opt(f->locals, name);
        }
        if (!found) raise_name_error(name, "name '" + name->s + "' is not defined");
      }
      NEXT();
      TARGET(LOAD_GLOBAL) {
        Str* name = names[oparg];
        Object* o = load_global(co, f, uint32_t(next_instr - first_instr - 1), name);
        if (!o) raise_name_error(name, "name '" + name->s + "' is not defined");
        o->incref();
        PUSH(o);
      }
      NEXT();
      TARGET(STORE_GLOBAL) {
        dict_set(f->globals, names[oparg], TOP());
        xdecref(POP());
      }
      NEXT();
      TARGET(DELETE_GLOBAL) {
        Str* name = names[oparg];
        if (!dict_del(f->globals, name)) {
          raise_name_error(name, "name '" + name->s + "' is not defined");
        }
      }
      NEXT();

      // ----- attributes and subscripts
      TARGET(LOAD_ATTR) {
        Object* owner = TOP();
        Str* name = names[oparg];
        AttrCache& c = attr_cache_at(co, INSTR_INDEX());
        if (c.kind == AttrKind::PropertyFrame && owner->type == c.key && c.epoch == g_type_epoch &&
            in.recursion_depth < in.recursion_limit) {
          // The getter's frame takes the owner's stack reference; its return value replaces it.
          Object* fget = static_cast<Property*>(c.descr)->fget.get();
          if (fget && fget->type == function_type) {
            auto* fn = static_cast<Function*>(fget);
            if (fn->code->exact_args_call && fn->code->argcount == 1) {
              Frame* nf = new_exact_frame(fn);
              fn->incref();
              nf->slots()[0] = owner;
              sp -= 1;
              ENTER_INLINE_FRAME(nf);
              NEXT();
            }
          }
        }
        Object* r = attr_cache_load(c, owner, name);
        if (!r) r = attr_load_and_fill(c, owner, name).release();
        sp[-1] = r;
        owner->decref();
      }
      NEXT();
      TARGET(LOAD_METHOD) {
        Object* obj = TOP();
        Str* name = names[oparg];
        AttrCache& c = attr_cache_at(co, INSTR_INDEX());
        Object* meth = attr_cache_method(c, obj, name);
        if (!meth && c.kind != AttrKind::Method) {
          if (Object* v = attr_cache_load(c, obj, name)) {
            sp[-1] = v;
            obj->decref();
            PUSH(nullptr);
            NEXT();
          }
        }
        Value v;
        if (!meth) meth = attr_method_and_fill(c, obj, name, v);
        if (meth) {
          meth->incref();
          sp[-1] = meth;
          PUSH(obj);
        } else {
          sp[-1] = v.release();
          obj->decref();
          PUSH(nullptr);
        }
      }
      NEXT();
      TARGET(STORE_ATTR) {
        Object* owner = TOP();
        Object* v = PEEK(2);
        AttrCache& c = attr_cache_at(co, INSTR_INDEX());
        if (!attr_cache_store(c, owner, names[oparg], v)) {
          attr_store_and_fill(c, owner, names[oparg], v);
        }
        sp -= 2;
        owner->decref();
        v->decref();
      }
      NEXT();
      TARGET(DELETE_ATTR) {
        Object* owner = TOP();
        delattr(owner, names[oparg]);
        sp -= 1;
        owner->decref();
      }
      NEXT();
      TARGET(BINARY_SUBSCR) {
        Object* sub = TOP();
        Object* container = PEEK(2);
        Object* r = fast_subscript(container, sub);
        if (!r && container->type == dict_type) {
          // A missing key of an exact dict raises without a C++ throw: `try: d[k] except
          // KeyError` is a common idiom in hot loops.
          Object* key[] = {sub};
          pending = new_exception_args(exc::KeyError, key);
          err_kind = ErrKind::Fresh;
          goto error;
        }
        if (!r) r = getitem(container, sub).release();
        sp -= 2;
        sub->decref();
        container->decref();
        PUSH(r);
      }
      NEXT();
      TARGET(STORE_SUBSCR) {
        Object* sub = TOP();
        Object* container = PEEK(2);
        Object* v = PEEK(3);
        if (is_exactly(container, dict_type)) {
          dict_set(static_cast<Dict*>(container), sub, v);
        } else {
          setitem(container, sub, v);
        }
        sp -= 3;
        sub->decref();
        container->decref();
        v->decref();
      }
      NEXT();
      TARGET(DELETE_SUBSCR) {
        Object* sub = TOP();
        Object* container = PEEK(2);
        delitem(container, sub);
        sp -= 2;
        sub->decref();
        container->decref();
      }
      NEXT();
      TARGET(BUILD_SLICE) {
        Object* step = oparg == 3 ? TOP() : None;
        Object* stop = PEEK(oparg == 3 ? 2 : 1);
        Object* start = PEEK(oparg == 3 ? 3 : 2);
        Value s = slice_new(start, stop, step);
        for (uint32_t i = 0; i < oparg; ++i) POP()->decref();
        PUSH(s.release());
      }
      NEXT();

      // ----- operators
      TARGET(BINARY_OP) {
        Object* r = TOP();
        Object* l = PEEK(2);
        Object* res = nullptr;
        if (l->type == r->type) {
          if (l->type == int_type) {
            res = small_int_binop(l, r, oparg);
          } else if (l->type == float_type) {
            res = float_binop(l, r, oparg);
          } else if (l->type == str_type && oparg == NB_INPLACE_ADD &&
                     release_store_target(f, *next_instr, l)) {
            res = append_in_place(l, r);
          }
        }
        if (!res) {
          res = (oparg >= kNbInplace ? inplace_op(l, r, nb_to_binop(oparg))
                                     : binary_op(l, r, nb_to_binop(oparg)))
                    .release();
        }
        sp -= 2;
        l->decref();
        r->decref();
        PUSH(res);
      }
      NEXT();
      TARGET(UNARY_NEGATIVE) {
        Value r = unary_op(TOP(), UnaryOp::Neg);
        TOP()->decref();
        sp[-1] = r.release();
      }
      NEXT();
      TARGET(UNARY_POSITIVE) {
        Value r = unary_op(TOP(), UnaryOp::Pos);
        TOP()->decref();
        sp[-1] = r.release();
      }
      NEXT();
      TARGET(UNARY_INVERT) {
        Value r = unary_op(TOP(), UnaryOp::Invert);
        TOP()->decref();
        sp[-1] = r.release();
      }
      NEXT();
      TARGET(UNARY_NOT) {
        Object* v = TOP();
        bool t = v == True_ ? true : v == False_ ? false : truthy(v);
        sp[-1] = (t ? False_ : True_);
        sp[-1]->incref();
        v->decref();
      }
      NEXT();
      TARGET(COMPARE_OP) {
        Object* r = TOP();
        Object* l = PEEK(2);
        Object* res;
        if (l->type == int_type && r->type == int_type && !static_cast<Int*>(l)->big &&
            !static_cast<Int*>(r)->big) {
          const bool t =
              small_int_compare(static_cast<Int*>(l)->small, static_cast<Int*>(r)->small, oparg);
          const CodeWord nw = *next_instr;
          if (word_op(nw) == Op::POP_JUMP_IF_FALSE || word_op(nw) == Op::POP_JUMP_IF_TRUE) {
            // Compare and branch without making the bool (CPython: COMPARE_OP_INT_JUMP).
            sp -= 2;
            l->decref();
            r->decref();
            ++next_instr;
            if (t == (word_op(nw) == Op::POP_JUMP_IF_TRUE)) JUMP_TO(word_arg(nw));
            NEXT();
          }
          res = t ? True_ : False_;
          res->incref();
        } else {
          res = compare(l, r, CmpOp(oparg)).release();
        }
        sp -= 2;
        l->decref();
        r->decref();
        PUSH(res);
      }
      NEXT();
      TARGET(IS_OP) {
        Object* r = POP();
        Object* l = POP();
        bool res = (l == r) != (oparg != 0);
        l->decref();
        r->decref();
        Object* b = res ? True_ : False_;
        b->incref();
        PUSH(b);
      }
      NEXT();
      TARGET(CONTAINS_OP) {
        Object* r = TOP();
        Object* l = PEEK(2);
        bool res = contains(r, l) != (oparg != 0);
        sp -= 2;
        l->decref();
        r->decref();
        Object* b = res ? True_ : False_;
        b->incref();
        PUSH(b);
      }
      NEXT();

      // ----- jumps
      TARGET(JUMP_FORWARD) {
        JUMP_TO(oparg);
      }
      NEXT();
      TARGET(JUMP_BACKWARD) {
        JUMP_TO(oparg);
        CHECK_BREAKER();
      }
      NEXT();
      TARGET(JUMP_BACKWARD_NO_INTERRUPT) {
        JUMP_TO(oparg);
      }
      NEXT();
      TARGET(POP_JUMP_IF_FALSE) {
        Object* v = TOP();
        bool t = v == True_ ? true : v == False_ ? false : truthy(v);
        DROP();
        v->decref();
        if (!t) JUMP_TO(oparg);
      }
      NEXT();
      TARGET(POP_JUMP_IF_TRUE) {
        Object* v = TOP();
        bool t = v == True_ ? true : v == False_ ? false : truthy(v);
        DROP();
        v->decref();
        if (t) JUMP_TO(oparg);
      }
      NEXT();
      TARGET(POP_JUMP_IF_NONE) {
        Object* v = POP();
        if (v == None) JUMP_TO(oparg);
        v->decref();
      }
      NEXT();
      TARGET(POP_JUMP_IF_NOT_NONE) {
        Object* v = POP();
        if (v != None) JUMP_TO(oparg);
        v->decref();
      }
      NEXT();
      TARGET(JUMP_IF_FALSE_OR_POP) {
        Object* v = TOP();
        bool t = v == True_ ? true : v == False_ ? false : truthy(v);
        if (t) {
          DROP();
          v->decref();
        } else {
          JUMP_TO(oparg);
        }
      }
      NEXT();
      TARGET(JUMP_IF_TRUE_OR_POP) {
        Object* v = TOP();
        bool t = v == True_ ? true : v == False_ ? false : truthy(v);
        if (!t) {
          DROP();
          v->decref();
        } else {
          JUMP_TO(oparg);
        }
      }
      NEXT();

      // ----- iteration
      TARGET(GET_ITER) {
        Object* o = TOP();
        Value it = get_iter(o);
        sp[-1] = it.release();
        o->decref();
      }
      NEXT();
      TARGET(FOR_ITER) {
        Object* it = TOP();
        if (it->type == generator_type) {
          auto* g = static_cast<Generator*>(it);
          if (g->state == GenState::Suspended || g->state == GenState::Created) {
            Frame* gf = g->frame;
            enter_frame(gf, f);
            if (g->state != GenState::Created) gf->stack()[gf->sp++] = (None->incref(), None);
            g->state = GenState::Running;
            gf->is_entry = 0;
            SAVE_FRAME();
            f = gf;
            LOAD_FRAME();
            goto L_NOP;
          }
        }
        Object* v = iterate_next(it);
        if (v) {
          PUSH(v);
        } else {
          DROP();
          it->decref();
          JUMP_TO(oparg);
        }
      }
      NEXT();

      // ----- building values
      TARGET(BUILD_TUPLE) {
        Ref<Tuple> t = tuple_new(oparg);
        Object** base = sp - oparg;
        for (uint32_t i = 0; i < oparg; ++i) {
          t->items[i]->decref();
          t->items[i] = base[i];
        }
        sp = base;
        PUSH(t.release());
      }
      NEXT();
      TARGET(BUILD_LIST) {
        Ref<List> l = list_new();
        Object** base = sp - oparg;
        l->items.reserve(oparg);
        for (uint32_t i = 0; i < oparg; ++i) l->items.push_back(Value::steal(base[i]));
        sp = base;
        PUSH(l.release());
      }
      NEXT();
      TARGET(BUILD_SET) {
        Ref<Set> s = set_new();
        Object** base = sp - oparg;
        for (uint32_t i = 0; i < oparg; ++i) set_add(s.get(), base[i]);
        for (uint32_t i = 0; i < oparg; ++i) base[i]->decref();
        sp = base;
        PUSH(s.release());
      }
      NEXT();
      TARGET(BUILD_MAP) {
        Ref<Dict> d = dict_new();
        Object** base = sp - 2 * oparg;
        for (uint32_t i = 0; i < oparg; ++i) dict_set(d.get(), base[2 * i], base[2 * i + 1]);
        for (uint32_t i = 0; i < 2 * oparg; ++i) base[i]->decref();
        sp = base;
        PUSH(d.release());
      }
      NEXT();
      TARGET(BUILD_CONST_KEY_MAP) {
        auto* keys = static_cast<Tuple*>(TOP());
        Ref<Dict> d = dict_new();
        Object** base = sp - 1 - oparg;
        for (uint32_t i = 0; i < oparg; ++i) dict_set(d.get(), keys->items[i], base[i]);
        keys->decref();
        for (uint32_t i = 0; i < oparg; ++i) base[i]->decref();
        sp = base;
        PUSH(d.release());
      }
      NEXT();
      TARGET(BUILD_STRING) {
        Object** base = sp - oparg;
        size_t n = 0;
        for (uint32_t i = 0; i < oparg; ++i) n += static_cast<Str*>(base[i])->s.size();
        std::string s;
        s.reserve(n);
        for (uint32_t i = 0; i < oparg; ++i) s += static_cast<Str*>(base[i])->s;
        Ref<Str> r = str_from(std::move(s));
        for (uint32_t i = 0; i < oparg; ++i) base[i]->decref();
        sp = base;
        PUSH(r.release());
      }
      NEXT();
      TARGET(LIST_APPEND) {
        Object* v = TOP();
        static_cast<List*>(PEEK(oparg + 1))->items.push_back(Value(v));
        --sp;
        v->decref();
      }
      NEXT();
      TARGET(SET_ADD) {
        Object* v = TOP();
        set_add(static_cast<Set*>(PEEK(oparg + 1)), v);
        --sp;
        v->decref();
      }
      NEXT();
      TARGET(MAP_ADD) {
        Object* v = TOP();
        Object* k = PEEK(2);
        dict_set(static_cast<Dict*>(PEEK(oparg + 2)), k, v);
        sp -= 2;
        k->decref();
        v->decref();
      }
      NEXT();
      TARGET(LIST_EXTEND) {
        Object* iterable = TOP();
        list_extend_unpack(static_cast<List*>(PEEK(oparg + 1)), iterable);
        --sp;
        iterable->decref();
      }
      NEXT();
      TARGET(SET_UPDATE) {
        Object* iterable = TOP();
        set_update(static_cast<Set*>(PEEK(oparg + 1)), iterable);
        --sp;
        iterable->decref();
      }
      NEXT();
      TARGET(DICT_UPDATE) {
        Object* update = TOP();
        dict_update_unpack(static_cast<Dict*>(PEEK(oparg + 1)), update);
        --sp;
        update->decref();
      }
      NEXT();
      TARGET(DICT_MERGE) {
        Object* update = TOP();
        dict_merge_kwargs_checked(static_cast<Dict*>(PEEK(oparg + 1)), update, PEEK(oparg + 4));
        --sp;
        update->decref();
      }
      NEXT();
      TARGET(LIST_TO_TUPLE) {
        Object* l = TOP();
        Ref<Tuple> t = tuple_from_values(static_cast<List*>(l)->items);
        sp[-1] = t.release();
        l->decref();
      }
      NEXT();
      TARGET(UNPACK_SEQUENCE) {
        Object* seq = TOP();
        // Exact tuples and lists of the right size (CPython: UNPACK_SEQUENCE_TUPLE/_LIST).
        if (seq->type == tuple_type && static_cast<Tuple*>(seq)->size == oparg) {
          Object** items = static_cast<Tuple*>(seq)->items;
          for (uint32_t i = 0; i < oparg; ++i) {
            items[i]->incref();
            sp[int(oparg) - 2 - int(i)] = items[i];
          }
          sp += oparg - 1;
          seq->decref();
          NEXT();
        }
        if (seq->type == list_type && static_cast<List*>(seq)->items.size() == oparg) {
          auto& items = static_cast<List*>(seq)->items;
          for (uint32_t i = 0; i < oparg; ++i) {
            Object* o = items[i].get();
            o->incref();
            sp[int(oparg) - 2 - int(i)] = o;
          }
          sp += oparg - 1;
          seq->decref();
          NEXT();
        }
        unpack_sequence(seq, oparg, sp - 1);
        sp += oparg - 1;
        seq->decref();
      }
      NEXT();
      TARGET(UNPACK_EX) {
        Object* seq = TOP();
        uint32_t before = oparg & 0xFF, after = oparg >> 8;
        unpack_ex(seq, before, after, sp - 1);
        sp += before + after;
        seq->decref();
      }
      NEXT();
      TARGET(FORMAT_VALUE) {
        Object* spec = (oparg & FVS_HAVE_SPEC) ? TOP() : nullptr;
        Object* value = PEEK(spec ? 2 : 1);
        Value r = format_value(value, oparg & FVC_MASK, spec);
        if (spec) {
          DROP();
          spec->decref();
        }
        value->decref();
        sp[-1] = r.release();
      }
      NEXT();

      // ----- functions and classes
      TARGET(MAKE_FUNCTION) {
        auto* code = static_cast<Code*>(TOP());
        Ref<Function> fn = function_new(Ref<Code>(code), Ref<Dict>(f->globals));
        Object** p = sp - 1;
        if (oparg & MF_CLOSURE) fn->closure = Ref<Tuple>::steal(static_cast<Tuple*>(*--p));
        if (oparg & MF_ANNOTATIONS) fn->annotations = Value::steal(*--p);
        if (oparg & MF_KWDEFAULTS) fn->kwdefaults = Ref<Dict>::steal(static_cast<Dict*>(*--p));
        if (oparg & MF_DEFAULTS) fn->defaults = Ref<Tuple>::steal(static_cast<Tuple*>(*--p));
        code->decref();
        sp = p;
        PUSH(fn.release());
      }
      NEXT();
      TARGET(LOAD_BUILD_CLASS) {
        Object* bc = dict_get_str(f->builtins, dunder::build_class);
        if (!bc) raise(exc::NameError, "__build_class__ not found");
        bc->incref();
        PUSH(bc);
      }
      NEXT();
      TARGET(SETUP_ANNOTATIONS) {
        setup_annotations(f->locals);
      }
      NEXT();

      // ----- exceptions
      TARGET(RAISE_VARARGS) {
        if (oparg == 0) {
          Object* cur = current_handled_exception();
          if (!cur) raise(exc::RuntimeError, "No active exception to reraise");
          pending = Value(cur);
          goto exception_unwind;
        }
        Object* cause = oparg == 2 ? TOP() : nullptr;
        Object* e = PEEK(oparg);
        pending = normalize_raise(e, cause, oparg == 2);
        sp -= oparg;
        e->decref();
        if (cause) cause->decref();
        err_kind = ErrKind::Fresh;
      }
      goto error;
      TARGET(RERAISE) {
        pending = Value::steal(POP());
        if (oparg) {
          int64_t lasti = 0;
          if (int_as_int64(PEEK(oparg), lasti)) f->lasti = uint32_t(lasti);
        }
      }
      goto exception_unwind;
      TARGET(PUSH_EXC_INFO) {
        Object* value = POP();
        ExcInfo* ei = ts.exc_info;
        Object* prev = ei->exc ? ei->exc.release() : (None->incref(), None);
        PUSH(prev);
        ei->exc = Value(value);
        PUSH(value);
      }
      NEXT();
      TARGET(POP_EXCEPT) {
        ts.exc_info->exc = Value::steal(POP());
      }
      NEXT();
      TARGET(CHECK_EXC_MATCH) {
        Object* type = TOP();
        check_except_type_valid(type);
        bool m = exception_given_matches(PEEK(2), type);
        sp[-1] = m ? True_ : False_;
        sp[-1]->incref();
        type->decref();
      }
      NEXT();
      TARGET(CHECK_EG_MATCH) {
        Object* type = TOP();
        check_except_star_type_valid(type);
        Object* ev = PEEK(2);
        Value match, rest;
        exception_group_match(ev, type, match, rest);
        DROP();
        type->decref();
        if (match.get() == None) {
          PUSH(match.release());
        } else {
          sp[-1] = rest.release();
          ev->decref();
          ts.exc_info->exc = match;
          PUSH(match.release());
        }
      }
      NEXT();
      TARGET(PREP_RERAISE_STAR) {
        Object* excs = TOP();
        Object* orig = PEEK(2);
        Value r = prep_reraise_star(orig, excs);
        sp -= 2;
        excs->decref();
        orig->decref();
        PUSH(r.release());
      }
      NEXT();
      TARGET(WITH_EXCEPT_START) {
        // Stack: exit, lasti, previous exception, exception.
        Object* ev = TOP();
        Object* exit = PEEK(4);
        BaseExceptionObject* e = as_exception(ev);
        Object* tb = e && e->traceback ? e->traceback.get() : None;
        Value r = call(exit, {ev->type, ev, tb});
        PUSH(r.release());
      }
      NEXT();
      TARGET(LOAD_ASSERTION_ERROR) {
        exc::AssertionError->incref();
        PUSH(exc::AssertionError);
      }
      NEXT();
      TARGET(BEFORE_WITH) {
        Object* mgr = TOP();
        Value enter = lookup_special(mgr, dunder::enter);
        if (!enter) {
          raise(exc::TypeError,
                "'" + mgr->type->name + "' object does not support the context manager protocol");
        }
        Value exit = lookup_special(mgr, dunder::exit);
        if (!exit) {
          raise(exc::TypeError, "'" + mgr->type->name +
                                    "' object does not support the context manager protocol "
                                    "(missed __exit__ method)");
        }
        sp[-1] = exit.release();
        mgr->decref();
        Value res = call(enter.get(), std::initializer_list<Object*>{});
        PUSH(res.release());
      }
      NEXT();
      TARGET(BEFORE_ASYNC_WITH) {
        Object* mgr = TOP();
        Value enter = lookup_special(mgr, dunder::aenter);
        if (!enter) {
          raise(exc::TypeError,
                "'" + mgr->type->name +
                    "' object does not support the asynchronous context manager protocol");
        }
        Value exit = lookup_special(mgr, dunder::aexit);
        if (!exit) {
          raise(exc::TypeError,
                "'" + mgr->type->name +
                    "' object does not support the asynchronous context manager protocol "
                    "(missed __aexit__ method)");
        }
        sp[-1] = exit.release();
        mgr->decref();
        Value res = call(enter.get(), std::initializer_list<Object*>{});
        PUSH(res.release());
      }
      NEXT();

      // ----- generators and coroutines
      TARGET(GET_YIELD_FROM_ITER) {
        Object* o = TOP();
        if (o->type == coroutine_type) {
          if (!(co->flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
            raise(exc::TypeError,
                  "cannot 'yield from' a coroutine object in a non-coroutine generator");
          }
        } else if (o->type != generator_type) {
          Value it = get_iter(o);
          sp[-1] = it.release();
          o->decref();
        }
      }
      NEXT();
      TARGET(GET_AWAITABLE) {
        Object* o = TOP();
        Value it = get_awaitable_iter(o, oparg);
        sp[-1] = it.release();
        o->decref();
      }
      NEXT();
      TARGET(GET_AITER) {
        Object* o = TOP();
        Value it = get_aiter(o);
        sp[-1] = it.release();
        o->decref();
      }
      NEXT();
      TARGET(GET_ANEXT) {
        Value aw = get_anext_awaitable(TOP());
        PUSH(aw.release());
      }
      NEXT();
      TARGET(END_ASYNC_FOR) {
        Object* ev = TOP();
        if (exception_matches(ev, exc::StopAsyncIteration)) {
          sp -= 2;
          ev->decref();
          sp[0]->decref();
        } else {
          pending = Value::steal(POP());
          goto exception_unwind;
        }
      }
      NEXT();
      TARGET(ASYNC_GEN_WRAP) {
        Object* v = TOP();
        sp[-1] = async_gen_wrap_value(v).release();
        v->decref();
      }
      NEXT();
      TARGET(SEND) {
        Object* v = TOP();
        Object* recv = PEEK(2);
        if (recv->type == generator_type || recv->type == coroutine_type) {
          auto* g = static_cast<Generator*>(recv);
          if (g->state == GenState::Suspended || (g->state == GenState::Created && v == None)) {
            Frame* gf = g->frame;
            enter_frame(gf, f);
            --sp;
            if (g->state == GenState::Created) {
              v->decref();
            } else {
              gf->stack()[gf->sp++] = v;
            }
            g->state = GenState::Running;
            gf->is_entry = 0;
            SAVE_FRAME();
            f = gf;
            LOAD_FRAME();
            goto L_NOP;
          }
        }
        Value res;
        SendStatus st = send_generic(recv, v, res);
        --sp;
        v->decref();
        if (st == SendStatus::Return) {
          sp[-1] = res.release();
          recv->decref();
          JUMP_TO(oparg);
        } else {
          PUSH(res.release());
        }
      }
      NEXT();
      TARGET(YIELD_VALUE) {
        Object* v = POP();
        Generator* g = f->gen;
        SAVE_FRAME();
        g->state = GenState::Suspended;
        leave_frame(f);
        Frame* caller = f->back;
        f->back = nullptr;
        if (f->is_entry) {
          f->is_entry = 0;
          result = Value::steal(v);
          return SendStatus::Yield;
        }
        f = caller;
        LOAD_FRAME();
        PUSH(v);
      }
      NEXT();

      // ----- imports
      TARGET(IMPORT_NAME) {
        Object* fromlist = TOP();
        Object* level = PEEK(2);
        Value m = import_name(names[oparg], fromlist, level, f->globals);
        sp -= 2;
        fromlist->decref();
        level->decref();
        PUSH(m.release());
      }
      NEXT();
      TARGET(IMPORT_FROM) {
        Value v = import_from(TOP(), names[oparg]);
        PUSH(v.release());
      }
      NEXT();
      TARGET(IMPORT_STAR) {
        Object* m = TOP();
        import_star(m, f->locals);
        --sp;
        m->decref();
      }
      NEXT();

      // ---------------------------------------------------------------------------------------
      // 3. Calls and frame pushes
      // ---------------------------------------------------------------------------------------
      // CALL and CALL_KW set the operands and share one body.
      TARGET(CALL) {
        call_args = sp - oparg;
        call_npos = oparg;
        call_kwnames = nullptr;
      }
      goto do_call;
      TARGET(CALL_KW) {
        call_kwnames = static_cast<Tuple*>(TOP());
        call_npos = oparg - uint32_t(call_kwnames->size);
        call_args = sp - 1 - oparg;
      }
    do_call : {
      Object** args = call_args;
      if (!args[-1] && args[-2]->type == method_type) {
        // A bound method: call its function with self in the NULL slot (CPython does the
        // same in CALL so that Python methods get the inline frame push).
        auto* m = static_cast<Method*>(args[-2]);
        args[-1] = m->self.get();
        args[-1]->incref();
        args[-2] = m->func.get();
        args[-2]->incref();
        m->decref();
      }
      Object* callable = args[-2];
      if (callable->type == type_type && !args[-1] && !call_kwnames) {
        // CALL of a class with object.__new__ and a Python __init__: the instance is made here
        // and __init__'s frame pushed inline; the instance replaces the class on the stack and
        // RETURN_VALUE checks __init__ returned None (CPython 3.13: CALL_ALLOC_AND_ENTER_INIT).
        AttrCache& c = attr_cache_at(co, INSTR_INDEX());
        if (c.kind != AttrKind::Init || c.key != callable || c.epoch != g_type_epoch) {
          attr_fill_init(c, callable, call_npos);
        }
        if (c.kind == AttrKind::Init && c.key == callable && c.epoch == g_type_epoch &&
            in.recursion_depth < in.recursion_limit) {
          auto* init = static_cast<Function*>(c.descr);
          Object* self = alloc_instance<Object>(static_cast<Type*>(callable)).release();
          Frame* nf;
          try {
            nf = new_exact_frame(init);
          } catch (...) {
            self->decref();
            throw;
          }
          init->incref();
          Object** lp = nf->slots();
          self->incref();
          lp[0] = self;
          for (size_t j = 0; j < call_npos; ++j) lp[j + 1] = args[j];
          nf->is_init = 1;
          args[-2] = self;
          sp = args - 1;
          callable->decref();
          ENTER_INLINE_FRAME(nf);
          NEXT();
        }
      }
      Object* const* argv = args[-1] ? args - 1 : args;
      size_t argc = call_npos + (args[-1] ? 1 : 0);
      if (callable->type == function_type) {
        auto* fn = static_cast<Function*>(callable);
        Code* fco = fn->code.get();
        if (fco->exact_args_call && argc == fco->argcount && !call_kwnames &&
            in.recursion_depth < in.recursion_limit) {
          // The references to the function and the arguments move from the stack into the
          // new frame.
          Frame* nf = new_exact_frame(fn);
          Object** lp = nf->slots();
          for (size_t j = 0; j < argc; ++j) lp[j] = argv[j];
          sp = args - 2;
          ENTER_INLINE_FRAME(nf);
          NEXT();
        }
        Frame* nf = make_call_frame(fn, argv, argc, call_kwnames);
        if (fn->code->is_generator_like()) {
          Ref<Generator> g = generator_new(nf);
          for (Object** p = args - 2; p < sp; ++p) xdecref(*p);
          sp = args - 2;
          PUSH(g.release());
        } else {
          try {
            enter_frame(nf, f);
          } catch (...) {
            frame_free(nf);
            throw;
          }
          for (Object** p = args - 2; p < sp; ++p) xdecref(*p);
          sp = args - 2;
          SAVE_FRAME();
          f = nf;
          LOAD_FRAME();
          CHECK_BREAKER();
        }
      } else {
        Value r = call_kwnames ? call(callable, Args{argv, argc, call_kwnames})
                               : call_native(callable, argv, argc);
        for (Object** p = args - 2; p < sp; ++p) xdecref(*p);
        sp = args - 2;
        PUSH(r.release());
      }
    }
      NEXT();
      TARGET(CALL_FUNCTION_EX) {
        Object* kwargs = (oparg & 1) ? TOP() : nullptr;
        Object** base = sp - 3 - (oparg & 1);  // callable, NULL, args[, kwargs]
        Object* callable = base[0];
        Value callargs = call_ex_args(callable, base[2]);
        Ref<Dict> kwdict = kwargs ? call_ex_kwargs(callable, kwargs) : Ref<Dict>();
        if (callable->type == function_type) {
          auto* fn = static_cast<Function*>(callable);
          Frame* nf = make_call_frame_ex(fn, static_cast<Tuple*>(callargs.get()), kwdict.get());
          if (fn->code->is_generator_like()) {
            Ref<Generator> g = generator_new(nf);
            for (Object** p = base; p < sp; ++p) xdecref(*p);
            sp = base;
            PUSH(g.release());
          } else {
            try {
              enter_frame(nf, f);
            } catch (...) {
              frame_free(nf);
              throw;
            }
            for (Object** p = base; p < sp; ++p) xdecref(*p);
            sp = base;
            SAVE_FRAME();
            f = nf;
            LOAD_FRAME();
            CHECK_BREAKER();
          }
        } else {
          auto* t = static_cast<Tuple*>(callargs.get());
          Value r = kwdict ? call_kw(callable, t->span(), kwdict.get()) : call(callable, t->span());
          for (Object** p = base; p < sp; ++p) xdecref(*p);
          sp = base;
          PUSH(r.release());
        }
      }
      NEXT();
      TARGET(RETURN_VALUE) {
        Object* retval = POP();
        Frame* done = f;
        if (!done->gen && !done->is_entry) {
          // A plain call pushed by CALL returns into its caller (leave_frame inlined).
          Frame* caller = done->back;
          ts.current = caller;
          --in.recursion_depth;
          const bool is_init = done->is_init;
          done->sp = 0;
          frame_free(done);
          f = caller;
          LOAD_FRAME();
          if (is_init) {
            // The instance is already on the caller's stack (CPython: type_call's check).
            if (retval != None) {
              pending = new_exception(exc::TypeError,
                                      "__init__() should return None, not '" + tname(retval) + "'");
              retval->decref();
              err_kind = ErrKind::Native;
              goto error;
            }
            retval->decref();
            NEXT();
          }
          PUSH(retval);
          NEXT();
        }
        Generator* g = done->gen;
        const bool entry = done->is_entry;
        Frame* caller = done->back;
        leave_frame(done);
        done->sp = 0;
        if (g) {
          gen_finish(g);
        } else {
          frame_free(done);
        }
        if (entry) {
          result = Value::steal(retval);
          return SendStatus::Return;
        }
        f = caller;
        LOAD_FRAME();
        CodeWord prev = next_instr[-1];
        if (word_op(prev) == Op::SEND) {
          Object* recv = sp[-1];
          sp[-1] = retval;
          recv->decref();
          JUMP_TO(word_arg(prev));
        } else if (word_op(prev) == Op::FOR_ITER) {
          retval->decref();
          POP()->decref();
          JUMP_TO(word_arg(prev));
        } else {
          PUSH(retval);
        }
      }
      NEXT();

      // Pseudo-instructions never reach the VM.
      TARGET(SETUP_FINALLY)
      TARGET(SETUP_CLEANUP)
      TARGET(SETUP_WITH)
      TARGET(POP_BLOCK) {
        raise(exc::SystemError, "pseudo-instruction in bytecode");
      }

      // ---------------------------------------------------------------------------------------
      // 5. Exceptions
      // ---------------------------------------------------------------------------------------
    error:
      switch (err_kind) {
        case ErrKind::Fresh:
          chain_exception_context(pending.get(), false);
          break;
        case ErrKind::Native:
          chain_exception_context(pending.get(), true);
          break;
        case ErrKind::Throw:
          if (ts.exc_info->exc && ts.exc_info->exc.get() != None) {
            chain_exception_context(pending.get(), false);
          }
          break;
        case ErrKind::Propagated:
          break;
      }
      traceback_here(pending.get(), f, f->lasti == UINT32_MAX ? -1 : int(f->lasti));

    exception_unwind : {
      const int64_t cur = (next_instr - first_instr) - 1;
      // A requested stop skips every handler (except, finally, with): nothing can catch it.
      const ExceptEntry* h = cur >= 0 && !g_run_stop.load(std::memory_order_relaxed)
                                 ? co->find_handler(uint32_t(cur))
                                 : nullptr;
      if (h) {
        Object** base = f->stack() + h->depth;
        while (sp > base) xdecref(POP());
        if (h->lasti) PUSH(int_from(int64_t(f->lasti)).release());
        PUSH(pending.release());
        JUMP_TO(h->target);
        NEXT();
      }
      // No handler: the frame finishes with the exception.
      while (sp > f->stack()) xdecref(POP());
      Frame* done = f;
      Generator* g = done->gen;
      const bool entry = done->is_entry;
      Frame* caller = done->back;
      leave_frame(done);
      done->sp = 0;
      if (g) {
        pending = gen_wrap_stop_iteration(g, std::move(pending));
        gen_finish(g);
      } else {
        frame_free(done);
      }
      if (entry) goto exit_with_exception;
      f = caller;
      LOAD_FRAME();
      err_kind = ErrKind::Propagated;
      goto error;
    }
    } catch (PyException& e) {
      pending = std::move(e.exc);
      err_kind = ErrKind::Native;
      resume_with_error = true;
      RELOAD_AFTER_THROW();
    } catch (std::bad_alloc&) {
      pending = new_exception(exc::MemoryError, "");
      err_kind = ErrKind::Native;
      resume_with_error = true;
      RELOAD_AFTER_THROW();
    } catch (std::length_error&) {
      pending = new_exception(exc::MemoryError, "");
      err_kind = ErrKind::Native;
      resume_with_error = true;
      RELOAD_AFTER_THROW();
    }
  }

exit_with_exception:
  throw PyException{std::move(pending)};

#undef LOAD_FRAME
#undef RELOAD_AFTER_THROW
#undef SAVE_FRAME
#undef NEXT
#undef TARGET
#undef PUSH
#undef POP
#undef DROP
#undef TOP
#undef PEEK
#undef JUMP_TO
#undef CHECK_BREAKER
#undef INSTR_INDEX
#undef ENTER_INLINE_FRAME
}

}  // namespace al
