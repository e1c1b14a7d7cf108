// asyncio.Condition (CPython 3.11: Lib/asyncio/locks.py Condition).
//
// wait() releases the lock, parks on a future, and re-acquires the lock before it returns —
// also when it is cancelled, in which case it keeps trying and raises CancelledError once it
// holds the lock again. notify(n) completes the first n waiters that are not done, FIFO.
#pragma once

#include "engine/asyncio/native_coro.h"
#include "engine/asyncio/primitive_support.h"

namespace al {

struct Condition : Primitive {
  Value lock;           // CPython: _lock (an asyncio.Lock, or any object with its methods)
  WaiterQueue waiters;  // CPython: _waiters

  explicit Condition(Type* t) : Primitive(t) {}
};

extern Type* condition_type;

// A Condition on a new Lock, neither with a trace identity (a Barrier's _cond).
Ref<Condition> condition_new_internal();

// CPython: the body of Condition.wait (its wait reported as `kind` on `shown` when given, as a
// Barrier does); Condition.notify; Condition.notify_all.
Coro condition_wait_body(Ref<Condition> c, const WaitKind* kind = nullptr,
                         Primitive* shown = nullptr);
void condition_notify(Condition* c, Object* n);
void condition_notify_all(Condition* c);

void init_condition_type();

}  // namespace al
