// asyncio.Event (CPython 3.11: Lib/asyncio/locks.py Event).
//
// set() completes every waiter's future in FIFO order; each waiter then runs one ready-queue hop
// later through its task's wake-up callback (DESIGN.md §2). wait() returns True.
#pragma once

#include "engine/asyncio/native_coro.h"
#include "engine/asyncio/primitive_support.h"

namespace al {

struct Event : Primitive {
  WaiterQueue waiters;  // CPython: _waiters
  bool value = false;   // CPython: _value

  explicit Event(Type* t) : Primitive(t) {}
};

extern Type* event_type;

Ref<Event> event_new();
// CPython: Event.set / Event.clear.
void event_set(Event* e);
void event_clear(Event* e);

void init_event_type();

}  // namespace al
