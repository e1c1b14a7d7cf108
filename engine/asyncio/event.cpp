// asyncio.Event (CPython 3.11: Lib/asyncio/locks.py).
#include "engine/asyncio/event.h"

#include "engine/asyncio/asyncio_state.h"
#include "engine/asyncio/tracing.h"
#include "engine/runtime/api.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/str.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

Type* event_type = nullptr;

namespace {

Event* as_event(Object* o) {
  return static_cast<Event*>(o);
}

void trace_op(Event* e, const char* op) {
  trace::Recorder* rec = active_tracer();
  if (!rec) return;
  // The recorder keeps the waiter list from the parks and wake-ups (prim_park).
  prim_record_kept(rec, e, op, {trace::PrimitiveStateIn::kKeptWaiters, e->value ? 1 : 0, 0, 0});
}

std::string explain_wait(Object*, Task*) {
  return "no task can set this event any more";
}

const WaitKind kEventWait{"Event.wait()", trace::ObjKind::Event, explain_wait};

Value event_py_new(Type* t, Args) {
  return alloc_instance<Event>(t);
}

void event_py_init(Object* self, Args a) {
  bind_init_args(a, "Event.__init__", {}, nullptr);
  Event* e = as_event(self);
  e->waiters.clear();
  e->value = false;
  prim_init_identity(e, PrimKind::Event);
}

// CPython: Event.__repr__.
Value event_repr(Object* self) {
  Event* e = as_event(self);
  std::string extra = e->value ? "set" : "unset";
  if (!e->waiters.empty()) extra += ", waiters:" + std::to_string(e->waiters.size());
  return str_from(prim_repr(self, extra));
}

Value m_is_set(Object* self, Args a) {
  check_no_args(a, "is_set");
  return bool_obj(as_event(self)->value);
}

Value get_value(Object* self) {
  return bool_obj(as_event(self)->value);
}

Value m_set(Object* self, Args a) {
  check_no_args(a, "set");
  event_set(as_event(self));
  return none();
}

Value m_clear(Object* self, Args a) {
  check_no_args(a, "clear");
  event_clear(as_event(self));
  return none();
}

// CPython: Event.wait, as a hand-written NativeCoro: 48 bytes instead of a C++ coroutine frame
// and its wrapper (issue 3: memory per pending task).
//   if self._value: return True
//   fut = self._get_loop().create_future(); self._waiters.append(fut)
//   try: await fut; return True
//   finally: self._waiters.remove(fut)
struct EventWait : NativeCoro {
  Ref<Event> event;
  Ref<Future> fut;  // the waiter, once parked

  EventWait(Type* t, Event* e) : NativeCoro(t), event(e) {}

  const char* qualname() const override { return "Event.wait"; }
  SendStatus step(Object* value, Object* exc, Value& result) override {
    Event* e = event.get();
    if (!fut) {
      if (e->value) {
        result = Value(True_);
        return SendStatus::Return;
      }
      fut = prim_park(e, e->waiters, &kEventWait, "wait");
      trace_op(e, "wait (waits)");
      value = None;  // `await fut` starts the future's iterator with send(None)
    }
    Value r;
    SendStatus st = SendStatus::Return;
    try {
      st = exc ? throw_into(fut.get(), exc, r) : send_into(fut.get(), value, r);
    } catch (PyException& err) {
      waiters_remove(e->waiters, fut.get());
      if (is_cancelled_error(err.exc.get())) trace_op(e, "wait cancelled");
      throw;
    }
    if (st == SendStatus::Yield) {
      result = std::move(r);
      return SendStatus::Yield;
    }
    waiters_remove(e->waiters, fut.get());
    result = Value(True_);
    return SendStatus::Return;
  }

  Object* awaiting() const override { return finished ? nullptr : fut.get(); }
  // A Future has no close(): the GeneratorExit close() throws in reaches it at the await.
  Value detach_awaiting() override { return nullptr; }
  void release() override {
    fut = nullptr;
    event = nullptr;
  }
};

Value m_wait(Object* self, Args a) {
  check_no_args(a, "wait");
  return make<EventWait>(native_coro_type_ready(), as_event(self));
}

}  // namespace

void event_set(Event* e) {
  if (e->value) return;
  e->value = true;
  for (const Waiter& w : e->waiters) {
    if (!w.fut->done()) future_set_result(w.fut.get(), True_);
  }
  trace_op(e, "set");
}

void event_clear(Event* e) {
  e->value = false;
  trace_op(e, "clear");
}

Ref<Event> event_new() {
  init_event_type();
  Ref<Event> e = alloc_instance<Event>(event_type);
  prim_init_identity(e.get(), PrimKind::Event);
  return e;
}

void init_event_type() {
  if (event_type) return;
  Type* t = new_builtin_type("Event", object_type);
  t->module = "asyncio.locks";
  t->dict_offset = with_dict_offset<Event>();
  t->new_instance = event_py_new;
  t->init = event_py_init;
  t->repr = event_repr;
  add_method(t, "is_set", m_is_set);
  add_getset(t, "_value", get_value);
  add_method(t, "set", m_set);
  add_method(t, "clear", m_clear);
  add_method(t, "wait", m_wait);
  t->ready();
  event_type = t;
}

}  // namespace al
