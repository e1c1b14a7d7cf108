// Native coroutines: asyncio's `async def`s (sleep, wait_for, Queue.get, Lock.acquire,
// TaskGroup.__aexit__...) written as C++20 coroutines that sit in the same await chain as
// script coroutines (DESIGN.md §1): the innermost awaitable yields a Future up the chain to
// Task.step, exactly as in CPython.
//
//   Coro sleep_body(double delay, Value result) {          // a C++20 coroutine
//     Ref<Future> f = future_new(loop);
//     ...
//     Value r = co_await await_object(f.get());          // `await f`: suspends unless done
//     co_return r;
//   }
//   Value sleep(...) { return native_coro(sleep_body(d, r), "sleep"); }  // the Python object
//
// Awaiters:
//   co_await await_object(x)   `await x` for any awaitable: a Future (yields it up the chain
//                              unless done), a script coroutine (runs inline, like yield
//                              from), another native coroutine, an object with __await__.
//                              Returns the result or raises what the awaitable raised
//                              (CancelledError thrown into the task arrives here).
//   co_await bare_yield()      `yield` with None: gives up one loop pass (sleep(0)).
//
// Rules: no co_await inside a catch handler (C++ forbids it): catch, set a flag, then await
// after the handler. Python exceptions are al::PyException as everywhere. The object returned
// by native_coro() looks like a coroutine to scripts: `<coroutine object sleep at 0x...>`,
// "coroutine 'sleep' was never awaited" when dropped unawaited, send/throw/close.
//
// The driver resumes the C++ coroutine from a loop (never from within itself), so a long
// await chain never deepens the C++ stack (DESIGN.md §3).
#pragma once

#include <coroutine>
#include <exception>
#include <utility>

#include "engine/runtime/object.h"

namespace al {

struct CoroPromise;

// The return type of a native coroutine body.
class Coro {
 public:
  using promise_type = CoroPromise;
  explicit Coro(std::coroutine_handle<CoroPromise> h) : h_(h) {}
  Coro(Coro&& o) noexcept : h_(std::exchange(o.h_, {})) {}
  Coro(const Coro&) = delete;
  ~Coro() {
    if (h_) h_.destroy();
  }
  std::coroutine_handle<CoroPromise> release() { return std::exchange(h_, {}); }

 private:
  std::coroutine_handle<CoroPromise> h_;
};

struct CoroPromise {
  // User-declared so the promise is not an aggregate: C++20 would otherwise initialise it from
  // the coroutine's parameters (the promise-constructor rule with parenthesised aggregate init).
  CoroPromise() {}
  Value retval;
  Value error;                 // the Python exception the body raised
  std::exception_ptr foreign;  // any other C++ exception, rethrown as is
  // Set by an awaiter when the body suspends: the iterator to drive next, or a bare yield.
  Value delegate;
  bool bare_yield = false;
  // Set by the driver before resuming the body.
  Value resume_value;
  Value resume_exc;

  Coro get_return_object() { return Coro(std::coroutine_handle<CoroPromise>::from_promise(*this)); }
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void return_value(Value v) { retval = std::move(v); }
  void unhandled_exception();
};

// `await x` inside a native coroutine.
struct AwaitObject {
  explicit AwaitObject(Value o) : obj(std::move(o)) {}
  Value obj;
  Value ready_result;  // a done Future's result when no suspension is needed
  bool ready_error = false;
  CoroPromise* promise = nullptr;

  bool await_ready();
  void await_suspend(std::coroutine_handle<CoroPromise> h) {
    promise = &h.promise();
    promise->delegate = std::move(obj);
  }
  Value await_resume();
};

inline AwaitObject await_object(Object* awaitable) {
  return AwaitObject(Value(awaitable));
}

Value native_coro(Coro body, const char* qualname);

// `await helper()` for another native coroutine body (wait_for awaiting _cancel_and_wait).
inline AwaitObject await_coro(Coro body, const char* qualname) {
  return AwaitObject(native_coro(std::move(body), qualname));
}

// A bare `yield` (None): the task is rescheduled with call_soon (asyncio's __sleep0).
struct BareYield {
  CoroPromise* promise = nullptr;
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<CoroPromise> h) {
    promise = &h.promise();
    promise->bare_yield = true;
  }
  void await_resume();
};

inline BareYield bare_yield() {
  return BareYield();
}

// The Python object of a native coroutine: what scripts see as `<coroutine object sleep>`.
// The driver (native_coro_send) keeps the coroutine protocol; the body behind it is either a
// C++20 coroutine (NativeCoroBody, from native_coro()) or, for a short body with one await
// (Event.wait), a subclass that keeps its state in its own fields and implements step() by
// hand, which saves the C++ coroutine frame (issue 3: memory per pending task).
struct NativeCoro : Object {
  bool started = false;
  bool running = false;
  bool finished = false;
  // asyncio.run's own shutdown work (shutdown_asyncgens...): its task is marked loop-internal
  // in the trace, so timelines can hide it from learners.
  bool loop_internal = false;

  explicit NativeCoro(Type* t) : Object(t) {}

  // The name scripts see ("sleep", "Queue.get"): a string literal.
  virtual const char* qualname() const = 0;
  // Resumes the started body with `value` sent in, or `exc` thrown in at its await: Yield with
  // what the innermost awaitable yielded, Return with the body's return value, or raises.
  virtual SendStatus step(Object* value, Object* exc, Value& result) = 0;
  // The iterator the suspended body awaits (cr_await), or null.
  virtual Object* awaiting() const = 0;
  // For close(): the awaited iterator to close before GeneratorExit is thrown in (null: none).
  virtual Value detach_awaiting() = 0;
  // Drops the body's state once it has finished.
  virtual void release() = 0;
};

// A native coroutine whose body is a C++20 coroutine.
struct NativeCoroBody : NativeCoro {
  std::coroutine_handle<CoroPromise> h;
  const char* name;

  NativeCoroBody(Type* t, Coro body, const char* qualname);
  ~NativeCoroBody() override;

  const char* qualname() const override { return name; }
  SendStatus step(Object* value, Object* exc, Value& result) override;
  Object* awaiting() const override;
  // The awaited iterator, forgotten as gen_close does.
  Value detach_awaiting() override;
  void release() override;
};

extern Type* native_coro_type;

Value native_coro(Coro body, const char* qualname);
bool is_native_coro(Object* o);
Type* native_coro_type_ready();  // native_coro_type, created on first use

// One step of a native coroutine (send when exc is null, else throw).
SendStatus native_coro_send(NativeCoro* c, Object* value, Object* exc, Value& result);
// coroutine.close().
void native_coro_close(NativeCoro* c);

// Sends into / throws into any iterator the way `yield from` does (CPython: ceval.c SEND and
// genobject.c _gen_throw for non-generator iterators).
SendStatus send_into(Object* it, Object* value, Value& result);
SendStatus throw_into(Object* it, Object* exc, Value& result);

void init_native_coro_type();

}  // namespace al
