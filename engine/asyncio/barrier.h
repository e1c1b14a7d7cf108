// asyncio.Barrier (CPython 3.11: Lib/asyncio/locks.py Barrier): `parties` tasks meet at wait();
// the last to arrive releases them all (draining); reset() and abort() break the waiters out
// with BrokenBarrierError. Built on an inner Condition as in CPython.
#pragma once

#include "engine/asyncio/condition.h"

namespace al {

// CPython: locks._BarrierState.
enum class BarrierState : uint8_t { Filling, Draining, Resetting, Broken };

struct Barrier : Primitive {
  Ref<Condition> cond;  // CPython: _cond (no trace identity of its own)
  int64_t parties = 1;  // CPython: _parties
  BarrierState state = BarrierState::Filling;
  int64_t count = 0;  // CPython: _count, tasks inside wait()

  explicit Barrier(Type* t) : Primitive(t) {}
};

extern Type* barrier_type;

// CPython: the body of Barrier.wait (returns the task's index).
Coro barrier_wait_body(Ref<Barrier> b);

void init_barrier_type();

}  // namespace al
