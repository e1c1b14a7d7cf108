// The object model shared by the VM, the builtins and asyncio: every Python value is an Object.
//
// Index
//   1. Object and Ref       — intrusive reference counting (CPython: Include/object.h)
//   2. Calling convention   — vectorcall-style argument arrays (CPython:
//   Include/cpython/abstract.h)
//   3. Type and its slots   — CPython's tp_* slots, as C++ function pointers
//   4. Errors               — Python exceptions travel through C++ code as al::PyException
//
// Design choices, in a sentence each:
// - Reference counting (not tracing GC) so objects die when CPython's die: "Task was destroyed but
//   it is pending!" and "coroutine ... was never awaited" must appear at the same moment.
//   Reference cycles leak; the README lists this as a known difference.
// - Native code raises Python exceptions with C++ `throw` (al::PyException): it keeps hundreds of
//   builtins short; the VM catches at its dispatch loop, and Python-level raise/except inside the
//   VM never touches C++ exceptions.
// - Slots are plain function pointers so the VM's fast paths are one indirect call; user classes
//   get trampolines that look up the dunder method (CPython: Objects/typeobject.c slot_*).
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "engine/runtime/small_alloc.h"

namespace al {

struct Type;
struct Str;
struct Tuple;
struct Dict;

// ---------------------------------------------------------------------------------------------
// 1. Object and Ref
// ---------------------------------------------------------------------------------------------

struct Object {
  // Immortal objects (None, True, builtin types, small ints) start here and are never freed.
  static constexpr uint32_t kImmortal = 0x40000000u;

  uint32_t refcnt = 0;
  Type* type;

  explicit Object(Type* t) : type(t) {}
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;
  virtual ~Object() = default;

  // Objects live in small_alloc's pools; the sized delete gets the dynamic type's size from
  // the virtual destructor.
  static void* operator new(size_t size) { return small_alloc::allocate(size); }
  static void* operator new(size_t, void* where) noexcept { return where; }
  static void operator delete(void* p, size_t size) { small_alloc::release(p, size); }

  void incref() { ++refcnt; }
  void decref() {
    if (--refcnt == 0) destroy();
  }
  void make_immortal() { refcnt = kImmortal; }

 private:
  void destroy();  // runs the type's finalizer hook (generators, tasks) then deletes
};

// Owning pointer: increments on copy, decrements on destruction. Null is allowed and means
// "no object" (never Python None).
template <class T>
class Ref {
 public:
  Ref() = default;
  Ref(std::nullptr_t) {}
  Ref(T* p) : p_(p) {
    if (p_) p_->incref();
  }
  Ref(const Ref& o) : p_(o.p_) {
    if (p_) p_->incref();
  }
  Ref(Ref&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  template <class U>
  Ref(const Ref<U>& o) : p_(o.get()) {
    if (p_) p_->incref();
  }
  template <class U>
  Ref(Ref<U>&& o) noexcept : p_(o.release()) {}
  ~Ref() {
    if (p_) p_->decref();
  }
  Ref& operator=(Ref o) noexcept {
    std::swap(p_, o.p_);
    return *this;
  }

  T* get() const { return p_; }
  T* operator->() const { return p_; }
  T& operator*() const { return *p_; }
  explicit operator bool() const { return p_ != nullptr; }
  operator T*() const { return p_; }
  // Hands the reference to the caller without decrementing.
  T* release() { return std::exchange(p_, nullptr); }
  // Adopts a pointer whose reference the caller already owns.
  static Ref steal(T* p) {
    Ref r;
    r.p_ = p;
    return r;
  }

 private:
  T* p_ = nullptr;
};

using Value = Ref<Object>;

// Allocates a new object; its first Ref brings the count to 1.
template <class T, class... A>
Ref<T> make(A&&... args) {
  return Ref<T>(new T(std::forward<A>(args)...));
}

// ---------------------------------------------------------------------------------------------
// 2. Calling convention
// ---------------------------------------------------------------------------------------------

// Positional arguments first, then the values of keyword arguments whose names are in kwnames
// (CPython's vectorcall). Borrowed pointers: valid for the duration of the call.
struct Args {
  Object* const* items = nullptr;
  size_t npos = 0;
  Tuple* kwnames = nullptr;  // null when there are no keyword arguments

