// Generators, coroutines and async generators (CPython: Objects/genobject.c).
//
// One C++ struct serves the three kinds; the Python type (generator_type, coroutine_type,
// async_generator_type) tells them apart. Each owns its frame. The send/throw slots of the three
// types are how asyncio's Task drives a coroutine:
//
//   Value result;
//   SendStatus st = coro->type->send(coro, None, result);    // or ->throw_(coro, exc, result)
//   st == SendStatus::Yield:  `result` is what the innermost awaitable yielded (a Future)
//   st == SendStatus::Return: `result` is the coroutine's return value
//   a raised exception propagates as al::PyException
#pragma once

#include "engine/runtime/object.h"
#include "engine/vm/code.h"
#include "engine/vm/vmstate.h"

namespace al {

struct Frame;

enum class GenState : uint8_t { Created, Suspended, Running, Completed };

struct Generator : Object {
  Frame* frame = nullptr;  // owned; null once the generator has finished
  Ref<Code> code;          // kept after the frame is gone (gi_code / cr_code)
  Ref<Str> name;
  Ref<Str> qualname;
  ExcInfo exc_state;  // the exception being handled inside the generator
  GenState state = GenState::Created;
  // Async generators only (CPython: PyAsyncGenObject).
  bool ag_running_async = false;  // an asend/athrow awaitable is in progress
  bool ag_closed = false;
  bool ag_hooks_inited = false;

  Generator(Type* t, Frame* f);
  ~Generator() override;

  bool is_coroutine() const;
  bool is_async_gen() const;
};

// An async generator's extra field, kept out of Generator so coroutines stay 80 bytes (issue 3:
// memory per pending task).
struct AsyncGenerator : Generator {
  Value ag_finalizer;  // sys.set_asyncgen_hooks' finalizer, taken at the first iteration

  using Generator::Generator;
};
inline Value& ag_finalizer(Generator* g) {
  return static_cast<AsyncGenerator*>(g)->ag_finalizer;
}

// Creates the generator-like object for a frame whose code has CO_GENERATOR, CO_COROUTINE or
// CO_ASYNC_GENERATOR set (the call of a generator function returns it).
Ref<Generator> generator_new(Frame* frame);

// CPython: genobject.c gen_send_ex2: resumes with `value` pushed, or with `exc` raised at the
// suspension point when exc is non-null. Exhausted generators return Return with None (callers
// produce StopIteration / "cannot reuse" themselves, as gen_send_ex does).
SendStatus gen_send_ex(Generator* gen, Object* value, Object* exc, Value& result);
// The object a suspended generator delegates to with yield from / await (CPython: _PyGen_yf).
Object* gen_yield_from(Generator* gen);
// generator.close() (CPython: gen_close).
void gen_close(Generator* gen);

// The iterator `await o` drives (CPython: genobject.c _PyCoro_GetAwaitableIter plus the checks
// of GET_AWAITABLE); `where` is 0 for await, 1 after __aenter__, 2 after __aexit__.
Value get_awaitable_iter(Object* o, uint32_t where);
// GET_AITER / GET_ANEXT of `async for`.
Value get_aiter(Object* o);
Value get_anext_awaitable(Object* aiter);
// anext(aiterator, default): wraps the __anext__ awaitable.
Value anext_awaitable_new(Object* awaitable, Object* dflt);
// ASYNC_GEN_WRAP: marks a value yielded by an async generator body.
Value async_gen_wrap_value(Object* v);

// types.coroutine for a generator function: a copy whose generators may be awaited.
Value types_coroutine(Object* func);

// sys.set_asyncgen_hooks / get_asyncgen_hooks storage (null when unset).
struct AsyncGenHooks {
  Value firstiter;
  Value finalizer;
};
AsyncGenHooks& asyncgen_hooks();

void init_generator_types();

}  // namespace al
