// asyncio.Semaphore and asyncio.BoundedSemaphore (CPython 3.11: Lib/asyncio/locks.py).
//
// 3.11's algorithm (DESIGN.md §2): locked() is true when the value is 0 or a waiter that is not
// cancelled exists, so a newcomer cannot overtake waiters; release() wakes the first waiter
// that is not done and decrements the value at wake time (_wake_up_next); a waiter that was
// woken and then cancelled gives its slot back and wakes the next one.
#pragma once

#include "engine/asyncio/native_coro.h"
#include "engine/asyncio/primitive_support.h"

namespace al {

struct Semaphore : Primitive {
  WaiterQueue waiters;  // CPython: _waiters
  int64_t value = 1;    // CPython: _value
  int64_t bound = 0;    // CPython: BoundedSemaphore._bound_value
  bool bounded = false;

  explicit Semaphore(Type* t) : Primitive(t) {}
};

extern Type* semaphore_type;
extern Type* bounded_semaphore_type;

// CPython: Semaphore.locked / the body of Semaphore.acquire / Semaphore.release (the bounded
// check included for a BoundedSemaphore).
bool semaphore_locked(Semaphore* s);
Coro semaphore_acquire_body(Ref<Semaphore> s);
void semaphore_release(Semaphore* s);

void init_semaphore_types();

}  // namespace al