  size_t nkw() const;
  Object* operator[](size_t i) const { return items[i]; }
  std::span<Object* const> positional() const { return {items, npos}; }
  Object* kw_value(size_t i) const { return items[npos + i]; }
  Str* kw_name(size_t i) const;
};

using NativeFn = Value (*)(Object* self, Args args);

// ---------------------------------------------------------------------------------------------
// 3. Type and its slots
// ---------------------------------------------------------------------------------------------

enum class BinOp : uint8_t {
  Add,
  Sub,
  Mul,
  MatMul,
  TrueDiv,
  FloorDiv,
  Mod,
  Pow,
  LShift,
  RShift,
  And,
  Or,
  Xor,
  kCount
};
enum class UnaryOp : uint8_t { Neg, Pos, Invert, kCount };
enum class CmpOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
// Whether a three-way comparison result c (<0, 0, >0) satisfies `op`.
inline bool cmp_holds(int c, CmpOp op) {
  switch (op) {
    case CmpOp::Lt:
      return c < 0;
    case CmpOp::Le:
      return c <= 0;
    case CmpOp::Eq:
      return c == 0;
    case CmpOp::Ne:
      return c != 0;
    case CmpOp::Gt:
      return c > 0;
    case CmpOp::Ge:
      break;
  }
  return c >= 0;
}

// The result of resuming a generator, coroutine or native awaitable one step.
enum class SendStatus : uint8_t { Yield, Return };

struct Type : Object {
  // Identity.
  std::string name;      // tp_name as CPython shows it in messages: "int", "MyClass"
  std::string qualname;  // __qualname__
  std::string module;    // "builtins" for builtin types
  Type* base = nullptr;  // single inheritance; object has none
  Ref<Tuple> bases;      // __bases__
  Ref<Tuple> mro;        // __mro__, self first
  Ref<Dict> dict;        // attributes: methods, class variables, descriptors
  bool is_heap = false;  // created by a class statement
  bool allows_subclass = true;
  bool has_instance_dict = false;  // instances carry __dict__
  // Byte offset of the instance's Ref<Dict> inside the C++ object when has_instance_dict
  // (CPython: tp_dictoffset); set by the runtime when it allocates the instance layout.
  uint32_t dict_offset = 0;

  // Creation: tp_new + tp_init. new_instance allocates an instance of `type` (which may be a
  // subclass) before __init__ runs.
  Value (*new_instance)(Type* type, Args args) = nullptr;
  void (*init)(Object* self, Args args) = nullptr;

  // Text.
  Value (*repr)(Object* self) = nullptr;  // returns a Str
  Value (*str)(Object* self) = nullptr;   // falls back to repr

  // Identity and comparison. hash returns CPython's hash value; -1 never escapes.
  int64_t (*hash)(Object* self) = nullptr;                         // null means unhashable
  Value (*richcompare)(Object* a, Object* b, CmpOp op) = nullptr;  // NotImplemented allowed

  // Attributes (generic_getattr / generic_setattr by default).
  Value (*getattro)(Object* self, Str* name) = nullptr;  // throws AttributeError when missing
  void (*setattro)(Object* self, Str* name, Object* value) = nullptr;  // value null: delete

  // Descriptor protocol: functions, property, classmethod, staticmethod.
  Value (*descr_get)(Object* descr, Object* obj, Type* owner) = nullptr;   // obj null: via class
  void (*descr_set)(Object* descr, Object* obj, Object* value) = nullptr;  // value null: delete

  // Calls.
  Value (*call)(Object* self, Args args) = nullptr;

  // Numbers. Each returns NotImplemented when it cannot handle the pair (CPython's nb_*).
  Value (*binop[size_t(BinOp::kCount)])(Object* a, Object* b) = {};
  Value (*inplace[size_t(BinOp::kCount)])(Object* a, Object* b) = {};  // null: use binop
  Value (*unary[size_t(UnaryOp::kCount)])(Object* a) = {};
  bool (*truth)(Object* self) = nullptr;    // null: len, else true
  Value (*index)(Object* self) = nullptr;   // __index__ → Int
  Value (*to_int)(Object* self) = nullptr;  // __int__
  Value (*to_float)(Object* self) = nullptr;

  // Containers.
  int64_t (*length)(Object* self) = nullptr;
  Value (*getitem)(Object* self, Object* key) = nullptr;
  void (*setitem)(Object* self, Object* key, Object* value) = nullptr;  // value null: delete
  int (*contains)(Object* self, Object* item) = nullptr;                // 0/1; null: iterate

  // Iteration. next returns null (no exception) when exhausted, like CPython's tp_iternext.
  Value (*iter)(Object* self) = nullptr;
  Value (*next)(Object* self) = nullptr;

  // Generators, coroutines and native awaitables (CPython: Objects/genobject.c gen_send_ex).
  // send/throw run one step; on Return, `result` is the return value (StopIteration's value).
  Value (*await)(Object* self) = nullptr;  // __await__: returns the iterator to drive
  SendStatus (*send)(Object* self, Object* value, Value& result) = nullptr;
  SendStatus (*throw_)(Object* self, Object* exc, Value& result) = nullptr;

  // Called once when the refcount reaches zero, before deletion (CPython's tp_finalize):
  // generators close, unawaited coroutines warn, pending tasks complain.
  void (*finalize)(Object* self) = nullptr;

  // Out of line so that code including only this header need not see Dict and Tuple.
  explicit Type(Type* metatype);
  ~Type() override;

  bool is_subtype_of(const Type* other) const;
  // MRO lookup without binding (CPython: _PyType_Lookup). Returns a borrowed pointer or null.
  Object* lookup(Str* name) const;
  // Fills null slots from the base and, for heap types, installs dunder trampolines.
  void ready();
};

// Identity of every object's type, checked by the VM's fast paths.
inline bool is_exactly(const Object* o, const Type* t) {
  return o->type == t;
}
bool is_instance(const Object* o, const Type* t);

// ---------------------------------------------------------------------------------------------
// 4. Errors
// ---------------------------------------------------------------------------------------------

// A Python exception travelling through C++ frames. `exc` is an instance of BaseException.
struct PyException {
  Value exc;
};

[[noreturn]] void raise(Value exc);
// Creates an instance of an exception type with one message argument and throws it.
[[noreturn]] void raise(Type* exc_type, std::string message);

}  // namespace al
