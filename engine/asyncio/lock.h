// asyncio.Lock (CPython 3.11: Lib/asyncio/locks.py Lock and _ContextManagerMixin).
//
// release() wakes the first waiter whose future is not done but does not hand the lock over:
// the woken task takes it when it runs, and a task that calls acquire() in between gets it
// first only if every waiter is cancelled (DESIGN.md §2).
//
//   Ref<Lock> l = lock_new();                 // asyncio.Lock()
//   co_await await_coro(lock_acquire_body(l), "Lock.acquire");
//   lock_release(l.get());                    // RuntimeError('Lock is not acquired.')
#pragma once

#include "engine/asyncio/native_coro.h"
#include "engine/asyncio/primitive_support.h"

namespace al {

struct Lock : Primitive {
  WaiterQueue waiters;  // CPython: _waiters
  bool locked = false;  // CPython: _locked
  Holder holder;        // the task that acquired it (trace and deadlock report only)

  explicit Lock(Type* t) : Primitive(t) {}
};

extern Type* lock_type;

// `traced` false: a lock with no trace identity (inside a Barrier).
Ref<Lock> lock_new(bool traced = true);
bool is_lock(Object* o);

// CPython: Lock.acquire (the body of the coroutine).
Coro lock_acquire_body(Ref<Lock> l);
// CPython: Lock.release.
void lock_release(Lock* l);

// `await lock.acquire()` / `lock.release()` / `lock.locked()` for any lock object: the native
// paths for asyncio.Lock itself, Python method calls for anything else (Condition(lock) accepts
// any object with these methods, and subclasses may override them).
Value lock_acquire_awaitable(Object* lock);
void lock_call_release(Object* lock);
bool lock_call_locked(Object* lock);

// The shared `async with` support (CPython: locks._ContextManagerMixin): __aenter__ awaits
// self.acquire() and returns None, __aexit__ calls self.release().
Value cm_aenter(Object* self, Args a);
Value cm_aexit(Object* self, Args a);

void init_lock_type();

}  // namespace al
